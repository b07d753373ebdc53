"""Caption segmentation: timed words → caption events, by style (short-form or classic).

Rules come from ../shared/STANDARDS.md: short-form shows 1–3 words (4 at most) with the
current word highlighted; classic keeps ≤ 42 characters per line, ≤ 2 lines, ≤ 17
characters per second, 0.83–7 s per event and ≥ 2 frames between events. Lines break after
punctuation and before conjunctions/prepositions, never inside an adjective–noun pair, a
first–last name or a number–unit pair.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from app.core.errors import InvalidInput


@dataclass(frozen=True)
class Word:
    text: str
    start_ms: int
    end_ms: int
    from_script: bool = False  # spelling taken from the script
    departs: bool = False  # spoken words that are not in the script (ad-lib)
    probability: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start_ms": self.start_ms,
            "end_ms": self.end_ms,
            "from_script": self.from_script,
            "departs": self.departs,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Word:
        return cls(
            text=str(d.get("text", "")),
            start_ms=int(d.get("start_ms", 0)),
            end_ms=int(d.get("end_ms", 0)),
            from_script=bool(d.get("from_script", False)),
            departs=bool(d.get("departs", False)),
        )


@dataclass(frozen=True)
class Cue:
    """One caption on the timeline, the only cue type: made by segmentation, stored as a
    track's row, read from SRT, edited in the subtitle editor, written as SRT and ASS."""

    start_ms: int
    end_ms: int
    text: str  # lines separated by "\n"
    words: tuple[Word, ...] = ()  # timed words (karaoke); empty once they no longer apply
    edited: bool = False  # changed by hand (re-transcribing asks before replacing it)

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(self.text.splitlines())

    @property
    def departs_from_script(self) -> bool:
        return any(w.departs for w in self.words)


@dataclass(frozen=True)
class CaptionRules:
    """A caption style's segmentation rules (templates/captions/*.json)."""

    name: str = "short-bold"
    mode: str = "short"  # short | classic
    max_words: int = 3  # short-form: words per event
    hard_max_words: int = 4  # short-form: allowed to keep a bound pair together
    max_chars_per_event: int = 22  # short-form: keep an event on one or two short lines
    max_chars_per_line: int = 42
    max_lines: int = 2
    max_cps: float = 17.0
    min_duration_ms: int = 830
    max_duration_ms: int = 7000
    min_gap_frames: int = 2
    fps: float = 30.0
    max_linger_ms: int = 1500  # never stay longer than this after speech ends
    pause_break_ms: int = 600  # a pause this long always starts a new event
    uppercase: bool = False
    extra: dict[str, Any] = field(default_factory=dict)  # display hints (bold, box, ...)

    @property
    def min_gap_ms(self) -> int:
        return int(round(self.min_gap_frames * 1000.0 / self.fps))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CaptionRules:
        known = {f for f in cls.__dataclass_fields__ if f != "extra"}
        kwargs = {k: v for k, v in data.items() if k in known}
        extra = {k: v for k, v in data.items() if k not in known}
        mode = kwargs.get("mode", "short")
        if mode not in ("short", "classic"):
            raise InvalidInput(
                f"Gaya takarir tidak dikenal: {mode}", f"Unknown caption mode: {mode}"
            )
        return cls(**kwargs, extra=extra)

    @classmethod
    def from_json(cls, text: str) -> CaptionRules:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InvalidInput(
                f"Templat takarir rusak: {exc}", f"Broken caption template: {exc}"
            ) from exc
        return cls.from_dict(data)


