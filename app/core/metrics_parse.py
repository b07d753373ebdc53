"""Parsing a performance CSV: numbers, dates, platforms and column mapping (pure text).

Platform exports and spreadsheets saved by Indonesian offices write numbers as "1.234",
"1,234", "12,5%", "1,2 rb" or "1.2K", and dates as "5 Agustus 2026", "5 Agt 2026",
"05/08/2026" or ISO. Everything here turns such text into plain values or says why not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo

# Kilas's own CSV format (README): `title` or `project_id` names the video.
METRIC_FIELDS: tuple[str, ...] = (
    "views",
    "likes",
    "comments",
    "shares",
    "saves",
    "watch_time_s",
    "followers_gained",
)
ID_FIELDS: tuple[str, ...] = ("project_id", "title", "url")
ALL_FIELDS: tuple[str, ...] = (*ID_FIELDS, "platform", "posted_at", *METRIC_FIELDS)

# Header spellings recognised without a mapping (lower-case, spaces collapsed).
FIELD_ALIASES: dict[str, str] = {
    "project_id": "project_id",
    "id proyek": "project_id",
    "title": "title",
    "judul": "title",
    "judul video": "title",
    "video title": "title",
    "url": "url",
    "link": "url",
    "tautan": "url",
    "platform": "platform",
    "posted_at": "posted_at",
    "tanggal": "posted_at",
    "tanggal tayang": "posted_at",
    "diunggah": "posted_at",
    "views": "views",
    "tayangan": "views",
    "ditonton": "views",
    "likes": "likes",
    "suka": "likes",
    "comments": "comments",
    "komentar": "comments",
    "shares": "shares",
    "dibagikan": "shares",
    "bagikan": "shares",
    "saves": "saves",
    "disimpan": "saves",
    "simpan": "saves",
    "watch_time_s": "watch_time_s",
    "rata-rata durasi tonton": "watch_time_s",
    "followers_gained": "followers_gained",
    "pengikut baru": "followers_gained",
    # Spellings common in platforms' own English exports.
    "video views": "views",
    "total views": "views",
    "plays": "views",
    "total likes": "likes",
    "total comments": "comments",
    "total shares": "shares",
    "total saves": "saves",
    "favorites": "saves",
    "post time": "posted_at",
    "date posted": "posted_at",
    "publish time": "posted_at",
    "published": "posted_at",
    "average watch time": "watch_time_s",
    "avg. watch time": "watch_time_s",
    "new followers": "followers_gained",
    "followers gained": "followers_gained",
    "video link": "url",
    "permalink": "url",
}

PLATFORM_ALIASES: dict[str, str] = {
    "tiktok": "tiktok",
    "tik tok": "tiktok",
    "tt": "tiktok",
    "reels": "reels",
    "instagram": "reels",
    "instagram reels": "reels",
    "ig": "reels",
    "ig reels": "reels",
    "facebook reels": "reels",
    "shorts": "shorts",
    "youtube": "shorts",
    "youtube shorts": "shorts",
    "yt": "shorts",
    "yt shorts": "shorts",
    "whatsapp": "whatsapp",
    "whatsapp status": "whatsapp",
    "wa": "whatsapp",
}

MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        ("januari", "jan", "january"),
        ("februari", "feb", "peb", "pebruari", "february"),
        ("maret", "mar", "march"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "jun", "june"),
        ("juli", "jul", "july"),
        ("agustus", "agu", "agt", "ags", "agu", "aug", "august"),
        ("september", "sep", "sept"),
        ("oktober", "okt", "oct", "october"),
        ("november", "nov", "nop", "nopember"),
        ("desember", "des", "dec", "december"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _num

WEEKDAY_WORDS = {
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "jum'at",
    "sabtu",
    "minggu",
    "ahad",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
}

_SUFFIXES: dict[str, float] = {
    "k": 1e3,
    "rb": 1e3,
    "ribu": 1e3,
    "m": 1e6,
    "jt": 1e6,
    "juta": 1e6,
    "mn": 1e6,
    "b": 1e9,
    "miliar": 1e9,
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").strip().lower())


def parse_number(text: str | None) -> float | None:
    """A number as offices and platforms write it; None for an empty cell or a dash.

    "1.234" and "1,234" are one thousand two hundred thirty-four (a single separator
    followed by exactly three digits is a thousands separator); "12,5" and "12.5" are
    twelve and a half; with both separators the last one is the decimal mark
    ("1.234,5", "1,234.5"). A percent sign is dropped ("12,5%" → 12.5). Suffixes
    K/rb/ribu (×1 000), M/jt/juta (×1 000 000) multiply, and there a single separator is
    always decimal ("1,2 rb" → 1200). Raises ValueError for other text.
    """
    raw = (text or "").strip().replace("\u00a0", " ").replace("\u202f", " ")
    if raw in ("", "-", "—", "–", "n/a", "N/A"):
        return None
    s = raw.lower().replace(" ", "")
    s = s.removesuffix("%")
    negative = s.startswith("-")
    s = s.lstrip("+-")
    match = re.fullmatch(r"([0-9.,']+)([a-z]*)", s)
    if not match:
        raise ValueError(f"not a number: {raw!r}")
    digits, suffix = match.groups()
    factor = 1.0
    if suffix:
        if suffix not in _SUFFIXES:
            raise ValueError(f"not a number: {raw!r}")
        factor = _SUFFIXES[suffix]
    digits = digits.replace("'", "")
    if not re.search(r"[0-9]", digits):
        raise ValueError(f"not a number: {raw!r}")
    has_dot, has_comma = "." in digits, "," in digits
    if has_dot and has_comma:
        decimal = "." if digits.rfind(".") > digits.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        value_text = digits.replace(thousands, "").replace(decimal, ".")
    elif has_dot or has_comma:
        sep = "." if has_dot else ","
        parts = digits.split(sep)
        if len(parts) > 2:
            if not all(len(p) == 3 for p in parts[1:]):
                raise ValueError(f"not a number: {raw!r}")
            value_text = "".join(parts)
        elif suffix:
            value_text = parts[0] + "." + parts[1]
        elif len(parts[1]) == 3 and 1 <= len(parts[0]) <= 3 and parts[0] != "0":
            value_text = "".join(parts)
        else:
            value_text = parts[0] + "." + parts[1]
    else:
        value_text = digits
    try:
        value = float(value_text) * factor
    except ValueError:
        raise ValueError(f"not a number: {raw!r}") from None
    return -value if negative else value


def parse_count(text: str | None) -> int:
    """A whole count (views, likes, ...); empty → 0."""
    value = parse_number(text)
    return 0 if value is None else int(round(value))


def parse_seconds(text: str | None) -> float:
    """Watch time: "23", "23,5", "23 s", "23 detik", "0:23", "1:02:03"; empty → 0."""
    raw = _norm(text or "")
    if not raw:
        return 0.0
    if re.fullmatch(r"\d+(:\d{1,2}){1,2}(\.\d+)?", raw):
        total = 0.0
        for part in raw.split(":"):
            total = total * 60 + float(part)
        return total
    raw = re.sub(r"\s*(detik|dtk|sec|secs|seconds|s)$", "", raw)
    value = parse_number(raw)
    return 0.0 if value is None else value


def parse_platform(text: str | None) -> str | None:
    """A platform key (tiktok, reels, shorts, whatsapp) or None when not recognised."""
    return PLATFORM_ALIASES.get(_norm(text or ""))


_TIME_RE = re.compile(r"(?:[ t,]+(?:pukul |jam )?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?\s*(wib)?$")


def _time_part(rest: str) -> tuple[int, int, int] | None:
    match = _TIME_RE.fullmatch(rest)
    if not match:
        return None
    hh, mm, ss = (int(x) if x else 0 for x in match.groups()[:3])
    if hh > 23 or mm > 59 or ss > 59:
        return None
    return hh, mm, ss


def parse_datetime(text: str | None) -> datetime | None:
    """A date or date-time as written in Indonesia or by platform exports.

    Accepts ISO ("2026-08-05", "2026-08-05T19:00", with "Z" or an offset: then the result
    is aware), day-first numeric ("05/08/2026", "5-8-2026", "05.08.2026 19.00" — a
    month-first date is read only when the first number cannot be a month), and month
    names in Indonesian or English, full or short ("5 Agustus 2026", "Rabu, 5 Agt 2026
    19.00", "Aug 5, 2026"). Returns a naive datetime (local wall-clock) otherwise, None
    for an empty cell, and raises ValueError for text it cannot read.
    """
    raw = _norm(text or "")
    if not raw or raw in ("-", "—"):
        return None
    iso = raw.upper().replace(" ", "T", 1) if re.match(r"\d{4}-\d{2}-\d{2}", raw) else ""
    if iso:
        try:
            value = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"not a date: {text!r}") from None
        return value
    # Drop a leading weekday ("Rabu, 5 Agustus 2026").
    words = raw.split(" ", 1)
    if words[0].rstrip(",") in WEEKDAY_WORDS and len(words) == 2:
        raw = words[1].strip()
    numeric = re.match(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})", raw)
    if numeric:
        a, b, year = (int(x) for x in numeric.groups())
        day, month = (a, b) if a <= 31 and b <= 12 else (b, a)
        rest = raw[numeric.end() :]
    else:
        named = re.match(r"(\d{1,2})[ \-]([a-z]+)\.?[ \-,]+(\d{4})", raw) or None
        if named:
            day_s, month_s, year_s = named.groups()
        else:
            named = re.match(r"([a-z]+)\.? (\d{1,2}),? (\d{4})", raw)
            if not named:
                raise ValueError(f"not a date: {text!r}")
            month_s, day_s, year_s = named.groups()
        if month_s not in MONTHS:
            raise ValueError(f"unknown month {month_s!r} in {text!r}")
        day, month, year = int(day_s), MONTHS[month_s], int(year_s)
        rest = raw[named.end() :]
    if year < 100:
        year += 2000
    clock = _time_part(rest)
    if clock is None:
        raise ValueError(f"not a date: {text!r}")
    try:
        return datetime(year, month, day, *clock)
    except ValueError:
        raise ValueError(f"not a date: {text!r}") from None


def to_utc_naive(value: datetime, local_tz: tzinfo) -> datetime:
    """A wall-clock (naive, in local_tz) or aware datetime as naive UTC for storage."""
    aware = value if value.tzinfo else value.replace(tzinfo=local_tz)
    return aware.astimezone(UTC).replace(tzinfo=None)


def to_local_naive(value_utc: datetime, local_tz: tzinfo) -> datetime:
    """A stored naive-UTC datetime as naive wall-clock time in local_tz."""
    return value_utc.replace(tzinfo=UTC).astimezone(local_tz).replace(tzinfo=None)


# Column mapping ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnPlan:
    """Which CSV header feeds which field; headers Kilas does not use are reported."""

    columns: dict[str, str]  # field -> header
    unknown_columns: tuple[str, ...]
    missing: tuple[str, ...]  # what the file lacks to be imported (e.g. no title column)


def plan_columns(headers: list[str], mapping: dict[str, str] | None = None) -> ColumnPlan:
    """Match headers to fields: a mapping {header: field} first, then known spellings."""
    mapping = {_norm(k): v for k, v in (mapping or {}).items() if v}
    columns: dict[str, str] = {}
    unknown: list[str] = []
    for header in headers:
        key = _norm(header)
        target = mapping.get(key) or FIELD_ALIASES.get(key)
        if target in ALL_FIELDS and target not in columns:
            columns[target] = header
        elif key:
            unknown.append(header)
    missing = []
    if not any(f in columns for f in ID_FIELDS):
        missing.append("title|project_id")
    if not any(f in columns for f in METRIC_FIELDS):
        missing.append("views")
    return ColumnPlan(columns, tuple(unknown), tuple(missing))


@dataclass
class ParsedRow:
    line: int  # 1-based line in the file (header is line 1)
    project_id: int | None = None
    title: str = ""
    url: str = ""
    platform: str | None = None
    posted_at: datetime | None = None
    values: dict[str, float] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def parse_row(line: int, row: dict[str, str], plan: ColumnPlan, platform: str | None) -> ParsedRow:
    """One CSV row into values; problems are collected in `errors`, never raised."""
    out = ParsedRow(line=line)

    def cell(name: str) -> str:
        header = plan.columns.get(name)
        return (row.get(header) or "").strip() if header else ""

    if cell("project_id"):
        try:
            out.project_id = int(parse_count(cell("project_id")))
        except ValueError:
            out.errors.append(f"project_id {cell('project_id')!r}")
    out.title = cell("title")
    out.url = cell("url")
    platform_text = cell("platform")
    out.platform = parse_platform(platform_text) if platform_text else platform
    if out.platform is None:
        out.errors.append(f"platform {platform_text!r}" if platform_text else "platform")
    try:
        out.posted_at = parse_datetime(cell("posted_at"))
    except ValueError:
        out.errors.append(f"posted_at {cell('posted_at')!r}")
    for name in METRIC_FIELDS:
        if name not in plan.columns:
            continue
        try:
            if name == "watch_time_s":
                out.values[name] = parse_seconds(cell(name))
            else:
                out.values[name] = parse_count(cell(name))
        except ValueError:
            out.errors.append(f"{name} {cell(name)!r}")
    return out


def sniff_delimiter(first_line: str) -> str:
    """Indonesian Excel saves CSV with ';' (the comma is the decimal mark)."""
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","
