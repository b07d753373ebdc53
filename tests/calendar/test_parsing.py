"""Metrics text parsing, ICS text and cadence rules (pure core, no workspace)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from app.core import cadence
from app.core.ics import IcsEvent, build_ics, fold_line, unfold
from app.core.metrics_parse import (
    parse_count,
    parse_datetime,
    parse_number,
    parse_seconds,
    plan_columns,
    to_local_naive,
    to_utc_naive,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.234", 1234),
        ("1,234", 1234),
        ("1.234.567", 1234567),
        ("1,234,567", 1234567),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("12,5%", 12.5),
        ("7 %", 7),
        ("1,2 rb", 1200),
        ("1.2K", 1200),
        ("3 jt", 3_000_000),
        ("0,123", 0.123),
        ("12 345", 12345),
        ("", None),
        ("-", None),
    ],
)
def test_numbers_as_offices_and_platforms_write_them(text, value):
    assert parse_number(text) == value


def test_garbage_number_is_refused_not_zero():
    with pytest.raises(ValueError):
        parse_number("banyak")
    with pytest.raises(ValueError):
        parse_count("1.23.4")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 Agustus 2026", datetime(2026, 8, 5)),
        ("5 Agt 2026", datetime(2026, 8, 5)),
        ("5 agu 2026", datetime(2026, 8, 5)),
        ("Rabu, 5 Agustus 2026 19.00", datetime(2026, 8, 5, 19, 0)),
        ("17 Mei 2026 07:30", datetime(2026, 5, 17, 7, 30)),
        ("3 Des 2026", datetime(2026, 12, 3)),
        ("05/08/2026", datetime(2026, 8, 5)),
        ("5-8-2026 19:00", datetime(2026, 8, 5, 19, 0)),
        ("08/13/2026", datetime(2026, 8, 13)),  # month-first only when day-first cannot be
        ("2026-08-05", datetime(2026, 8, 5)),
        ("2026-08-05 19:00", datetime(2026, 8, 5, 19, 0)),
        ("Aug 5, 2026", datetime(2026, 8, 5)),
    ],
)
def test_dates_in_indonesian_and_numeric_forms(text, expected):
    assert parse_datetime(text) == expected


def test_iso_with_zone_is_aware_and_bad_dates_raise():
    value = parse_datetime("2026-08-05T12:00:00Z")
    assert value.tzinfo is not None
    for bad in ("32/13/2026", "5 Agustusan 2026", "kemarin"):
        with pytest.raises(ValueError):
            parse_datetime(bad)


def test_watch_time_forms():
    assert parse_seconds("0:23") == 23
    assert parse_seconds("1:02") == 62
    assert parse_seconds("23,5 detik") == 23.5
    assert parse_seconds("18s") == 18
    assert parse_seconds("") == 0


def test_local_time_round_trip_in_wib():
    wib = timezone(timedelta(hours=7))
    stored = to_utc_naive(datetime(2026, 8, 5, 19, 0), wib)
    assert stored == datetime(2026, 8, 5, 12, 0)
    assert to_local_naive(stored, wib) == datetime(2026, 8, 5, 19, 0)


def test_unknown_columns_are_reported_and_mapping_wins():
    plan = plan_columns(["Judul", "Platform", "Tayangan", "Video views", "Kolom Aneh"])
    assert plan.columns["title"] == "Judul"
    assert plan.columns["views"] == "Tayangan"
    assert "Kolom Aneh" in plan.unknown_columns and "Video views" in plan.unknown_columns
    mapped = plan_columns(["Video title", "Video views"], {"Video views": "views"})
    assert mapped.columns == {"title": "Video title", "views": "Video views"}
    assert plan_columns(["foo", "bar"]).missing


# ICS -------------------------------------------------------------------------------------


def test_ics_escapes_folds_and_uses_crlf_with_non_ascii_titles():
    title = "Layanan KTP-el; Dukcapil, Kota Ambon — syarat & jadwal 🗓️ " + "é" * 60
    text = build_ics(
        [
            IcsEvent(
                "kilas-1-tiktok@kilas.local",
                datetime(2026, 12, 1, 12, 0),
                title,
                description="Baris 1\nBaris 2 \\ akhir",
            )
        ]
    )
    raw = text.encode("utf-8")
    assert raw.count(b"\r\n") == raw.count(b"\n")  # every line ends in CRLF
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # folding never splits a UTF-8 character
    lines = unfold(text)
    summary = next(line for line in lines if line.startswith("SUMMARY:"))
    assert summary == "SUMMARY:" + title.replace(";", "\\;").replace(",", "\\,")
    assert "DESCRIPTION:Baris 1\\nBaris 2 \\\\ akhir" in lines
    assert "DTSTART:20261201T120000Z" in lines
    assert lines[0] == "BEGIN:VCALENDAR" and "END:VCALENDAR" in lines


def test_fold_line_keeps_short_lines():
    assert fold_line("SUMMARY:pendek") == "SUMMARY:pendek"


# cadence -----------------------------------------------------------------------------------


def _item(pid, platform, status, planned=None, published=None):
    return cadence.CalendarItem(pid, f"Video {pid}", platform, status, planned, published)


def test_weekly_counts_planned_ahead_and_published_behind():
    now = datetime(2026, 11, 23, 10, 0)  # a Monday
    items = [
        _item(1, "tiktok", "published", datetime(2026, 11, 11, 19), datetime(2026, 11, 11, 19)),
        _item(2, "tiktok", "review", datetime(2026, 11, 25, 19)),
        _item(3, "reels", "script", datetime(2026, 12, 1, 12)),
    ]
    weeks = cadence.weekly_counts(items, {"tiktok": 3, "reels": 2}, now.date())
    assert len(weeks) == 12
    past = {w.week_start: w for w in weeks if w.kind == "published"}
    ahead = {w.week_start: w for w in weeks if w.kind == "planned"}
    assert len(past) == 8 and len(ahead) == 4
    assert past[date(2026, 11, 9)].count == 1
    assert ahead[date(2026, 11, 23)].count == 1 and ahead[date(2026, 11, 23)].target == 5
    assert ahead[date(2026, 11, 30)].per_platform == {"reels": 1}


def test_warnings_overdue_due_soon_and_empty_weeks():
    now = datetime(2026, 11, 23, 10, 0)
    items = [
        _item(1, "tiktok", "approved", datetime(2026, 11, 22, 19)),  # past its date
        _item(2, "tiktok", "review", datetime(2026, 11, 25, 19)),  # due in 2 days, in review
        _item(3, "tiktok", "approved", datetime(2026, 11, 26, 19)),  # due soon but ready
        _item(4, "tiktok", "script", datetime(2026, 12, 3, 19)),  # due later
    ]
    warnings = cadence.warnings_for(items, {"tiktok": 3, "reels": 0}, now)
    kinds = [(w.kind, w.project_id) for w in warnings]
    assert kinds[0] == ("overdue_approved", 1)
    assert ("due_soon_not_ready", 2) in kinds
    assert ("due_soon_not_ready", 3) not in kinds and ("due_soon_not_ready", 4) not in kinds
    empty = [w.when for w in warnings if w.kind == "empty_week"]
    assert empty == [date(2026, 12, 7), date(2026, 12, 14)]  # reels has no target: no warning


def test_snap_to_slot_keeps_the_day_and_takes_a_free_slot():
    slots = cadence.parse_slots(
        [
            {"weekday": 0, "time": "19:00"},
            {"weekday": 0, "time": "12:00"},
            {"weekday": 2, "time": "19:00"},
            {"weekday": "x"},
        ]
    )
    monday, tuesday = date(2026, 11, 23), date(2026, 11, 24)
    assert cadence.snap_to_slot(monday, slots) == datetime(2026, 11, 23, 12, 0)
    taken = [datetime(2026, 11, 23, 12, 0)]
    assert cadence.snap_to_slot(monday, slots, taken) == datetime(2026, 11, 23, 19, 0)
    assert cadence.snap_to_slot(tuesday, slots) == datetime(2026, 11, 24, 19, 0)
    assert cadence.snap_to_slot(tuesday, []) == datetime(2026, 11, 24, 9, 0)
