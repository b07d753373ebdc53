"""Caption segmentation and line breaking on constructed word lists (exact expectations)."""

from __future__ import annotations

from app.core.captions import (
    CLASSIC_RULES,
    SHORT_RULES,
    Word,
    break_lines,
    event_problems,
    is_bound_pair,
    segment,
)
from app.services.subtitles import load_rules

SENTENCE = (
    "Warga Kota Semarang dapat menghubungi nomor darurat 112 secara gratis. Layanan ini aktif "
    "24 jam setiap hari, termasuk hari libur nasional dan akhir pekan."
)


def timed(text: str, step_ms: int = 400, start_ms: int = 0) -> list[Word]:
    return [
        Word(tok, start_ms + i * step_ms, start_ms + i * step_ms + step_ms - 50)
        for i, tok in enumerate(text.split())
    ]


def test_short_form_events_hold_one_to_three_words_and_keep_pairs_together():
    events = segment(timed(SENTENCE), load_rules("short"))
    assert [e.text for e in events] == [
        "Warga Kota Semarang",
        "dapat menghubungi",
        "nomor darurat 112",
        "secara gratis.",
        "Layanan ini aktif",
        "24 jam setiap hari,",  # 4 words only to keep "setiap hari" together
        "termasuk hari",
        "libur nasional",  # adjective stays with its noun
        "dan akhir pekan.",  # a new event starts before the conjunction
    ]
    assert all(1 <= len(e.words) <= 4 for e in events)
    assert event_problems(events, SHORT_RULES) == []


def test_short_form_timing_starts_on_the_word_and_leaves_two_frames():
    events = segment(timed(SENTENCE), SHORT_RULES)
    assert events[0].start_ms == 0
    assert events[1].start_ms == 1200  # the first word of the event
    assert events[1].start_ms - events[0].end_ms >= 66  # 2 frames at 30 fps


def test_classic_lines_fit_42_characters_two_lines_and_break_after_punctuation():
    rules = CLASSIC_RULES  # the standard's limits: 42 characters, 2 lines
    events = segment(timed(SENTENCE), rules)
    assert [e.lines for e in events] == [
        ("Warga Kota Semarang dapat menghubungi", "nomor darurat 112 secara gratis."),
        ("Layanan ini aktif 24 jam setiap hari,", "termasuk hari libur nasional"),
        ("dan akhir pekan.",),
    ]
    assert event_problems(events, rules) == []
    for e in events:
        assert 830 <= e.end_ms - e.start_ms <= 7000


def test_classic_reading_speed_extends_short_events_without_lingering():
    words = [
        Word("Diskominfo", 0, 300),
        Word("mengingatkan.", 300, 600),
        Word("Selanjutnya", 5000, 5400),
    ]
    first = segment(words, CLASSIC_RULES)[0]
    assert first.end_ms == 1411  # 24 characters at 17 cps (1.41 s) instead of 0.6 s
    long_pause = segment([Word("Ya.", 0, 200)], CLASSIC_RULES)[0]
    assert long_pause.end_ms == 830  # minimum 0.83 s, well within 1.5 s after speech


def test_line_breaks_never_split_names_numbers_units_or_adjective_nouns():
    assert break_lines(
        [
            "Petugas",
            "akan",
            "meneruskan",
            "laporan",
            "Anda",
            "ke",
            "pemadam",
            "kebakaran",
            "dan",
            "ambulans",
            "terdekat.",
        ]
    ) == [
        "Petugas akan meneruskan laporan Anda ke",
        "pemadam kebakaran dan ambulans terdekat.",
    ]
    assert break_lines(
        [
            "Bantuan",
            "sebesar",
            "5",
            "persen",
            "diberikan",
            "kepada",
            "warga",
            "Kota",
            "Semarang",
            "yang",
            "terdampak",
            "banjir.",
        ]
    ) == [
        "Bantuan sebesar 5 persen diberikan kepada",
        "warga Kota Semarang yang terdampak banjir.",
    ]
    # Break before the conjunction rather than after a name.
    assert break_lines(
        [
            "Kepala",
            "Dinas",
            "Budi",
            "Santoso",
            "meresmikan",
            "layanan",
            "baru",
            "dan",
            "mengajak",
            "warga",
            "mendaftar.",
        ]
    ) == [
        "Kepala Dinas Budi Santoso meresmikan",
        "layanan baru dan mengajak warga mendaftar.",
    ]
    assert break_lines(["a" * 50]) is None  # a single word longer than a line cannot fit


def test_bound_pairs():
    assert is_bound_pair("Kota", "Semarang")
    assert is_bound_pair("112", "km")
    assert is_bound_pair("5", "persen")
    assert is_bound_pair("Rp", "5.000")
    assert is_bound_pair("layanan", "darurat")
    assert is_bound_pair("sangat", "penting")
    assert not is_bound_pair("Semarang.", "Diskominfo")  # punctuation ends the pair
    assert not is_bound_pair("warga", "dapat")


def test_a_long_pause_always_starts_a_new_event():
    words = [Word("Halo", 0, 300), Word("warga", 2000, 2300)]
    assert [e.text for e in segment(words, SHORT_RULES)] == ["Halo", "warga"]
    assert segment([], SHORT_RULES) == []


def test_vertical_classic_template_keeps_lines_short_enough_for_the_safe_box():
    rules = load_rules("classic")
    assert (
        rules.max_chars_per_line == 32
    )  # 55 px text in 865 px; the standard's 42 is an upper bound
    events = segment(timed(SENTENCE), rules)
    assert event_problems(events, rules) == []
    assert all(len(line) <= 32 for e in events for line in e.lines)
    assert events[0].lines == ("Warga Kota Semarang dapat", "menghubungi nomor darurat 112")
