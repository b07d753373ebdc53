"""The Whisper child process: `python -m app.media.whisper.child` reads one JSON request
on stdin and writes JSON-line messages on its own channel (the original stdout):

  {"type": "progress", "fraction": 0.42, "label": "transcribe"}
  {"type": "result", ...}            or  {"type": "error", "code": ..., "message_id": ..., "message_en": ...}

Everything the libraries print goes to stderr, so it cannot corrupt the message channel.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any, TextIO

MESSAGE_PREFIX = "@@kilas "


class Channel:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._last_fraction = -1.0

    def send(self, msg: dict[str, Any]) -> None:
        self.stream.write(MESSAGE_PREFIX + json.dumps(msg, ensure_ascii=False) + "\n")
        self.stream.flush()

    def progress(self, fraction: float, label: str) -> None:
        if fraction - self._last_fraction < 0.01 and fraction < 1.0:
            return  # throttle: the parent does not need every frame
        self._last_fraction = fraction
        self.send({"type": "progress", "fraction": round(float(fraction), 4), "label": label})


def run(request: dict[str, Any], channel: Channel) -> dict[str, Any]:
    from app.media.whisper.audio import decode_audio, gate_regions
    from app.media.whisper.engines import load_engine

    op = request.get("op", "transcribe")
    engine_name, model_path = request["engine"], Path(request["model_path"])
    threads = int(request.get("threads", 0))
    if op == "validate":
        channel.progress(0.1, "load_model")
        engine = load_engine(engine_name, model_path, threads)
        return {"type": "result", "engine": engine.name, "dims": engine.dims}

    channel.progress(0.01, "decode_audio")
    audio = decode_audio(Path(request["media_path"]), request.get("ffmpeg", ""))
    duration_s = len(audio) / 16000
    channel.progress(0.04, "speech_gate")
    regions, gate = gate_regions(audio, request.get("gate", "vad"))
    base = {
        "type": "result",
        "engine": engine_name,
        "duration_s": duration_s,
        "gate": gate,
        "speech_regions": [list(r) for r in regions] if regions is not None else None,
        "segments": [],
        "load_s": 0.0,
        "transcribe_s": 0.0,
    }
    if regions is not None and not regions:
        channel.progress(1.0, "no_speech")
        return base  # silence or music only: the model never sees it, nothing is invented
    channel.progress(0.06, "load_model")
    t0 = time.perf_counter()
    engine = load_engine(engine_name, model_path, threads)
    base["load_s"] = time.perf_counter() - t0
    channel.progress(0.1, "transcribe")
    options = dict(request.get("options", {}))
    t1 = time.perf_counter()
    segments = engine.transcribe(
        audio, options, lambda f, label: channel.progress(0.1 + 0.88 * f, label)
    )
    base["transcribe_s"] = time.perf_counter() - t1
    base["segments"] = segments
    channel.progress(1.0, "done")
    return base


def _watch_parent() -> None:
    """The parent keeps our stdin open while it waits; EOF means it exited or was killed,
    so stop at once instead of running on as an orphan."""

    def watch() -> None:
        try:
            while sys.stdin.readline():
                pass
        finally:
            os._exit(3)

    threading.Thread(target=watch, daemon=True).start()


def main() -> int:
    # Keep the real stdout for messages; anything printed by libraries goes to stderr.
    channel = Channel(os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8"))
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    if os.environ.get("KILAS_WHISPER_CHILD_CRASH"):  # tests: a hard crash mid-run
        os._exit(int(os.environ["KILAS_WHISPER_CHILD_CRASH"]))
    try:
        request = json.loads(sys.stdin.readline())
        _watch_parent()
        channel.send(run(request, channel))
        return 0
    except Exception as exc:
        from app.core.errors import KilasError
        from app.media.whisper.errors import WhisperError, code_of

        if isinstance(exc, KilasError):
            code = code_of(exc) if isinstance(exc, WhisperError) else "error"
            channel.send(
                {
                    "type": "error",
                    "code": code,
                    "message_id": exc.message_id,
                    "message_en": exc.message_en,
                }
            )
        else:
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            traceback.print_exc()
            channel.send(
                {
                    "type": "error",
                    "code": "error",
                    "message_id": f"Transkripsi gagal: {detail}",
                    "message_en": f"Transcription failed: {detail}",
                }
            )
        return 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter shutdown: the parent watcher thread still blocks on stdin.
    os._exit(code)
