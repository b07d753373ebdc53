"""Where the files Kilas ships and reads at run time are: the one resource helper.

The shipped data lives at the top of the repository, beside `app/`: templates/ (script
formats, overlays, caption styles and looks, output presets) and assets/ (bundled OFL fonts,
Lucide icons, the sample workspace's media). The wheel and the frozen bundle carry the same
two folders inside the package, as app/_bundled/templates and app/_bundled/assets (setup.py maps them),
because a wheel may only install inside its packages. So there are exactly two layouts, told
apart by whether app/_bundled exists:

- installed (wheel, `pip install .`) or frozen (PyInstaller collects app/_bundled too):
  <package>/_bundled/templates, <package>/_bundled/assets
- a source checkout (`python -m app` from the repository, editable installs):
  <repository>/templates, <repository>/assets

Translations (app/ui/translations) and migrations (app/store/migrations) are package files
in both layouts. Paths, not readers: ffmpeg/libass, QFontDatabase and Alembic open these
files by name, so they must be real files, which both layouts give.

Every layer but core (which does no I/O and gets the data passed in) may import this.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from app.core.errors import NotFound

PACKAGE_DIR = Path(str(files("app")))
BUNDLED = "_bundled"  # the folder inside the package that holds templates/ and assets/
# The shipped data folders, relative to the resource root (what setup.py puts in the wheel).
# assets/screenshots is for the README only and is not shipped.
DATA_FOLDERS = ("templates", "assets/fonts", "assets/icons", "assets/sample")
# Package files read as data (not imported) at run time: folder inside the package, pattern.
PACKAGE_DATA = (("ui/translations", "*.qm"), ("store/migrations", "**/*"))


@cache
def resource_root() -> Path:
    """The folder holding templates/ and assets/ (see the module docstring)."""
    installed = PACKAGE_DIR / BUNDLED
    root = installed if installed.is_dir() else PACKAGE_DIR.parent
    if not (root / "templates").is_dir():
        raise NotFound(
            f"Kilas tidak lengkap: folder templates tidak ada di {root}. Pasang ulang Kilas.",
            f"Kilas is incomplete: no templates folder in {root}. Reinstall Kilas.",
        )
    return root


def _existing(path: Path) -> Path:
    if not path.exists():
        raise NotFound(
            f"Kilas tidak lengkap: {path} tidak ada. Pasang ulang Kilas.",
            f"Kilas is incomplete: {path} is missing. Reinstall Kilas.",
        )
    return path


def templates_dir(kind: str) -> Path:
    """templates/<kind>/: 'scripts', 'overlays', 'captions', 'caption_looks', 'presets'."""
    return _existing(resource_root() / "templates" / kind)


def asset_path(*parts: str) -> Path:
    """A file or folder under assets/, e.g. asset_path('sample', 'projects.json')."""
    return _existing(resource_root().joinpath("assets", *parts))


def fonts_dir() -> Path:
    """The bundled OFL fonts (assets/fonts)."""
    return asset_path("fonts")


def sample_dir() -> Path:
    """The sample workspace's plan and media (assets/sample)."""
    return asset_path("sample")


def translations_dir() -> Path:
    """The Qt catalogues (.qm) of the interface."""
    return _existing(PACKAGE_DIR / "ui" / "translations")


def runtime_files() -> list[str]:
    """Every data file Kilas reads at run time, as a path inside the installed package
    (`_bundled/templates/presets/tiktok.json`, `ui/translations/kilas_en.qm`, ...): what the
    wheel must contain. Walks the folders of this layout; Python caches are not data."""
    root = resource_root()
    found = [
        f"{BUNDLED}/{p.relative_to(root).as_posix()}"
        for folder in DATA_FOLDERS
        for p in sorted((root / folder).rglob("*"))
        if p.is_file()
    ]
    found += [
        p.relative_to(PACKAGE_DIR).as_posix()
        for folder, pattern in PACKAGE_DATA
        for p in sorted((PACKAGE_DIR / folder).glob(pattern))
        if p.is_file() and "__pycache__" not in p.parts
    ]
    return found
