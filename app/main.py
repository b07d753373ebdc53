"""Composition root: paths, workspace, services, window. `kilas` and `python -m app` start here.

Start-up imports only what the first screen needs: torch and whisper load in the
transcription child process, never here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _is_cli(argv: list[str]) -> bool:
    """A command word (after an optional `--lang X`), or --help, selects the CLI."""
    rest = list(argv)
    while rest and (rest[0] == "--lang" or rest[0].startswith("--lang=")):
        rest = rest[2:] if rest[0] == "--lang" else rest[1:]
    return bool(rest) and (not rest[0].startswith("-") or rest[0] in ("-h", "--help"))


# Kilas's child processes, started by app.media.child_process.child_command(role): the role
# name and the module whose `child_main(args) -> int` runs it. Dispatched before anything
# else so that a frozen bundle (no `python -m`) starts its children through itself.
CHILD_ROLES = {
    "render-worker": "app.workers.render_worker",
    "whisper": "app.media.whisper.child",
}


def run_child(argv: list[str]) -> int:
    """`--kilas-child ROLE ARGS…`: run one of Kilas's own child processes."""
    import importlib

    role, args = (argv[1], argv[2:]) if len(argv) > 1 else ("", [])
    if role not in CHILD_ROLES:
        sys.stderr.write(f"kilas: unknown child role {role!r}\n")
        return 2
    from app.media.child_process import exit_child

    exit_child(int(importlib.import_module(CHILD_ROLES[role]).child_main(args) or 0))


def run(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "--kilas-child":
        return run_child(argv)
    if _is_cli(argv):
        from app.cli import main as cli_main

        return cli_main(argv)
    return run_gui(argv)


def run_gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kilas", description="Kilas (GUI)")
    parser.add_argument("--workspace", default=None, metavar="DIR|URL")
    parser.add_argument("--media-root", type=Path, default=None, metavar="DIR")
    parser.add_argument("--lang", choices=["id", "en"], default=None)
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.services.logs import configure_logging

    configure_logging()

    from app.media.qt_app import ensure_gui_application

    app = ensure_gui_application(QApplication, headless=False)
    app.setApplicationName("Kilas")
    app.setOrganizationName("Kilas")
    settings = QSettings("Kilas", "Kilas")
    language = args.lang or settings.value("ui/language", "id")
    from app.ui.i18n import install_language

    install_language(language)
    from app.ui.style.theme import apply_theme

    apply_theme(app)
    from app.ui.app_controller import AppController

    controller = AppController(app, settings, language)
    if not controller.open(args.workspace, args.media_root):
        return 1
    if args.quit_after_show:  # used by the start-up benchmark: measure up to a shown window
        _quit_after_first_paint(app, controller.window)
    else:
        QTimer.singleShot(0, controller.window.show_guide_on_first_start)
    code = app.exec()
    controller.shutdown()
    return code


def _quit_after_first_paint(app, window) -> None:
    """For the start-up benchmark: once `window` has painted for the first time, print the
    wall-clock moment (`kilas-shown-unix-s T`, comparable with the launcher's clock) and quit."""
    import time

    def shown() -> None:
        print(f"kilas-shown-unix-s {time.time():.6f}", flush=True)
        app.quit()

    window.first_painted.connect(shown)


if __name__ == "__main__":
    sys.exit(run())
