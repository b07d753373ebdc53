"""Glossary term matching: official names and terms found in script text.

A match is exact when the text spells the term as the glossary does ("Diskominfo"), and a
mismatch when only the letter case differs ("diskominfo"), so the editor can flag it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TermMatch:
    start: int
    end: int
    term: str  # the official spelling
    exact: bool  # False when the text's letter case differs from the official spelling


class GlossaryMatcher:
    """Finds glossary terms in text; longer terms win ("Call Center 112" over "Call Center")."""

    def __init__(self, terms: list[str] | tuple[str, ...]) -> None:
        cleaned = sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)
        self.terms = tuple(cleaned)
        self._by_fold = {t.casefold(): t for t in cleaned}
        if cleaned:
            # \s+ inside a term so a line break or double space still matches.
            alternatives = "|".join(r"\s+".join(map(re.escape, t.split())) for t in cleaned)
            self._regex: re.Pattern[str] | None = re.compile(
                rf"(?<![\w])(?:{alternatives})(?![\w])", re.IGNORECASE | re.UNICODE
            )
        else:
            self._regex = None

    def find(self, text: str) -> list[TermMatch]:
        if self._regex is None or not text:
            return []
        out = []
        for m in self._regex.finditer(text):
            found = " ".join(m.group(0).split())
            official = self._by_fold.get(found.casefold(), found)
            out.append(TermMatch(m.start(), m.end(), official, exact=found == official))
        return out


def find_terms(text: str, terms: list[str]) -> list[TermMatch]:
    return GlossaryMatcher(terms).find(text)


def correct_spelling(text: str, terms: list[str]) -> str:
    """Text with every glossary term spelled officially (letter case), e.g. for subtitles."""
    matches = GlossaryMatcher(terms).find(text)
    out, last = [], 0
    for m in matches:
        out.append(text[last : m.start])
        out.append(text[m.start : m.end] if m.exact else m.term)
        last = m.end
    out.append(text[last:])
    return "".join(out)
