"""Shared CLI helpers: workspace options, opening the context, output and errors."""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.errors import KilasError
from app.core.overwrite import Overwrite


def add_common(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """--workspace (--media-root, --user) and --json, accepted by every command."""
    parser.add_argument(
        "--workspace",
        default=None,
        metavar="DIR|URL",
        help="folder ruang kerja, atau postgresql://pengguna@server/basisdata untuk ruang kerja "
        "tim / workspace folder, or postgresql://user@server/database for a team workspace",
    )
    parser.add_argument(
        "--media-root",
        type=Path,
        default=None,
        metavar="DIR",
        help="ruang kerja tim: di mana komputer ini melihat folder bersama / team workspace: "
        "where this computer sees the shared folder",
    )
    parser.add_argument(
        "--user",
        default="",
        metavar="NAME",
        help="ruang kerja tim: siapa yang bertindak / team workspace: who acts",
    )
    parser.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    parser.add_argument(
        "--lang",
        choices=["id", "en"],
        default=argparse.SUPPRESS,
        help="bahasa pesan / message language",
    )
    return parser


def add_output(parser: argparse.ArgumentParser, metavar: str = "FILE") -> None:
    """--out FILE and --overwrite: an existing file is replaced only when asked."""
    parser.add_argument("--out", type=Path, required=True, metavar=metavar)
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="timpa berkas yang sudah ada / replace an existing file",
    )


def overwrite_rule(args: argparse.Namespace) -> Overwrite:
    return Overwrite.REPLACE if getattr(args, "overwrite", False) else Overwrite.REFUSE


def command(sub, name: str, help_text: str, handler: Callable[[argparse.Namespace], int]):
    parser = add_common(sub.add_parser(name, help=help_text, description=help_text))
    parser.set_defaults(handler=handler)
    return parser


def language_from(args: argparse.Namespace) -> str:
    """--lang, else $KILAS_LANG, else the language chosen in the GUI, else Indonesian."""
    lang = getattr(args, "lang", None) or os.environ.get("KILAS_LANG", "")
    if not lang:
        from PySide6.QtCore import QSettings

        lang = str(QSettings("Kilas", "Kilas").value("ui/language", "id"))
    return lang if lang in ("id", "en") else "id"


def open_context(args: argparse.Namespace, create: bool = True):
    """Open the workspace named by --workspace (or the default) as an AppContext."""
    from app.services.paths import default_workspace
    from app.services.workspaces import open_context as open_ctx

    ctx = open_ctx(
        args.workspace or default_workspace(),
        language_from(args),
        create=create,
        media_root=getattr(args, "media_root", None),
        user=getattr(args, "user", ""),
    )
    if ctx.read_only:
        warn(
            args,
            *ctx.workspace.read_only_message(),
        )
    return ctx


def say(args: argparse.Namespace, message_id: str, message_en: str) -> None:
    """A human message on stdout (skipped with --json)."""
    if not getattr(args, "json", False):
        print(message_en if language_from(args) == "en" else message_id, flush=True)


def warn(args: argparse.Namespace, message_id: str, message_en: str) -> None:
    print(message_en if language_from(args) == "en" else message_id, file=sys.stderr, flush=True)


def emit_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str), flush=True)


def fail(exc: BaseException, language: str, as_json: bool) -> int:
    if isinstance(exc, KilasError):
        message = exc.message(language)
    else:
        message = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        if os.environ.get("KILAS_DEBUG"):
            traceback.print_exc()
    if as_json:
        print(json.dumps({"error": message}, ensure_ascii=False), flush=True)
    prefix = "Error" if language == "en" else "Galat"
    print(f"{prefix}: {message}", file=sys.stderr, flush=True)
    return 1


def ensure_gui_application():
    """A QApplication for painting and offscreen screenshots from the CLI."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["kilas"])
