"""The bundled templates read from templates/ and parsed by core: output presets, script
templates, overlay templates (title cards, lower thirds, end cards) and caption looks.

core holds the formats and parsers (pure); this module reads the files. `folder` arguments
let tests and callers read another folder of the same format.
"""

from __future__ import annotations

from pathlib import Path

from app.core import script_templates, visual_templates
from app.core.errors import InvalidInput
from app.core.presets import PRESET_ORDER, OutputSettings, parse_preset
from app.core.script_templates import ScriptTemplate, TemplateIndex
from app.core.visual_templates import CaptionLook, VisualTemplate, parse_caption_look
from app.resources import templates_dir


# Output presets (templates/presets) ----------------------------------------------------
def preset_keys(folder: Path | None = None) -> list[str]:
    found = {p.stem for p in (folder or templates_dir("presets")).glob("*.json")}
    return [k for k in PRESET_ORDER if k in found] + sorted(found - set(PRESET_ORDER))


def load_preset(key: str, quality: str = "final", folder: Path | None = None) -> OutputSettings:
    folder = folder or templates_dir("presets")
    path = folder / f"{key}.json"
    if not path.is_file():
        names = ", ".join(preset_keys(folder)) or "-"
        raise InvalidInput(
            f"Preset {key!r} tidak ada. Pilihan: {names}",
            f"No preset {key!r}. Choices: {names}",
        )
    return parse_preset(path.read_text(encoding="utf-8"), quality)


# Script templates (templates/scripts) --------------------------------------------------
def load_templates(folder: Path | None = None) -> dict[str, ScriptTemplate]:
    templates = TemplateIndex()
    for path in sorted((folder or templates_dir("scripts")).glob("*.json")):
        tpl = script_templates.parse_template(path.read_text(encoding="utf-8"))
        templates[tpl.name] = tpl
    return templates


# Overlay templates (templates/overlays) ------------------------------------------------
_loaded: dict[tuple, dict[str, VisualTemplate]] = {}


def load_overlay_templates(folder: Path | None = None) -> dict[str, VisualTemplate]:
    """Templates of `folder` by name; parsed again only when a file changes (previews and
    preflight ask for templates many times per second)."""
    folder = folder or templates_dir("overlays")
    paths = sorted(Path(folder).glob("*.json"))
    key = (str(folder), *((p.name, p.stat().st_mtime_ns) for p in paths))
    if key not in _loaded:
        out: dict[str, VisualTemplate] = {}
        for path in paths:
            tpl = visual_templates.parse_template(path.read_text(encoding="utf-8"), path.stem)
            out[tpl.name] = tpl
        if len(_loaded) > 8:
            _loaded.clear()
        _loaded[key] = out
    return dict(_loaded[key])


def templates_of_kind(kind: str, folder: Path | None = None) -> list[VisualTemplate]:
    return [t for t in load_overlay_templates(folder).values() if t.kind == kind]


def template_for(kind: str, name: str, folder: Path | None = None) -> VisualTemplate:
    """The named template of `kind`, or the first of that kind when the name is unknown."""
    candidates = templates_of_kind(kind, folder)
    if not candidates:
        where = folder or templates_dir("overlays")
        raise InvalidInput(
            f"Tidak ada templat {kind} di {where}.", f"No {kind} template in {where}."
        )
    for tpl in candidates:
        if tpl.name == name:
            return tpl
    return candidates[0]


# Caption looks (templates/caption_looks) -----------------------------------------------
def load_caption_looks(folder: Path | None = None) -> dict[str, CaptionLook]:
    out: dict[str, CaptionLook] = {}
    for path in sorted(Path(folder or templates_dir("caption_looks")).glob("*.json")):
        look = parse_caption_look(path.read_text(encoding="utf-8"), path.stem)
        out[look.name] = look
    return out
