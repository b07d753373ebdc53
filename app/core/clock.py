"""Time helpers. Kilas stores naive UTC datetimes in SQLite."""

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)
