"""The Whisper child process (`--kilas-child whisper`, see app.media.child_process).

It reads one request ({"type": "transcribe" | "validate", ...}) and answers with messages:

  {"type": "progress", "fraction": 0.42, "label": "transcribe"}
  {"type": "result", ...}    or    {"type": "error", "code": ..., "message_id": ..., "message_en": ...}

The parent keeps stdin open while it waits; when it closes (the app quit or died) the child
ends at once, with its ffmpeg.
"""

from __future__ import annotations

import threading
import time
import traceback
from pathlib import Path
from typing import Any

from app.media.child_process import MessageChannel


class Progress:
    """Throttled progress on the channel: the parent does not need every frame."""

    def __init__(self, channel: MessageChannel) -> None:
        self.channel = channel
        self._last_fraction = -1.0

    def progress(self, fraction: float, label: str) -> None:
        if fraction - self._last_fraction < 0.01 and fraction < 1.0:
            return
        self._last_fraction = fraction
        self.channel.progress(round(float(fraction), 4), label)


def run(request: dict[str, Any], channel: Progress) -> dict[str, Any]:
    """Carry out one request; returns the result message's fields."""
    from app.media.whisper.audio import decode_audio, gate_regions
    from app.media.whisper.engines import load_engine

    op = request["type"]
    engine_name, model_path = request["engine"], Path(request["model_path"])
    threads = int(request.get("threads", 0))
    if op == "validate":
        channel.progress(0.1, "load_model")
        engine = load_engine(engine_name, model_path, threads)
        return {"engine": engine.name, "dims": engine.dims}

    # Where the time goes, for diagnostics and the benchmark: each stage's seconds, and
    # how long this process took to reach its first line of work (interpreter + imports).
    timings: dict[str, float] = {"ready_unix_s": time.time()}
    # The model loads on a second core while the audio is decoded and gated (about a second
    # of int8 conversion or torch.load that needs nothing from the audio). When there turns
    # out to be no speech its result is ignored: the process ends right after answering.
    loader = _Loader(engine_name, model_path, threads)
    channel.progress(0.01, "decode_audio")
    t0 = time.perf_counter()
    audio = decode_audio(Path(request["media_path"]), request.get("ffmpeg", ""))
    timings["decode_audio_s"] = time.perf_counter() - t0
    duration_s = len(audio) / 16000
    channel.progress(0.04, "speech_gate")
    t0 = time.perf_counter()
    regions, gate = gate_regions(audio, request.get("gate", "vad"))
    timings["speech_gate_s"] = time.perf_counter() - t0
    base = {
        "engine": engine_name,
        "duration_s": duration_s,
        "gate": gate,
        "speech_regions": [list(r) for r in regions] if regions is not None else None,
        "segments": [],
        "load_s": 0.0,
        "transcribe_s": 0.0,
        "timings": timings,
    }
    if regions is not None and not regions:
        channel.progress(1.0, "no_speech")
        return base  # silence or music only: the model never sees it, nothing is invented
    channel.progress(0.06, "load_model")
    t0 = time.perf_counter()
    engine = loader.result()
    timings["load_wait_s"] = time.perf_counter() - t0  # what the decode and gate did not hide
    base["load_s"] = loader.load_s
    timings["engine_import_s"] = engine.import_s
    base["threads"] = engine.threads
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


class _Loader:
    """load_engine on its own thread; `result()` waits for it and re-raises its error."""

    def __init__(self, engine_name: str, model_path: Path, threads: int) -> None:
        from app.media.whisper.engines import load_engine

        self.load_s = 0.0
        self._engine: Any = None
        self._error: BaseException | None = None

        def load() -> None:
            t0 = time.perf_counter()
            try:
                self._engine = load_engine(engine_name, model_path, threads)
            except BaseException as exc:  # handed to the main thread in result()
                self._error = exc
            self.load_s = time.perf_counter() - t0

        self._thread = threading.Thread(target=load, name="whisper-load", daemon=True)
        self._thread.start()

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._engine


def child_main(args: list[str]) -> int:
    channel = MessageChannel()  # first: nothing a library prints can reach the parent's pipe
    try:
        request = channel.serve().get()
        channel.send("result", **run(request, Progress(channel)))
        return 0
    except Exception as exc:
        from app.core.errors import KilasError
        from app.media.whisper.errors import WhisperError, code_of

        if isinstance(exc, KilasError):
            code = code_of(exc) if isinstance(exc, WhisperError) else "error"
            channel.send("error", code=code, message_id=exc.message_id, message_en=exc.message_en)
        else:
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            traceback.print_exc()  # the whole story goes to stderr (the parent's crash tail)
            channel.send(
                "error",
                code="error",
                message_id=f"Transkripsi gagal: {detail}",
                message_en=f"Transcription failed: {detail}",
            )
        return 1
