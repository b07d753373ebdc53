"""The two Whisper engines behind one interface. Imported ONLY inside the child process:
torch, whisper and ctranslate2 never load in the application process."""

from __future__ import annotations

import os
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from app.core.progress import ProgressFn
from app.media.whisper.errors import EngineUnavailable, ModelInvalid


def _word(text: str, start_s: float, end_s: float, prob: float) -> dict[str, Any]:
    return {
        "text": text.strip(),
        "start_ms": int(round(start_s * 1000)),
        "end_ms": int(round(end_s * 1000)),
        "probability": float(prob),
    }


class OpenAIEngine:
    """openai-whisper on a `.pt` checkpoint."""

    name = "openai"

    def __init__(self, model_path: Path, threads: int = 0) -> None:
        t0 = time.perf_counter()
        try:
            import torch
            import whisper
        except ImportError as exc:
            raise EngineUnavailable(
                "Paket openai-whisper tidak terpasang.",
                "The openai-whisper package is not installed.",
            ) from exc
        self.import_s = time.perf_counter() - t0
        if threads:
            torch.set_num_threads(threads)
        self.threads = torch.get_num_threads()
        self.path = Path(model_path)
        self.whisper = whisper
        try:
            self.model = self._load()
        except (ModelInvalid, EngineUnavailable):
            raise
        except Exception as exc:  # truncated file, not a checkpoint, wrong keys...
            raise ModelInvalid(
                f"{self.path.name} bukan model Whisper yang bisa dimuat ({type(exc).__name__}).",
                f"{self.path.name} is not a loadable Whisper model ({type(exc).__name__}: {exc}).",
            ) from exc
        self.dims = dict(vars(self.model.dims))

    def _load(self):
        # Always by path: loading an official checkpoint by name would only add a SHA-256
        # pass over the whole file (a download check) before the same torch.load; its tuned
        # alignment heads (good word timestamps) are set below from the same table.
        model = self.whisper.load_model(str(self.path), device="cpu")
        heads = self._alignment_heads_for(model)
        if heads is not None:
            model.set_alignment_heads(heads)
        return model

    def _alignment_heads_for(self, model) -> bytes | None:
        """Tuned alignment heads for a converted copy of an official model (same name or,
        failing that, identical dimensions to exactly one official model)."""
        heads = self.whisper._ALIGNMENT_HEADS
        stem = self.path.stem
        if stem in heads:
            candidates = [stem]
        else:
            candidates = [n for n in heads if _OFFICIAL_DIMS.get(n) == _dims_key(model.dims)]
        if len(candidates) != 1:
            return None
        try:
            model.set_alignment_heads(heads[candidates[0]])
        except Exception:
            return None  # the heads do not fit this model: keep the defaults
        return heads[candidates[0]]

    def transcribe(
        self, audio: np.ndarray, options: dict[str, Any], progress: ProgressFn
    ) -> list[dict]:
        import importlib

        transcribe_mod = importlib.import_module("whisper.transcribe")
        total_frames = max(1, len(audio) * 100 // 16000)

        class _Bar:  # stands in for tqdm: the only progress hook openai-whisper has
            def __init__(self, *args, total: int | None = None, **kwargs) -> None:
                self.done = 0
                self.total = total or total_frames

            def __enter__(self):
                return self

            def __exit__(self, *exc) -> None:
                return None

            def update(self, n: int) -> None:
                self.done += n
                progress(min(1.0, self.done / max(1, self.total)), "transcribe")

        transcribe_mod.tqdm = type("T", (), {"tqdm": _Bar})
        temperature = tuple(options.get("temperature") or (0.0, 0.2, 0.4, 0.6, 0.8, 1.0))
        beam = int(options.get("beam_size", 5))
        decode = {"beam_size": beam, "best_of": beam} if beam > 1 else {}
        if options.get("max_tokens"):
            decode["sample_len"] = int(options["max_tokens"])
        result = self.model.transcribe(
            audio,
            language=options.get("language") or "id",
            task="transcribe",
            verbose=False,
            fp16=False,
            temperature=temperature,
            word_timestamps=True,
            condition_on_previous_text=False,
            initial_prompt=options.get("initial_prompt") or None,
            hallucination_silence_threshold=options.get("hallucination_silence_s", 2.0),
            **decode,
        )
        segments = []
        for seg in result.get("segments", []):
            words = [
                _word(w["word"], w["start"], w["end"], w.get("probability", 1.0))
                for w in seg.get("words", [])
            ]
            segments.append(
                {
                    "text": seg["text"].strip(),
                    "start_ms": int(round(seg["start"] * 1000)),
                    "end_ms": int(round(seg["end"] * 1000)),
                    "no_speech_prob": float(seg.get("no_speech_prob", 0.0)),
                    "avg_logprob": float(seg.get("avg_logprob", 0.0)),
                    "compression_ratio": float(seg.get("compression_ratio", 1.0)),
                    "words": [w for w in words if w["text"]],
                }
            )
        return segments


class FasterEngine:
    """faster-whisper (CTranslate2, int8 on CPU) on a converted model folder."""

    name = "faster"

    def __init__(self, model_dir: Path, threads: int = 0, compute_type: str = "int8") -> None:
        t0 = time.perf_counter()
        try:
            from faster_whisper import WhisperModel
        except ImportError as exc:
            raise EngineUnavailable(
                "Paket faster-whisper tidak terpasang.",
                "The faster-whisper package is not installed.",
            ) from exc
        self.import_s = time.perf_counter() - t0
        self.threads = threads or (os.cpu_count() or 1)
        self.path = Path(model_dir)
        if not (self.path / "model.bin").is_file():
            raise ModelInvalid(
                f"Folder {self.path.name} tidak berisi model.bin (bukan model CTranslate2).",
                f"Folder {self.path.name} has no model.bin (not a CTranslate2 model).",
            )
        try:
            self.model = WhisperModel(
                str(self.path),
                device="cpu",
                compute_type=compute_type,
                cpu_threads=self.threads,
            )
        except Exception as exc:
            raise ModelInvalid(
                f"Model {self.path.name} tidak bisa dimuat ({type(exc).__name__}).",
                f"Model {self.path.name} cannot be loaded ({type(exc).__name__}: {exc}).",
            ) from exc
        self.dims = {"multilingual": bool(self.model.model.is_multilingual)}

    def transcribe(
        self, audio: np.ndarray, options: dict[str, Any], progress: ProgressFn
    ) -> list[dict]:
        duration_s = max(0.01, len(audio) / 16000)
        temperature = list(options.get("temperature") or (0.0, 0.2, 0.4, 0.6, 0.8, 1.0))
        segments_iter, _info = self.model.transcribe(
            audio,
            language=options.get("language") or "id",
            task="transcribe",
            beam_size=int(options.get("beam_size", 5)),
            best_of=int(options.get("beam_size", 5)),
            temperature=temperature,
            word_timestamps=True,
            condition_on_previous_text=False,
            initial_prompt=options.get("initial_prompt") or None,
            hallucination_silence_threshold=options.get("hallucination_silence_s", 2.0),
            vad_filter=bool(options.get("vad_filter", False)),
            **({"max_new_tokens": int(options["max_tokens"])} if options.get("max_tokens") else {}),
        )
        segments = []
        for seg in segments_iter:  # a generator: decoding happens while iterating
            words = [_word(w.word, w.start, w.end, w.probability) for w in (seg.words or [])]
            segments.append(
                {
                    "text": seg.text.strip(),
                    "start_ms": int(round(seg.start * 1000)),
                    "end_ms": int(round(seg.end * 1000)),
                    "no_speech_prob": float(seg.no_speech_prob),
                    "avg_logprob": float(seg.avg_logprob),
                    "compression_ratio": float(seg.compression_ratio),
                    "words": [w for w in words if w["text"]],
                }
            )
            progress(min(1.0, seg.end / duration_s), "transcribe")
        return segments


# n_mels, n_vocab, n_audio_state, n_audio_layer, n_text_state, n_text_layer of official models
_OFFICIAL_DIMS: dict[str, tuple[int, ...]] = {
    "tiny.en": (80, 51864, 384, 4, 384, 4),
    "tiny": (80, 51865, 384, 4, 384, 4),
    "base.en": (80, 51864, 512, 6, 512, 6),
    "base": (80, 51865, 512, 6, 512, 6),
    "small.en": (80, 51864, 768, 12, 768, 12),
    "small": (80, 51865, 768, 12, 768, 12),
    "medium.en": (80, 51864, 1024, 24, 1024, 24),
    "medium": (80, 51865, 1024, 24, 1024, 24),
    "large-v3": (128, 51866, 1280, 32, 1280, 32),
    "large-v3-turbo": (128, 51866, 1280, 32, 1280, 4),
}


def _dims_key(d) -> tuple[int, ...]:
    return (d.n_mels, d.n_vocab, d.n_audio_state, d.n_audio_layer, d.n_text_state, d.n_text_layer)


def precheck(engine: str, path: Path) -> None:
    """Cheap checks before the heavy imports: a checkpoint is a complete zip archive (the
    torch.save format; a truncated download loses its directory at the end), a CTranslate2
    folder has its config and vocabulary."""
    path = Path(path)
    if engine == "openai":
        if not path.is_file():
            raise ModelInvalid(f"Berkas model tidak ada: {path}", f"Model file not found: {path}")
        if not zipfile.is_zipfile(path):
            raise ModelInvalid(
                f"{path.name} bukan checkpoint Whisper (berkas rusak, terpotong, atau bukan model).",
                f"{path.name} is not a Whisper checkpoint (damaged, truncated or not a model).",
            )
    elif engine == "faster":
        has_vocab = any(
            (path / n).is_file() for n in ("vocabulary.txt", "vocabulary.json", "tokenizer.json")
        )
        if not (path / "config.json").is_file() or not has_vocab:
            raise ModelInvalid(
                f"Folder {path.name} tidak lengkap: perlu model.bin, config.json dan kosakata.",
                f"Folder {path.name} is incomplete: needs model.bin, config.json and a vocabulary.",
            )


def load_engine(engine: str, path: Path, threads: int = 0):
    precheck(engine, path)
    if engine == "faster":
        return FasterEngine(path, threads)
    if engine == "openai":
        return OpenAIEngine(path, threads)
    raise ModelInvalid(f"Mesin tidak dikenal: {engine}", f"Unknown engine: {engine}")


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0
