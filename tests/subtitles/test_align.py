"""Script-aware correction: the script's spelling with Whisper's timing, ad-libs kept."""

from __future__ import annotations

from app.core.align import (
    align_to_script,
    number_words,
    prompt_terms,
    spoken_number,
    word_error_rate,
)
from app.core.captions import Word

SCRIPT = (
    "Diskominfo Kota Semarang mengingatkan, hubungi 112 untuk keadaan darurat. "
    "Perekaman e-KTP kini lebih cepat."
)


def heard(text: str, step_ms: int = 400) -> list[Word]:
    return [Word(t, i * step_ms, i * step_ms + 350) for i, t in enumerate(text.split())]


def test_names_acronyms_and_numbers_take_the_script_spelling_and_keep_timing():
    words = heard(
        "Discom info kota semaran menengatkan hubungi seratus dua belas untuk keadaan darurat "
        "perekaman EKTP kini lebih cepat"
    )
    out, stats = align_to_script(words, SCRIPT)
    assert " ".join(w.text for w in out) == SCRIPT
    by_text = {w.text: w for w in out}
    assert (by_text["Diskominfo"].start_ms, by_text["Diskominfo"].end_ms) == (
        0,
        750,
    )  # "Discom info"
    assert (by_text["112"].start_ms, by_text["112"].end_ms) == (2400, 3550)  # three spoken words
    assert (by_text["e-KTP"].start_ms, by_text["e-KTP"].end_ms) == (5200, 5550)
    assert all(w.from_script and not w.departs for w in out)
    assert stats.departed == 0 and stats.missing == 0


def test_digit_by_digit_number_and_split_acronym():
    out, _ = align_to_script(heard("hubungi satu satu dua untuk perekaman e KTP"), SCRIPT)
    assert [w.text for w in out] == ["hubungi", "112", "untuk", "Perekaman", "e-KTP"]


def test_ad_lib_is_kept_as_heard_and_marked():
    words = heard(
        "Diskominfo kota semarang mengingatkan ya bapak ibu sekalian jangan lupa hubungi 112 "
        "untuk keadaan darurat"
    )
    out, stats = align_to_script(words, SCRIPT)
    assert " ".join(w.text for w in out) == (
        "Diskominfo Kota Semarang mengingatkan, ya bapak ibu sekalian jangan lupa hubungi 112 "
        "untuk keadaan darurat."
    )
    assert [w.text for w in out if w.departs] == [
        "ya",
        "bapak",
        "ibu",
        "sekalian",
        "jangan",
        "lupa",
    ]
    assert stats.departed == 6
    assert stats.missing == 5  # "Perekaman e-KTP kini lebih cepat." was not said


def test_different_speech_is_never_forced_onto_the_script():
    words = heard("hari ini cuaca cerah sekali di alun alun")
    out, stats = align_to_script(words, SCRIPT)
    assert [w.text for w in out] == [w.text for w in words]  # "ini" is not turned into "kini"
    assert all(w.departs for w in out)
    assert stats.matched == 0


def test_no_script_leaves_words_alone():
    words = heard("apa kabar")
    out, _ = align_to_script(words, "")
    assert out == words


def test_spoken_numbers():
    assert spoken_number(["seratus", "dua", "belas"]) == "112"
    assert spoken_number(["satu", "satu", "dua"]) == "112"
    assert spoken_number(["dua", "ribu", "dua", "puluh", "enam"]) == "2026"
    assert spoken_number(["dua", "ratus", "lima", "puluh"]) == "250"
    assert spoken_number(["warga"]) is None


def test_prompt_holds_glossary_names_numbers_and_acronyms():
    prompt = prompt_terms(SCRIPT + " Hubungi Diskominfo Kota Semarang.", ["Disdukcapil"])
    assert prompt == "Disdukcapil, Diskominfo Kota Semarang, 112, e-KTP."
    assert prompt_terms("", []) == ""


def test_word_error_rate():
    assert word_error_rate("a b c d", "a x c") == 0.5
    assert word_error_rate("Kota Semarang.", "kota semarang") == 0.0


def test_a_name_said_differently_stays_as_said():
    # The speaker said "Dinas Kominfo" where the script has "Diskominfo": two letters more
    # in a row is a syllable said, not a mishearing, so the caption shows what was said.
    out, stats = align_to_script(
        heard("Dinas Kominfo Kota Semarang mengingatkan hubungi 112"), SCRIPT
    )
    assert [w.text for w in out[:2]] == ["Dinas", "Kominfo"]
    assert all(w.departs and not w.from_script for w in out[:2])
    assert " ".join(w.text for w in out[2:]) == "Kota Semarang mengingatkan, hubungi 112"
    assert stats.departed == 2


def test_a_dropped_syllable_is_not_respelled():
    out, _ = align_to_script(heard("Diskominfo Kota Semarang ingatkan hubungi 112"), SCRIPT)
    assert "ingatkan" in [w.text for w in out]
    assert "mengingatkan," not in [w.text for w in out]


def test_misheard_number_and_spelled_out_acronym_take_the_script_spelling():
    # Whisper ran "dua belas kini" together and heard the acronym's letter names.
    script = "Layanan darurat 112 kini gratis. Perekaman e-KTP kini lebih cepat."
    out, stats = align_to_script(
        heard("layanan darurat seratus duamalaskini gratis perekaman e katepe kini lebih cepat"),
        script,
    )
    assert " ".join(w.text for w in out) == script
    assert stats.departed == 0


def test_sound_alike_letters_are_a_mishearing_but_other_words_are_not():
    script = "Bawa kartu keluarga dan datang pada jam kerja, Senin sampai Jumat."
    out, _ = align_to_script(
        heard("pawa kartu keluarga dan tataan pada jam kerja senin sampai sabtu"), script
    )
    assert " ".join(w.text for w in out) == (
        "Bawa kartu keluarga dan datang pada jam kerja, Senin sampai sabtu"
    )
    assert [w.text for w in out if w.departs] == ["sabtu"]


def test_number_words():
    assert number_words(112) == "seratus dua belas"
    assert number_words(2026) == "dua ribu dua puluh enam"
    assert number_words(1500) == "seribu lima ratus"
    assert number_words(11) == "sebelas"
    assert number_words(10) == "sepuluh"
    assert number_words(250_000) == "dua ratus lima puluh ribu"
    assert number_words(1_000_000) == "satu juta"
    assert all(spoken_number(number_words(n).split()) == str(n) for n in (7, 19, 112, 2026, 90210))
