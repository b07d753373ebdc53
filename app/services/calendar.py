"""Publishing calendar: plan projects on dates and platforms, posting targets, publishing record.

Storage is naive UTC (app.core.clock); this service speaks the team's local wall-clock
time (naive datetimes) both ways, so "Senin 19:00" stays 19:00 in the calendar, the CSV
and the ICS file (which carries UTC with a Z, the form every calendar client agrees on).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path

from sqlalchemy import select

from app.core import cadence
from app.core.clock import utc_now
from app.core.csv_text import csv_text
from app.core.errors import InvalidInput, NotFound
from app.core.ics import IcsEvent, build_ics
from app.core.metrics_parse import to_local_naive, to_utc_naive
from app.core.overwrite import Overwrite
from app.core.platforms import PLATFORMS
from app.core.status import STATUS_LABELS, ProductionStatus
from app.media.outputs import write_text_output
from app.services.context import AppContext
from app.store.models import PostingTarget, Project, Publication
from app.store.queries.projects import get_project_or_raise

# Editable defaults (consensus for small government accounts: evening slots, 2–3 a week).
DEFAULT_TARGETS: dict[str, tuple[int, list[dict]]] = {
    "tiktok": (
        3,
        [
            {"weekday": 0, "time": "19:00"},
            {"weekday": 2, "time": "19:00"},
            {"weekday": 4, "time": "19:00"},
        ],
    ),
    "reels": (2, [{"weekday": 1, "time": "12:00"}, {"weekday": 3, "time": "12:00"}]),
    "shorts": (2, [{"weekday": 2, "time": "17:00"}, {"weekday": 5, "time": "10:00"}]),
    "whatsapp": (0, []),
}


def local_timezone() -> tzinfo:
    """The machine's time zone (WIB/WITA/WIT on the team's computers)."""
    return datetime.now().astimezone().tzinfo  # type: ignore[return-value]


def check_platform(platform: str) -> str:
    if platform not in PLATFORMS:
        names = ", ".join(PLATFORMS)
        raise InvalidInput(
            f"Platform {platform!r} tidak dikenal. Pilihan: {names}",
            f"Unknown platform {platform!r}. Choose one of: {names}",
        )
    return platform


@dataclass(frozen=True)
class Entry:
    project_id: int
    title: str
    platform: str
    status: str
    planned_at: datetime | None  # local
    published_at: datetime | None  # local
    url: str


@dataclass(frozen=True)
class Target:
    platform: str
    per_week: int
    slots: tuple[cadence.Slot, ...]


@dataclass(frozen=True)
class PlanState:
    """A project's calendar rows as they were (for undo)."""

    project_id: int
    status: str
    planned_publish_at: datetime | None
    target_platforms: tuple[str, ...]
    publications: tuple[tuple[str, datetime | None, datetime | None, str], ...]


@dataclass(frozen=True)
class CadenceView:
    weeks: list[cadence.WeekCount]
    warnings: list[cadence.Warning]
    targets: dict[str, int]


