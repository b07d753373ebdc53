"""Plain Whisper, called directly as its documentation shows, with Kilas's decoding settings.

The subtitle benchmark's baseline: run in a fresh process (`python whisper_plain.py ENGINE
MODEL AUDIO PROMPT`), it imports nothing from Kilas and prints one JSON line with its text,
its thread count and where its time went (import, model load, transcription with the
library's own audio decoding). The settings are the ones Kilas's engines pass
(app/media/whisper/engines.py): language id, beam 5 (best_of 5), temperature fallback,
word timestamps, no conditioning on previous text, hallucination_silence_threshold 2 s,
the same initial prompt; openai-whisper in fp32.
"""

from __future__ import annotations

import json
import os
import sys
import time

TEMPERATURE = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


def plain_faster(model_dir: str, audio: str, prompt: str) -> dict:
    t0 = time.perf_counter()
    from faster_whisper import WhisperModel

    t1 = time.perf_counter()
    threads = os.cpu_count() or 1
    model = WhisperModel(model_dir, device="cpu", compute_type="int8", cpu_threads=threads)
    t2 = time.perf_counter()
    segments, _info = model.transcribe(
        audio,
        language="id",
        task="transcribe",
        beam_size=5,
        best_of=5,
        temperature=list(TEMPERATURE),
        word_timestamps=True,
        condition_on_previous_text=False,
        initial_prompt=prompt or None,
        hallucination_silence_threshold=2.0,
    )
    words = [w.word.strip() for s in segments for w in (s.words or [])]
    t3 = time.perf_counter()
    return {
        "import_s": t1 - t0,
        "load_s": t2 - t1,
        "transcribe_s": t3 - t2,  # includes the library's own audio decoding (PyAV)
        "threads": threads,
        "text": " ".join(w for w in words if w),
    }


def plain_openai(checkpoint: str, audio: str, prompt: str) -> dict:
    t0 = time.perf_counter()
    import torch
    import whisper

    t1 = time.perf_counter()
    model = whisper.load_model(checkpoint, device="cpu")
    t2 = time.perf_counter()
    result = model.transcribe(
        audio,  # whisper decodes it with `ffmpeg` from PATH
        language="id",
        task="transcribe",
        verbose=None,
        fp16=False,
        temperature=TEMPERATURE,
        beam_size=5,
        best_of=5,
        word_timestamps=True,
        condition_on_previous_text=False,
        initial_prompt=prompt or None,
        hallucination_silence_threshold=2.0,
    )
    t3 = time.perf_counter()
    words = [w["word"].strip() for s in result["segments"] for w in s.get("words", [])]
    return {
        "import_s": t1 - t0,
        "load_s": t2 - t1,
        "transcribe_s": t3 - t2,
        "threads": torch.get_num_threads(),
        "interop_threads": torch.get_num_interop_threads(),
        "text": " ".join(w for w in words if w),
    }


def main(argv: list[str]) -> int:
    engine, model, audio, prompt = argv
    run = plain_faster if engine == "faster" else plain_openai
    print(json.dumps(run(model, audio, prompt), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
