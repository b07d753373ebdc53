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
from app.core.caption_layout import (
    MIN_FONT_PX,
    SAFE_BOTTOM_PX,
    SAFE_LEFT_PX,
    SAFE_RIGHT_PX,
    CaptionBlock,
    CaptionLook,
    Measurer,
    layout_caption,
)
from app.core.captions import CaptionRules, Cue
from app.core.platforms import CANVAS_H_PX, CANVAS_W_PX


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


def caption_look(style: CaptionStyle, rules: CaptionRules) -> CaptionLook:
    """The layout inputs: the brand's caption style plus the caption template's hints."""
    return CaptionLook(
        font_family=style.font_family or "Inter",
        size_px=max(MIN_FONT_PX, int(rules.extra.get("size_px") or style.size_px)),
        bold=bool(rules.extra.get("bold", True)),
        uppercase=rules.uppercase,
        outline_px=max(0, int(style.outline_px)),
        bottom_y_px=int(style.bottom_y_px),
    )


def uses_karaoke(rules: CaptionRules) -> bool:
    """Short-form styles light the spoken word up unless the template says otherwise."""
    return bool(rules.extra.get("karaoke", rules.mode == "short"))


@dataclass(frozen=True)
class KaraokeSegment:
    """One `\\k` syllable: a word lit from start_ms on, covering `tokens` words of the text."""

    text: str
    start_ms: int
    duration_cs: int
    tokens: int


def karaoke_segments(cue: Cue) -> list[KaraokeSegment] | None:
    """The cue's words as karaoke syllables, or None when the words no longer match the
    (edited) text. A pause before a word becomes an empty syllable (text '')."""
    words = [w for w in cue.words if w.text.strip()]
    if not words or normalise("".join(w.text for w in words)) != normalise(cue.text):
        return None
    if sum(len(w.text.split()) for w in words) != len(cue.text.split()):
        return None
    out: list[KaraokeSegment] = []
    cursor = cue.start_ms
    for k, w in enumerate(words):
        if w.start_ms > cursor + 10:
            gap_cs = (w.start_ms - cursor) // 10
            out.append(KaraokeSegment("", cursor, gap_cs, 0))
            cursor += gap_cs * 10
        nxt = words[k + 1].start_ms if k + 1 < len(words) else cue.end_ms
        dur_cs = max(1, (max(nxt, cursor + 10) - cursor) // 10)
        out.append(KaraokeSegment(w.text, cursor, dur_cs, len(w.text.split())))
        cursor += dur_cs * 10
    return out


def lit_words(cue: Cue, at_ms: int) -> int:
    """How many words of the cue libass shows in the highlight colour at `at_ms`."""
    segments = karaoke_segments(cue)
    if segments is None:
        return 0
    return sum(seg.tokens for seg in segments if seg.tokens and seg.start_ms <= at_ms)


def _karaoke_body(segments: list[KaraokeSegment], block: CaptionBlock) -> str:
    """`{\\kNN}word` tags with `\\N` exactly where the layout broke the lines."""
    breaks, count = set(), 0
    for line in block.lines[:-1]:
        count += len(line.text.split())
        breaks.add(count)
    parts: list[str] = []
    done = 0
    for seg in segments:
        if not seg.tokens:
            parts.append(f"{{\\k{seg.duration_cs}}}")
            continue
        # The layout's words (upper-cased when the style says so), not the word's own text.
        text = " ".join(_tokens(block)[done : done + seg.tokens])
        done += seg.tokens
        sep = "" if done == _token_count(block) else ("\\N" if done in breaks else " ")
        parts.append(f"{{\\k{seg.duration_cs}}}{ass_escape(text)}{sep}")
    return "".join(parts)


def _tokens(block: CaptionBlock) -> list[str]:
    return [t for line in block.lines for t in line.text.split()]


def _token_count(block: CaptionBlock) -> int:
    return sum(len(line.text.split()) for line in block.lines)


def ass_text(
    cues: Sequence[Cue],
    style: CaptionStyle,
    rules: CaptionRules,
    measure: Measurer,
    title: str = "Kilas captions",
) -> str:
    """A complete .ass document at PlayRes 1080×1920 that pins app.core.caption_layout:
    every event carries its line breaks (`\\N`, no libass wrapping) and `\\an2\\pos`."""
    look = caption_look(style, rules)
    karaoke = uses_karaoke(rules)
    family = measure(look.font_family, look.size_px, look.bold).family
    base = ass_colour(style.colour)
    highlight = ass_colour(style.highlight_colour)
    outline = ass_colour(style.outline_colour)
    back = ass_colour(style.outline_colour, alpha=0x80)
    # With \k, text is drawn in SecondaryColour until its syllable starts, then Primary.
    primary, secondary = (highlight, base) if karaoke else (base, base)
    header = [
        "[Script Info]",
        f"Title: {title}",
        "ScriptType: v4.00+",
        f"PlayResX: {CANVAS_W_PX}",
        f"PlayResY: {CANVAS_H_PX}",
        "WrapStyle: 2",  # never wrap: the layout's \N breaks are the only ones
        "ScaledBorderAndShadow: yes",
        "Kerning: yes",  # libass leaves kerning off unless asked; the preview's layout kerns
        "YCbCr Matrix: TV.709",
        "",
        "[V4+ Styles]",
        "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, "
        "BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, "
        "BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding",
        f"Style: Kilas,{family},{look.size_px},{primary},{secondary},{outline},{back},"
        f"{-1 if look.bold else 0},0,0,0,100,100,0,0,1,{look.outline_px},0,2,"
        f"{SAFE_LEFT_PX},{CANVAS_W_PX - SAFE_RIGHT_PX},{CANVAS_H_PX - SAFE_BOTTOM_PX},1",
        "",
        "[Events]",
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
    ]
    lines = list(header)
    for cue in cues:
        if cue.end_ms <= cue.start_ms or not cue.text.strip():
            continue
        block = layout_caption(cue.text, look, measure)
        segments = karaoke_segments(cue) if karaoke else None
        if segments is not None:
            body = _karaoke_body(segments, block)
        else:
            body = "\\N".join(ass_escape(line.text) for line in block.lines)
        size = f"\\fs{block.size_px}" if block.size_px != look.size_px else ""
        pos = f"{{\\an2\\pos({block.pos_x_px:g},{block.pos_y_px:g}){size}}}"
        lines.append(
            f"Dialogue: 0,{ass_time(cue.start_ms)},{ass_time(cue.end_ms)},Kilas,,0,0,0,,{pos}{body}"
        )
    return "\n".join(lines) + "\n"
