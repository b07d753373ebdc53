"""Whisper engines run in a child process (`app.media.whisper.child`).

The application process never imports torch or whisper: it starts the child, reads its
structured progress messages, kills it on cancel and turns a crash into an error. The
engine follows the model: a `.pt` file → openai-whisper, a CTranslate2 folder (model.bin)
→ faster-whisper (int8 on CPU).
"""

from __future__ import annotations

import contextlib
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.captions import Word
from app.core.errors import Canceled
from app.core.hallucination import Segment
from app.core.progress import ProgressFn
from app.media.child_process import kill_tree, read_messages, send_request, spawn_child
from app.media.whisper.errors import (
    ERROR_CODES,
    ModelInvalid,
    TranscriptionCrashed,
    WhisperError,
)


def engine_for(path: Path) -> str:
    """'faster' for a CTranslate2 folder, 'openai' for a checkpoint file."""
    path = Path(path)
    if path.is_dir():
        if (path / "model.bin").is_file():
            return "faster"
        raise ModelInvalid(
            f"Folder {path.name} bukan model CTranslate2 (tidak ada model.bin).",
            f"Folder {path.name} is not a CTranslate2 model (no model.bin).",
        )
    if path.is_file():
        if path.stat().st_size == 0:
            raise ModelInvalid(
                f"Berkas model kosong: {path.name}", f"Empty model file: {path.name}"
            )
        return "openai"
    raise ModelInvalid(f"Model tidak ditemukan: {path}", f"Model not found: {path}")


@dataclass
class TranscribeOptions:
    language: str = "id"
    beam_size: int = 5
    initial_prompt: str = ""
    temperature: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
    hallucination_silence_s: float = 2.0
    gate: str = "vad"  # vad | energy | off
    threads: int = 0  # 0: all cores
    ffmpeg: str = ""
    max_tokens_per_window: int = 0  # 0: the model's default (tests cap it for speed)


@dataclass
class TranscribeResult:
    engine: str
    duration_s: float
    segments: list[Segment]
    speech_regions: list[tuple[int, int]] | None
    gate: str
    load_s: float = 0.0
    transcribe_s: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


def _segments(raw: list[dict[str, Any]]) -> list[Segment]:
    out = []
    for s in raw:
        words = tuple(
            Word(
                w["text"],
                int(w["start_ms"]),
                int(w["end_ms"]),
                probability=float(w.get("probability", 1.0)),
            )
            for w in s.get("words", [])
        )
        out.append(
            Segment(
                text=s.get("text", ""),
                start_ms=int(s["start_ms"]),
                end_ms=int(s["end_ms"]),
                words=words,
                no_speech_prob=float(s.get("no_speech_prob", 0.0)),
                avg_logprob=float(s.get("avg_logprob", 0.0)),
                compression_ratio=float(s.get("compression_ratio", 1.0)),
            )
        )
    return out


def run_child(
    request: dict[str, Any],
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> dict[str, Any]:
    """Run the Whisper child with `request` ({"type": op, ...}); returns its result message
    or raises a WhisperError / Canceled. On cancel the child is killed with its ffmpeg."""
    cancel = cancel or threading.Event()
    with tempfile.TemporaryFile() as err_file:
        proc = spawn_child("whisper", stderr=err_file)
        answers: list[dict[str, Any]] = []

        def reader() -> None:
            assert proc.stdout is not None
            for message in read_messages(proc.stdout):
                if message["type"] == "progress":
                    if progress is not None:
                        progress(float(message.get("fraction", 0.0)), str(message.get("label", "")))
                else:
                    answers.append(message)

        thread = threading.Thread(target=reader, daemon=True)
        thread.start()
        # stdin then stays open: when this process dies the child sees EOF and ends.
        fields = dict(request)
        send_request(proc, fields.pop("type"), **fields)
        try:
            while proc.poll() is None:
                if cancel.wait(0.1):
                    kill_tree(proc)
                    thread.join(timeout=5)
                    raise Canceled()
        finally:
            with contextlib.suppress(OSError):
                proc.stdin.close()
        thread.join(timeout=10)
        for message in answers:
            if message["type"] == "result":
                return message
            if message["type"] == "error":
                cls = ERROR_CODES.get(str(message.get("code")), WhisperError)
                raise cls(str(message.get("message_id", "")), str(message.get("message_en", "")))
        err_file.seek(0)
        tail = crash_tail(err_file.read().decode("utf-8", "replace"))
        code = proc.returncode
        raise TranscriptionCrashed(
            f"Proses Whisper berhenti tiba-tiba (kode {code}). {tail}".strip(),
            f"The Whisper process stopped unexpectedly (exit code {code}). {tail}".strip(),
        )


# Lines of a crash report that are not its message: traceback headers, and what Python's
# fault handler prints after "Fatal Python error: …" (the threads, the loaded extension
# modules — dozens of names nobody can act on).
_NOT_THE_MESSAGE = (
    "Traceback (",
    "Current thread ",
    "Thread 0x",
    "Stack (most recent call first)",
    "Extension modules:",
)


def crash_tail(stderr_text: str, max_chars: int = 200) -> str:
    """What a crashed child said last, for the user: the final message line (the exception
    or the fatal error), not the traceback frames or the library noise around it."""
    for line in reversed(stderr_text.splitlines()):
        text = line.strip()
        if not text or line[:1].isspace() or text.startswith(_NOT_THE_MESSAGE):
            continue
        return text if len(text) <= max_chars else text[: max_chars - 1] + "…"
    return ""


def transcribe(
    media_path: Path,
    model_path: Path,
    options: TranscribeOptions | None = None,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> TranscribeResult:
    options = options or TranscribeOptions()
    engine = engine_for(model_path)
    request = {
        "type": "transcribe",
        "engine": engine,
        "model_path": str(Path(model_path).absolute()),
        "media_path": str(Path(media_path).absolute()),
        "gate": options.gate,
        "threads": options.threads,
        "ffmpeg": options.ffmpeg,
        "options": {
            "language": options.language,
            "beam_size": options.beam_size,
            "initial_prompt": options.initial_prompt,
            "temperature": list(options.temperature),
            "hallucination_silence_s": options.hallucination_silence_s,
            "max_tokens": options.max_tokens_per_window,
        },
    }
    spawned_unix_s = time.time()
    msg = run_child(request, progress, cancel)
    regions = msg.get("speech_regions")
    timings = dict(msg.get("timings", {}))
    if "ready_unix_s" in timings:  # interpreter start and Kilas's imports in the child
        timings["child_start_s"] = max(0.0, timings.pop("ready_unix_s") - spawned_unix_s)
    return TranscribeResult(
        engine=engine,
        duration_s=float(msg.get("duration_s", 0.0)),
        segments=_segments(msg.get("segments", [])),
        speech_regions=[(int(a), int(b)) for a, b in regions] if regions is not None else None,
        gate=str(msg.get("gate", "")),
        load_s=float(msg.get("load_s", 0.0)),
        transcribe_s=float(msg.get("transcribe_s", 0.0)),
        extra={"timings": timings, "threads": msg.get("threads")},
    )


def validate_model(
    model_path: Path, progress: ProgressFn | None = None, cancel: threading.Event | None = None
) -> dict[str, Any]:
    """Load the model in the child; returns {"engine", "dims"} or raises ModelInvalid."""
    engine = engine_for(model_path)
    msg = run_child(
        {"type": "validate", "engine": engine, "model_path": str(Path(model_path).absolute())},
        progress,
        cancel,
    )
    return {"engine": msg.get("engine", engine), "dims": msg.get("dims", {})}
