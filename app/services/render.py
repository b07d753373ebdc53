"""Rendering a project: plan, one-process render, single-frame preview.

Free of GUI objects: the batch queue calls `render` from worker processes. Overlays are
painted once with QPainter (an offscreen QGuiApplication is created when none exists).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.core import render_plan as rp
from app.core.brand import BrandStyle
from app.core.errors import Canceled, FfmpegFailed, InvalidInput
from app.core.presets import OutputSettings
from app.core.progress import ProgressFn
from app.media import ffmpeg_runner, fonts, loudness, render_graph, render_run
from app.resources.templates import load_preset, preset_keys
from app.services.brand import BrandService
from app.services.context import AppContext
from app.services.render_outputs import output_name
from app.services.render_overlays import OverlayPainter
from app.services.render_sources import (
    Gathered,
    MediaProblem,
    audio_source,
    gather,
    shot_source,
    validate_media,
)
from app.store.models import Project

__all__ = ["MediaProblem", "RenderResult", "RenderService"]

# Size check before a render: a generous bitrate so a nearly full disk is caught up front.
ESTIMATE_KBPS = 12_000


@dataclass(frozen=True)
class RenderResult:
    output_path: Path
    duration_s: float
    wall_s: float
    size_bytes: int
    preset: str = ""
    quality: str = ""
    peak_memory_mb: float | None = None
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "output_path": str(self.output_path),
            "duration_s": round(self.duration_s, 3),
            "wall_s": round(self.wall_s, 3),
            "size_bytes": self.size_bytes,
            "preset": self.preset,
            "quality": self.quality,
            "peak_memory_mb": self.peak_memory_mb,
            "warnings": list(self.warnings),
        }


@dataclass
class _Prepared:
    plan: rp.RenderPlan
    warnings: list[str] = field(default_factory=list)
    media: list[tuple[str, Path]] = field(default_factory=list)  # (who, path) to validate
    project_id: int = 0


class RenderService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._plans: dict[tuple, tuple[str, _Prepared]] = {}
        self._painter = OverlayPainter(ctx.workspace.cache_dir / "render" / "overlays")
        # One plan built at a time (preview, plan and render threads).
        self._lock = threading.RLock()

    # Presets --------------------------------------------------------------------------
    def presets(self) -> list[tuple[str, str]]:
        """(key, label) of the output presets."""
        return [(k, load_preset(k).label) for k in preset_keys()]

    def output_settings(self, preset: str, quality: str) -> OutputSettings:
        return load_preset(preset, quality)

    # Plan -----------------------------------------------------------------------------
    def build_plan(
        self, project_id: int, preset: str = "tiktok", quality: str = "final"
    ) -> rp.RenderPlan:
        return self._prepare(project_id, preset, quality).plan

    def plan_warnings(
        self, project_id: int, preset: str = "tiktok", quality: str = "final"
    ) -> list[str]:
        return list(self._prepare(project_id, preset, quality).warnings)

    def _prepare(self, project_id: int, preset: str, quality: str) -> _Prepared:
        output = load_preset(preset, quality)
        gathered = gather(self.ctx, project_id)
        key = (project_id, preset, quality)
        signature = hashlib.sha1(
            json.dumps(gathered.signature, default=str, sort_keys=True).encode()
        ).hexdigest()
        with self._lock:
            cached = self._plans.get(key)
            if cached and cached[0] == signature:
                return cached[1]  # nothing changed: no file is touched (scrubbing stays cheap)
            prepared = self._make_plan(project_id, output, gathered)
            self._plans[key] = (signature, prepared)
            return prepared

    def _make_plan(self, project_id: int, output: OutputSettings, g: Gathered) -> _Prepared:
        project, brand = g.project, g.brand
        media: list[tuple[str, Path]] = []
        warnings = list(self.ctx.service(BrandService).register_fonts(brand.style))
        sources = [
            shot_source(self.ctx, number, row, g, media, warnings)
            for number, row in enumerate(g.shots, start=1)
        ]
        if not sources:
            raise InvalidInput("Proyek ini belum punya shot.", "This project has no shots yet.")
        narration = music = None
        if project["narration"]:
            narration = audio_source(
                g.assets.get(project["narration"]), self.ctx.msg("Narasi", "Narration"), media
            )
        if project["music"]:
            music = audio_source(
                g.assets.get(project["music"]), self.ctx.msg("Musik", "Music"), media
            )
        options = project["options"]
        volume = float(options.get("music_volume", 0.25) or 0.0)
        volume = volume / 100 if volume > 1 else volume  # accept a percentage too
        inputs = rp.PlanInputs(
            shots=tuple(sources),
            output=output,
            words_per_minute=g.wpm,
            narration=narration,
            music=music,
            music_volume=volume,
            duck_music=bool(options.get("duck_music", True)),
            overlays=(),
            fonts_dir=str(self._fonts_dir(brand.style)),
        )
        # Paint overlays against the timeline (lower thirds need to know their shot).
        draft = rp.build_plan(inputs)
        overlays = self._painter.specs(
            brand.style, brand.logo_path, brand.fields, g.shots, draft, options
        )
        captions = self._write_captions(project_id, g.captions_ass)
        plan = rp.build_plan(replace(inputs, overlays=tuple(overlays), captions_ass=captions or ""))
        return _Prepared(plan, warnings, media, project_id)

    def _fonts_dir(self, brand: BrandStyle) -> Path:
        kit_fonts = [self.ctx.workspace.root / f for f in brand.fonts.files]
        return fonts.libass_fonts_dir(kit_fonts, self.ctx.workspace.cache_dir / "render")

    def _write_captions(self, project_id: int, document: str | None) -> str | None:
        """The ASS file libass burns, named by its content: written once per caption text
        (only when the plan is rebuilt), never rewritten by a preview."""
        if document is None:
            return None
        data = document.encode("utf-8")
        folder = self.ctx.workspace.cache_dir / "render"
        target = folder / f"captions-{project_id}-{hashlib.sha1(data).hexdigest()[:10]}.ass"
        if not target.is_file():
            folder.mkdir(parents=True, exist_ok=True)
            # Unique per process and thread: batch workers may prepare the same project.
            tmp = folder / f".{target.name}.{os.getpid()}-{threading.get_ident()}.part"
            tmp.write_bytes(data)
            tmp.replace(target)
        return str(target)

    # Render ---------------------------------------------------------------------------
    def default_output(
        self, project_id: int, preset: str, quality: str, folder: Path | None = None
    ) -> Path:
        with self.ctx.workspace.session() as s:
            project = s.get(Project, project_id)
            title = project.title if project else f"proyek-{project_id}"
        return Path(folder or self.ctx.workspace.renders_dir) / output_name(title, preset, quality)

    def render(
        self,
        project_id: int,
        preset: str = "tiktok",
        quality: str = "final",
        out_dir_or_path: Path | str | None = None,
        report: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> RenderResult:
        report = report or (lambda f, label="": None)
        cancel = cancel or threading.Event()
        started = time.monotonic()
        report(0.0, self.ctx.msg("Menyiapkan render", "Preparing the render"))
        prepared = self._prepare(project_id, preset, quality)
        validate_media(prepared.media)
        plan = prepared.plan
        target = self._target(project_id, preset, quality, out_dir_or_path)
        ffmpeg = self.ctx.setting("ffmpeg_path")
        if cancel.is_set():
            raise Canceled()
        report(0.03, self.ctx.msg("Mengukur kenyaringan", "Measuring loudness"))
        measured = loudness.measure(plan, ffmpeg, cancel)
        label = self.ctx.msg("Merender", "Rendering")

        encode_started = time.monotonic()

        def scaled(fraction: float, text: str) -> None:
            left_s = render_run.remaining_s(fraction, time.monotonic() - encode_started)
            if left_s is not None and fraction < 1.0:
                left = f"{int(left_s) // 60}:{int(left_s) % 60:02d}"
                text = self.ctx.msg(f"{text} · sisa {left}", f"{text} · {left} left")
            report(0.05 + 0.95 * fraction, text)

        final, stats = render_run.run_to_file(
            lambda part: render_graph.render_args(plan, part, measured),
            target,
            plan.duration_s,
            scaled,
            cancel,
            label,
            needed_bytes=int(plan.duration_s * ESTIMATE_KBPS * 1000 / 8),
            ffmpeg=ffmpeg,
        )
        return RenderResult(
            output_path=final,
            duration_s=plan.duration_s,
            wall_s=time.monotonic() - started,
            size_bytes=final.stat().st_size,
            preset=preset,
            quality=quality,
            peak_memory_mb=stats.peak_memory_mb,
            warnings=tuple(prepared.warnings),
        )

    def _target(self, project_id: int, preset: str, quality: str, out: Path | str | None) -> Path:
        if out is None:
            return self.default_output(project_id, preset, quality)
        out = Path(out)
        if out.is_dir() or not out.suffix:
            return self.default_output(project_id, preset, quality, out)
        return out

    # Preview --------------------------------------------------------------------------
    def preview_frame(
        self, project_id: int, t_s: float, preset: str = "tiktok", captions: bool = True
    ) -> bytes:
        """A PNG of the frame at `t_s`, made by the same graph as the export. Without
        `captions` the subtitle editor paints the cue being edited itself (same layout)."""
        plan = self._prepare(project_id, preset, "draft").plan
        if not captions:
            plan = replace(plan, captions_ass="")
        png = ffmpeg_runner.run(
            render_graph.frame_args(plan, t_s), ffmpeg=self.ctx.setting("ffmpeg_path")
        ).stdout
        if not png:
            raise FfmpegFailed("ffmpeg tidak menghasilkan pratinjau.", "ffmpeg made no preview.")
        return png
