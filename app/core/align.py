"""Script-aware correction: recognised words aligned to the script's words.

Where the speaker said what the script says, the script's spelling wins (names, acronyms,
numbers: "Diskominfo", "112", "e-KTP", "Kota Semarang") and Whisper's timing stays. Where
the speaker departed from the script (ad-lib), the recognised words stay as heard and are
marked `departs`; script words are never forced onto different speech.

"The same words misheard" is decided on how the script's words sound (numbers read out in
words or digit by digit, acronyms letter by letter: "112" ~ "seratus dua belas", "e-KTP" ~
"e ka te pe"), with letters that sound alike taken as one (d/t, b/p, g/k/c, v/f, z/s), and
on the kind of difference: a mishearing swaps or drops single letters ("Discom info",
"semaran", "Tarurat"); a difference of two or more letters in a row is a syllable said or
not said, so other words ("Dinas Kominfo" is not "Diskominfo").
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.core.captions import Word

_DIGITS = {
    "nol": 0,
    "kosong": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
_TOKEN = re.compile(r"\S+")
# Similarity above which a recognised block is taken to be the script's words.
MATCH_RATIO = 0.72
# Blocks larger than this are not merged as a whole (a long difference is an ad-lib).
MAX_BLOCK_WORDS = 4


def normalise(token: str) -> str:
    """Lower case, letters and digits only: 'e-KTP,' → 'ektp', '1.500' → '1500'."""
    return "".join(ch for ch in token.lower() if ch.isalnum())


def script_words(text: str) -> list[str]:
    """The script's words as written (punctuation kept on the word)."""
    return [t for t in _TOKEN.findall(text) if normalise(t)]


def spoken_number(tokens: Sequence[str]) -> str | None:
    """Indonesian number words → digits ('seratus dua belas' → '112', 'satu satu dua' → '112')."""
    words = [normalise(t) for t in tokens]
    if not words or not all(
        w in _DIGITS
        or w
        in ("sepuluh", "sebelas", "belas", "puluh", "seratus", "ratus", "seribu", "ribu", "juta")
        for w in words
    ):
        return None
    if all(w in _DIGITS for w in words) and len(words) > 1:
        return "".join(str(_DIGITS[w]) for w in words)  # read digit by digit (phone numbers)
    total, current = 0, 0
    for w in words:
        if w in _DIGITS:
            current += _DIGITS[w]
        elif w == "sepuluh":
            current += 10
        elif w == "sebelas":
            current += 11
        elif w == "belas":
            current += 10
        elif w == "puluh":
            units = current % 10  # "dua ratus lima puluh": only the "lima" becomes tens
            current = current - units + (units or 1) * 10
        elif w == "seratus":
            current += 100
        elif w == "ratus":
            # "dua ratus": multiply the last units only
            current = current - (current % 100) + (current % 100 or 1) * 100
        elif w == "seribu":
            total += 1000
        elif w == "ribu":
            total += (current or 1) * 1000
            current = 0
        elif w == "juta":
            total += (current or 1) * 1_000_000
            current = 0
    return str(total + current)


_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_LETTERS = {  # Indonesian letter names, for acronyms read letter by letter
    "a": "a", "b": "be", "c": "ce", "d": "de", "e": "e", "f": "ef", "g": "ge", "h": "ha",
    "i": "i", "j": "je", "k": "ka", "l": "el", "m": "em", "n": "en", "o": "o", "p": "pe",
    "q": "ki", "r": "er", "s": "es", "t": "te", "u": "u", "v": "fe", "w": "we", "x": "eks",
    "y": "ye", "z": "zet",
}  # fmt: skip
# At most this many spellings of a group of script words are compared (each number or
# acronym doubles them).
MAX_SPELLINGS = 16


