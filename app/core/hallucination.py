"""Filters against Whisper hallucinations: text invented over silence or music.

The child process hands over raw segments; these pure functions drop segments and words
that the speech gate (VAD) or Whisper's own confidence says are not speech.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from app.core.align import normalise
from app.core.captions import Word

# Whisper's own thresholds (transcribe.py): a segment is silence when no_speech_prob is
# high AND the decoder was unsure.
NO_SPEECH_PROB = 0.6
LOGPROB_THRESHOLD = -1.0
COMPRESSION_RATIO = 2.4
# Phrases Whisper tends to invent over silence or music (learned from subtitled videos).
KNOWN_PHRASES = (
    "terima kasih telah menonton",
    "terima kasih sudah menonton",
    "terimakasih telah menonton",
    "jangan lupa like dan subscribe",
    "jangan lupa subscribe",
    "sampai jumpa di video berikutnya",
    "subtitle by",
    "subtitles by",
    "diterjemahkan oleh",
    "thanks for watching",
    "thank you for watching",
    "amara org",
)


@dataclass(frozen=True)
class Segment:
    text: str
    start_ms: int
    end_ms: int
    words: tuple[Word, ...] = ()
    no_speech_prob: float = 0.0
    avg_logprob: float = 0.0
    compression_ratio: float = 1.0


@dataclass
class FilterReport:
    dropped_segments: list[tuple[str, str]] = field(default_factory=list)  # (reason, text)
    dropped_words: int = 0


def speech_regions(
    frame_db: Sequence[float],
    frame_ms: int = 30,
    threshold_db: float = -45.0,
    min_speech_ms: int = 150,
    merge_gap_ms: int = 400,
    pad_ms: int = 200,
) -> list[tuple[int, int]]:
    """Energy gate: spans (ms) where frame loudness exceeds `threshold_db`.

    Used when the neural VAD is unavailable; silence never reaches the model.
    """
    regions: list[list[int]] = []
    start: int | None = None
    for i, db in enumerate([*frame_db, -200.0]):
        loud = db > threshold_db
        if loud and start is None:
            start = i
        elif not loud and start is not None:
            s_ms, e_ms = start * frame_ms, i * frame_ms
            if regions and s_ms - regions[-1][1] <= merge_gap_ms:
                regions[-1][1] = e_ms
            else:
                regions.append([s_ms, e_ms])
            start = None
    total_ms = len(frame_db) * frame_ms
    return [
        (max(0, s - pad_ms), min(total_ms, e + pad_ms))
        for s, e in regions
        if e - s >= min_speech_ms
    ]


def _inside(regions: Sequence[tuple[int, int]], start_ms: int, end_ms: int) -> bool:
    mid = (start_ms + end_ms) // 2
    return any(s <= mid <= e for s, e in regions)


def _is_known_phrase(text: str) -> bool:
    t = " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
    return any(p in t for p in KNOWN_PHRASES)


def collapse_repeats(words: Sequence[Word], max_repeat: int = 2) -> list[Word]:
    """'dan dan dan dan' → 'dan dan': a word or 2–3-word phrase looping is a decoder loop."""
    out: list[Word] = []
    for w in words:
        out.append(w)
        for n in (1, 2, 3):
            # Drop the newest n words when they repeat the previous n words max_repeat times.
            span = n * (max_repeat + 1)
            if len(out) >= span:
                tail = [normalise(x.text) for x in out[-span:]]
                chunks = [tuple(tail[k : k + n]) for k in range(0, span, n)]
                if all(c == chunks[0] for c in chunks) and any(chunks[0]):
                    del out[-n:]
                    break
    return out


def filter_segments(
    segments: Sequence[Segment],
    regions: Sequence[tuple[int, int]] | None = None,
    report: FilterReport | None = None,
) -> list[Segment]:
    """Drop segments and words that are not speech.

    - no speech gate: with `regions` given (VAD), words outside speech are dropped;
    - Whisper's rule: high no_speech_prob and low avg_logprob → silence;
    - a high no_speech_prob segment repeating the previous text → loop;
    - compression ratio above 2.4 → repetitive garbage;
    - well-known invented phrases over non-speech;
    - runs of the same word/phrase collapsed.
    """
    report = report if report is not None else FilterReport()
    kept: list[Segment] = []
    previous_text = ""
    for seg in segments:
        text_key = normalise(seg.text)
        reason = ""
        if not text_key:
            reason = "empty"
        elif seg.no_speech_prob > NO_SPEECH_PROB and seg.avg_logprob < LOGPROB_THRESHOLD:
            reason = "no_speech"
        elif seg.no_speech_prob > 0.4 and text_key == previous_text:
            reason = "repeat"
        elif seg.compression_ratio > COMPRESSION_RATIO:
            reason = "compression"
        elif _is_known_phrase(seg.text) and (seg.no_speech_prob > 0.2 or regions is not None):
            reason = "known_phrase"
        if reason:
            report.dropped_segments.append((reason, seg.text))
            continue
        words = list(seg.words)
        if regions is not None:
            if not regions:
                report.dropped_segments.append(("no_speech", seg.text))
                continue
            inside = [w for w in words if _inside(regions, w.start_ms, w.end_ms)]
            report.dropped_words += len(words) - len(inside)
            words = inside
            if not words and not _inside(regions, seg.start_ms, seg.end_ms):
                report.dropped_segments.append(("outside_speech", seg.text))
                continue
        collapsed = collapse_repeats(words)
        report.dropped_words += len(words) - len(collapsed)
        if seg.words and not collapsed:
            report.dropped_segments.append(("outside_speech", seg.text))
            continue
        text = " ".join(w.text for w in collapsed) if seg.words else seg.text
        kept.append(replace(seg, words=tuple(collapsed), text=text))
        previous_text = text_key
    return kept


def words_of(segments: Sequence[Segment]) -> list[Word]:
    """All words in order; a segment without word timing becomes evenly spread words."""
    out: list[Word] = []
    for seg in segments:
        if seg.words:
            out.extend(seg.words)
            continue
        tokens = seg.text.split()
        if not tokens:
            continue
        step = (seg.end_ms - seg.start_ms) / len(tokens)
        for k, tok in enumerate(tokens):
            out.append(Word(tok, int(seg.start_ms + k * step), int(seg.start_ms + (k + 1) * step)))
    return out
