"""Performance aggregations: totals, groups by month/platform/template/duration/topic, best times.

Engagement rate = (likes + comments + shares + saves) / views, computed on sums (a video
with many views weighs more than one with few), as platform dashboards do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from app.core.cadence import WEEKDAY_SHORT_ID
from app.core.formatting import weekday_short

DURATION_BANDS: tuple[tuple[str, float, float], ...] = (
    ("≤ 30 dtk", 0.0, 30.0),
    ("31–60 dtk", 30.0, 60.0),
    ("61–90 dtk", 60.0, 90.0),
    ("> 90 dtk", 90.0, float("inf")),
)
HOUR_BANDS: tuple[tuple[str, int, int], ...] = (
    ("00–06", 0, 6),
    ("06–09", 6, 9),
    ("09–12", 9, 12),
    ("12–15", 12, 15),
    ("15–18", 15, 18),
    ("18–21", 18, 21),
    ("21–24", 21, 24),
)
NO_TEMPLATE = "(tanpa templat)"
NO_TAG = "(tanpa topik)"


def group_label(key: str, language: str) -> str:
    """A group key as a reader of `language` sees it: weekdays ("Sen" → "Mon"), durations
    ("31–60 dtk" → "31–60 s") and the no-template/no-topic groups."""
    if key in WEEKDAY_SHORT_ID:
        return weekday_short(WEEKDAY_SHORT_ID.index(key), language)
    if language != "en":
        return key
    if key == NO_TEMPLATE:
        return "(no template)"
    if key == NO_TAG:
        return "(no topic)"
    return key.replace(" dtk", " s")


@dataclass(frozen=True)
class MetricRow:
    """One video on one platform with its numbers (posted_at is local time)."""

    project_id: int
    title: str
    platform: str
    posted_at: datetime | None
    views: int = 0
    likes: int = 0
    comments: int = 0
    shares: int = 0
    saves: int = 0
    watch_time_s: float = 0.0
    followers_gained: int = 0
    template_name: str = ""
    duration_s: float = 60.0
    topic_tags: tuple[str, ...] = ()

    @property
    def interactions(self) -> int:
        return self.likes + self.comments + self.shares + self.saves


@dataclass(frozen=True)
class Totals:
    videos: int = 0
    views: int = 0
    likes: int = 0
    comments: int = 0
    shares: int = 0
    saves: int = 0
    followers_gained: int = 0
    avg_watch_time_s: float = 0.0
    engagement_rate: float = 0.0  # 0..1
    avg_views: float = 0.0

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class GroupStat:
    key: str
    totals: Totals


@dataclass(frozen=True)
class MonthlyReport:
    month: str  # YYYY-MM
    totals: Totals
    previous: Totals  # the month before, for "naik/turun"
    by_platform: list[GroupStat]
    by_template: list[GroupStat]
    by_duration: list[GroupStat]
    by_topic: list[GroupStat]
    by_weekday: list[GroupStat]
    by_hour: list[GroupStat]
    by_month: list[GroupStat]  # the last 6 months up to this one
    videos: list[MetricRow] = field(default_factory=list)  # this month, most views first


def totals_of(rows: Iterable[MetricRow]) -> Totals:
    rows = list(rows)
    if not rows:
        return Totals()
    views = sum(r.views for r in rows)
    interactions = sum(r.interactions for r in rows)
    watch = [r.watch_time_s for r in rows if r.watch_time_s > 0]
    videos = len({(r.project_id) for r in rows})
    return Totals(
        videos=videos,
        views=views,
        likes=sum(r.likes for r in rows),
        comments=sum(r.comments for r in rows),
        shares=sum(r.shares for r in rows),
        saves=sum(r.saves for r in rows),
        followers_gained=sum(r.followers_gained for r in rows),
        avg_watch_time_s=round(sum(watch) / len(watch), 1) if watch else 0.0,
        engagement_rate=round(interactions / views, 4) if views else 0.0,
        avg_views=round(views / len(rows), 1),
    )


def group(
    rows: Iterable[MetricRow],
    key_fn: Callable[[MetricRow], Iterable[str]],
    order: list[str] | None = None,
    fill: bool = False,
) -> list[GroupStat]:
    """Groups by one or more keys per row (a video with two topic tags counts in both).

    With `order`, groups come in that order; `fill` keeps empty ones (a month with no
    video shows as zero rather than vanishing from the chart).
    """
    buckets: dict[str, list[MetricRow]] = {}
    for row in rows:
        for key in key_fn(row):
            buckets.setdefault(key, []).append(row)
    if order is not None:
        keys = [k for k in order if k in buckets or fill] + sorted(
            k for k in buckets if k not in order
        )
    else:
        keys = sorted(buckets, key=lambda k: -sum(r.views for r in buckets[k]))
    return [GroupStat(k, totals_of(buckets.get(k, []))) for k in keys]


def month_key(value: datetime | date) -> str:
    return f"{value.year:04d}-{value.month:02d}"


def duration_band(duration_s: float) -> str:
    for label, low, high in DURATION_BANDS:
        if low < duration_s <= high or (low == 0 and duration_s <= high):
            return label
    return DURATION_BANDS[-1][0]


def hour_band(hour: int) -> str:
    for label, low, high in HOUR_BANDS:
        if low <= hour < high:
            return label
    return HOUR_BANDS[-1][0]


def previous_month(month: str) -> str:
    year, mon = (int(x) for x in month.split("-"))
    return f"{year - 1:04d}-12" if mon == 1 else f"{year:04d}-{mon - 1:02d}"


def parse_month(text: str) -> str:
    """'2026-08' (or '08/2026') → '2026-08'; ValueError otherwise."""
    text = (text or "").strip()
    for sep in ("-", "/"):
        parts = text.split(sep)
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            a, b = parts
            year, mon = (int(a), int(b)) if len(a) == 4 else (int(b), int(a))
            if 1 <= mon <= 12 and 1900 < year < 3000:
                return f"{year:04d}-{mon:02d}"
    raise ValueError(f"not a month: {text!r} (YYYY-MM)")


def monthly_report(rows: Iterable[MetricRow], month: str) -> MonthlyReport:
    """The team's periodic report for one month (by the date each video was posted)."""
    rows = [r for r in rows if r.posted_at is not None]
    this = [r for r in rows if month_key(r.posted_at) == month]
    prev = [r for r in rows if month_key(r.posted_at) == previous_month(month)]
    months = [month]
    for _ in range(5):
        months.insert(0, previous_month(months[0]))
    recent = [r for r in rows if month_key(r.posted_at) in months]
    return MonthlyReport(
        month=month,
        totals=totals_of(this),
        previous=totals_of(prev),
        by_platform=group(this, lambda r: [r.platform]),
        by_template=group(this, lambda r: [r.template_name or NO_TEMPLATE]),
        by_duration=group(
            this, lambda r: [duration_band(r.duration_s)], [b[0] for b in DURATION_BANDS]
        ),
        by_topic=group(this, lambda r: list(r.topic_tags) or [NO_TAG]),
        by_weekday=group(
            this,
            lambda r: [WEEKDAY_SHORT_ID[r.posted_at.weekday()]],
            list(WEEKDAY_SHORT_ID),
            fill=True,
        ),
        by_hour=group(this, lambda r: [hour_band(r.posted_at.hour)], [h[0] for h in HOUR_BANDS]),
        by_month=group(recent, lambda r: [month_key(r.posted_at)], months, fill=True),
        videos=sorted(this, key=lambda r: -r.views),
    )


def best_times(report: MonthlyReport) -> list[str]:
    """Weekday and hour band with the highest average views (most reach per video)."""
    out = []
    for groups in (report.by_weekday, report.by_hour):
        ranked = sorted((g for g in groups if g.totals.views), key=lambda g: -g.totals.avg_views)
        if ranked:
            out.append(ranked[0].key)
    return out
