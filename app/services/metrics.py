"""Performance numbers per published video and platform: CSV import, mappings, hand entry.

One MetricRecord per (project, platform): importing the same file again updates the
numbers instead of adding rows. Rows naming a video Kilas does not know are returned in
the result (with their line number), never dropped silently.
"""

from __future__ import annotations

import csv
import io
import re
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update

from app.core import metrics_parse as mp
from app.core.clock import utc_now
from app.core.errors import Canceled, InvalidInput, NotFound
from app.core.progress import ProgressFn
from app.core.text_decode import decode_text
from app.services.calendar import CalendarService, check_platform
from app.services.context import AppContext
from app.store.models import MetricMapping, MetricRecord, Project, Publication
from app.store.queries.projects import get_project_or_raise

MAX_FILE_BYTES = 20 * 1024 * 1024

# Why a row named no known video (codes in ImportResult, text for people).
REASONS: dict[str, tuple[str, str]] = {
    "unknown_project_id": ("project_id tidak ada di Kilas", "no such project_id in Kilas"),
    "unknown_title": ("judul tidak ada di Kilas", "no project with this title in Kilas"),
    "ambiguous_title": (
        "beberapa proyek berjudul sama; pakai project_id",
        "several projects have this title; use project_id",
    ),
    "no_title": ("baris tanpa judul atau project_id", "row without title or project_id"),
}


def reason_text(code: str, language: str = "id") -> str:
    pair = REASONS.get(code)
    if pair is None:
        return code
    return pair[1] if language == "en" else pair[0]


@dataclass(frozen=True)
class RowIssue:
    line: int
    title: str
    project_id: int | None
    platform: str | None
    # unknown video: a code of REASONS; bad row: the fields that did not read ("views 'abc'")
    reason: str


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unknown_videos: list[RowIssue] = field(default_factory=list)
    bad_rows: list[RowIssue] = field(default_factory=list)
    unknown_columns: tuple[str, ...] = ()
    columns: dict[str, str] = field(default_factory=dict)  # field -> header used

    def as_dict(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unknown_videos": [r.__dict__ for r in self.unknown_videos],
            "bad_rows": [r.__dict__ for r in self.bad_rows],
            "unknown_columns": list(self.unknown_columns),
            "columns": self.columns,
        }


@dataclass(frozen=True)
class CsvTable:
    headers: list[str]
    rows: list[dict[str, str]]
    delimiter: str


@dataclass(frozen=True)
class MetricValues:
    posted_at: datetime | None  # local
    views: int = 0
    likes: int = 0
    comments: int = 0
    shares: int = 0
    saves: int = 0
    watch_time_s: float = 0.0
    followers_gained: int = 0


