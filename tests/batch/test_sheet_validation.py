"""Pure validation of batch sheets: columns, row problems with row numbers, duplicates."""

from __future__ import annotations

from app.core.batch_sheet import (
    ALL_COLUMNS,
    clip_durations_s,
    parse_hashtags,
    sniff_delimiter,
    validate_sheet,
)

HEADER = ["title", "narration", "clips", "lower_third_name", "lower_third_role", "preset", "output"]
PRESETS = ["tiktok", "reels", "shorts", "whatsapp"]


def row(**over):
    base = {
        "title": "Layanan KTP",
        "narration": "narasi.m4a",
        "clips": "a.mp4; b.mp4 ;c.jpg",
        "lower_third_name": "Budi",
        "lower_third_role": "Kepala Dinas",
        "preset": "tiktok",
        "output": "ktp-01",
    }
    base.update(over)
    return [base.get(h, "") for h in HEADER]


def test_a_good_row_is_cleaned_and_clips_keep_their_order() -> None:
    plan = validate_sheet(HEADER, [row()], PRESETS)
    assert not plan.problems
    [r] = plan.rows
    assert r.row_number == 2  # as the spreadsheet shows it: the header is row 1
    assert r.clips == ("a.mp4", "b.mp4", "c.jpg")
    assert r.subtitles is False and r.hashtags == ()


def test_header_names_are_matched_exactly_ignoring_case_and_spaces() -> None:
    header = [
        " Title",
        "NARRATION",
        "clips",
        "lower_third_name",
        "lower_third_role",
        "preset",
        "output",
    ]
    assert not validate_sheet(header, [row()], PRESETS).problems
    plan = validate_sheet(["judul", *HEADER[1:]], [row()], PRESETS)
    assert plan.fatal
    text = " ".join(p.reason_en for p in plan.problems)
    assert "title" in text and "judul" in text


def test_bad_rows_report_row_number_and_reason_and_good_rows_survive() -> None:
    rows = [
        row(),
        row(output="ktp-02", narration=""),
        row(output="ktp-03", preset="instagram"),
        row(output="KTP-01"),  # same name on a case-insensitive disk
        row(output="a/b"),
        [""] * len(HEADER),  # Excel's trailing empty line
        row(output="ktp-06"),
    ]
    plan = validate_sheet(HEADER, rows, PRESETS)
    assert [r.row_number for r in plan.rows] == [2, 8]
    by_row = {p.row_number: p for p in plan.problems}
    assert by_row[3].column == "narration"
    assert "instagram" in by_row[4].reason_en and "tiktok" in by_row[4].reason_en
    assert "row 2" in by_row[5].reason_en and "baris 2" in by_row[5].reason_id
    assert by_row[6].column == "output"


def test_optional_columns_subtitles_and_hashtags() -> None:
    header = [*HEADER, "subtitles", "hashtags", "caption", "music"]
    rows = [
        [*row(), "ya", "#ktp dukcapil, #KTP", "Urus KTP", "musik.mp3"],
        [*row(output="x2"), "maybe", "", "", ""],
    ]
    plan = validate_sheet(header, rows, PRESETS)
    [good] = plan.rows
    assert good.subtitles is True and good.music == "musik.mp3"
    assert good.hashtags == ("#ktp", "#dukcapil", "#KTP")
    assert plan.problems[0].row_number == 3 and plan.problems[0].column == "subtitles"


def test_default_preset_fills_an_empty_cell() -> None:
    plan = validate_sheet(HEADER, [row(preset="")], PRESETS, default_preset="reels")
    assert plan.rows[0].preset == "reels"


def test_helpers() -> None:
    assert set(ALL_COLUMNS) >= {"music", "template", "brand", "caption", "hashtags", "subtitles"}
    assert sniff_delimiter("title;narration;clips") == ";"
    assert sniff_delimiter("title,narration,clips") == ","
    assert parse_hashtags("a;b") == ("#a", "#b")
    parts = clip_durations_s(10.0, 3)
    assert len(parts) == 3 and abs(sum(parts) - 10.0) < 1e-9
