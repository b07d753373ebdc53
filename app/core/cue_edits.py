"""Edits of a subtitle track: each function takes the cues in time order (the editor's
rows) and returns the new list; the subtitle service stores it and keeps the old list (the
cues are frozen) for undo.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.captions import Cue
from app.core.errors import InvalidInput


def split(cues: list[Cue], index: int, at_ms: int | None = None) -> list[Cue]:
    """Split a cue in two at the word boundary nearest `at_ms` (default: the middle)."""
    c = cues[index]
    words = list(c.words)
    tokens = c.text.split()
    if len(tokens) < 2:
        raise InvalidInput(
            "Takarir satu kata tidak bisa dipecah.", "A one-word caption cannot be split."
        )
    mid_ms = at_ms if at_ms is not None else (c.start_ms + c.end_ms) // 2
    match = len(words) == len(tokens)
    if match:
        k = min(range(1, len(words)), key=lambda i: abs(words[i].start_ms - mid_ms))
        cut_ms = words[k].start_ms
    else:  # words edited away: cut by the share of characters
        k = len(tokens) // 2
        share = len(" ".join(tokens[:k])) / len(" ".join(tokens))
        cut_ms = c.start_ms + int((c.end_ms - c.start_ms) * share)
    cut_ms = min(max(cut_ms, c.start_ms + 1), c.end_ms - 1)
    first = replace(
        c,
        text=" ".join(tokens[:k]),
        end_ms=cut_ms,
        edited=True,
        words=tuple(words[:k]) if match else (),
    )
    second = replace(
        c,
        text=" ".join(tokens[k:]),
        start_ms=cut_ms,
        edited=True,
        words=tuple(words[k:]) if match else (),
    )
    return [*cues[:index], first, second, *cues[index + 1 :]]


def merge_with_next(cues: list[Cue], index: int) -> list[Cue]:
    if index + 1 >= len(cues):
        raise InvalidInput("Tidak ada takarir berikutnya.", "There is no next caption.")
    a, b = cues[index], cues[index + 1]
    merged = replace(
        a,
        text=f"{a.text} {b.text}".replace("\n", " "),
        end_ms=max(a.end_ms, b.end_ms),
        words=a.words + b.words,
        edited=True,
    )
    return [*cues[:index], merged, *cues[index + 2 :]]


def shift_all(cues: list[Cue], delta_ms: int) -> list[Cue]:
    if cues and cues[0].start_ms + delta_ms < 0:
        raise InvalidInput(
            "Takarir pertama akan mulai sebelum 0 detik.",
            "The first caption would start before 0 s.",
        )
    return [
        replace(
            c,
            start_ms=c.start_ms + delta_ms,
            end_ms=c.end_ms + delta_ms,
            words=tuple(
                replace(w, start_ms=w.start_ms + delta_ms, end_ms=w.end_ms + delta_ms)
                for w in c.words
            ),
        )
        for c in cues
    ]


def find_replace(
    cues: list[Cue], find: str, replacement: str, case_sensitive: bool = False
) -> tuple[list[Cue], int]:
    """Replace text in every cue and its words (so karaoke keeps working); returns the count."""
    if not find:
        return cues, 0
    pattern = re.compile(re.escape(find), 0 if case_sensitive else re.IGNORECASE)
    count = 0
    out = []
    for c in cues:
        new, n = pattern.subn(replacement, c.text)
        if n:
            count += n
            c = replace(
                c,
                text=new,
                edited=True,
                words=tuple(replace(w, text=pattern.sub(replacement, w.text)) for w in c.words),
            )
        out.append(c)
    return out, count
