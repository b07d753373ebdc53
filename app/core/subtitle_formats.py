"""ASS text and SRT timing repair for caption cues (pure text; SRT files are read and
written with pysrt in services/subtitle_files.py).

ASS uses PlayRes 1080×1920 so sizes and margins are canvas pixels; the caption block sits
inside the strictest platform safe box (x 65–930, y 270–1248). Short-form cues carry `\\k`
karaoke tags so the current word lights up in the brand's highlight colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.core.align import normalise
from app.core.brand import CaptionStyle
from app.core.captions import CaptionEvent, Word

CANVAS_W_PX, CANVAS_H_PX = 1080, 1920
SAFE_LEFT_PX, SAFE_RIGHT_PX, SAFE_TOP_PX, SAFE_BOTTOM_PX = 65, 930, 270, 1248
MIN_FONT_PX = 55


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str  # lines separated by "\n"
    words: tuple[Word, ...] = ()

    @classmethod
    def from_event(cls, e: CaptionEvent) -> Cue:
        return cls(e.start_ms, e.end_ms, e.text, e.words)


# Timings ---------------------------------------------------------------------------------
def fix_timings(
    cues: Sequence[Cue], min_gap_ms: int = 0, min_duration_ms: int = 200
) -> tuple[list[Cue], list[str]]:
    """Sort cues, clamp negative times to 0 and trim overlaps; returns (cues, problems).

    Problems are short English keys with the cue number, shown as warnings on import.
    """
    problems: list[str] = []
    ordered = sorted(enumerate(cues, start=1), key=lambda p: (p[1].start_ms, p[1].end_ms))
    if [n for n, _ in ordered] != list(range(1, len(cues) + 1)):
        problems.append("order")
    out: list[Cue] = []
    for n, c in ordered:
        start, end = c.start_ms, c.end_ms
        if start < 0 or end < 0:
            problems.append(f"{n}: negative")
            start, end = max(0, start), max(0, end)
        if end <= start:
            problems.append(f"{n}: empty duration")
            end = start + min_duration_ms
        if out and start < out[-1].end_ms + min_gap_ms:
            problems.append(f"{n}: overlap")
            prev = out[-1]
            cut = max(prev.start_ms + 1, start - min_gap_ms)
            out[-1] = replace(prev, end_ms=cut)
            if start < cut + min_gap_ms:
                start = cut + min_gap_ms
            end = max(end, start + 1)
        out.append(replace(c, start_ms=start, end_ms=end))
    return out, problems


# ASS -------------------------------------------------------------------------------------
def ass_time(ms: int) -> str:
    cs = max(0, int(round(ms / 10)))
    h, rest = divmod(cs, 360_000)
    m, rest = divmod(rest, 6000)
    s, cs = divmod(rest, 100)
    return f"{h}:{m:02d}:{s:02d}.{cs:02d}"


def ass_colour(hex_rgb: str, alpha: int = 0) -> str:
    """'#F2A900' → '&H0000A9F2' (ASS is &HAABBGGRR)."""
    h = hex_rgb.lstrip("#")
    if len(h) == 3:
        h = "".join(ch * 2 for ch in h)
    if len(h) != 6 or any(ch not in "0123456789abcdefABCDEF" for ch in h):
        h = "FFFFFF"
    r, g, b = h[0:2], h[2:4], h[4:6]
    return f"&H{alpha:02X}{b}{g}{r}".upper()


def ass_escape(text: str) -> str:
    """Braces start override blocks and backslashes start tags: keep them literal."""
    return text.replace("\\", "\u2216").replace("{", "(").replace("}", ")")


@dataclass(frozen=True)
class AssLayout:
    font_family: str
    size_px: int
    margin_l_px: int
    margin_r_px: int
    margin_v_px: int
    bold: bool


def layout_for(
    style: CaptionStyle, mode: str = "short", size_px: int | None = None, bold: bool = True
) -> AssLayout:
    """Caption position and size inside the safe box, from the brand's caption style."""
    size = max(MIN_FONT_PX, int(size_px or style.size_px))
    bottom = min(max(style.bottom_y_px, SAFE_TOP_PX + size * 2), SAFE_BOTTOM_PX)
    return AssLayout(
        font_family=style.font_family or "Montserrat",
        size_px=size,
        margin_l_px=SAFE_LEFT_PX,
        margin_r_px=CANVAS_W_PX - SAFE_RIGHT_PX,
        margin_v_px=CANVAS_H_PX - bottom,
        bold=bold,
    )


