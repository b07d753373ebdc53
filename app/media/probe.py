"""Probing media with PyAV (the bundled ffmpeg ships no ffprobe)."""

from __future__ import annotations

import contextlib
import hashlib
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path

from app.core.errors import KilasError
from app.media.ffmpeg_runner import media_error_message

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif", ".tif", ".tiff"}


class MediaUnreadable(KilasError):
    pass


class MediaDamaged(MediaUnreadable):
    """The file opens but its content stops early or is broken (a download cut off)."""


# A file whose packets end this much before its stated duration is cut off (not rounding).
_MISSING_TAIL_MIN_S = 0.5
_MISSING_TAIL_SHARE = 0.02


@dataclass(frozen=True)
class ProbeResult:
    kind: str  # video | audio | image
    duration_s: float | None
    width_px: int | None
    height_px: int | None
    has_audio: bool
    has_video: bool
    fps: float | None = None
    video_codec: str = ""
    audio_codec: str = ""
    rotation_deg: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


def probe(path: Path) -> ProbeResult:
    path = Path(path)
    if not path.is_file():
        raise MediaUnreadable(f"Berkas tidak ditemukan: {path}", f"File not found: {path}")
    if path.stat().st_size == 0:
        raise MediaUnreadable(f"Berkas kosong (0 byte): {path}", f"Empty file (0 bytes): {path}")
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return _probe_image(path)
    import av

    try:
        with av.open(str(path)) as container:
            v = next(iter(container.streams.video), None)
            a = next(iter(container.streams.audio), None)
            duration = container.duration / 1_000_000 if container.duration else None
            if v is None and a is None:
                raise MediaUnreadable(
                    f"Tidak ada gambar atau suara di {path.name}.",
                    f"No video or audio stream in {path.name}.",
                )
            rotation = 0
            if v is not None:
                # Phones store portrait video as landscape plus a display matrix.
                try:
                    frame = next(container.decode(v))
                    rotation = int(round(getattr(frame, "rotation", 0) or 0)) % 360
                except (StopIteration, av.error.FFmpegError):
                    rotation = 0
            w = v.codec_context.width if v is not None else None
            h = v.codec_context.height if v is not None else None
            if rotation in (90, 270) and w and h:
                w, h = h, w
            fps = float(v.average_rate) if v is not None and v.average_rate else None
            is_still = v is not None and a is None and (duration is None or duration < 0.05)
            if duration and not is_still:
                _check_complete(container, v or a, duration, path)
            return ProbeResult(
                kind="image" if is_still else ("video" if v is not None else "audio"),
                duration_s=duration,
                width_px=w,
                height_px=h,
                has_audio=a is not None,
                has_video=v is not None,
                fps=fps,
                video_codec=v.codec_context.name if v is not None else "",
                audio_codec=a.codec_context.name if a is not None else "",
                rotation_deg=rotation,
            )
    except av.error.FFmpegError as exc:
        # PyAV's text is "[Errno 1094995529] Invalid data found ...: '/path'": say it in words.
        raise MediaUnreadable(*media_error_message(str(exc), path.name)) from exc


def _check_complete(container, stream, duration_s: float, path: Path) -> None:
    """Read every packet of `stream` (no decoding: fast) and refuse a file whose content ends
    well before its stated duration, or whose packets cannot be read: such a file renders as
    if complete, with frozen or broken frames in the published video."""
    import av

    end_s = 0.0
    try:
        container.seek(0)
        for packet in container.demux(stream):
            if packet.pts is None or packet.time_base is None:
                continue
            if packet.size == 0 and packet.dts is None:
                continue  # the demuxer's end-of-stream marker
            end_s = max(end_s, float((packet.pts + (packet.duration or 0)) * packet.time_base))
    except av.error.FFmpegError as exc:
        raise _damaged(path, end_s, duration_s) from exc
    start_s = float(stream.start_time * stream.time_base) if stream.start_time else 0.0
    missing_s = duration_s - (end_s - start_s)
    if missing_s > max(_MISSING_TAIL_MIN_S, duration_s * _MISSING_TAIL_SHARE):
        raise _damaged(path, end_s - start_s, duration_s)


def _clock(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _damaged(path: Path, good_s: float, duration_s: float) -> MediaDamaged:
    return MediaDamaged(
        f"{path.name} rusak atau terpotong: isinya berhenti di {_clock(good_s)} dari "
        f"{_clock(duration_s)}. Salin atau unduh ulang berkasnya dari sumbernya, lalu tambahkan lagi.",
        f"{path.name} is damaged or cut off: its content stops at {_clock(good_s)} of "
        f"{_clock(duration_s)}. Copy or download the file again from its source, then add it again.",
    )


@contextlib.contextmanager
def open_image(path: Path):
    """Pillow's Image.open for a picture a user added. A picture so large that Pillow warns
    of a "decompression bomb" (a crafted file, or a 100-megapixel scan) is refused in words
    instead of a DecompressionBombWarning on the console or gigabytes of memory."""
    from PIL import Image

    path = Path(path)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(path)
        except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
            limit_mp = (Image.MAX_IMAGE_PIXELS or 0) / 1e6
            raise MediaUnreadable(
                f"Gambar {path.name} terlalu besar untuk dibuka (lebih dari {limit_mp:.0f} "
                "megapiksel). Perkecil gambarnya, misalnya ke 4000 px sisi terpanjang.",
                f"The picture {path.name} is too large to open (over {limit_mp:.0f} "
                "megapixels). Make it smaller, for example 4000 px on its longest side.",
            ) from exc
    with image:
        yield image


def _probe_image(path: Path) -> ProbeResult:
    from PIL import UnidentifiedImageError

    try:
        with open_image(path) as img:
            w, h = img.size
    except (UnidentifiedImageError, OSError) as exc:
        raise MediaUnreadable(
            f"Gambar rusak atau tidak dikenal: {path.name}",
            f"Corrupt or unknown image: {path.name}",
        ) from exc
    return ProbeResult("image", None, w, h, has_audio=False, has_video=True)


def sha256_of(path: Path, chunk_bytes: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        while chunk := fh.read(chunk_bytes):
            digest.update(chunk)
    return digest.hexdigest()
