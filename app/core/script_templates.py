"""Script templates: the format of templates/scripts/*.json, parsed into plain values
(app.resources.templates reads the files).

A template file: {"name": "tutorial-layanan-publik", "title": "Tutorial layanan publik",
"description": "...", "target_duration_s": 60, "scenes": [{"title": "Masalah",
"shots": [{"narration": "...", "on_screen_text": "...", "visual_notes": "...",
"shot_type": "medium", "target_duration_s": 5}]}]}
"""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class TemplateShot:
    narration: str = ""
    on_screen_text: str = ""
    visual_notes: str = ""
    shot_type: str = "medium"
    target_duration_s: float | None = None


@dataclass(frozen=True)
class TemplateScene:
    title: str
    shots: tuple[TemplateShot, ...]


@dataclass(frozen=True)
class ScriptTemplate:
    name: str
    title: str
    description: str
    target_duration_s: float
    scenes: tuple[TemplateScene, ...]
    title_en: str = ""  # the title in the English UI (the template's text stays Indonesian)

    def title_in(self, language: str) -> str:
        return self.title_en if language == "en" and self.title_en else self.title


def parse_template(text: str) -> ScriptTemplate:
    data = json.loads(text)
    scenes = tuple(
        TemplateScene(
            title=sc.get("title", ""),
            shots=tuple(
                TemplateShot(
                    narration=sh.get("narration", ""),
                    on_screen_text=sh.get("on_screen_text", ""),
                    visual_notes=sh.get("visual_notes", ""),
                    shot_type=sh.get("shot_type", "medium"),
                    target_duration_s=sh.get("target_duration_s"),
                )
                for sh in sc.get("shots", [])
            ),
        )
        for sc in data.get("scenes", [])
    )
    return ScriptTemplate(
        name=data["name"],
        title=data.get("title", data["name"]),
        title_en=data.get("title_en", ""),
        description=data.get("description", ""),
        target_duration_s=float(data.get("target_duration_s", 60)),
        scenes=scenes,
    )


class TemplateIndex(dict):
    """Templates by name; `get` also accepts the title as people say it ("Imbauan / PSA",
    "liputan kegiatan"), so `new --template "Fakta & angka"` works too."""

    def get(self, key, default=None):  # type: ignore[override]
        if key in self:
            return self[key]
        wanted = " ".join(str(key or "").split()).casefold()
        for tpl in self.values():
            if wanted in (tpl.title.casefold(), tpl.name.replace("-", " ").casefold()):
                return tpl
        return default
