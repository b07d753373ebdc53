"""SRT and ASS text and files: round trips, encodings, broken timings, safe-zone layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import subtitle_formats as fmt
from app.core.brand import CaptionStyle
from app.core.caption_layout import layout_caption
from app.core.captions import Cue, Word
from app.core.errors import InvalidInput
from app.media.caption_fonts import font_measure
from app.services.subtitles import load_rules, read_srt, write_srt

CUES = [
    Cue(0, 1500, "Warga Kota Semarang"),
    Cue(1567, 4000, "Hubungi 112,\ngratis & 24 jam — ya!"),
    Cue(3_723_004, 3_725_000, "Diskominfo"),
]


def test_srt_file_format(tmp_path: Path):
    out = tmp_path / "satu.srt"
    write_srt([*CUES[:1], CUES[2]], out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("1\n00:00:00,000 --> 00:00:01,500\nWarga Kota Semarang\n")
    assert "2\n01:02:03,004 --> 01:02:05,000\nDiskominfo\n" in text


def test_srt_round_trip_through_pysrt_in_utf8(tmp_path: Path):
    out = tmp_path / "takarir é.srt"
    write_srt(CUES, out)
    assert out.read_bytes().decode("utf-8").startswith("1\n00:00:00,000")  # UTF-8, no BOM
    cues, encoding, problems = read_srt(out)
    assert encoding == "utf-8"
    assert problems == []
    assert [(c.start_ms, c.end_ms, c.text) for c in cues] == [
        (c.start_ms, c.end_ms, c.text) for c in CUES
    ]


@pytest.mark.parametrize("encoding", ["windows-1252", "utf-16"])
def test_srt_read_in_other_encodings(tmp_path: Path, encoding: str):
    path = tmp_path / f"{encoding}.srt"
    write_srt([Cue(0, 1000, "Pelayanan café — naïve")], path)
    path.write_bytes(path.read_text(encoding="utf-8").encode(encoding))
    cues, found, _ = read_srt(path)
    assert cues[0].text == "Pelayanan café — naïve"
    assert found.startswith("utf-16") if encoding == "utf-16" else found == "windows-1252"


def test_overlapping_and_negative_times_are_fixed_and_reported(tmp_path: Path):
    path = tmp_path / "rusak.srt"
    path.write_text(
        "1\n00:00:02,000 --> 00:00:04,000\nB\n\n"
        "2\n00:00:00,000 --> 00:00:03,000\nA\n\n"
        "3\n00:00:05,000 --> 00:00:04,500\nC\n",
        encoding="utf-8",
    )
    cues, _, problems = read_srt(path)
    assert [(c.text, c.start_ms, c.end_ms) for c in cues] == [
        ("A", 0, 2000),
        ("B", 2000, 4000),
        ("C", 5000, 5200),
    ]
    assert problems == ["order", "1: overlap", "3: empty duration"]
    fixed, problems = fmt.fix_timings([Cue(-500, 800, "x")])
    assert (fixed[0].start_ms, problems) == (0, ["1: negative"])


def test_negative_times_in_a_file_are_clamped_not_mirrored(tmp_path: Path):
    path = tmp_path / "negatif.srt"
    path.write_text(
        "1\n-00:00:01,000 --> 00:00:02,000\nNegatif\n\n2\n00:00:03,000 --> 00:00:04,000\nBiasa\n",
        encoding="utf-8",
    )
    cues, _, problems = read_srt(path)
    assert [(c.start_ms, c.end_ms) for c in cues] == [(0, 2000), (3000, 4000)]
    assert problems == ["1: negative"]


def test_empty_srt_is_refused(tmp_path: Path):
    path = tmp_path / "kosong.srt"
    path.write_bytes(b"")
    with pytest.raises(InvalidInput):
        read_srt(path)


def test_ass_document_is_1080x1920_with_brand_style_inside_the_safe_zone():
    style = CaptionStyle(
        font_family="Inter",
        size_px=72,
        colour="#FFFFFF",
        highlight_colour="#F2A900",
        outline_px=6,
        outline_colour="#000000",
        bottom_y_px=1220,
    )
    words = (Word("Warga", 0, 400), Word("Kota", 500, 800), Word("Semarang", 800, 1400))
    cue = Cue(0, 1500, "Warga Kota Semarang", words)
    doc = fmt.ass_text([cue], style, load_rules("short"), font_measure)
    assert "PlayResX: 1080\nPlayResY: 1920" in doc
    assert "WrapStyle: 2" in doc  # libass never re-wraps: the layout's breaks are final
    # Primary = highlight (sung), Secondary = base colour.
    assert (
        "Style: Kilas,Inter,72,&H0000A9F2,&H00FFFFFF,&H00000000,&H80000000,-1,0,0,0,100,100,0,0,1,6,0,2,"
        in doc
    )
    block = layout_caption(cue.text, fmt.caption_look(style, load_rules("short")), font_measure)
    # Pinned at the middle of the safe box, its last baseline on bottom_y_px.
    assert block.pos_x_px == 498 and round(block.lines[-1].baseline_px) == 1220
    assert doc.rstrip().endswith(
        f"{{\\an2\\pos(498,{block.pos_y_px:g})}}{{\\k50}}Warga {{\\k30}}Kota {{\\k70}}Semarang"
    )


def test_ass_classic_has_no_karaoke_and_escapes_override_characters():
    cue = Cue(0, 2000, "Baris {satu}\nbaris \\dua")
    doc = fmt.ass_text([cue], CaptionStyle(size_px=40), load_rules("classic"), font_measure)
    assert ",56," in doc.split("Style: Kilas,")[1]  # the classic template's 56 px
    doc = fmt.ass_text([cue], CaptionStyle(size_px=40), load_rules("short"), font_measure)
    assert ",55," in doc.split("Style: Kilas,")[1]  # never below 55 px
    assert doc.rstrip().endswith("Baris (satu)\\Nbaris ∖dua")
    assert "\\k" not in doc.split("[Events]")[1]


def test_edited_text_falls_back_to_plain_captions():
    words = (Word("Warga", 0, 400), Word("Kota", 500, 800))
    doc = fmt.ass_text(
        [Cue(0, 1000, "Warga Kabupaten", words)], CaptionStyle(), load_rules("short"), font_measure
    )
    assert doc.rstrip().endswith(")}Warga Kabupaten")


def test_long_caption_is_pinned_on_two_balanced_lines():
    text = "Warga Kota Semarang dapat menghubungi nomor 112"
    doc = fmt.ass_text([Cue(0, 3000, text)], CaptionStyle(), load_rules("classic"), font_measure)
    body = doc.rstrip().rsplit("}", 1)[1]
    first, second = body.split("\\N")
    assert f"{first} {second}" == text
    assert abs(len(first) - len(second)) < 12