SHORT_RULES = CaptionRules()
CLASSIC_RULES = CaptionRules(name="classic", mode="classic", max_words=0, hard_max_words=0)


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Indonesian function words: a line may start with them, a line should not end with them.
CONJUNCTIONS = _wordset(
    "dan atau tetapi tapi namun serta karena sehingga agar supaya jika kalau bila apabila "
    "ketika saat sebelum sesudah setelah meskipun walaupun yang bahwa maupun lalu kemudian "
    "sedangkan padahal sambil"
)
PREPOSITIONS = _wordset(
    "di ke dari pada kepada untuk dengan oleh bagi tentang dalam melalui lewat sampai hingga "
    "antara sejak menuju terhadap tanpa seperti per atas bawah"
)
UNITS = _wordset(
    "% persen km kilometer m meter cm mm kg gram g ton liter l ha hektare jam menit detik "
    "hari minggu pekan bulan tahun rupiah ribu juta miliar triliun orang unit kali derajat "
    "rt rw lantai kilo"
)
NUMBER_WORDS = _wordset(
    "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas seratus seribu "
    "belas puluh ratus beberapa banyak"
)
ADJECTIVES = _wordset(
    "baru besar kecil darurat umum gratis penting cepat sehat bersih aman resmi lama tinggi "
    "rendah murah mahal sakit panjang pendek baik buruk rusak utama terdekat setempat terbuka "
    "tertutup lengkap mudah sulit muda tua dini pintar digital online daring luring terpadu "
    "terbaru terakhir pertama kedua ketiga nasional daerah lokal publik sosial"
)
# Words that bind to the next word: intensifiers and determiners ("sangat penting",
# "setiap hari", "para petugas").
INTENSIFIERS = _wordset(
    "sangat lebih paling cukup agak terlalu amat setiap tiap para sang si seluruh semua"
)
CURRENCY_PREFIXES = frozenset({"rp", "rp.", "usd", "$"})
_SENTENCE_END = re.compile(r"[.!?…]+[\"')\]]*$")
_PUNCT_END = re.compile(r"[.,!?;:…]+[\"')\]]*$")
_NUMBER = re.compile(r"^[\d.,:/-]+%?$")


def bare(token: str) -> str:
    """Lower-case word without surrounding punctuation (for word-class lookups)."""
    return token.strip(".,!?;:…\"'()[]«»“”‘’").lower()


def ends_sentence(token: str) -> bool:
    return bool(_SENTENCE_END.search(token))


def ends_with_punct(token: str) -> bool:
    return bool(_PUNCT_END.search(token))


def _is_number(token: str) -> bool:
    b = bare(token)
    return bool(_NUMBER.match(b)) or b in NUMBER_WORDS


def _is_capitalised(token: str) -> bool:
    core = token.strip(".,!?;:…\"'()[]")
    return bool(core) and core[0].isupper()


def is_bound_pair(left: str, right: str) -> bool:
    """True when `left right` must stay on one line (and in one short-form event)."""
    if ends_with_punct(left):
        return False
    lb, rb = bare(left), bare(right)
    if _is_number(left) and (rb in UNITS or _is_number(right)):
        return True  # "112 km", "5 persen", "dua belas"
    if lb in CURRENCY_PREFIXES and _is_number(right):
        return True  # "Rp 5.000"
    if _is_capitalised(left) and _is_capitalised(right):
        return True  # "Kota Semarang", "Budi Santoso"
    if rb in ADJECTIVES and lb not in CONJUNCTIONS and lb not in PREPOSITIONS:
        return True  # Indonesian adjectives follow the noun: "layanan darurat"
    return lb in INTENSIFIERS  # "sangat penting"


def break_cost(words: Sequence[str], i: int) -> float:
    """Cost of breaking between words[i-1] and words[i] (lower is better)."""
    left, right = words[i - 1], words[i]
    cost = 0.0
    if is_bound_pair(left, right):
        cost += 1000.0
    if ends_sentence(left):
        cost -= 60.0
    elif ends_with_punct(left):
        cost -= 40.0
    rb, lb = bare(right), bare(left)
    if rb in CONJUNCTIONS or rb in PREPOSITIONS:
        cost -= 25.0
    if lb in CONJUNCTIONS or lb in PREPOSITIONS:
        cost += 50.0  # a line should not end on "di", "dan", "yang"...
    return cost


