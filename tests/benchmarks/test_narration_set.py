"""The subtitle benchmark's labelled narration and its per-part error count: if these were
wrong, the benchmark would credit or blame script correction for the wrong words."""

from __future__ import annotations

from app.core.align import normalise, script_words
from tests.benchmarks.narration_set import (
    ADDED,
    CHANGED,
    SCRIPT,
    SCRIPT_PART,
    SPOKEN,
    Part,
    errors_by_part,
    labelled_reference,
    spoken_text,
)


def _words(text: str) -> list[str]:
    return [normalise(w) for w in script_words(text)]


def test_parts_said_as_written_are_the_script_in_order_and_departures_are_not():
    script = _words(SCRIPT)
    at = 0
    for part in SPOKEN:
        words = _words(part.text)
        if part.kind == SCRIPT_PART:
            # found at or after the previous part: the narrator only skips forward
            found = next(i for i in range(at, len(script)) if script[i : i + len(words)] == words)
            at = found + len(words)
        elif part.kind == CHANGED:
            assert words != _words(part.script_text)
            assert script[at : at + len(_words(part.script_text))] == _words(part.script_text)
            at += len(_words(part.script_text))
    kinds = {p.kind for p in SPOKEN}
    assert kinds == {SCRIPT_PART, ADDED, CHANGED}
    assert len(_words(spoken_text())) == len(labelled_reference())


def test_errors_are_charged_to_the_part_they_fall_on():
    parts = (Part(SCRIPT_PART, "hubungi nomor 112"), Part(ADDED, "ya bapak ibu"))
    ref = labelled_reference(parts)
    perfect = errors_by_part(ref, "Hubungi nomor 112, ya Bapak Ibu.")
    assert perfect.errors == {"script": 0, "made_up": 0} and perfect.wer() == 0.0
    # "nomor" misheard (script), "bapak" replaced by a script word (made up), "ibu" dropped
    mixed = errors_by_part(ref, "hubungi nomer 112 ya nomor")
    assert mixed.errors == {"script": 1, "made_up": 2}
    assert mixed.words == {"script": 3, "made_up": 3}
    assert mixed.wer(["made_up"]) == 2 / 3 and mixed.wer() == 3 / 6
    # a word pushed in at an ad-lib's edge counts against the made-up part
    pushed = errors_by_part(ref, "hubungi nomor 112 segera ya bapak ibu")
    assert pushed.errors == {"script": 0, "made_up": 1}
