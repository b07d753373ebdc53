"""Subtitle files and caption style templates: SRT read/write with pysrt (UTF-8 out;
UTF-8, Windows-1252 and UTF-16 in; broken timings fixed and reported) and the caption
rules in templates/captions/."""

from __future__ import annotations

import re
from pathlib import Path

from app.core import subtitle_formats as fmt
from app.core.captions import CaptionRules, Cue
from app.core.errors import InvalidInput, KilasError
from app.core.overwrite import Overwrite
from app.core.text_decode import decode_text_and_encoding
from app.media.outputs import write_output
from app.resources import templates_dir

CAPTION_TEMPLATES_DIR = templates_dir("captions")
STYLE_TEMPLATES = {"short": "short-bold", "classic": "classic"}


def load_rules(name: str) -> CaptionRules:
    """Caption rules from templates/captions/<name>.json ('short' and 'classic' accepted)."""
    name = STYLE_TEMPLATES.get(name, name)
    path = CAPTION_TEMPLATES_DIR / f"{name}.json"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in CAPTION_TEMPLATES_DIR.glob("*.json")))
        raise InvalidInput(
            f"Gaya takarir tidak ada: {name} (tersedia: {known})",
            f"No caption style {name} (available: {known})",
        )
    return CaptionRules.from_json(path.read_text(encoding="utf-8"))


def caption_templates(language: str = "id") -> dict[str, str]:
    """name → label (in `language`) of every caption style in templates/captions/."""
    out = {}
    for p in sorted(CAPTION_TEMPLATES_DIR.glob("*.json")):
        rules = CaptionRules.from_json(p.read_text(encoding="utf-8"))
        label = rules.extra.get("label_en") if language == "en" else None
        out[rules.name] = str(label or rules.extra.get("label", rules.name))
    return out


# SRT files (pysrt) ----------------------------------------------------------------------
def write_srt(cues: list[Cue], out_path: Path, overwrite: Overwrite = Overwrite.REFUSE) -> Path:
    """The cues as an SRT file, through the one output rule (an existing file is refused
    unless `overwrite` says otherwise). No cues is an error: an empty file helps no one."""
    import pysrt

    if not cues:
        raise NoCaptions(
            "Belum ada takarir untuk ditulis; berkas tidak dibuat.",
            "There are no captions to write; no file was made.",
        )
    subs = pysrt.SubRipFile()
    for i, c in enumerate(cues, start=1):
        subs.append(
            pysrt.SubRipItem(
                index=i,
                start=pysrt.SubRipTime(milliseconds=max(0, c.start_ms)),
                end=pysrt.SubRipTime(milliseconds=max(0, c.end_ms)),
                text=c.text,
            )
        )
    return write_output(
        Path(out_path), lambda part: subs.save(str(part), encoding="utf-8"), overwrite
    )


class NoCaptions(KilasError):
    pass


# A cue's time line as SRT writes it; pysrt reads looser forms by guessing (so "00:00:1O,500"
# or "1:2:3" silently became another time): every time line must match this first.
_TIME = r"\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}"
_TIME_LINE = re.compile(rf"^\s*-?\s*{_TIME}\s*-->\s*-?\s*{_TIME}(\s+.*)?$")


def _check_time_lines(text: str, name: str) -> None:
    for number, block in enumerate(re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()), 1):
        line = next((ln for ln in block.splitlines() if "-->" in ln), None)
        if line is None or not _TIME_LINE.match(line):
            shown = (line or block.splitlines()[0] if block.strip() else "").strip()[:60]
            raise InvalidInput(
                f"{name}: waktu takarir ke-{number} tidak bisa dibaca ({shown!r}); bentuknya "
                "harus 00:00:01,000 --> 00:00:02,500. Tidak ada yang diimpor.",
                f"{name}: the time of caption {number} cannot be read ({shown!r}); it must look "
                "like 00:00:01,000 --> 00:00:02,500. Nothing was imported.",
            )


def read_srt(path: Path) -> tuple[list[Cue], str, list[str]]:
    """Cues from an SRT in UTF-8, Windows-1252 or UTF-16; overlaps and negative times fixed
    and reported; a time that cannot be read, or a file that is not text, is refused."""
    import pysrt

    if not path.is_file() or path.stat().st_size == 0:
        raise InvalidInput(
            f"Berkas SRT kosong atau tidak ada: {path.name}",
            f"Empty or missing SRT file: {path.name}",
        )
    text, encoding = decode_text_and_encoding(path.read_bytes(), path.name)
    _check_time_lines(text, path.name)
    text, negative = _clamp_negative_times(text)
    try:
        subs = pysrt.from_string(text, error_handling=pysrt.ERROR_LOG)
    except Exception as exc:
        raise InvalidInput(f"SRT tidak bisa dibaca: {exc}", f"Cannot read the SRT: {exc}") from exc
    cues = [Cue(s.start.ordinal, s.end.ordinal, s.text.strip()) for s in subs if s.text.strip()]
    if not cues:
        raise InvalidInput(f"Tidak ada takarir di {path.name}.", f"No captions in {path.name}.")
    fixed, problems = fmt.fix_timings(cues)
    return fixed, encoding, negative + problems


_NEGATIVE_TIME = re.compile(r"(?<![\d:])-\s*(\d{1,2}:\d{2}:\d{2}[,.]\d{1,3})")


def _clamp_negative_times(text: str) -> tuple[str, list[str]]:
    """pysrt drops the minus sign of '-00:00:01,000' (it would read 1 s): clamp to 0 and
    report the cue instead."""
    problems: list[str] = []
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    for n, block in enumerate(blocks, start=1):
        fixed, count = _NEGATIVE_TIME.subn("00:00:00,000", block)
        if count:
            problems.append(f"{n}: negative")
            blocks[n - 1] = fixed
    return "\n\n".join(blocks), problems
