"""Posting cadence: planned and published counts per week against a target, warnings, slots.

All datetimes here are local wall-clock time (naive): weeks start on Monday in the team's
own time zone, and slots ("Senin 19:00") are local times.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.core.status import ProductionStatus

AHEAD_WEEKS = 4
PAST_WEEKS = 8
DUE_SOON_DAYS = 3
DEFAULT_TIME = time(9, 0)

WEEKDAY_SHORT_ID = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")

# Statuses that are not ready to post: a video due soon in one of these needs attention.
NOT_READY = {
    ProductionStatus.IDEA.value,
    ProductionStatus.SCRIPT.value,
    ProductionStatus.STORYBOARD.value,
    ProductionStatus.PRODUCTION.value,
    ProductionStatus.REVIEW.value,
}


@dataclass(frozen=True)
class Slot:
    weekday: int  # 0 Monday .. 6 Sunday
    at: time

    def label(self) -> str:
        return f"{WEEKDAY_SHORT_ID[self.weekday]} {self.at.strftime('%H:%M')}"


@dataclass(frozen=True)
class CalendarItem:
    project_id: int
    title: str
    platform: str
    status: str
    planned_at: datetime | None  # local
    published_at: datetime | None  # local


@dataclass(frozen=True)
class WeekCount:
    week_start: date
    kind: str  # planned (future) | published (past)
    count: int
    target: int
    per_platform: dict[str, int]

    @property
    def met(self) -> bool:
        return self.count >= self.target


@dataclass(frozen=True)
class Warning:
    kind: str  # overdue_approved | due_soon_not_ready | empty_week | below_target
    project_id: int | None
    platform: str | None
    when: date
    title: str = ""
    status: str = ""


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def parse_slots(raw: Iterable[dict]) -> list[Slot]:
    """Stored slots [{"weekday": 0..6, "time": "HH:MM"}] into values, bad ones skipped."""
    out = []
    for item in raw or []:
        try:
            hh, mm = str(item.get("time", "")).split(":")[:2]
            out.append(Slot(int(item["weekday"]) % 7, time(int(hh), int(mm))))
        except (KeyError, TypeError, ValueError):
            continue
    return sorted(set(out), key=lambda s: (s.weekday, s.at))


def slots_to_raw(slots: Iterable[Slot]) -> list[dict]:
    return [{"weekday": s.weekday, "time": s.at.strftime("%H:%M")} for s in slots]


def snap_to_slot(day: date, slots: list[Slot], taken: Iterable[datetime] = ()) -> datetime:
    """The posting time for an item dropped on `day`.

    The day the user chose is kept: its own slots are used first (the first one not already
    taken on that platform), otherwise the platform's usual slot time, otherwise 09:00.
    """
    busy = set(taken)
    same_day = [s for s in slots if s.weekday == day.weekday()]
    for slot in same_day:
        candidate = datetime.combine(day, slot.at)
        if candidate not in busy:
            return candidate
    if same_day:
        return datetime.combine(day, same_day[0].at)
    if slots:
        times = [s.at for s in slots]
        usual = max(set(times), key=lambda t: (times.count(t), -t.hour * 60 - t.minute))
        return datetime.combine(day, usual)
    return datetime.combine(day, DEFAULT_TIME)


def weekly_counts(
    items: Iterable[CalendarItem],
    targets: dict[str, int],
    today: date,
    ahead_weeks: int = AHEAD_WEEKS,
    past_weeks: int = PAST_WEEKS,
) -> list[WeekCount]:
    """Past weeks: published vs target; this week and the following: planned vs target.

    The current week counts planned items (published ones included: they fulfil the plan).
    """
    items = list(items)
    target_total = sum(v for v in targets.values() if v > 0)
    this_week = week_start(today)
    out: list[WeekCount] = []
    for offset in range(-past_weeks, ahead_weeks):
        start = this_week + timedelta(weeks=offset)
        end = start + timedelta(days=7)
        kind = "published" if offset < 0 else "planned"
        per: dict[str, int] = {}
        for it in items:
            when = it.published_at if kind == "published" else (it.planned_at or it.published_at)
            if when is not None and start <= when.date() < end:
                per[it.platform] = per.get(it.platform, 0) + 1
        out.append(WeekCount(start, kind, sum(per.values()), target_total, per))
    return out


def warnings_for(
    items: Iterable[CalendarItem],
    targets: dict[str, int],
    now: datetime,
    ahead_weeks: int = AHEAD_WEEKS,
) -> list[Warning]:
    """What the team should act on, most urgent first."""
    items = list(items)
    out: list[Warning] = []
    for it in items:
        if it.published_at is not None or it.planned_at is None:
            continue
        if it.status == ProductionStatus.APPROVED.value and it.planned_at < now:
            out.append(
                Warning(
                    "overdue_approved",
                    it.project_id,
                    it.platform,
                    it.planned_at.date(),
                    it.title,
                    it.status,
                )
            )
        elif it.status in NOT_READY and now <= it.planned_at <= now + timedelta(days=DUE_SOON_DAYS):
            out.append(
                Warning(
                    "due_soon_not_ready",
                    it.project_id,
                    it.platform,
                    it.planned_at.date(),
                    it.title,
                    it.status,
                )
            )
    this_week = week_start(now.date())
    for offset in range(ahead_weeks):
        start = this_week + timedelta(weeks=offset)
        end = start + timedelta(days=7)
        for platform, target in sorted(targets.items()):
            if target <= 0:
                continue
            count = sum(
                1
                for it in items
                if it.platform == platform
                and (it.planned_at or it.published_at)
                and start <= (it.planned_at or it.published_at).date() < end
            )
            if count == 0:
                out.append(Warning("empty_week", None, platform, start))
    order = {"overdue_approved": 0, "due_soon_not_ready": 1, "empty_week": 2}
    out.sort(key=lambda w: (order.get(w.kind, 9), w.when, w.platform or ""))
    return out
