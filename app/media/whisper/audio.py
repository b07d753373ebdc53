"""Audio for Whisper: decoded by ffmpeg to 16 kHz mono float32, plus a gate that finds
speech (Silero VAD from faster-whisper, or an energy gate)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.core.errors import FfmpegFailed, MissingInput
from app.core.hallucination import speech_regions
from app.media import ffmpeg_runner
from app.media.probe import MediaUnreadable, probe
from app.media.whisper.errors import NoAudio

SAMPLE_RATE = 16000


def decode_audio(
    path: Path, ffmpeg_override: str = "", sample_rate: int = SAMPLE_RATE
) -> np.ndarray:
    """Mono float32 samples in -1..1; raises NoAudio for 0-byte, unreadable or silent-less
    (no audio stream) media."""
    path = Path(path)
    try:
        info = probe(path)
    except MediaUnreadable as exc:
        raise NoAudio(exc.message_id, exc.message_en) from exc
    if not info.has_audio:
        raise NoAudio(
            f"{path.name} tidak punya suara (tidak ada aliran audio).",
            f"{path.name} has no audio stream.",
        )
    args = ["-loglevel", "error", "-i", str(path), "-vn", "-map", "0:a:0", "-ac", "1"]
    args += ["-ar", str(sample_rate), "-f", "s16le", "pipe:1"]
    try:
        pcm = ffmpeg_runner.run(args, ffmpeg=ffmpeg_override).stdout
    except (FfmpegFailed, MissingInput) as exc:
        # The Whisper child reports errors by type: this one is "the audio cannot be read".
        raise NoAudio(exc.message_id, exc.message_en) from exc
    return np.frombuffer(pcm, dtype=np.int16).astype(np.float32) / 32768.0


def frame_db(
    samples: np.ndarray, sample_rate: int = SAMPLE_RATE, frame_ms: int = 30
) -> list[float]:
    n = max(1, sample_rate * frame_ms // 1000)
    usable = len(samples) // n * n
    if usable == 0:
        return []
    frames = samples[:usable].reshape(-1, n)
    rms = np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1)) + 1e-10
    return (20 * np.log10(rms)).tolist()


def energy_regions(samples: np.ndarray, sample_rate: int = SAMPLE_RATE) -> list[tuple[int, int]]:
    return speech_regions(frame_db(samples, sample_rate))


def silero_regions(samples: np.ndarray, sample_rate: int = SAMPLE_RATE) -> list[tuple[int, int]]:
    """Speech spans in ms by Silero VAD (shipped with faster-whisper, a dependency)."""
    # Imported here: onnxruntime is heavy and only the Whisper child gates speech.
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    opts = VadOptions(min_silence_duration_ms=500, speech_pad_ms=300)
    spans = get_speech_timestamps(samples, opts, sampling_rate=sample_rate)
    return [
        (int(s["start"] * 1000 / sample_rate), int(s["end"] * 1000 / sample_rate)) for s in spans
    ]


def gate_regions(
    samples: np.ndarray, gate: str = "vad"
) -> tuple[list[tuple[int, int]] | None, str]:
    """(regions, gate used). gate: 'vad' (Silero), 'energy', 'off'."""
    if gate == "off":
        return None, "off"
    if gate == "vad":
        return silero_regions(samples), "vad"
    return energy_regions(samples), "energy"


def waveform_peaks(
    path: Path, buckets: int = 2000, ffmpeg_override: str = ""
) -> tuple[list[float], float]:
    """Peak amplitude per bucket (0..1) and the duration in seconds, for the editor."""
    samples = decode_audio(path, ffmpeg_override, sample_rate=8000)
    duration_s = len(samples) / 8000.0
    if len(samples) == 0:
        return [], 0.0
    buckets = max(1, min(buckets, len(samples)))
    edges = np.linspace(0, len(samples), buckets + 1, dtype=np.int64)
    peaks = [
        float(np.max(np.abs(samples[a:b]))) if b > a else 0.0
        for a, b in zip(edges[:-1], edges[1:], strict=True)
    ]
    return peaks, duration_s
