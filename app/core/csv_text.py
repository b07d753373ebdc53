"""CSV text that every Kilas export writes the same way: CRLF rows, spreadsheet-safe cells.

A cell that begins with = + - @ (or a tab or carriage return) would be run as a formula by
Excel or LibreOffice ("=HYPERLINK(...)"); such text gets a leading apostrophe, which the
spreadsheet hides. Numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    return "'" + text if text[:1] in FORMULA_STARTS else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([spreadsheet_safe(str(h)) for h in header])
    for row in rows:
        writer.writerow([spreadsheet_safe(c) if isinstance(c, str) else c for c in row])
    return buf.getvalue()