def number_words(n: int) -> str:
    """An integer read out in Indonesian: 112 → 'seratus dua belas', 2026 → 'dua ribu dua
    puluh enam', 1500 → 'seribu lima ratus'."""
    if n == 0:
        return "nol"
    parts: list[str] = []
    for size, name, one in ((10**9, "miliar", "satu miliar"), (10**6, "juta", "satu juta")):
        if n >= size:
            parts.append(one if n // size == 1 else f"{number_words(n // size)} {name}")
            n %= size
    if n >= 1000:
        parts.append("seribu" if n // 1000 == 1 else f"{number_words(n // 1000)} ribu")
        n %= 1000
    if n >= 100:
        parts.append("seratus" if n // 100 == 1 else f"{_UNITS[n // 100]} ratus")
        n %= 100
    if n >= 20:
        parts.append(f"{_UNITS[n // 10]} puluh")
        n %= 10
    if n >= 12:
        parts.append(f"{_UNITS[n - 10]} belas")
    elif n == 11:
        parts.append("sebelas")
    elif n == 10:
        parts.append("sepuluh")
    elif n:
        parts.append(_UNITS[n])
    return " ".join(parts)


def _spellings(token: str) -> list[str]:
    """Normalised ways one script word may sound: as written, a number read out (in words,
    and digit by digit for short numbers such as 112), an acronym letter by letter."""
    key = normalise(token)
    out = [key]
    if key.isdigit() and len(key) <= 12:
        out.append(normalise(number_words(int(key))))
        if 2 <= len(key) <= 4:
            out.append("".join(normalise(_UNITS[int(d)] or "nol") for d in key))
    pieces = re.findall(r"[^\W\d_]+|\d+", token.strip(".,!?;:\"'()"))
    if any(len(p) >= 2 and p.isupper() for p in pieces):
        out.append(
            "".join(
                "".join(_LETTERS.get(ch, ch) for ch in p.lower())
                if len(p) >= 2 and p.isupper()
                else normalise(p)
                for p in pieces
            )
        )
    return list(dict.fromkeys(out))


def _key(tokens: Sequence[str]) -> str:
    number = spoken_number(tokens)
    return number if number is not None else "".join(normalise(t) for t in tokens)


def _script_keys(tokens: Sequence[str]) -> list[str]:
    """The script words' key as written plus how they may sound (see `_spellings`)."""
    keys = [_key(tokens)]
    for combo in itertools.islice(
        itertools.product(*(_spellings(t) for t in tokens)), MAX_SPELLINGS
    ):
        keys.append("".join(combo))
    return list(dict.fromkeys(keys))


def similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


# Letters Whisper confuses because they sound alike (voiced and voiceless pairs, c/k/q,
# f/v/p, z/s): compared as one.
_SOUND = str.maketrans({"b": "p", "d": "t", "g": "k", "c": "k", "q": "k", "v": "f", "z": "s"})


def _sound(key: str) -> str:
    return key.translate(_SOUND)


def _letters_swapped_or_dropped(script_key: str, heard_key: str) -> bool:
    """True when `heard_key` differs from `script_key` only letter by letter: no two or more
    letters in a row added or left out (that is a syllable: other words)."""
    matcher = difflib.SequenceMatcher(None, script_key, heard_key, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal" and abs((i2 - i1) - (j2 - j1)) >= 2:
            return False
    return True


def _same_words(script_key: str, heard_key: str) -> bool:
    """Close enough to be the same words misheard. Short words must match exactly: 'ini'
    and 'kini' are different words, 'semaran' and 'semarang' are not."""
    if script_key == heard_key:
        return True
    shortest = min(len(script_key), len(heard_key))
    if shortest < 4:
        return False
    script_sound, heard_sound = _sound(script_key), _sound(heard_key)
    if similarity(script_sound, heard_sound) < (MATCH_RATIO if shortest >= 5 else 0.85):
        return False
    return _letters_swapped_or_dropped(script_sound, heard_sound)


def _match_score(script_keys: Sequence[str], heard_key: str) -> float | None:
    """The best similarity of `heard_key` to any spelling of the script words that it may
    be a mishearing of; None when it is none of them."""
    scores = [similarity(k, heard_key) for k in script_keys if _same_words(k, heard_key)]
    return max(scores) if scores else None


@dataclass(frozen=True)
class AlignmentStats:
    matched: int = 0  # recognised words taken to be script words
    respelled: int = 0  # of those, words whose spelling changed
    departed: int = 0  # recognised words not in the script
    missing: int = 0  # script words not heard


def _spread(script: Sequence[str], heard: Sequence[Word]) -> list[Word]:
    """Script words over the time span of the heard words, shared by character length."""
    start, end = heard[0].start_ms, heard[-1].end_ms
    if len(script) == len(heard):
        return [
            replace(h, text=s, from_script=True, departs=False)
            for s, h in zip(script, heard, strict=True)
        ]
    weights = [max(1, len(normalise(s))) for s in script]
    total = sum(weights)
    out, t = [], float(start)
    prob = min(h.probability for h in heard)
    for s, wgt in zip(script, weights, strict=True):
        nxt = t + (end - start) * wgt / total
        out.append(Word(s, int(round(t)), int(round(nxt)), True, False, prob))
        t = nxt
    return out


def _match_block(script: Sequence[str], heard: Sequence[Word]) -> tuple[list[Word], int, int]:
    """Align a differing block; returns words, matched count, departed count."""
    if not heard:
        return [], 0, 0
    if not script:
        return [replace(h, departs=True) for h in heard], 0, len(heard)
    # The whole block is the same words spelled differently ("Diskom info" / "Diskominfo").
    small = len(script) <= MAX_BLOCK_WORDS and len(heard) <= MAX_BLOCK_WORDS + 2
    if small and _match_score(_script_keys(script), _key([h.text for h in heard])) is not None:
        return _spread(script, heard), len(heard), 0
    # Otherwise find the best single anchor pair (or small group) and recurse around it.
    best: tuple[float, int, int, int, int] | None = None
    script_keys = {
        (i, si): _script_keys(script[i : i + si])
        for i in range(len(script))
        for si in range(1, min(3, len(script) - i) + 1)
    }
    for i in range(len(script)):
        for j in range(len(heard)):
            for si in range(1, min(3, len(script) - i) + 1):
                for hj in range(1, min(4, len(heard) - j) + 1):
                    h_key = _key([h.text for h in heard[j : j + hj]])
                    r = _match_score(script_keys[(i, si)], h_key)
                    if r is not None and (best is None or r > best[0]):
                        best = (r, i, si, j, hj)
    if best is None:
        return [replace(h, departs=True) for h in heard], 0, len(heard)
    _, i, si, j, hj = best
    left, lm, ld = _match_block(script[:i], heard[:j])
    mid = _spread(script[i : i + si], heard[j : j + hj])
    right, rm, rd = _match_block(script[i + si :], heard[j + hj :])
    return [*left, *mid, *right], lm + hj + rm, ld + rd


def align_to_script(words: Sequence[Word], script_text: str) -> tuple[list[Word], AlignmentStats]:
    """Recognised words with the script's spelling where they match; ad-libs marked."""
    script = script_words(script_text)
    if not script or not words:
        return list(words), AlignmentStats(departed=0)
    s_norm = [normalise(t) for t in script]
    h_norm = [normalise(w.text) for w in words]
    matcher = difflib.SequenceMatcher(None, s_norm, h_norm, autojunk=False)
    out: list[Word] = []
    matched = respelled = departed = missing = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for s, h in zip(script[i1:i2], words[j1:j2], strict=True):
                out.append(replace(h, text=s, from_script=True, departs=False))
                respelled += s != h.text
            matched += j2 - j1
        elif tag == "insert":
            out.extend(replace(h, departs=True) for h in words[j1:j2])
            departed += j2 - j1
        elif tag == "delete":
            missing += i2 - i1
        else:
            block, m, d = _match_block(script[i1:i2], words[j1:j2])
            out.extend(block)
            matched += m
            departed += d
            respelled += sum(1 for w in block if w.from_script)
            missing += max(0, (i2 - i1) - sum(1 for w in block if w.from_script))
    return out, AlignmentStats(matched, respelled, departed, missing)


def prompt_terms(script_text: str, glossary: Sequence[str], limit_chars: int = 600) -> str:
    """Initial prompt: glossary terms and the script's rare words (names, acronyms, numbers).

    Whisper's prompt window is short (224 tokens), so the list is capped.
    """
    seen: set[str] = set()
    terms: list[str] = []

    def add(term: str) -> None:
        key = normalise(term)
        if key and key not in seen:
            seen.add(key)
            terms.append(term.strip(".,!?;:\"'()"))

    for term in glossary:
        add(term)
    tokens = script_words(script_text)
    # Words capitalised in mid-sentence are names; at a sentence start they count only
    # when the same word appears capitalised mid-sentence elsewhere.
    mid_caps = {
        normalise(t)
        for k, t in enumerate(tokens)
        if k > 0 and t[:1].isupper() and not tokens[k - 1].endswith((".", "!", "?"))
    }
    phrase: list[str] = []
    for tok in [*tokens, "."]:
        core = tok.strip(".,!?;:\"'()")
        halves = core.lower().split("-")
        hyphenated = len(halves) == 2 and halves[0] != halves[1]  # e-KTP, not benar-benar
        special = (
            any(ch.isdigit() for ch in core) or hyphenated or (len(core) > 1 and core.isupper())
        )
        name = core[:1].isupper() and normalise(core) in mid_caps
        if name:
            phrase.append(core)
        elif phrase:
            add(" ".join(phrase))
            phrase = []
        if name and tok != core:  # punctuation ends a name
            add(" ".join(phrase))
            phrase = []
        if special and not name:
            add(core)
    text = ", ".join(terms)
    if len(text) > limit_chars:
        text = text[:limit_chars].rsplit(",", 1)[0]
    return f"{text}." if text else ""


def word_error_rate(reference: str, hypothesis: str) -> float:
    """WER on normalised tokens (for benchmarks): (S + D + I) / N by edit distance."""
    ref = [normalise(t) for t in script_words(reference)]
    hyp = [normalise(t) for t in script_words(hypothesis)]
    if not ref:
        return 0.0 if not hyp else 1.0
    prev = list(range(len(hyp) + 1))
    for i in range(1, len(ref) + 1):
        cur = [i] + [0] * len(hyp)
        for j in range(1, len(hyp) + 1):
            cost = 0 if ref[i - 1] == hyp[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[-1] / len(ref)
