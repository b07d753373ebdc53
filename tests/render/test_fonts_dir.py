"""The one fonts folder libass gets: bundled fonts plus the brand kit's own."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.media import fonts


def test_kit_fonts_join_the_bundled_ones_once(tmp_path: Path) -> None:
    assert fonts.libass_fonts_dir([], tmp_path) == fonts.FONTS_DIR
    assert fonts.libass_fonts_dir([tmp_path / "hilang.ttf"], tmp_path) == fonts.FONTS_DIR
    kit_font = tmp_path / "kit" / "Kantor Sans.ttf"
    kit_font.parent.mkdir()
    shutil.copyfile(fonts.bundled_font_files()[0], kit_font)
    folder = fonts.libass_fonts_dir([kit_font], tmp_path / "cache")
    names = {p.name for p in folder.iterdir()}
    assert "Kantor Sans.ttf" in names
    assert {p.name for p in fonts.bundled_font_files()} <= names
    assert fonts.libass_fonts_dir([kit_font], tmp_path / "cache") == folder  # reused
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [folder.name]  # no staging left