class CalendarService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.tz = local_timezone()

    # time helpers -------------------------------------------------------------------------
    def to_utc(self, local: datetime | None) -> datetime | None:
        return None if local is None else to_utc_naive(local, self.tz)

    def to_local(self, utc: datetime | None) -> datetime | None:
        return None if utc is None else to_local_naive(utc, self.tz)

    def now_local(self) -> datetime:
        return self.to_local(utc_now())  # type: ignore[return-value]

    # targets -------------------------------------------------------------------------------
    def targets(self) -> list[Target]:
        with self.ctx.workspace.session() as s:
            stored = {t.platform: t for t in s.scalars(select(PostingTarget))}
            out = []
            for key in PLATFORMS:
                row = stored.get(key)
                per_week, slots = DEFAULT_TARGETS.get(key, (0, []))
                if row is not None:
                    per_week, slots = row.per_week, row.slots
                out.append(Target(key, int(per_week), tuple(cadence.parse_slots(slots))))
            return out

    def target(self, platform: str) -> Target:
        check_platform(platform)
        return next(t for t in self.targets() if t.platform == platform)

    def set_target(self, platform: str, per_week: int, slots: list[cadence.Slot]) -> Target:
        """Returns the previous target (for undo)."""
        check_platform(platform)
        if per_week < 0 or per_week > 50:
            raise InvalidInput(
                "Target per minggu harus 0–50.", "The weekly target must be between 0 and 50."
            )
        previous = self.target(platform)
        with self.ctx.session() as s:
            row = s.get(PostingTarget, platform)
            if row is None:
                row = PostingTarget(platform=platform)
                s.add(row)
            row.per_week = int(per_week)
            row.slots = cadence.slots_to_raw(slots)
        return previous

    # reading -------------------------------------------------------------------------------
    def entries(self, start: date | None = None, end: date | None = None) -> list[Entry]:
        """Publications whose planned (or published) local date is within [start, end]."""
        with self.ctx.workspace.session() as s:
            # Plain columns: whole Project rows would decode their JSON columns each time.
            query = (
                select(
                    Project.id,
                    Project.title,
                    Project.status,
                    Publication.platform,
                    Publication.planned_at,
                    Publication.published_at,
                    Publication.url,
                )
                .join(Project, Project.id == Publication.project_id)
                .where(Project.deleted_at.is_(None))
            )
            out = []
            for pid, title, status, platform, planned_utc, published_utc, url in s.execute(query):
                planned = self.to_local(planned_utc)
                published = self.to_local(published_utc)
                when = published or planned  # a posted video sits on the day it went out
                if when is None:
                    continue
                if start and when.date() < start or end and when.date() > end:
                    continue
                out.append(Entry(pid, title, platform, status, planned, published, url))
            out.sort(key=lambda e: (e.published_at or e.planned_at, e.platform, e.project_id))
            return out

    def unscheduled(self) -> list[tuple[int, str, str, tuple[str, ...]]]:
        """Projects not yet on the calendar: (id, title, status, target platforms)."""
        with self.ctx.workspace.session() as s:
            planned = set(s.scalars(select(Publication.project_id)))
            rows = s.scalars(
                select(Project).where(Project.deleted_at.is_(None)).order_by(Project.id)
            )
            return [
                (p.id, p.title, p.status, tuple(p.target_platforms or ()))
                for p in rows
                if p.id not in planned and p.status != ProductionStatus.PUBLISHED
            ]

    # editing -------------------------------------------------------------------------------
    def _pub(self, s, project_id: int, platform: str) -> Publication | None:
        return s.scalars(
            select(Publication).where(
                Publication.project_id == project_id, Publication.platform == platform
            )
        ).first()

    def _sync_project(self, s, project: Project) -> None:
        """Project.planned_publish_at follows the earliest planned publication."""
        s.flush()
        planned = [
            p.planned_at
            for p in s.scalars(select(Publication).where(Publication.project_id == project.id))
            if p.planned_at is not None
        ]
        project.planned_publish_at = min(planned) if planned else None

    def snapped_time(self, platform: str, day: date, ignore_project: int | None = None) -> datetime:
        """The local posting time an item dropped on `day` snaps to on that platform."""
        taken = [
            e.planned_at
            for e in self.entries(day, day)
            if e.platform == platform and e.planned_at and e.project_id != ignore_project
        ]
        return cadence.snap_to_slot(day, list(self.target(platform).slots), taken)

    def plan(self, project_id: int, platform: str, when: datetime | date) -> datetime:
        """Plan (or re-plan) a project on a platform; a bare date snaps to a posting slot.

        Returns the local planned time.
        """
        check_platform(platform)
        if not isinstance(when, datetime):
            when = self.snapped_time(platform, when, ignore_project=project_id)
        with self.ctx.session() as s:
            project = get_project_or_raise(s, project_id)
            pub = self._pub(s, project_id, platform)
            if pub is None:
                pub = Publication(project_id=project_id, platform=platform)
                s.add(pub)
            pub.planned_at = self.to_utc(when)
            if platform not in (project.target_platforms or []):
                project.target_platforms = [*(project.target_platforms or []), platform]
            self._sync_project(s, project)
        return when

    def move(
        self, project_id: int, platform: str, when: datetime | date, new_platform: str | None = None
    ) -> datetime:
        """Move a planned item to another date and/or platform (drag and drop)."""
        new_platform = check_platform(new_platform or platform)
        with self.ctx.workspace.session() as s:
            current = self._pub(s, project_id, platform)
            if current is not None and current.published_at is not None:
                raise InvalidInput(
                    "Video ini sudah tayang di platform itu; ubah lewat 'Tandai tayang'.",
                    "This video is already posted there; change it with 'Mark published'.",
                )
        if new_platform != platform:
            with self.ctx.session() as s:
                get_project_or_raise(s, project_id)
                if self._pub(s, project_id, new_platform) is not None:
                    label = PLATFORMS[new_platform].label
                    raise InvalidInput(
                        f"Video ini sudah dijadwalkan di {label}.",
                        f"This video is already planned on {label}.",
                    )
                pub = self._pub(s, project_id, platform)
                if pub is None:
                    raise NotFound("Jadwal tidak ditemukan.", "No such planned item.")
                pub.platform = new_platform
        return self.plan(project_id, new_platform, when)

    def unplan(self, project_id: int, platform: str) -> None:
        with self.ctx.session() as s:
            project = get_project_or_raise(s, project_id)
            pub = self._pub(s, project_id, platform)
            if pub is not None:
                s.delete(pub)
            self._sync_project(s, project)

    def mark_published(
        self, project_id: int, platform: str, published_at: datetime, url: str = ""
    ) -> None:
        """Record a posting (local date and time, link); the project becomes 'published'."""
        check_platform(platform)
        url = (url or "").strip()
        if url and not url.lower().startswith(("http://", "https://")):
            raise InvalidInput(
                "Tautan harus diawali http:// atau https://.",
                "The link must start with http:// or https://.",
            )
        with self.ctx.session() as s:
            project = get_project_or_raise(s, project_id)
            pub = self._pub(s, project_id, platform)
            if pub is None:
                pub = Publication(project_id=project_id, platform=platform)
                s.add(pub)
            if pub.planned_at is None:
                pub.planned_at = self.to_utc(published_at)
            pub.published_at = self.to_utc(published_at)
            pub.url = url
            project.status = ProductionStatus.PUBLISHED.value
            self._sync_project(s, project)

    def state(self, project_id: int) -> PlanState:
        with self.ctx.workspace.session() as s:
            project = get_project_or_raise(s, project_id)
            pubs = s.scalars(select(Publication).where(Publication.project_id == project_id))
            return PlanState(
                project_id,
                project.status,
                project.planned_publish_at,
                tuple(project.target_platforms or ()),
                tuple(sorted((p.platform, p.planned_at, p.published_at, p.url) for p in pubs)),
            )

    def restore(self, state: PlanState) -> None:
        """Put a project's calendar rows back as they were (undo)."""
        with self.ctx.session() as s:
            project = get_project_or_raise(s, state.project_id)
            for pub in s.scalars(
                select(Publication).where(Publication.project_id == state.project_id)
            ):
                s.delete(pub)
            s.flush()
            for platform, planned, published, url in state.publications:
                s.add(
                    Publication(
                        project_id=state.project_id,
                        platform=platform,
                        planned_at=planned,
                        published_at=published,
                        url=url,
                    )
                )
            project.status = state.status
            project.planned_publish_at = state.planned_publish_at
            project.target_platforms = list(state.target_platforms)

    # cadence --------------------------------------------------------------------------------
    def items(self) -> list[cadence.CalendarItem]:
        return [
            cadence.CalendarItem(
                e.project_id, e.title, e.platform, e.status, e.planned_at, e.published_at
            )
            for e in self.entries()
        ]

    def cadence(self, now: datetime | None = None) -> CadenceView:
        now = now or self.now_local()
        targets = {t.platform: t.per_week for t in self.targets()}
        items = self.items()
        return CadenceView(
            cadence.weekly_counts(items, targets, now.date()),
            cadence.warnings_for(items, targets, now),
            targets,
        )

    # export ---------------------------------------------------------------------------------
    def export_ics(
        self, start: date | None = None, end: date | None = None, entries: list[Entry] | None = None
    ) -> str:
        events = []
        for e in self.entries(start, end) if entries is None else entries:
            when = e.published_at or e.planned_at
            label = PLATFORMS[e.platform].label
            status_id, status_en = STATUS_LABELS.get(e.status, (e.status, e.status))
            events.append(
                IcsEvent(
                    uid=f"kilas-{e.project_id}-{e.platform}@kilas.local",
                    start_utc=self.to_utc(when),  # type: ignore[arg-type]
                    summary=f"[{label}] {e.title}",
                    description=self.ctx.msg(
                        f"Status produksi: {status_id}", f"Production status: {status_en}"
                    ),
                    url=e.url,
                    categories=(label,),
                    done=e.published_at is not None,
                )
            )
        name = self.ctx.msg("Kalender publikasi Kilas", "Kilas publishing calendar")
        return build_ics(events, name, utc_now())

    def export_csv(
        self, start: date | None = None, end: date | None = None, entries: list[Entry] | None = None
    ) -> str:
        header = ["project_id", "title", "platform", "status", "planned_at", "published_at", "url"]
        rows = [
            [
                e.project_id,
                e.title,
                e.platform,
                e.status,
                e.planned_at.strftime("%Y-%m-%d %H:%M") if e.planned_at else "",
                e.published_at.strftime("%Y-%m-%d %H:%M") if e.published_at else "",
                e.url,
            ]
            for e in (self.entries(start, end) if entries is None else entries)
        ]
        return csv_text(header, rows)

    def export(
        self,
        fmt: str,
        path: Path,
        start: date | None = None,
        end: date | None = None,
        overwrite: Overwrite = Overwrite.REFUSE,
    ) -> int:
        """Write the calendar as ICS or CSV (UTF-8; CSV with a BOM so Excel reads it)."""
        if start and end and end < start:
            raise InvalidInput(
                "Tanggal akhir sebelum tanggal awal.", "The end date is before the start date."
            )
        fmt = fmt.lower()
        entries = self.entries(start, end)
        if fmt == "ics":
            text, encoding = self.export_ics(entries=entries), "utf-8"
        elif fmt == "csv":
            text, encoding = self.export_csv(entries=entries), "utf-8-sig"
        else:
            raise InvalidInput(
                f"Format {fmt!r} tidak didukung (ics, csv).",
                f"Unsupported format {fmt!r} (ics, csv).",
            )
        # The text already has the CRLF line ends RFC 5545 asks for; written as bytes.
        write_text_output(Path(path), text, overwrite, encoding)
        return len(entries)


def day_range(start: date, days: int) -> list[date]:
    return [start + timedelta(days=i) for i in range(days)]


def at_local(day: date, clock: str) -> datetime:
    hh, mm = clock.split(":")
    return datetime.combine(day, time(int(hh), int(mm)))