def _joined(words: Sequence[str]) -> str:
    return " ".join(words)


def break_lines(words: Sequence[str], max_chars: int = 42, max_lines: int = 2) -> list[str] | None:
    """Best split of `words` into at most `max_lines` lines of ≤ max_chars, or None."""
    text = _joined(words)
    if len(text) <= max_chars:
        return [text]
    if max_lines < 2 or len(words) < 2:
        return None
    best: tuple[float, list[str]] | None = None
    for i in range(1, len(words)):
        first = _joined(words[:i])
        if len(first) > max_chars:
            break
        rest = break_lines(words[i:], max_chars, max_lines - 1)
        if rest is None:
            continue
        # Balanced lines read best: penalise length difference lightly.
        cost = break_cost(words, i) + abs(len(first) - len(rest[0])) * 0.5
        if best is None or cost < best[0]:
            best = (cost, [first, *rest])
    return best[1] if best else None


def _fits(words: Sequence[Word], rules: CaptionRules) -> bool:
    texts = [w.text for w in words]
    if rules.mode == "short":
        return len(_joined(texts)) <= rules.max_chars_per_event or len(texts) == 1
    return break_lines(texts, rules.max_chars_per_line, rules.max_lines) is not None


def _best_cut(group: Sequence[Word]) -> int:
    """Index to cut `group` at when it overflows (words from it go to the next event)."""
    texts = [w.text for w in group]
    best_i, best_cost = len(group) - 1, float("inf")
    for i in range(1, len(group)):
        # Prefer later cuts (fuller events) a little.
        cost = break_cost(texts, i) + (len(group) - i) * 4.0
        if cost < best_cost:
            best_i, best_cost = i, cost
    return best_i


def group_words(words: Sequence[Word], rules: CaptionRules) -> list[list[Word]]:
    """Split a word list into caption groups following the style's rules."""
    groups: list[list[Word]] = []
    current: list[Word] = []
    for w in words:
        if not w.text.strip():
            continue
        if current:
            prev = current[-1]
            pause = w.start_ms - prev.end_ms
            candidate = [*current, w]
            too_long_ms = w.end_ms - current[0].start_ms > rules.max_duration_ms
            if pause >= rules.pause_break_ms or (
                rules.mode == "classic" and ends_sentence(prev.text)
            ):
                groups.append(current)
                current = [w]
                continue
            if rules.mode == "short":
                bound = is_bound_pair(prev.text, w.text)
                n = len(candidate)
                over = n > rules.max_words and not (bound and n <= rules.hard_max_words)
                if ends_with_punct(prev.text) or too_long_ms:
                    groups.append(current)
                    current = [w]
                    continue
                if over or not _fits(candidate, rules):
                    # Cut where it reads best; trailing words move on with the new word.
                    cut = _best_cut(candidate) if len(candidate) > 2 else len(current)
                    if len(candidate) - cut > rules.max_words or not _fits(candidate[cut:], rules):
                        cut = len(current)
                    groups.append(candidate[:cut])
                    current = list(candidate[cut:])
                    continue
                # Start the next event before a conjunction/preposition when it is already 2+.
                wb = bare(w.text)
                if len(current) >= 2 and (wb in CONJUNCTIONS or wb in PREPOSITIONS) and not bound:
                    groups.append(current)
                    current = [w]
                    continue
            elif not _fits(candidate, rules) or too_long_ms:
                cut = _best_cut(candidate)
                groups.append(candidate[:cut])
                current = list(candidate[cut:])
                continue
        current.append(w)
    if current:
        groups.append(current)
    return _merge_flashes(groups, rules) if rules.mode == "short" else groups


