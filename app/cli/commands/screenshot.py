"""`screenshot VIEW [--project ID] --out FILE.png`: a main screen rendered offscreen."""

from __future__ import annotations

import tempfile
from pathlib import Path

from app.cli.common import (
    command,
    emit_json,
    ensure_gui_application,
    language_from,
    open_context,
    say,
)


def register(sub) -> None:
    from app.ui.screens import SCREENS

    p = command(sub, "screenshot", "gambar layar ke PNG / render a screen to PNG", cmd_screenshot)
    p.add_argument("view", choices=[s.key for s in SCREENS])
    p.add_argument("--project", type=int, default=None)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--size", default="1280x800", help="WxH")


def cmd_screenshot(args) -> int:
    app = ensure_gui_application()
    from PySide6.QtCore import QSettings

    from app.ui.i18n import install_language
    from app.ui.main_window import MainWindow
    from app.ui.style.theme import apply_theme

    install_language(language_from(args))
    apply_theme(app)  # the same look as the GUI
    ctx = open_context(args)
    # A throwaway settings file: a screenshot must not change the user's window layout.
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "kilas.ini"), QSettings.IniFormat)
    window = MainWindow(ctx, settings)
    width, height = (int(v) for v in args.size.lower().split("x"))
    window.resize(width, height)
    if args.project is not None:
        from app.services.projects import ProjectService

        ctx.service(ProjectService).summary(args.project)  # a clear error for an unknown id
        window.set_current_project(args.project)
    screen = window.show_screen(args.view)
    window.show()
    # Let the screen finish what it loads in the background (previews, thumbnails); a
    # first grab paints the visible items, which may ask for more, so wait twice.
    for _ in range(2):
        _wait_until_idle(screen, timeout_s=30.0)
        window.grab()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(args.out)):
        from app.core.errors import KilasError

        raise KilasError(f"Tidak bisa menulis {args.out}", f"Cannot write {args.out}")
    window.close()
    if args.json:
        emit_json({"out": str(args.out), "view": args.view})
    else:
        say(args, f"Tersimpan: {args.out}", f"Saved: {args.out}")
    return 0


def _wait_until_idle(screen, timeout_s: float) -> None:
    """Run the event loop in short slices until the screen's jobs are done (or time is up)."""
    import time

    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout_s
    while True:
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        if not screen.is_busy() or time.monotonic() > deadline:
            return
