"""Numbers, durations and dates as a reader of the UI language expects them.

One place for every screen, export and message: Indonesian writes 17.790 and 7,3 dtk and
11,2 %; English writes 17,790 and 7.3 s and 11.2%. Services and the PDF report need the same
forms without Qt, so the rules live here (pure) and the UI passes its language.
"""

from __future__ import annotations

MONTHS = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
WEEKDAYS_SHORT = {  # Monday first, as datetime.weekday()
    "id": ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
WEEKDAYS_LONG = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
SECONDS_UNIT = {"id": "dtk", "en": "s"}


def _lang(language: str) -> str:
    return "en" if language == "en" else "id"


def _swap_separators(text: str) -> str:
    """Python's 12,345.6 as Indonesian 12.345,6."""
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def fmt_int(value: float, language: str) -> str:
    text = f"{int(round(value)):,}"
    return text if _lang(language) == "en" else text.replace(",", ".")


def fmt_decimal(value: float, digits: int, language: str) -> str:
    text = f"{value:,.{digits}f}"
    return text if _lang(language) == "en" else _swap_separators(text)


def fmt_number(value: float, language: str, max_digits: int = 1) -> str:
    """Like fmt_decimal, without trailing zeros: 60 → "60", 7.50 → "7,5"."""
    text = fmt_decimal(value, max_digits, language)
    point = "." if _lang(language) == "en" else ","
    return text.rstrip("0").rstrip(point) if point in text else text


def fmt_percent(fraction: float, language: str, digits: int = 1) -> str:
    """0.112 → "11,2 %" (Indonesian puts a space before %) / "11.2%"."""
    number = fmt_decimal(fraction * 100, digits, language)
    return f"{number}%" if _lang(language) == "en" else f"{number} %"


def fmt_seconds(seconds: float, language: str, digits: int = 1) -> str:
    """7.3 → "7,3 dtk" / "7.3 s"."""
    return f"{fmt_decimal(seconds, digits, language)} {SECONDS_UNIT[_lang(language)]}"


def month_name(month: int, language: str) -> str:
    return MONTHS[_lang(language)][month - 1]


def month_label(year_month: str, language: str, short: bool = False) -> str:
    """'2026-12' → 'Desember 2026' (short: 'Des 26')."""
    year, month = year_month.split("-")
    name = month_name(int(month), language)
    return f"{name[:3]} {year[2:]}" if short else f"{name} {year}"


def weekday_short(weekday: int, language: str) -> str:
    return WEEKDAYS_SHORT[_lang(language)][weekday]