def _merge_flashes(groups: list[list[Word]], rules: CaptionRules) -> list[list[Word]]:
    """A lone short word (< 0.4 s, e.g. 'yaitu') flashes by too fast to read: join it to
    the next event when that stays within the word and character limits."""
    out: list[list[Word]] = []
    k = 0
    while k < len(groups):
        g = groups[k]
        if len(g) == 1 and k + 1 < len(groups) and g[0].end_ms - g[0].start_ms < 400:
            nxt = groups[k + 1]
            merged = [*g, *nxt]
            close = nxt[0].start_ms - g[0].end_ms < rules.pause_break_ms
            if (
                close
                and not ends_with_punct(g[0].text)
                and len(merged) <= rules.hard_max_words
                and _fits(merged, rules)
            ):
                out.append(merged)
                k += 2
                continue
        out.append(g)
        k += 1
    return out


def _timed(groups: list[list[Word]], rules: CaptionRules) -> list[tuple[int, int]]:
    """Event times: start at the first word; extend to reading speed and minimum length,
    never past the next event minus the gap, nor longer than max_linger after speech."""
    times: list[tuple[int, int]] = []
    gap = rules.min_gap_ms
    for k, g in enumerate(groups):
        start = g[0].start_ms
        speech_end = max(w.end_ms for w in g)
        chars = len(_joined([w.text for w in g]))
        wanted = start + max(rules.min_duration_ms, int(chars / rules.max_cps * 1000))
        if rules.mode == "short":
            wanted = start + min(rules.min_duration_ms, 500)
        end = max(speech_end, wanted)
        end = min(end, speech_end + rules.max_linger_ms, start + rules.max_duration_ms)
        if k + 1 < len(groups):
            next_start = groups[k + 1][0].start_ms
            end = min(end, next_start - gap)
            # Short-form: close small gaps so captions do not flicker between groups.
            if rules.mode == "short" and next_start - gap - end < 400:
                end = max(end, next_start - gap)
        if times and start < times[-1][1] + gap:
            start = times[-1][1] + gap
        end = max(end, start + 1)
        times.append((start, end))
    return times


def segment(words: Sequence[Word], rules: CaptionRules = SHORT_RULES) -> list[Cue]:
    """Timed words → caption events for the style in `rules`."""
    groups = group_words(words, rules)
    events: list[Cue] = []
    for g, (start, end) in zip(groups, _timed(groups, rules), strict=True):
        texts = [w.text.upper() if rules.uppercase else w.text for w in g]
        if rules.mode == "classic":
            lines = break_lines(texts, rules.max_chars_per_line, rules.max_lines) or [
                _joined(texts)
            ]
        else:
            lines = [_joined(texts)]
        events.append(Cue(start, end, "\n".join(lines), tuple(g)))
    return events


def event_problems(events: Sequence[Cue], rules: CaptionRules) -> list[str]:
    """Rule violations, for tests and the editor's warnings (English keys)."""
    problems: list[str] = []
    for i, e in enumerate(events):
        dur = e.end_ms - e.start_ms
        if rules.mode == "classic":
            if len(e.lines) > rules.max_lines:
                problems.append(f"{i}: lines")
            if any(len(line) > rules.max_chars_per_line for line in e.lines):
                problems.append(f"{i}: line length")
            if dur > rules.max_duration_ms:
                problems.append(f"{i}: too long")
        elif len(e.words) > rules.hard_max_words:
            problems.append(f"{i}: words")
        if i and e.start_ms - events[i - 1].end_ms < rules.min_gap_ms:
            problems.append(f"{i}: gap")
    return problems


def words_in_range(words: Sequence[Word], start_ms: int, end_ms: int) -> list[Word]:
    return [w for w in words if w.start_ms >= start_ms and w.end_ms <= end_ms]


def shift_words(words: Sequence[Word], delta_ms: int) -> list[Word]:
    return [replace(w, start_ms=w.start_ms + delta_ms, end_ms=w.end_ms + delta_ms) for w in words]