def _karaoke(cue: Cue) -> str | None:
    """`{\\kNN}word` tags from the cue's words, or None when the words no longer match the
    (edited) text."""
    words = [w for w in cue.words if w.text.strip()]
    if not words or normalise("".join(w.text for w in words)) != normalise(cue.text):
        return None
    parts: list[str] = []
    cursor = cue.start_ms
    for k, w in enumerate(words):
        if w.start_ms > cursor + 10:
            parts.append(f"{{\\k{(w.start_ms - cursor) // 10}}}")
            cursor = w.start_ms
        nxt = words[k + 1].start_ms if k + 1 < len(words) else cue.end_ms
        dur_cs = max(1, (max(nxt, cursor + 10) - cursor) // 10)
        sep = "" if k + 1 == len(words) else " "
        parts.append(f"{{\\k{dur_cs}}}{ass_escape(w.text)}{sep}")
        cursor += dur_cs * 10
    return "".join(parts)


def ass_text(
    cues: Sequence[Cue],
    style: CaptionStyle,
    mode: str = "short",
    karaoke: bool | None = None,
    size_px: int | None = None,
    bold: bool = True,
    uppercase: bool = False,
    title: str = "Kilas captions",
) -> str:
    """A complete .ass document at PlayRes 1080×1920."""
    lay = layout_for(style, mode, size_px, bold)
    use_karaoke = (mode == "short") if karaoke is None else karaoke
    base = ass_colour(style.colour)
    highlight = ass_colour(style.highlight_colour)
    outline = ass_colour(style.outline_colour)
    back = ass_colour(style.outline_colour, alpha=0x80)
    # With \k, text is drawn in SecondaryColour until its syllable starts, then Primary.
    primary, secondary = (highlight, base) if use_karaoke else (base, base)
    outline_px = max(0, int(style.outline_px))
    header = [
        "[Script Info]",
        f"Title: {title}",
        "ScriptType: v4.00+",
        f"PlayResX: {CANVAS_W_PX}",
        f"PlayResY: {CANVAS_H_PX}",
        "WrapStyle: 0",
        "ScaledBorderAndShadow: yes",
        "YCbCr Matrix: TV.709",
        "",
        "[V4+ Styles]",
        "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, "
        "BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, "
        "BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding",
        f"Style: Kilas,{lay.font_family},{lay.size_px},{primary},{secondary},{outline},{back},"
        f"{-1 if lay.bold else 0},0,0,0,100,100,0,0,1,{outline_px},0,2,"
        f"{lay.margin_l_px},{lay.margin_r_px},{lay.margin_v_px},1",
        "",
        "[Events]",
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
    ]
    lines = list(header)
    for c in cues:
        if c.end_ms <= c.start_ms or not c.text.strip():
            continue
        cue = replace(c, text=c.text.upper()) if uppercase else c
        if uppercase:
            cue = replace(cue, words=tuple(replace(w, text=w.text.upper()) for w in cue.words))
        body = _karaoke(cue) if use_karaoke else None
        if body is None:
            body = "\\N".join(ass_escape(line) for line in cue.text.splitlines() if line.strip())
        lines.append(
            f"Dialogue: 0,{ass_time(cue.start_ms)},{ass_time(cue.end_ms)},Kilas,,0,0,0,,{body}"
        )
    return "\n".join(lines) + "\n"
