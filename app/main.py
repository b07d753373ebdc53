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


def run(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _is_cli(argv):
        from app.cli import main as cli_main

        return cli_main(argv)
    return run_gui(argv)


def run_gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kilas", description="Kilas (GUI)")
    parser.add_argument("--workspace", type=Path, default=None, metavar="DIR")
    parser.add_argument("--lang", choices=["id", "en"], default=None)
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Kilas")
    app.setOrganizationName("Kilas")
    settings = QSettings("Kilas", "Kilas")
    language = args.lang or settings.value("ui/language", "id")
    from app.ui.i18n import install_language

    install_language(language)
    from app.ui.app_controller import AppController

    controller = AppController(app, settings, language)
    if not controller.open(args.workspace):
        return 1
    if args.quit_after_show:  # used by the start-up benchmark: measure up to a shown window
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    controller.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(run())
