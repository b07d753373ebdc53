"""Cue edits as pure data: exact results on constructed cues."""

from __future__ import annotations

import pytest

from app.core import cue_edits
from app.core.captions import Cue, Word
from app.core.errors import InvalidInput


def _cue(text: str, start_ms: int, end_ms: int, words: list[tuple[str, int, int]]) -> Cue:
    return Cue(start_ms, end_ms, text, tuple(Word(t, s, e) for t, s, e in words))


CUE = _cue(
    "Hubungi 112 sekarang",
    1000,
    2500,
    [("Hubungi", 1000, 1500), ("112", 1500, 2000), ("sekarang", 2000, 2500)],
)


def test_split_cuts_at_the_word_nearest_the_cursor() -> None:
    first, second = cue_edits.split([CUE], 0, at_ms=1900)
    assert (first.text, first.end_ms) == ("Hubungi 112", 2000)
    assert (second.text, second.start_ms, second.end_ms) == ("sekarang", 2000, 2500)
    assert [w.text for w in second.words] == ["sekarang"] and first.edited


def test_one_word_cannot_be_split_and_merge_needs_a_next_cue() -> None:
    with pytest.raises(InvalidInput):
        cue_edits.split([_cue("Halo", 0, 500, [("Halo", 0, 500)])], 0)
    with pytest.raises(InvalidInput):
        cue_edits.merge_with_next([CUE], 0)


def test_shift_moves_words_too_and_refuses_negative_start() -> None:
    (moved,) = cue_edits.shift_all([CUE], -400)
    assert (moved.start_ms, moved.words[0].start_ms) == (600, 600)
    assert CUE.start_ms == 1000  # the input is not changed (undo keeps it)
    with pytest.raises(InvalidInput):
        cue_edits.shift_all([CUE], -1001)


def test_find_replace_counts_and_fixes_words() -> None:
    (fixed,), count = cue_edits.find_replace([CUE], "hubungi", "Telepon")
    assert count == 1 and fixed.text == "Telepon 112 sekarang"
    assert fixed.words[0].text == "Telepon" and fixed.edited
    assert cue_edits.find_replace([CUE], "tidak ada", "x") == ([CUE], 0)
