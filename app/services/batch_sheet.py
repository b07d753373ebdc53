"""Spreadsheet batches: read a CSV/XLSX sheet, create one project per row, queue them.

CSV files from Excel come in many shapes: UTF-8, UTF-8 with a BOM, Windows-1252 (older
Excel "CSV"), UTF-16 ("Unicode text"), comma- or semicolon-separated (Indonesian-locale
Excel uses `;` because `,` is the decimal mark). The delimiter is sniffed from the header.
Rows with problems are reported with their row number and reason; the good rows render.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core.batch_sheet import (
    RowProblem,
    SheetPlan,
    SheetRow,
    clip_durations_s,
    sniff_delimiter,
    validate_sheet,
)
from app.core.errors import InvalidInput, KilasError
from app.core.text_decode import decode_text
from app.services.context import AppContext
from app.services.render_queue import ACTIVE, RenderQueue
from app.store.models import BrandKit, Project, RenderBatch, Shot


@dataclass(frozen=True)
class RowOutcome:
    row_number: int
    title: str
    output: str
    job_id: int | None = None
    project_id: int | None = None
    reason: str = ""  # why the row was rejected (empty when queued)


@dataclass
class BatchResult:
    batch_id: int | None
    rows: list[RowOutcome] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    fatal: bool = False

    @property
    def job_ids(self) -> list[int]:
        return [r.job_id for r in self.rows if r.job_id is not None]

    @property
    def rejected(self) -> list[RowOutcome]:
        return [r for r in self.rows if r.job_id is None]


def known_presets() -> list[str]:
    try:
        from app.resources.templates import preset_keys

        keys = preset_keys()
        if keys:
            return keys
    except Exception:  # the presets folder may be missing in a stripped install
        pass
    from app.core.platforms import PLATFORMS

    return list(PLATFORMS)


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    text = decode_text(Path(path).read_bytes(), Path(path).name)
    first = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(first))
    rows = [row for row in reader]
    while rows and not any(c.strip() for c in rows[0]):
        rows.pop(0)
    if not rows:
        return [], []
    return rows[0], rows[1:]


def read_xlsx(path: Path) -> tuple[list[str], list[list[Any]]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise InvalidInput(
            f"{Path(path).name} bukan berkas XLSX yang bisa dibaca ({exc}).",
            f"{Path(path).name} is not a readable XLSX file ({exc}).",
        ) from exc
    try:
        rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()
    while rows and not any(c not in (None, "") for c in rows[0]):
        rows.pop(0)
    if not rows:
        return [], []
    return ["" if c is None else str(c) for c in rows[0]], rows[1:]


def read_sheet(path: Path) -> tuple[list[str], list[list[Any]]]:
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"Lembar {path} tidak ditemukan.", f"Sheet {path} not found.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if path.suffix.lower() == ".xls":
        raise InvalidInput(
            "Format .xls lama tidak didukung: simpan sebagai .xlsx atau CSV.",
            "The old .xls format is not supported: save it as .xlsx or CSV.",
        )
    return read_csv(path)


class BatchSheetService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # Checking ---------------------------------------------------------------------------
    def check(
        self, sheet: Path, preset: str | None = None
    ) -> tuple[SheetPlan, dict[int, dict[str, Any]]]:
        """Validate the sheet and its files. Returns the plan (good rows only; problems
        for the others) and, per good row, the probed media."""
        from app.media.probe import MediaUnreadable, probe

        sheet = Path(sheet).absolute()
        header, rows = read_sheet(sheet)
        if preset:
            rows = [_with_preset(header, r, preset) for r in rows]
        plan = validate_sheet(header, rows, known_presets(), default_preset=preset or "")
        if plan.fatal:
            return plan, {}
        problems = list(plan.problems)
        good: list[SheetRow] = []
        probed: dict[int, dict[str, Any]] = {}
        brands = self._brand_ids()
        templates = _template_names() if any(r.template for r in plan.rows) else set()
        has_whisper = self._has_whisper_model() if any(r.subtitles for r in plan.rows) else True
        for row in plan.rows:
            found: dict[str, Any] = {"clips": []}
            row_problems: list[RowProblem] = []

            def bad(
                column: str, rid: str, ren: str, _n: int = row.row_number, _to: list = row_problems
            ) -> None:
                _to.append(RowProblem(_n, rid, ren, column))

            for column, rel in row.files():
                path = _resolve(sheet.parent, rel)
                try:
                    info = probe(path)
                except MediaUnreadable as exc:
                    bad(column, f"{column}: {exc.message_id}", f"{column}: {exc.message_en}")
                    continue
                if column in ("narration", "music") and not info.has_audio:
                    bad(
                        column,
                        f"{column}: {path.name} tidak berisi suara.",
                        f"{column}: {path.name} has no audio.",
                    )
                    continue
                if column == "clips" and not info.has_video:
                    bad(
                        column,
                        f"clips: {path.name} bukan video atau gambar.",
                        f"clips: {path.name} is not a video or image.",
                    )
                    continue
                if column == "narration" and not info.duration_s:
                    bad(
                        column,
                        f"narration: panjang {path.name} tidak terbaca.",
                        f"narration: the length of {path.name} is unreadable.",
                    )
                    continue
                if column == "clips":
                    found["clips"].append((path, info))
                else:
                    found[column] = (path, info)
            if row.brand and row.brand.casefold() not in brands:
                names = ", ".join(sorted(brands.values())) or "-"
                bad(
                    "brand",
                    f"Brand kit {row.brand!r} tidak ada. Yang ada: {names}.",
                    f"No brand kit {row.brand!r}. Available: {names}.",
                )
            if row.template and row.template.casefold() not in templates:
                names = ", ".join(sorted(templates)) or "-"
                bad(
                    "template",
                    f"Templat {row.template!r} tidak ada. Pilihan: {names}.",
                    f"No template {row.template!r}. Choices: {names}.",
                )
            if row.subtitles and not has_whisper:
                bad(
                    "subtitles",
                    "subtitles=yes tetapi belum ada model Whisper yang dipilih (Pengaturan).",
                    "subtitles=yes but no Whisper model is set (Settings).",
                )
            if row_problems:
                problems.extend(row_problems)
            else:
                good.append(row)
                probed[row.row_number] = found
        problems.sort(key=lambda p: p.row_number)
        return SheetPlan(tuple(good), tuple(problems)), probed

    # Creating ---------------------------------------------------------------------------
    def create_batch(
        self,
        sheet: Path,
        out_dir: Path,
        preset: str | None = None,
        quality: str = "final",
        make_zip: bool = False,
    ) -> BatchResult:
        """Create a project per good row and queue it; rejected rows are in the result
        (and in RenderBatch.report) with their reason."""
        sheet, out_dir = Path(sheet).absolute(), Path(out_dir).absolute()
        plan, probed = self.check(sheet, preset)
        lang = self.ctx.language
        if plan.fatal:
            return BatchResult(None, [], list(plan.problems), fatal=True)
        out_dir.mkdir(parents=True, exist_ok=True)
        with self.ctx.session() as s:
            batch = RenderBatch(
                source_path=str(sheet), out_dir=str(out_dir), make_zip=make_zip, report={}
            )
            s.add(batch)
            s.flush()
            batch_id = batch.id
        result = BatchResult(batch_id, problems=list(plan.problems))
        imported: dict[Path, int] = {}
        queue = self.ctx.service(RenderQueue)
        for row in plan.rows:
            try:
                project_id = self._create_project(row, probed[row.row_number], sheet, imported)
                [job_id] = queue.add(
                    [project_id],
                    preset=row.preset,
                    quality=quality,
                    output_paths=[out_dir / row.output / f"{row.output}.mp4"],
                    upload_kit=True,
                    batch_id=batch_id,
                    options={"subtitles": row.subtitles, "row_number": row.row_number},
                )
            except KilasError as exc:
                problem = RowProblem(row.row_number, exc.message_id, exc.message_en)
                result.problems.append(problem)
                continue
            result.rows.append(
                RowOutcome(row.row_number, row.title, row.output, job_id, project_id)
            )
        labels = _row_labels(sheet)
        reasons: dict[int, list[str]] = {}
        for p in result.problems:
            if p.row_number > 1:
                reasons.setdefault(p.row_number, []).append(p.message(lang))
        for number, texts in reasons.items():
            title, output = labels.get(number, ("", ""))
            result.rows.append(RowOutcome(number, title, output, reason="; ".join(texts)))
        result.rows.sort(key=lambda r: r.row_number)
        with self.ctx.session() as s:
            s.get(RenderBatch, batch_id).report = {
                "problems": [
                    {"row": p.row_number, "column": p.column, "id": p.reason_id, "en": p.reason_en}
                    for p in result.problems
                ],
                "rows": [
                    {"row": r.row_number, "title": r.title, "output": r.output, "job_id": r.job_id}
                    for r in result.rows
                ],
            }
        return result

    def _create_project(
        self, row: SheetRow, found: dict[str, Any], sheet: Path, imported: dict[Path, int]
    ) -> int:
        from app.services.media_library import MediaLibrary
        from app.services.projects import ProjectService

        library = self.ctx.service(MediaLibrary)

        def asset(path: Path) -> int:
            if path not in imported:  # a clip used by several rows is copied once
                imported[path] = library.import_file(path)
            return imported[path]

        narration_path, narration_info = found["narration"]
        narration_id = asset(narration_path)
        music_id = asset(found["music"][0]) if "music" in found else None
        clip_ids = [asset(p) for p, _ in found["clips"]]
        total_s = float(narration_info.duration_s)
        project_id = self.ctx.service(ProjectService).create(row.title, series=sheet.stem)
        brands = self._brand_ids(by_name=True)
        with self.ctx.session() as s:
            project = s.get(Project, project_id)
            project.narration_asset_id = narration_id
            project.music_asset_id = music_id
            project.template_name = row.template
            project.target_duration_s = round(total_s, 3)
            project.brand_kit_id = (
                brands.get(row.brand.casefold()) if row.brand else project.brand_kit_id
            )
            project.status = "production"
            project.options = {
                **(project.options or {}),
                "caption": row.caption,
                "hashtags": list(row.hashtags),
                "batch_output": row.output,
                "batch_row": row.row_number,
            }
            durations = clip_durations_s(total_s, len(clip_ids))
            for i, (clip_id, duration_s) in enumerate(zip(clip_ids, durations, strict=True)):
                clip_info = found["clips"][i][1]
                s.add(
                    Shot(
                        project_id=project_id,
                        position=i,
                        media_asset_id=clip_id,
                        target_duration_s=duration_s,
                        production_status="edited",
                        # A clip shorter than its share loops rather than freezing.
                        short_clip_mode="loop" if (clip_info.duration_s or 0) > 0.5 else "hold",
                        lower_third_name=row.lower_third_name if i == 0 else "",
                        lower_third_role=row.lower_third_role if i == 0 else "",
                    )
                )
        return project_id

    def _has_whisper_model(self) -> bool:
        from app.services.whisper_models import WhisperModelService

        return self.ctx.service(WhisperModelService).in_use() is not None

    def _brand_ids(self, by_name: bool = False) -> dict[str, Any]:
        with self.ctx.workspace.session() as s:
            kits = s.execute(select(BrandKit.id, BrandKit.name)).all()
        if by_name:
            return {name.casefold(): kit_id for kit_id, name in kits}
        return {name.casefold(): name for _, name in kits}

    # After rendering --------------------------------------------------------------------
    def finish_batch_if_complete(self, batch_id: int) -> Path | None:
        """Write the batch ZIP once no job of the batch is left to run."""
        queue = self.ctx.service(RenderQueue)
        jobs = queue.jobs(batch_id=batch_id)
        if any(j.status in ACTIVE for j in jobs):
            return None
        with self.ctx.workspace.session() as s:
            batch = s.get(RenderBatch, batch_id)
            if batch is None or not batch.make_zip:
                return None
        from app.services.upload_kit import UploadKitService

        path = self.ctx.service(UploadKitService).build_batch_zip(batch_id)
        with self.ctx.session() as s:
            batch = s.get(RenderBatch, batch_id)
            batch.report = {**(batch.report or {}), "zip": str(path) if path else ""}
        return path

    def batches_in(self, out_dir: Path) -> list[int]:
        key = Path(out_dir).absolute()
        with self.ctx.workspace.session() as s:
            rows = s.execute(select(RenderBatch.id, RenderBatch.out_dir)).all()
        return [bid for bid, d in rows if d and Path(d) == key]

    def report(self, batch_id: int) -> dict[str, Any]:
        with self.ctx.workspace.session() as s:
            batch = s.get(RenderBatch, batch_id)
            return dict(batch.report or {}) if batch else {}


def _template_names() -> set[str]:
    """Script templates and visual (overlay) templates, by lower-case name."""
    from app.resources.templates import load_overlay_templates, load_templates

    names = {n.casefold() for n in load_templates()}
    names |= {n.casefold() for n in load_overlay_templates()}
    return names


def _row_labels(sheet: Path) -> dict[int, tuple[str, str]]:
    """Row number -> (title, output) as written, to name rejected rows in reports."""
    from app.core.batch_sheet import normalise_header

    header, rows = read_sheet(sheet)
    names = [normalise_header(h) for h in header]

    def cell(row: list[Any], name: str) -> str:
        i = names.index(name) if name in names else -1
        return str(row[i] or "").strip() if 0 <= i < len(row) else ""

    return {n: (cell(r, "title"), cell(r, "output")) for n, r in enumerate(rows, start=2)}


def _resolve(folder: Path, rel: str) -> Path:
    p = Path(rel.replace("\\", "/")) if "\\" in rel and not Path(rel).is_absolute() else Path(rel)
    return p if p.is_absolute() else folder / p


def _with_preset(header: list[str], row: list[Any], preset: str) -> list[Any]:
    """--preset overrides the sheet's preset column."""
    from app.core.batch_sheet import normalise_header

    names = [normalise_header(h) for h in header]
    if "preset" not in names:
        return row
    i = names.index("preset")
    row = list(row) + [""] * (len(names) - len(row))
    if any(c not in (None, "") for c in row):
        row[i] = preset
    return row
