"""Filters that keep invented text out of captions over silence or music."""

from __future__ import annotations

from app.core.captions import Word
from app.core.hallucination import (
    FilterReport,
    Segment,
    collapse_repeats,
    filter_segments,
    speech_regions,
    words_of,
)


def seg(text: str, start_ms: int, end_ms: int, **kw) -> Segment:
    tokens = text.split()
    step = (end_ms - start_ms) // max(1, len(tokens))
    words = tuple(
        Word(t, start_ms + i * step, start_ms + (i + 1) * step) for i, t in enumerate(tokens)
    )
    return Segment(text, start_ms, end_ms, words, **kw)


def test_silence_with_low_confidence_is_dropped():
    report = FilterReport()
    kept = filter_segments(
        [seg("Terima kasih.", 0, 2000, no_speech_prob=0.9, avg_logprob=-1.5)], None, report
    )
    assert kept == []
    assert report.dropped_segments == [("no_speech", "Terima kasih.")]


def test_repeated_segment_with_high_no_speech_is_dropped_but_real_speech_stays():
    segments = [
        seg("Hubungi nomor 112.", 0, 2000),
        seg("Hubungi nomor 112.", 2000, 4000, no_speech_prob=0.5, avg_logprob=-0.5),
        seg("Layanan gratis.", 4000, 5000),
    ]
    assert [s.text for s in filter_segments(segments)] == ["Hubungi nomor 112.", "Layanan gratis."]


def test_known_phrases_and_compression_loops_are_dropped():
    segments = [
        seg("Terima kasih telah menonton!", 0, 2000, no_speech_prob=0.3),
        seg("ya ya ya ya ya ya ya ya ya ya", 2000, 4000, compression_ratio=3.1),
    ]
    assert filter_segments(segments) == []


def test_words_outside_speech_regions_are_dropped():
    segments = [seg("warga kota semarang subscribe", 0, 4000)]  # last word over music at 3–4 s
    kept = filter_segments(segments, regions=[(0, 2900)])
    assert kept[0].text == "warga kota semarang"
    assert filter_segments(segments, regions=[]) == []  # no speech at all: nothing survives


def test_decoder_loops_are_collapsed():
    words = [
        Word(t, i * 100, i * 100 + 90)
        for i, t in enumerate(
            ["dan", "dan", "dan", "dan", "warga", "kota", "warga", "kota", "warga", "kota"]
        )
    ]
    assert [w.text for w in collapse_repeats(words)] == [
        "dan",
        "dan",
        "warga",
        "kota",
        "warga",
        "kota",
    ]


def test_energy_gate_finds_speech_and_ignores_silence():
    silence = [-90.0] * 100
    assert speech_regions(silence) == []
    loud = [-90.0] * 20 + [-20.0] * 30 + [-90.0] * 50  # 0.6–1.5 s at 30 ms frames
    assert speech_regions(loud) == [(400, 1700)]  # padded by 200 ms


def test_segments_without_word_timing_are_spread():
    words = words_of([Segment("satu dua", 0, 1000)])
    assert [(w.text, w.start_ms, w.end_ms) for w in words] == [("satu", 0, 500), ("dua", 500, 1000)]
