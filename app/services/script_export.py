"""Export a script for sign-off: plain text, DOCX or PDF with a shot table."""

from __future__ import annotations

from pathlib import Path

from app.core import timing
from app.core.clock import utc_now
from app.core.errors import InvalidInput
from app.core.overwrite import Overwrite
from app.media.documents import SheetDocument, write_docx, write_pdf
from app.media.outputs import write_text_output
from app.services.context import AppContext
from app.services.script import ScriptService
from app.services.script_review import ReviewService
from app.services.shots import ShotService

FORMATS = ("txt", "docx", "pdf")


class ScriptExportService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def sheet(self, project_id: int) -> SheetDocument:
        """The sign-off sheet: title, series, date, version, approval state, shot table."""
        tr = self.ctx.msg
        script = self.ctx.service(ScriptService)
        doc = script.document(project_id)
        stats = script.stats(project_id)
        state = self.ctx.service(ReviewService).state(project_id)
        records = self.ctx.service(ReviewService).records(project_id)
        approvals = [r for r in records if r.decision == "approved"]
        wpm = stats.words_per_minute
        scene_of = {}
        for scene in doc.scenes:
            for shot in scene.shots:
                scene_of[id(shot)] = scene.title or ""
        rows = []
        for number, shot in enumerate(doc.shots, start=1):
            seconds = timing.shot_seconds(shot.narration, shot.target_duration_s, wpm)
            flag = (
                " ⚠"
                if timing.narration_overflows(shot.narration, shot.target_duration_s, wpm)
                else ""
            )
            visual = shot.visual_notes
            if scene_of.get(id(shot)):
                visual = f"[{scene_of[id(shot)]}]\n{visual}".strip()
            if shot.location:
                visual = f"{visual}\n{tr('Lokasi', 'Location')}: {shot.location}".strip()
            rows.append(
                [
                    str(number),
                    visual,
                    shot.narration,
                    shot.on_screen_text,
                    f"{seconds:.1f} s{flag}",
                ]
            )
        facts = [
            (tr("Seri", "Series"), doc.series or "-"),
            (tr("Tanggal", "Date"), utc_now().strftime("%Y-%m-%d")),
            (tr("Versi naskah", "Script version"), f"v{state.script_version}"),
            (tr("Status persetujuan", "Approval"), state.label(self.ctx.language)),
            (
                tr("Durasi perkiraan", "Estimated length"),
                f"{stats.estimated_seconds:.1f} / {stats.target_duration_s:g} s · "
                f"{stats.shots} shot · {stats.words} {tr('kata', 'words')} · {wpm:g} {tr('kata/menit', 'wpm')}",
            ),
        ]
        if approvals:
            last = approvals[-1]
            facts.append(
                (
                    tr("Disetujui oleh", "Approved by"),
                    f"{last.reviewer}, {last.created_at:%Y-%m-%d %H:%M} UTC (v{last.script_version})",
                )
            )
        footer = tr(
            "Disetujui oleh: ______________________    Tanggal: ____________    Tanda tangan: ______________",
            "Approved by: ______________________    Date: ____________    Signature: ______________",
        )
        return SheetDocument(
            title=doc.title,
            facts=facts,
            columns=[
                tr("No.", "No."),
                tr("Visual", "Visual"),
                tr("Narasi", "Narration"),
                tr("Teks layar", "On-screen text"),
                tr("Durasi", "Duration"),
            ],
            column_weights=[0.5, 3, 4.5, 2.5, 1.2],
            rows=rows,
            footer=footer,
        )

    def export(
        self, project_id: int, fmt: str, out: Path, overwrite: Overwrite = Overwrite.REFUSE
    ) -> Path:
        fmt = fmt.lower().lstrip(".")
        if fmt not in FORMATS:
            raise InvalidInput(
                f"Format {fmt!r} tidak dikenal. Pilihan: txt, docx, pdf.",
                f"Unknown format {fmt!r}. Choose txt, docx or pdf.",
            )
        out = Path(out)
        # The shot list must exist even for an empty script (a sheet with no rows is valid).
        self.ctx.service(ShotService).list(project_id)
        if fmt == "txt":
            text = self.ctx.service(ScriptService).export_text(project_id)
            return write_text_output(out, text, overwrite)
        sheet = self.sheet(project_id)
        write = write_docx if fmt == "docx" else write_pdf
        return write(sheet, out, overwrite)
