"""iCalendar (RFC 5545) text for the publishing calendar, for Outlook and Google Calendar.

Lines end in CRLF; text values escape backslash, semicolon, comma and newlines; content
lines are folded at 75 octets of UTF-8 without splitting a multi-byte character (titles
such as "Layanan KTP-el — Dukcapil" or with emoji stay valid).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

MAX_LINE_OCTETS = 75


@dataclass(frozen=True)
class IcsEvent:
    uid: str
    start_utc: datetime  # naive UTC
    summary: str
    duration_min: int = 30
    description: str = ""
    url: str = ""
    categories: tuple[str, ...] = ()
    done: bool = False  # published: marked as confirmed/transparent


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold one content line into chunks of at most 75 octets joined by CRLF + space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= MAX_LINE_OCTETS:
        return line
    parts: list[str] = []
    current = bytearray()
    limit = MAX_LINE_OCTETS
    for char in line:
        char_bytes = char.encode("utf-8")
        if len(current) + len(char_bytes) > limit:
            parts.append(current.decode("utf-8"))
            current = bytearray()
            limit = MAX_LINE_OCTETS - 1  # continuation lines start with one space
        current += char_bytes
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _stamp(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%SZ")


def build_ics(
    events: Iterable[IcsEvent],
    calendar_name: str = "Kilas",
    now_utc: datetime | None = None,
) -> str:
    """A whole VCALENDAR document (times in UTC with a Z suffix, so every client agrees)."""
    stamp = _stamp(now_utc or datetime(2000, 1, 1))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Kilas//Kalender Publikasi//ID",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(calendar_name)}",
    ]
    for ev in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ev.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{_stamp(ev.start_utc)}",
            f"DTEND:{_stamp(ev.start_utc + timedelta(minutes=ev.duration_min))}",
            f"SUMMARY:{escape_text(ev.summary)}",
        ]
        if ev.description:
            lines.append(f"DESCRIPTION:{escape_text(ev.description)}")
        if ev.url:
            lines.append(f"URL:{ev.url}")
        if ev.categories:
            lines.append("CATEGORIES:" + ",".join(escape_text(c) for c in ev.categories))
        lines.append("STATUS:CONFIRMED" if ev.done else "STATUS:TENTATIVE")
        lines.append("TRANSP:TRANSPARENT")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def unfold(text: str) -> list[str]:
    """Content lines of an ICS document with folding undone (for checks and tests)."""
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")
