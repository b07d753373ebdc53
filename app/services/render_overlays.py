"""The brand's overlays for one render plan: title card, end card, corner logo, lower thirds
and on-screen text, painted once (media/overlays.py) and placed on the draft timeline.

Painted images are kept per content digest, so scrubbing the preview never repaints.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core import render_plan as rp
from app.core.brand import BrandStyle
from app.media import overlays as ov


class OverlayPainter:
    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self._memo: dict[str, Any] = {}

    def _paint(self, key: str, fn: Callable[[], Any]) -> Any:
        cached = self._memo.get(key)
        if cached is not None and Path(cached.path).is_file():
            return cached
        # A painting error is a KilasError naming the layer: it stops the plan, so a
        # video never goes out with a card silently missing.
        image = fn()
        self._memo[key] = image
        return image

    def specs(
        self,
        brand: BrandStyle,
        logo_path: Path | None,
        fields: dict[str, str],
        shot_rows: list[dict[str, Any]],
        draft: rp.RenderPlan,
        options: dict[str, Any],
    ) -> list[rp.OverlaySpec]:
        out_dir = self.out_dir
        brand_key = json.dumps(brand.to_dict(), sort_keys=True, default=str)
        specs: list[rp.OverlaySpec] = []

        def spec(image, **kw) -> None:
            specs.append(
                rp.OverlaySpec(
                    str(image.path), image.x_px, image.y_px, image.width_px, image.height_px, **kw
                )
            )

        title = end = None
        if options.get("title_card", True) and fields.get("title"):
            title = self._paint(
                _digest(["title", brand_key, fields]),
                lambda: ov.paint_title_card(brand, fields, out_dir),
            )
            spec(title, anchor="start", duration_s=brand.title_card.duration_s, label="title_card")
        if options.get("end_card", True):
            end_fields = {**fields, "cta": fields.get("cta") or brand.call_to_action}
            end = self._paint(
                _digest(["end", brand_key, end_fields, str(logo_path)]),
                lambda: ov.paint_end_card(brand, end_fields, out_dir, logo_path),
            )
            spec(end, anchor="end", duration_s=brand.end_card.duration_s, label="end_card")
        end_start_s = draft.duration_s - (brand.end_card.duration_s if end is not None else 0.0)
        if logo_path is not None and options.get("logo", True):
            logo = self._paint(
                _digest(["logo", brand_key, str(logo_path), logo_path.stat().st_mtime_ns]),
                lambda: ov.paint_logo(brand, logo_path, out_dir),
            )
            # The corner logo steps aside while the end card (which carries it) shows.
            spec(logo, anchor="start", duration_s=max(0.0, end_start_s), label="logo")
        for row, shot in zip(shot_rows, draft.shots, strict=True):
            if row["lower_third_name"]:
                name, role = row["lower_third_name"], row["lower_third_role"] or ""
                image = self._paint(
                    _digest(["lt", brand_key, name, role]),
                    lambda name=name, role=role: ov.paint_lower_third(brand, name, role, out_dir),
                )
                kind, wanted_s, lead_s = "lower_third", brand.lower_third.duration_s, 0.3
            elif (row["on_screen_text"] or "").strip():
                text = row["on_screen_text"].strip()
                image = self._paint(
                    _digest(["text", brand_key, text]),
                    lambda text=text: ov.paint_on_screen_text(brand, text, out_dir),
                )
                kind, wanted_s, lead_s = "on_screen_text", shot.duration_s, 0.0
            else:
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


def _digest(parts: Any) -> str:
    return hashlib.sha1(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _overlaps(a, b) -> bool:
    return not (
        a.x_px + a.width_px <= b.x_px
        or b.x_px + b.width_px <= a.x_px
        or a.y_px + a.height_px <= b.y_px
        or b.y_px + b.height_px <= a.y_px
    )
