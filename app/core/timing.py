"""Narration duration estimates (STANDARDS.md: Indonesian narration ~130–160 words/minute)."""

import re

_WORD_RE = re.compile(r"[\w][\w'’\-./]*", re.UNICODE)


def count_words(text: str) -> int:
    """Spoken words in `text`; '112', 'e-KTP' and 'Rp10.000' count as one word each."""
    return len(_WORD_RE.findall(text or ""))


def narration_seconds(text: str, words_per_minute: float) -> float:
    if words_per_minute <= 0:
        raise ValueError("words_per_minute must be positive")
    return count_words(text) * 60.0 / words_per_minute


def shot_seconds(narration: str, target_duration_s: float | None, words_per_minute: float) -> float:
    """A shot lasts as long as its narration needs, or its target duration when longer."""
    return max(narration_seconds(narration, words_per_minute), target_duration_s or 0.0)


def narration_overflows(
    narration: str, target_duration_s: float | None, words_per_minute: float
) -> bool:
    """True when the narration cannot be spoken within the shot's own target duration."""
    if not target_duration_s:
        return False
    return narration_seconds(narration, words_per_minute) > target_duration_s + 1e-9
