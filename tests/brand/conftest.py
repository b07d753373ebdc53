"""Logos and fonts for the brand tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def qt_gui():
    from app.media.qt_app import ensure_gui_application

    return ensure_gui_application()


@pytest.fixture
def logo_png(tmp_path: Path, qt_gui) -> Path:
    """A red disc on a transparent background."""
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(400, 200, QImage.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setBrush(QColor("#D62828"))
    painter.drawEllipse(10, 10, 380, 180)
    painter.end()
    path = tmp_path / "logo dinas.png"
    image.save(str(path))
    return path


@pytest.fixture
def logo_opaque(tmp_path: Path) -> Path:
    from tests.media_factory import make_image

    return make_image(tmp_path / "logo kotak.png", size="300x300", color="navy")


@pytest.fixture
def huge_svg(tmp_path: Path) -> Path:
    path = tmp_path / "logo besar.svg"
    path.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10000" height="5000" viewBox="0 0 10000 5000">'
        '<rect x="0" y="0" width="10000" height="5000" rx="800" fill="#0B4F8A"/>'
        '<circle cx="5000" cy="2500" r="2000" fill="#F2A900"/></svg>',
        encoding="utf-8",
    )
    return path