def _fold_title(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").strip()).casefold()


def read_csv(path: Path) -> CsvTable:
    """A CSV file as rows of text (UTF-8 with or without BOM, else Windows-1252; , ; or tab)."""
    path = Path(path)
    if not path.is_file():
        raise NotFound(f"Berkas {path} tidak ditemukan.", f"File {path} not found.")
    data = path.read_bytes()
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(f"Berkas {path.name} terlalu besar.", f"File {path.name} is too large.")
    text = decode_text(data, path.name)
    first = text.split("\n", 1)[0]
    delimiter = mp.sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    lines = [row for row in reader]
    if not lines or not any(c.strip() for c in lines[0]):
        raise InvalidInput(f"Berkas {path.name} kosong.", f"File {path.name} is empty.")
    headers = [h.strip() for h in lines[0]]
    rows = []
    for raw in lines[1:]:
        if not any(c.strip() for c in raw):
            rows.append({})  # keeps line numbers right; skipped later
            continue
        rows.append({h: (raw[i] if i < len(raw) else "") for i, h in enumerate(headers)})
    return CsvTable(headers, rows, delimiter)


class MetricsService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    @property
    def calendar(self) -> CalendarService:
        return self.ctx.service(CalendarService)

    # mappings ------------------------------------------------------------------------------
    def mappings(self) -> dict[str, dict[str, Any]]:
        with self.ctx.workspace.session() as s:
            return {m.name: dict(m.mapping) for m in s.scalars(select(MetricMapping))}

    def mapping(self, name: str) -> dict[str, Any]:
        found = self.mappings().get(name)
        if found is None:
            names = ", ".join(self.mappings()) or "-"
            raise NotFound(
                f"Pemetaan kolom {name!r} belum ada. Tersimpan: {names}",
                f"No column mapping named {name!r}. Saved: {names}",
            )
        return found

    def save_mapping(self, name: str, columns: dict[str, str], platform: str | None = None) -> None:
        """Remember {header: field} (and the platform the export comes from) under a name."""
        name = (name or "").strip()
        if not name:
            raise InvalidInput("Nama pemetaan kosong.", "The mapping name is empty.")
        bad = sorted(v for v in columns.values() if v and v not in mp.ALL_FIELDS)
        if bad:
            raise InvalidInput(
                f"Kolom tujuan tidak dikenal: {', '.join(bad)}",
                f"Unknown target fields: {', '.join(bad)}",
            )
        if platform:
            check_platform(platform)
        with self.ctx.session() as s:
            row = s.get(MetricMapping, name)
            if row is None:
                row = MetricMapping(name=name)
                s.add(row)
            row.mapping = {
                "columns": {k: v for k, v in columns.items() if v},
                "platform": platform or "",
            }

    # import --------------------------------------------------------------------------------
    def preview(
        self, path: Path, columns: dict[str, str] | None = None
    ) -> tuple[CsvTable, mp.ColumnPlan]:
        table = read_csv(path)
        return table, mp.plan_columns(table.headers, columns)

    def import_csv(
        self,
        path: Path,
        platform: str | None = None,
        mapping_name: str | None = None,
        columns: dict[str, str] | None = None,
        save_as: str | None = None,
        report: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> ImportResult:
        """Import a metrics CSV (Kilas's format, or a platform export through a mapping).

        `cancel` (set from another thread) stops the import before anything is saved.
        """
        if platform:
            check_platform(platform)
        if mapping_name:
            saved = self.mapping(mapping_name)
            columns = {**saved.get("columns", {}), **(columns or {})}
            platform = platform or saved.get("platform") or None
        table, plan = self.preview(path, columns)
        if plan.missing:
            unknown = ", ".join(plan.unknown_columns) or "-"
            raise InvalidInput(
                f"Kolom wajib tidak ditemukan ({', '.join(plan.missing)}). Kolom tak dikenal: "
                f"{unknown}. Pakai pemetaan kolom (--mapping) untuk ekspor platform.",
                f"Required columns missing ({', '.join(plan.missing)}). Unknown columns: "
                f"{unknown}. Use a column mapping (--mapping) for a platform's export.",
            )
        if save_as:
            self.save_mapping(save_as, {h: f for f, h in plan.columns.items()}, platform)
        result = ImportResult(unknown_columns=plan.unknown_columns, columns=dict(plan.columns))
        parsed = [
            mp.parse_row(i + 2, row, plan, platform) for i, row in enumerate(table.rows) if row
        ]
        with self.ctx.session() as s:
            # Ids and titles only: loading whole projects decodes their JSON columns.
            titles = dict(
                s.execute(
                    select(Project.id, Project.title).where(Project.deleted_at.is_(None))
                ).all()
            )
            by_title: dict[str, list[int]] = {}
            for pid, title in titles.items():
                by_title.setdefault(_fold_title(title), []).append(pid)
            by_url = {
                url.strip().rstrip("/"): pid
                for pid, url in s.execute(select(Publication.project_id, Publication.url))
                if url
            }
            # One query for the existing rows, one bulk write at the end (a SELECT and an
            # INSERT per row cost ~3 ms a row).
            existing = {
                (pid, platform): rid
                for rid, pid, platform in s.execute(
                    select(MetricRecord.id, MetricRecord.project_id, MetricRecord.platform)
                )
            }
            pending: dict[tuple[int, str], dict[str, Any]] = {}
            now = utc_now()
            tz = self.calendar.tz
            for index, row in enumerate(parsed):
                if index % 200 == 0:
                    if cancel is not None and cancel.is_set():
                        raise Canceled()  # the session block rolls back: nothing saved
                    if report is not None:
                        report(index / max(1, len(parsed)), "")
                issue = RowIssue(row.line, row.title, row.project_id, row.platform, "")
                if row.errors:
                    result.bad_rows.append(_with(issue, "; ".join(row.errors)))
                    continue
                project_id = self._match(row, titles, by_title, by_url)
                if isinstance(project_id, str):
                    result.unknown_videos.append(_with(issue, project_id))
                    continue
                key = (project_id, row.platform)
                values = pending.setdefault(
                    key, {"project_id": project_id, "platform": row.platform}
                )
                values.update(row.values)
                if row.posted_at is not None:
                    values["posted_at"] = mp.to_utc_naive(row.posted_at, tz)
                values["imported_at"] = now
            new_rows = [
                {**dict.fromkeys(mp.METRIC_FIELDS, 0), "posted_at": None, **v}
                for k, v in pending.items()
                if k not in existing
            ]
            changed = [{"id": existing[k], **v} for k, v in pending.items() if k in existing]
            if new_rows:
                s.execute(insert(MetricRecord), new_rows)
            if changed:
                s.execute(update(MetricRecord), changed)
            result.created, result.updated = len(new_rows), len(changed)
        return result

    @staticmethod
    def _match(row: mp.ParsedRow, titles, by_title, by_url) -> int | str:
        """The project id a row names, or the code of why it names none."""
        if row.project_id is not None:
            return row.project_id if row.project_id in titles else "unknown_project_id"
        url = row.url.strip().rstrip("/")
        if url and by_url.get(url) in titles:
            return by_url[url]
        if row.title:
            candidates = by_title.get(_fold_title(row.title), [])
            if len(candidates) == 1:
                return candidates[0]
            return "ambiguous_title" if candidates else "unknown_title"
        return "no_title"

    # undo of an import ---------------------------------------------------------------------
    _COLUMNS = ("project_id", "platform", "posted_at", *mp.METRIC_FIELDS, "imported_at")

    def snapshot(self) -> list[dict[str, Any]]:
        """Every metrics row as plain values (taken before an import, to undo it)."""
        with self.ctx.workspace.session() as s:
            return [
                {c: getattr(r, c) for c in self._COLUMNS} for r in s.scalars(select(MetricRecord))
            ]

    def restore_snapshot(self, rows: list[dict[str, Any]]) -> None:
        with self.ctx.session() as s:
            s.execute(delete(MetricRecord))
            if rows:
                s.execute(insert(MetricRecord), rows)

    # hand entry ----------------------------------------------------------------------------
    def get(self, project_id: int, platform: str) -> MetricValues | None:
        with self.ctx.workspace.session() as s:
            rec = s.scalars(
                select(MetricRecord).where(
                    MetricRecord.project_id == project_id, MetricRecord.platform == platform
                )
            ).first()
            if rec is None:
                return None
            return MetricValues(
                self.calendar.to_local(rec.posted_at),
                rec.views,
                rec.likes,
                rec.comments,
                rec.shares,
                rec.saves,
                rec.watch_time_s,
                rec.followers_gained,
            )

    def record(self, project_id: int, platform: str, values: MetricValues) -> MetricValues | None:
        """Enter or correct the numbers by hand; returns the previous ones (for undo)."""
        check_platform(platform)
        numbers = [
            values.views,
            values.likes,
            values.comments,
            values.shares,
            values.saves,
            values.watch_time_s,
            values.followers_gained,
        ]
        if any(n < 0 for n in numbers[:5]) or values.watch_time_s < 0:
            raise InvalidInput("Angka tidak boleh negatif.", "Numbers cannot be negative.")
        previous = self.get(project_id, platform)
        with self.ctx.session() as s:
            get_project_or_raise(s, project_id)
            rec = s.scalars(
                select(MetricRecord).where(
                    MetricRecord.project_id == project_id, MetricRecord.platform == platform
                )
            ).first()
            if rec is None:
                rec = MetricRecord(project_id=project_id, platform=platform)
                s.add(rec)
            rec.posted_at = self.calendar.to_utc(values.posted_at)
            for name in mp.METRIC_FIELDS:
                setattr(rec, name, getattr(values, name))
            rec.imported_at = utc_now()
        return previous

    def restore(self, project_id: int, platform: str, previous: MetricValues | None) -> None:
        """Undo of `record`: the previous numbers, or no row at all."""
        if previous is not None:
            self.record(project_id, platform, previous)
            return
        with self.ctx.session() as s:
            for rec in s.scalars(
                select(MetricRecord).where(
                    MetricRecord.project_id == project_id, MetricRecord.platform == platform
                )
            ):
                s.delete(rec)


def _with(issue: RowIssue, reason: str) -> RowIssue:
    return RowIssue(issue.line, issue.title, issue.project_id, issue.platform, reason)
