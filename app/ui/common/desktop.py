"""Handing a finished file to the computer: its folder in the file manager, or the system's
player. Both go through QDesktopServices, so Windows opens Explorer and the default player
(Films & TV, VLC) and Linux its own; nothing is started by Kilas itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_folder_of(path: Path) -> bool:
    """The folder holding `path` (or `path` itself when it is a folder)."""
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def play(path: Path) -> bool:
    """Open `path` with the program the system uses for it (the video player)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path))))
