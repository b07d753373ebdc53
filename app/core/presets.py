"""Output presets: the format of templates/presets/*.json, parsed into encoder settings per
quality (app.resources.templates reads the files).

A preset file: {"key": "tiktok", "label": "TikTok", "safe_zone": "tiktok", "width_px": 1080,
"height_px": 1920, "loudness": {"integrated_lufs": -14, "true_peak_dbtp": -1.5, "lra_lu": 11},
"audio": {"bitrate_kbps": 160, "sample_rate_hz": 48000}, "quality": {"draft": {"x264_preset":
"veryfast", "crf": 23}, "final": {"x264_preset": "fast", "crf": 19, "maxrate_kbps": 0}}}.
Fixed by STANDARDS.md for every preset: H.264 High, yuv420p, closed GOP of about fps/2,
2 B-frames, AAC-LC stereo, MP4 with +faststart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.core.errors import InvalidInput
from app.core.platforms import PLATFORMS, SafeZone

QUALITIES = ("draft", "final")
PRESET_ORDER = ("tiktok", "reels", "shorts", "whatsapp")


@dataclass(frozen=True)
class OutputSettings:
    """Everything the encoder needs for one preset at one quality."""

    preset: str
    label: str
    quality: str
    width_px: int = 1080
    height_px: int = 1920
    x264_preset: str = "veryfast"
    crf: int = 20
    maxrate_kbps: int = 0  # 0: no cap
    bufsize_kbps: int = 0
    bframes: int = 2
    audio_bitrate_kbps: int = 160
    sample_rate_hz: int = 48000
    target_lufs: float = -14.0
    true_peak_dbtp: float = -1.5
    lra_lu: float = 11.0
    safe_zone_key: str = "tiktok"

    @property
    def safe_zone(self) -> SafeZone:
        return PLATFORMS[self.safe_zone_key].safe_zone

    def gop_frames(self, fps: float) -> int:
        """Closed GOP of about half a second (STANDARDS.md)."""
        return max(1, round(fps / 2))


def parse_preset(text: str, quality: str) -> OutputSettings:
    if quality not in QUALITIES:
        raise InvalidInput(
            f"Kualitas {quality!r} tidak dikenal. Pilihan: {', '.join(QUALITIES)}",
            f"Unknown quality {quality!r}. Choices: {', '.join(QUALITIES)}",
        )
    data = json.loads(text)
    q = dict(data.get("quality", {}).get(quality, {}))
    loud = data.get("loudness", {})
    audio = data.get("audio", {})
    safe = data.get("safe_zone", data["key"])
    return OutputSettings(
        preset=data["key"],
        label=data.get("label", data["key"]),
        quality=quality,
        width_px=int(data.get("width_px", 1080)),
        height_px=int(data.get("height_px", 1920)),
        x264_preset=str(q.get("x264_preset", "veryfast")),
        crf=int(q.get("crf", 20)),
        maxrate_kbps=int(q.get("maxrate_kbps", 0)),
        bufsize_kbps=int(q.get("bufsize_kbps", 0)),
        audio_bitrate_kbps=int(audio.get("bitrate_kbps", 160)),
        sample_rate_hz=int(audio.get("sample_rate_hz", 48000)),
        target_lufs=float(loud.get("integrated_lufs", -14.0)),
        true_peak_dbtp=float(loud.get("true_peak_dbtp", -1.5)),
        lra_lu=float(loud.get("lra_lu", 11.0)),
        safe_zone_key=safe if safe in PLATFORMS else "tiktok",
    )
