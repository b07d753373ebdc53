"""The import direction of ARCHITECTURE.md: core ← store, media ← services ← workers ← ui ← main;
resources (where the shipped files are) sits on core and every layer but core may use it."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"

# Which app packages each layer may import (its own included).
ALLOWED = {
    "core": {"core"},
    "resources": {"core", "resources"},
    "store": {"core", "resources", "store"},
    "media": {"core", "resources", "media"},
    "services": {"core", "resources", "store", "media", "services"},
    "workers": {"core", "resources", "services", "workers"},
    "ui": {"core", "resources", "services", "workers", "ui"},
    "cli": {"core", "resources", "services", "workers", "cli", "ui"},  # ui: screenshots only
    "main": {"core", "resources", "services", "workers", "ui", "cli", "store", "media", "main"},
}
# Single modules a layer may import besides ALLOWED: the render queue's workers start and
# stop their worker processes with the one child-process mechanism (media/child_process).
ALSO_ALLOWED = {"workers": ("app.media.child_process",)}
FORBIDDEN_EXTERNAL = {
    "core": ("PySide6", "sqlalchemy", "alembic", "subprocess", "ffmpeg", "av", "whisper", "torch"),
    "resources": ("PySide6", "sqlalchemy", "subprocess"),
    "store": ("PySide6",),
    "media": ("PySide6.QtWidgets", "sqlalchemy"),
    "services": ("PySide6.QtWidgets",),
    "workers": ("PySide6.QtWidgets", "PySide6.QtGui"),
}


def _layer(path: Path) -> str:
    rel = path.relative_to(APP)
    if len(rel.parts) == 1:
        return {"cli.py": "cli", "main.py": "main", "__main__.py": "main"}.get(rel.name, "main")
    return rel.parts[0]


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return found


def test_layers_import_only_downwards() -> None:
    problems = []
    files = sorted(APP.rglob("*.py"))
    assert len(files) > 10
    for path in files:
        if "migrations" in path.parts:
            continue
        layer = _layer(path)
        for lineno, name in _imports(path):
            parts = name.split(".")
            if parts[0] == "app" and len(parts) > 1 and parts[1] in ALLOWED:
                target = parts[1]
                also = ALSO_ALLOWED.get(layer, ())
                if target not in ALLOWED[layer] and not any(
                    name == m or name.startswith(m + ".") for m in also
                ):
                    problems.append(f"{path.relative_to(APP)}:{lineno} ({layer}) imports {name}")
            for banned in FORBIDDEN_EXTERNAL.get(layer, ()):
                if name == banned or name.startswith(banned + "."):
                    problems.append(f"{path.relative_to(APP)}:{lineno} ({layer}) imports {name}")
    assert not problems, "layering violations:\n" + "\n".join(problems)


def test_only_ui_and_main_import_qtwidgets() -> None:
    offenders = [
        str(p.relative_to(APP))
        for p in APP.rglob("*.py")
        if _layer(p) not in ("ui", "main", "cli")
        and any(n.startswith("PySide6.QtWidgets") for _, n in _imports(p))
    ]
    assert not offenders


def test_core_reads_no_files() -> None:
    """core parses text it is given; app.resources and the layers above read the files."""
    reads = ("open(", ".read_text(", ".read_bytes(", ".glob(", ".rglob(", "Path(__file__)")
    offenders = [
        f"{p.relative_to(APP)}: {r}"
        for p in sorted((APP / "core").rglob("*.py"))
        for r in reads
        if r in p.read_text(encoding="utf-8")
    ]
    assert not offenders, offenders


def test_ui_labels_use_qt_translation() -> None:
    """Widgets translate with self.tr; only app/ui/i18n.py (the translator) looks at the code."""
    offenders = [
        str(p.relative_to(APP))
        for p in sorted((APP / "ui").rglob("*.py"))
        if p.name != "i18n.py" and 'language == "en"' in p.read_text(encoding="utf-8")
    ]
    assert not offenders, offenders
