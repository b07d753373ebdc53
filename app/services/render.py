"""Rendering a project: plan, one-process render, single-frame preview.

Free of GUI objects: the batch queue calls `render` from worker processes. Overlays are
painted once with QPainter (an offscreen QGuiApplication is created when none exists).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import subprocess
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core import render_plan as rp
from app.core.brand import BrandStyle
from app.core.errors import Canceled, InvalidInput, KilasError, NotFound
from app.core.presets import OutputSettings, load_preset, preset_keys
from app.services.context import AppContext
from app.store.models import BrandKit, MediaAsset, Project, Shot

log = logging.getLogger(__name__)
ReportFn = Callable[[float, str], None]
# Size check before a render: a generous bitrate so a nearly full disk is caught up front.
ESTIMATE_KBPS = 12_000


class MediaProblem(KilasError):
    """Media of a shot (or the narration/music) is missing or unreadable."""


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


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "video"


class RenderService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._plans: dict[tuple, tuple[str, _Prepared]] = {}
        self._overlay_memo: dict[str, Any] = {}
        self._lock = (
            threading.RLock()
        )  # one plan built at a time (preview, plan and render threads)

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
        gathered = self._gather(project_id)
        key = (project_id, preset, quality)
        signature = hashlib.sha1(
            json.dumps(gathered["signature"], default=str, sort_keys=True).encode()
        ).hexdigest()
        with self._lock:
            cached = self._plans.get(key)
            if cached and cached[0] == signature and self._captions_unchanged(cached[1]):
                return cached[1]
            prepared = self._make_plan(project_id, output, gathered)
            self._plans[key] = (signature, prepared)
            return prepared

    def _captions_unchanged(self, prepared: _Prepared) -> bool:
        # Captions are edited in another screen: rewrite the ASS when its text changed.
        return self._write_captions(prepared.project_id) == (prepared.plan.captions_ass or None)

    def _gather(self, project_id: int) -> dict[str, Any]:
        """Everything the plan depends on, read in one session."""
        wpm = self.ctx.setting("narration_wpm")
        with self.ctx.workspace.session() as s:
            project = s.get(Project, project_id)
            if project is None or project.deleted_at is not None:
                raise NotFound(
                    f"Proyek {project_id} tidak ditemukan.", f"Project {project_id} not found."
                )
            shots = list(
                s.scalars(
                    select(Shot)
                    .where(Shot.project_id == project_id)
                    .order_by(Shot.position, Shot.id)
                )
            )
            ids = {project.narration_asset_id, project.music_asset_id}
            for sh in shots:
                ids |= {sh.media_asset_id, sh.picture_asset_id, sh.narration_asset_id}
            ids.discard(None)
            assets = {a.id: a for a in s.scalars(select(MediaAsset).where(MediaAsset.id.in_(ids)))}
            from app.services.media_library import MediaLibrary

            lib = self.ctx.service(MediaLibrary)
            asset_rows = {
                i: {
                    "path": str(lib.resolve(a)),
                    "kind": a.kind,
                    "probe": dict(a.probe or {}),
                    "duration_s": a.duration_s,
                    "w": a.width_px,
                    "h": a.height_px,
                    "has_audio": a.has_audio,
                    "name": a.original_name,
                }
                for i, a in assets.items()
            }
            shot_rows = [
                {c.key: getattr(sh, c.key) for c in Shot.__table__.columns} for sh in shots
            ]
            project_row = {
                "id": project.id,
                "title": project.title,
                "options": dict(project.options or {}),
                "narration": project.narration_asset_id,
                "music": project.music_asset_id,
                "brand_kit_id": project.brand_kit_id,
                "updated_at": str(project.updated_at),
            }
        return {
            "wpm": wpm,
            "project": project_row,
            "shots": shot_rows,
            "assets": asset_rows,
            "signature": [
                wpm,
                project_row,
                shot_rows,
                asset_rows,
                self._brand_signature(project_id),
            ],
        }

    def _brand_signature(self, project_id: int) -> Any:
        with self.ctx.workspace.session() as s:
            kits = [
                (k.id, k.data, k.logo_asset_id, k.is_default, str(k.updated_at))
                for k in s.scalars(select(BrandKit))
            ]
        return kits

    def _make_plan(self, project_id: int, output: OutputSettings, g: dict[str, Any]) -> _Prepared:
        assets, project = g["assets"], g["project"]
        warnings: list[str] = []
        media: list[tuple[str, Path]] = []
        brand, logo_path, fields, font_warnings = self._brand(project_id, project)
        warnings += font_warnings
        sources = []
        for number, row in enumerate(g["shots"], start=1):
            who = self.ctx.msg(f"Shot {number}", f"Shot {number}")
            asset_id = row["media_asset_id"] or row["picture_asset_id"]
            src = rp.ShotSource(
                number=number,
                media_in_s=row["media_in_s"] or 0.0,
                media_out_s=row["media_out_s"],
                focus_x=row["focus_x"],
                focus_y=row["focus_y"],
                clip_audio=bool(row["clip_audio"]),
                short_clip_mode=row["short_clip_mode"] or "hold",
                transition_in=row["transition_in"] or "cut",
                narration_text=row["narration"] or "",
                target_duration_s=row["target_duration_s"],
                background_colour=brand.palette.primary,
            )
            if asset_id is None:
                warnings.append(
                    self.ctx.msg(
                        f"{who} belum punya gambar atau video; memakai latar warna.",
                        f"{who} has no picture or video yet; using a colour background.",
                    )
                )
            else:
                src = self._with_media(src, assets.get(asset_id), who, media)
            if row["narration_asset_id"] is not None and not project["narration"]:
                a = self._audio(
                    assets.get(row["narration_asset_id"]),
                    self.ctx.msg(f"Narasi {who}", f"Narration of {who}"),
                    media,
                )
                src = _replace(src, narration_path=a.path, narration_duration_s=a.duration_s)
            sources.append(src)
        if not sources:
            raise InvalidInput("Proyek ini belum punya shot.", "This project has no shots yet.")
        narration = music = None
        if project["narration"]:
            narration = self._audio(
                assets.get(project["narration"]), self.ctx.msg("Narasi", "Narration"), media
            )
        if project["music"]:
            music = self._audio(assets.get(project["music"]), self.ctx.msg("Musik", "Music"), media)
        options = project["options"]
        volume = float(options.get("music_volume", 0.25) or 0.0)
        volume = volume / 100 if volume > 1 else volume  # accept a percentage too
        inputs = rp.PlanInputs(
            shots=tuple(sources),
            output=output,
            words_per_minute=g["wpm"],
            narration=narration,
            music=music,
            music_volume=volume,
            duck_music=bool(options.get("duck_music", True)),
            overlays=(),
            fonts_dir=str(self._fonts_dir(brand)),
        )
        # Paint overlays against the timeline (lower thirds need to know their shot).
        draft = rp.build_plan(inputs)
        overlays = self._overlays(brand, logo_path, fields, g["shots"], draft, options, warnings)
        captions = self._write_captions(project_id)
        plan = rp.build_plan(
            _replace(inputs, overlays=tuple(overlays), captions_ass=captions or "")
        )
        return _Prepared(plan, warnings, media, project_id)

    def _with_media(
        self, src: rp.ShotSource, asset: dict | None, who: str, media: list
    ) -> rp.ShotSource:
        if asset is None or not Path(asset["path"]).is_file():
            name = asset["name"] if asset else "?"
            raise MediaProblem(
                f"{who}: berkas media hilang ({name}). Sambungkan ulang di Storyboard.",
                f"{who}: media file is missing ({name}). Relink it in the Storyboard.",
            )
        info = asset["probe"]
        kind = info.get("kind") or asset["kind"]
        media.append((who, Path(asset["path"])))
        return _replace(
            src,
            media_path=asset["path"],
            media_kind=kind,
            media_duration_s=info.get("duration_s", asset["duration_s"]),
            width_px=info.get("width_px", asset["w"]),
            height_px=info.get("height_px", asset["h"]),
            fps=info.get("fps"),
            has_audio=bool(info.get("has_audio", asset["has_audio"])),
        )

    def _audio(self, asset: dict | None, who: str, media: list) -> rp.AudioSource:
        if asset is None or not Path(asset["path"]).is_file():
            name = asset["name"] if asset else "?"
            raise MediaProblem(
                f"{who}: berkas audio hilang ({name}).", f"{who}: audio file is missing ({name})."
            )
        if not asset["has_audio"] and not asset["probe"].get("has_audio"):
            raise MediaProblem(
                f"{who}: berkas {asset['name']} tidak bersuara.",
                f"{who}: {asset['name']} has no sound.",
            )
        media.append((who, Path(asset["path"])))
        return rp.AudioSource(
            asset["path"], asset["duration_s"] or asset["probe"].get("duration_s")
        )

    # Brand, overlays, captions --------------------------------------------------------
    def _brand(
        self, project_id: int, project: dict
    ) -> tuple[BrandStyle, Path | None, dict, list[str]]:
        try:
            from app.services.brand import BrandService
        except ImportError:
            BrandService = None  # the brand engineer's module may be absent
        warnings: list[str] = []
        if BrandService is not None:
            svc = self.ctx.service(BrandService)
            try:
                style = svc.project_style(project_id)
                warnings = list(svc.register_fonts(style))
                return style, svc.project_logo(project_id), svc.project_fields(project_id), warnings
            except KilasError as exc:  # e.g. a read-only workspace without a kit yet
                log.warning("brand kit unavailable, using defaults: %s", exc.message_en)
        style, logo = BrandStyle(), None
        with self.ctx.workspace.session() as s:
            kit = s.get(BrandKit, project["brand_kit_id"]) if project["brand_kit_id"] else None
            kit = kit or s.scalars(select(BrandKit).where(BrandKit.is_default.is_(True))).first()
            if kit is not None:
                style = BrandStyle.from_dict(kit.data)
                if kit.logo_asset_id:
                    from app.services.media_library import MediaLibrary

                    logo = self.ctx.service(MediaLibrary).get(kit.logo_asset_id).path
        options = project["options"]
        fields = {
            "title": options.get("title_card_text") or project["title"],
            "cta": options.get("call_to_action") or "",
        }
        return style, logo if logo and logo.is_file() else None, fields, warnings

    def _fonts_dir(self, brand: BrandStyle) -> Path:
        from app.media import fonts

        kit_fonts = [self.ctx.workspace.root / f for f in brand.fonts.files]
        return fonts.libass_fonts_dir(kit_fonts, self.ctx.workspace.cache_dir / "render")

    def _paint(self, name: str, fn: Callable[[], Any], warnings: list[str]):
        key = name
        if key in self._overlay_memo and Path(self._overlay_memo[key].path).is_file():
            return self._overlay_memo[key]
        try:
            image = fn()
        except KilasError as exc:
            warnings.append(exc.message(self.ctx.language))
            return None
        self._overlay_memo[key] = image
        return image

    def _overlays(
        self, brand, logo_path, fields, shot_rows, draft: rp.RenderPlan, options, warnings
    ) -> list[rp.OverlaySpec]:
        try:
            from app.media import overlays as ov
        except ImportError:
            warnings.append(
                self.ctx.msg("Lapisan grafis belum tersedia.", "Overlay painting is not available.")
            )
            return []
        out_dir = self.ctx.workspace.cache_dir / "render" / "overlays"
        brand_key = json.dumps(brand.to_dict(), sort_keys=True, default=str)
        specs: list[rp.OverlaySpec] = []

        def spec(image, **kw) -> None:
            if image is not None:
                specs.append(
                    rp.OverlaySpec(
                        str(image.path),
                        image.x_px,
                        image.y_px,
                        image.width_px,
                        image.height_px,
                        **kw,
                    )
                )

        title = end = None
        if options.get("title_card", True) and fields.get("title"):
            title = self._paint(
                _digest(["title", brand_key, fields]),
                lambda: ov.paint_title_card(brand, fields, out_dir),
                warnings,
            )
            spec(title, anchor="start", duration_s=brand.title_card.duration_s, label="title_card")
        if options.get("end_card", True):
            end_fields = {**fields, "cta": fields.get("cta") or brand.call_to_action}
            end = self._paint(
                _digest(["end", brand_key, end_fields, str(logo_path)]),
                lambda: ov.paint_end_card(brand, end_fields, out_dir, logo_path),
                warnings,
            )
            spec(end, anchor="end", duration_s=brand.end_card.duration_s, label="end_card")
        end_start_s = draft.duration_s - (brand.end_card.duration_s if end is not None else 0.0)
        if logo_path is not None and options.get("logo", True):
            logo = self._paint(
                _digest(["logo", brand_key, str(logo_path), logo_path.stat().st_mtime_ns]),
                lambda: ov.paint_logo(brand, logo_path, out_dir),
                warnings,
            )
            # The corner logo steps aside while the end card (which carries it) shows.
            spec(logo, anchor="start", duration_s=max(0.0, end_start_s), label="logo")
        for row, shot in zip(shot_rows, draft.shots, strict=True):
            if row["lower_third_name"]:
                name, role = row["lower_third_name"], row["lower_third_role"] or ""
                image = self._paint(
                    _digest(["lt", brand_key, name, role]),
                    lambda name=name, role=role: ov.paint_lower_third(brand, name, role, out_dir),
                    warnings,
                )
                kind, wanted_s, lead_s = "lower_third", brand.lower_third.duration_s, 0.3
            elif (row["on_screen_text"] or "").strip():
                text = row["on_screen_text"].strip()
                image = self._paint(
                    _digest(["text", brand_key, text]),
                    lambda text=text: ov.paint_on_screen_text(brand, text, out_dir),
                    warnings,
                )
                kind, wanted_s, lead_s = "on_screen_text", shot.duration_s, 0.0
            else:
                continue
            if image is None:
                continue
            start_s = shot.start_s + lead_s
            if title is not None and _overlaps(image, title):
                start_s = max(start_s, brand.title_card.duration_s)  # wait for the title card
            stop_s = min(start_s + wanted_s, shot.end_s, end_start_s)
            if stop_s - start_s >= 0.5:
                spec(
                    image,
                    anchor="shot",
                    shot_number=shot.number,
                    offset_s=start_s - shot.start_s,
                    duration_s=stop_s - start_s,
                    label=kind,
                )
        return specs

    def _write_captions(self, project_id: int) -> str | None:
        try:
            from app.services.subtitles import SubtitleService
        except ImportError:
            return None
        folder = self.ctx.workspace.cache_dir / "render"
        # Unique per process and thread: batch workers may prepare the same project at once.
        tmp = folder / f"captions-{project_id}.{os.getpid()}-{threading.get_ident()}.new.ass"
        try:
            has = self.ctx.service(SubtitleService).write_ass(project_id, tmp)
        except KilasError as exc:
            log.warning("captions skipped: %s", exc.message_en)
            return None
        if not has:
            return None
        text = tmp.read_bytes()
        target = folder / f"captions-{project_id}-{hashlib.sha1(text).hexdigest()[:10]}.ass"
        if not target.is_file():
            tmp.replace(target)
        else:
            tmp.unlink()
        return str(target)

    # Render ---------------------------------------------------------------------------
    def default_output(
        self, project_id: int, preset: str, quality: str, folder: Path | None = None
    ) -> Path:
        with self.ctx.workspace.session() as s:
            project = s.get(Project, project_id)
            title = project.title if project else f"proyek-{project_id}"
        name = f"{slug(title)}-{preset}{'-draft' if quality == 'draft' else ''}.mp4"
        return Path(folder or self.ctx.workspace.renders_dir) / name

    def validate_media(self, prepared: _Prepared) -> None:
        """Open every file the plan uses (decoding a frame) before anything is written."""
        from app.media.probe import MediaUnreadable, probe

        seen: set[Path] = set()
        for who, path in prepared.media:
            if path in seen:
                continue
            seen.add(path)
            try:
                probe(path)
            except MediaUnreadable as exc:
                raise MediaProblem(
                    f"{who}: {exc.message('id')}", f"{who}: {exc.message('en')}"
                ) from exc

    def render(
        self,
        project_id: int,
        preset: str = "tiktok",
        quality: str = "final",
        out_dir_or_path: Path | str | None = None,
        report: ReportFn | None = None,
        cancel: threading.Event | None = None,
    ) -> RenderResult:
        from app.media import loudness, render_graph, render_run
        from app.media.ffmpeg_exe import ffmpeg_path

        report = report or (lambda f, label="": None)
        cancel = cancel or threading.Event()
        started = time.monotonic()
        report(0.0, self.ctx.msg("Menyiapkan render", "Preparing the render"))
        prepared = self._prepare(project_id, preset, quality)
        self.validate_media(prepared)
        plan = prepared.plan
        target = self._target(project_id, preset, quality, out_dir_or_path)
        exe = ffmpeg_path(self.ctx.setting("ffmpeg_path"))
        if cancel.is_set():
            raise Canceled()
        report(0.03, self.ctx.msg("Mengukur kenyaringan", "Measuring loudness"))
        measured = loudness.measure(plan, exe, cancel)
        label = self.ctx.msg("Merender", "Rendering")

        encode_started = time.monotonic()

        def scaled(fraction: float, text: str) -> None:
            left_s = render_run.remaining_s(fraction, time.monotonic() - encode_started)
            if left_s is not None and fraction < 1.0:
                left = f"{int(left_s) // 60}:{int(left_s) % 60:02d}"
                text = self.ctx.msg(f"{text} · sisa {left}", f"{text} · {left} left")
            report(0.05 + 0.95 * fraction, text)

        final, stats = render_run.run_to_file(
            lambda part: render_graph.render_args(plan, part, exe, measured),
            target,
            plan.duration_s,
            scaled,
            cancel,
            label,
            needed_bytes=int(plan.duration_s * ESTIMATE_KBPS * 1000 / 8),
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
    def preview_frame(self, project_id: int, t_s: float, preset: str = "tiktok") -> bytes:
        """A PNG of the frame at `t_s`, made by the same graph as the export."""
        from app.media import render_graph
        from app.media.ffmpeg_exe import ffmpeg_path
        from app.media.render_run import RenderFailed

        plan = self._prepare(project_id, preset, "draft").plan
        exe = ffmpeg_path(self.ctx.setting("ffmpeg_path"))
        proc = subprocess.run(render_graph.frame_args(plan, t_s, exe), capture_output=True)
        if proc.returncode != 0 or not proc.stdout:
            tail = "\n".join(proc.stderr.decode("utf-8", "replace").strip().splitlines()[-4:])
            raise RenderFailed("Pratinjau gagal:\n" + tail, "Preview failed:\n" + tail, tail)
        return proc.stdout


def _digest(parts: Any) -> str:
    return hashlib.sha1(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _overlaps(a, b) -> bool:
    return not (
        a.x_px + a.width_px <= b.x_px
        or b.x_px + b.width_px <= a.x_px
        or a.y_px + a.height_px <= b.y_px
        or b.y_px + b.height_px <= a.y_px
    )


def _replace(obj, **changes):
    from dataclasses import replace

    return replace(obj, **changes)
