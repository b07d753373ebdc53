"""Preflight of a project: gathers the facts (brand style, texts, logo, media, subtitles,
timing), runs the pure rules of app.core.preflight and applies one-click fixes.

A fix changes the project's brand overrides (never the kit, never a locked field); a fix is
offered only when trying it on a copy of the style makes that finding go away.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select

from app.core import preflight as rules
from app.core import timing
from app.core.brand import BrandStyle, contrast_ratio, path_locked
from app.core.errors import InvalidInput
from app.core.platforms import STRICTEST_BOX, strictest_box
from app.core.preflight import Area, Finding, MissingMedia, PreflightInput
from app.core.visual_templates import (
    KINDS,
    MIN_TEXT_PX,
    ON_SCREEN_TEXT_RECT,
    ON_SCREEN_TEXT_SIZE_PX,
    caption_rect,
    card_style,
    logo_rect,
)
from app.resources.templates import template_for
from app.services.brand import BrandService
from app.services.context import AppContext
from app.services.media_library import MediaLibrary
from app.store.models import MediaAsset, Project, SubtitleCue, SubtitleTrack
from app.store.queries.shots import shots_of


@dataclass(frozen=True)
class _ShotFacts:
    id: int
    number: int
    on_screen_text: str
    lower_third_name: str
    lower_third_role: str


@dataclass(frozen=True)
class _Facts:
    """Everything preflight needs that does not depend on the brand style."""

    platforms: tuple[str, ...]
    shots: tuple[_ShotFacts, ...]
    fields: dict[str, str]
    logo_aspect: float | None  # None: the kit has no logo
    missing: tuple[MissingMedia, ...]
    without_media: tuple[tuple[int, int], ...]
    estimated_s: float
    target_s: float
    has_narration: bool
    has_subtitles: bool
    locked: tuple[str, ...]


class PreflightService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.brand = ctx.service(BrandService)

    # Gathering ------------------------------------------------------------------------
    def _facts(self, project_id: int, platforms: list[str] | None) -> _Facts:
        wpm = self.ctx.setting("narration_wpm")
        library = self.ctx.service(MediaLibrary)
        fields = self.brand.project_fields(project_id)
        kit = self.brand.get(self.brand.project_kit_id(project_id))
        logo_aspect = None
        if kit.logo_path is not None and not kit.logo_missing:
            from app.media.logo import logo_natural_size
            from app.media.qt_app import ensure_gui_application

            ensure_gui_application()
            w, h = logo_natural_size(kit.logo_path)
            logo_aspect = w / h
        with self.ctx.workspace.session() as s:
            project = s.get(Project, project_id)
            shots = shots_of(s, project_id)
            ids: set[int] = {i for i in (project.narration_asset_id, project.music_asset_id) if i}
            for sh in shots:
                ids |= {
                    i for i in (sh.media_asset_id, sh.picture_asset_id, sh.narration_asset_id) if i
                }
            assets = {
                a.id: library.info(a)
                for a in s.scalars(select(MediaAsset).where(MediaAsset.id.in_(ids)))
            }
            missing: list[MissingMedia] = []
            for aid, element in (
                (project.narration_asset_id, "narration"),
                (project.music_asset_id, "music"),
            ):
                if aid in assets and assets[aid].missing:
                    missing.append(
                        MissingMedia(element, assets[aid].original_name or assets[aid].path.name)
                    )
            facts_shots, without = [], []
            has_narration = project.narration_asset_id is not None
            for number, sh in enumerate(shots, start=1):
                facts_shots.append(
                    _ShotFacts(
                        sh.id,
                        number,
                        sh.on_screen_text or "",
                        sh.lower_third_name or "",
                        sh.lower_third_role or "",
                    )
                )
                has_narration = has_narration or sh.narration_asset_id is not None
                for aid, element in (
                    (sh.media_asset_id, "footage"),
                    (sh.picture_asset_id, "picture"),
                    (sh.narration_asset_id, "narration"),
                ):
                    if aid in assets and assets[aid].missing:
                        info = assets[aid]
                        missing.append(
                            MissingMedia(
                                element, info.original_name or info.path.name, sh.id, number
                            )
                        )
                if sh.media_asset_id is None and sh.picture_asset_id is None:
                    without.append((sh.id, number))
            estimated = sum(
                timing.shot_seconds(sh.narration, sh.target_duration_s, wpm) for sh in shots
            )
            has_subtitles = (
                s.scalars(
                    select(SubtitleCue.id)
                    .join(SubtitleTrack)
                    .where(
                        SubtitleTrack.project_id == project_id, SubtitleTrack.is_active.is_(True)
                    )
                    .limit(1)
                ).first()
                is not None
            )
            chosen = tuple(platforms or project.target_platforms or ())
            return _Facts(
                platforms=chosen,
                shots=tuple(facts_shots),
                fields=fields,
                logo_aspect=logo_aspect,
                missing=tuple(missing),
                without_media=tuple(without),
                estimated_s=round(estimated, 1),
                target_s=project.target_duration_s or 60.0,
                has_narration=has_narration,
                has_subtitles=has_subtitles,
                locked=kit.locked,
            )

    @staticmethod
    def _areas(style: BrandStyle, facts: _Facts) -> list[Area]:
        areas: list[Area] = []
        first = facts.shots[0] if facts.shots else None
        last = facts.shots[-1] if facts.shots else None

        def card_areas(kind: str, fields: dict, shot: _ShotFacts | None) -> None:
            from app.media.overlays import card_layout  # the painted layout, grown lines too

            for el in card_layout(kind, style, fields):
                if el.kind == "rect" or (el.kind == "logo" and facts.logo_aspect is None):
                    continue
                areas.append(
                    Area(
                        f"{kind}.{el.id}",
                        "logo" if el.kind == "logo" else "text",
                        el.rect,
                        shot.id if shot else None,
                        shot.number if shot else None,
                        el.size_px,
                        el.bold,
                        el.colour,
                        el.background,
                        el.kind == "text" and _truncated(el),
                    )
                )

        card_areas("title_card", facts.fields, first)
        for sh in facts.shots:
            if sh.lower_third_name:
                card_areas(
                    "lower_third", {"name": sh.lower_third_name, "role": sh.lower_third_role}, sh
                )
            if sh.on_screen_text.strip():
                areas.append(
                    Area(
                        "on_screen_text",
                        "text",
                        ON_SCREEN_TEXT_RECT,
                        sh.id,
                        sh.number,
                        ON_SCREEN_TEXT_SIZE_PX,
                        True,
                        style.palette.text_light.upper(),
                        style.palette.primary.upper(),
                        _on_screen_truncated(style, sh.on_screen_text),
                    )
                )
        card_areas("end_card", facts.fields, last)
        if facts.logo_aspect is not None:
            areas.append(Area("logo", "logo", logo_rect(style, facts.logo_aspect, STRICTEST_BOX)))
        cap = style.caption
        areas.append(
            Area(
                "captions",
                "caption",
                caption_rect(cap),
                size_px=cap.size_px,
                bold=True,
                colour=cap.colour.upper(),
                background=cap.outline_colour.upper() if cap.outline_px >= 2 else None,
            )
        )
        return areas

    def _input(self, style: BrandStyle, facts: _Facts) -> PreflightInput:
        return PreflightInput(
            platforms=facts.platforms,
            areas=tuple(self._areas(style, facts)),
            missing_media=facts.missing,
            shots_without_media=facts.without_media,
            estimated_s=facts.estimated_s,
            target_s=facts.target_s,
            has_narration=facts.has_narration,
            has_subtitles=facts.has_subtitles,
        )

    # Running --------------------------------------------------------------------------
    def run(self, project_id: int, platforms: list[str] | None = None) -> list[Finding]:
        """Findings, errors first; a fix id only where applying it resolves the finding."""
        bad = [p for p in platforms or [] if p not in rules.PLATFORM_MAX_S]
        if bad:
            raise InvalidInput(
                f"Platform tidak dikenal: {', '.join(bad)}", f"Unknown platform: {', '.join(bad)}"
            )
        facts = self._facts(project_id, platforms)
        style = self.brand.project_style(project_id)
        findings = rules.run_rules(self._input(style, facts))
        out = []
        for f in findings:
            if f.fix and self._plan_fix(style, facts, f) is None:
                f = replace(f, fix=None)
            out.append(f)
        return out

    def apply_fix(
        self, project_id: int, key: str, platforms: list[str] | None = None
    ) -> dict[str, Any]:
        """Apply the fix of the finding with `key`; returns the previous overrides (undo)."""
        facts = self._facts(project_id, platforms)
        style = self.brand.project_style(project_id)
        finding = next(
            (f for f in rules.run_rules(self._input(style, facts)) if f.key == key), None
        )
        if finding is None:
            raise InvalidInput("Temuan ini sudah tidak ada.", "This finding no longer exists.")
        changes = self._plan_fix(style, facts, finding)
        if changes is None:
            raise InvalidInput(
                "Temuan ini tidak bisa diperbaiki otomatis.", "This finding has no automatic fix."
            )
        overrides = self.brand.project_overrides(project_id)
        overrides.update(changes)
        return self.brand.set_project_overrides(project_id, overrides)

    # Fix planning ---------------------------------------------------------------------
    def _plan_fix(
        self, style: BrandStyle, facts: _Facts, finding: Finding
    ) -> dict[str, Any] | None:
        """Override changes that make `finding` go away, or None."""
        planners: dict[str, Callable[[BrandStyle, _Facts, Finding], list[dict[str, Any]]]] = {
            rules.FIX_MOVE_INTO_SAFE_ZONE: self._candidates_safe_zone,
            rules.FIX_RAISE_TEXT_SIZE: self._candidates_text_size,
            rules.FIX_CONTRAST: self._candidates_contrast,
            rules.FIX_CAPTION_OUTLINE: self._candidates_caption,
            rules.FIX_MOVE_LOGO: self._candidates_logo,
        }
        planner = planners.get(finding.fix or "")
        if planner is None:
            return None
        before = {f.key for f in rules.run_rules(self._input(style, facts))}
        for changes in planner(style, facts, finding):
            if any(path_locked(p, facts.locked) for p in changes):
                continue
            trial = style
            for path, value in changes.items():
                trial = trial.with_path(path, value)
            after = {f.key for f in rules.run_rules(self._input(trial, facts))}
            # A fix must solve this finding without causing another one.
            if finding.key not in after and after <= before:
                return changes
        return None

    @staticmethod
    def _candidates_safe_zone(
        style: BrandStyle, facts: _Facts, finding: Finding
    ) -> list[dict[str, Any]]:
        box = strictest_box(list(facts.platforms))
        if finding.element == "logo":
            width = min(style.logo.width_px, (box[2] - box[0]) // 3)
            return [{"logo.margin_px": 24, "logo.width_px": width}]
        if finding.element == "captions":
            cap = style.caption
            bottom = box[3] - round(cap.size_px * 0.3) - cap.outline_px - 8
            return [{"caption.bottom_y_px": bottom}]
        return []

    @staticmethod
    def _candidates_text_size(
        style: BrandStyle, facts: _Facts, finding: Finding
    ) -> list[dict[str, Any]]:
        if finding.element == "captions":
            return [{"caption.size_px": max(60, MIN_TEXT_PX)}]
        kind = finding.element.split(".")[0]
        if kind not in KINDS:
            return []
        card = card_style(style, kind)
        tpl = template_for(kind, card.template)
        smallest = min((e.size_px for e in tpl.elements if e.kind == "text"), default=MIN_TEXT_PX)
        scale = math.ceil(MIN_TEXT_PX / smallest * 100) / 100
        return [{f"{kind}.text_scale": max(scale, card.text_scale)}]

    @staticmethod
    def _candidates_contrast(
        style: BrandStyle, facts: _Facts, finding: Finding
    ) -> list[dict[str, Any]]:
        kind = finding.element.split(".")[0]
        if kind not in KINDS:
            return []
        card = card_style(style, kind)
        background = card.background or style.palette.primary
        colours = sorted(
            {style.palette.text_light, style.palette.text_dark, "#FFFFFF", "#000000"},
            key=lambda c: -contrast_ratio(c, background),
        )
        candidates = [{f"{kind}.text_colour": c} for c in colours]
        # The text keeps its colour; a darker or lighter panel behind it may help instead.
        candidates += [{f"{kind}.background": c} for c in ("#0A2540", "#111111", "#FFFFFF")]
        return candidates

    @staticmethod
    def _candidates_logo(
        style: BrandStyle, facts: _Facts, finding: Finding
    ) -> list[dict[str, Any]]:
        corners = ["top_right", "top_left", "bottom_right", "bottom_left"]
        out: list[dict[str, Any]] = [{"logo.corner": c} for c in corners if c != style.logo.corner]
        for width in (150, 120, 100):
            if width < style.logo.width_px:
                out += [{"logo.corner": c, "logo.width_px": width} for c in corners]
        return out

    @staticmethod
    def _candidates_caption(
        style: BrandStyle, facts: _Facts, finding: Finding
    ) -> list[dict[str, Any]]:
        fill = style.caption.colour
        outline = (
            "#000000"
            if contrast_ratio(fill, "#000000") >= contrast_ratio(fill, "#FFFFFF")
            else "#FFFFFF"
        )
        return [
            {
                "caption.outline_px": max(4, style.caption.outline_px),
                "caption.outline_colour": outline,
            }
        ]


def _truncated(el) -> bool:
    """Whether the painter has to cut this text off (font metrics live in app.media)."""
    from app.media.overlays import measure

    return measure(el).truncated


def _on_screen_truncated(style: BrandStyle, text: str) -> bool:
    from app.media.overlays import measure, on_screen_text_element

    return measure(on_screen_text_element(style, text)[1]).truncated
