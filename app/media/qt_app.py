"""The one way to make sure a Qt GUI application runs before anything is painted.

QImage/QPainter, QTextDocument, QPdfWriter and the font database need a QGuiApplication.
In the desktop app one already runs; the CLI, the render worker and other child processes
have none, so the first painting call makes an offscreen one. Entry points that show
widgets pass `kind=QApplication` (media itself never imports QtWidgets).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from app.core.errors import KilasError
from app.media import fonts

_app: QGuiApplication | None = None  # the one this module made: kept alive for the process


def ensure_gui_application(
    kind: type[QGuiApplication] = QGuiApplication, *, headless: bool = True
) -> QGuiApplication:
    """The running application, or a new `kind` (offscreen when `headless`); fonts loaded.

    `headless=False` is for the desktop window: Qt picks the display's platform.
    """
    global _app
    existing = QCoreApplication.instance()
    if existing is None:
        if headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # QT_QPA_PLATFORM set: kept
        _app = kind(["kilas"])
        existing = _app
    elif not isinstance(existing, kind):
        # A bare QCoreApplication cannot paint, a QGuiApplication cannot show widgets; Qt
        # allows one application per process, so this is a start-up order mistake.
        name, wanted = type(existing).__name__, kind.__name__
        raise KilasError(
            f"Kilas butuh {wanted}, tetapi proses ini sudah membuat {name}.",
            f"Kilas needs a {wanted}, but this process already made a {name}.",
        )
    fonts.ensure_fonts_loaded()
    return existing  # type: ignore[return-value]
