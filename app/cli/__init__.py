"""Command-line interface: the same services as the GUI.

Each module in app/cli/commands/ has `register(subparsers)`, which adds its commands and
sets `handler(args) -> int` on each parser. Global options: --workspace DIR, --json, --lang.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys

from app.cli import commands
from app.cli.common import fail, language_from
from app.core.errors import KilasError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kilas", description="Kilas — studio video vertikal luring (offline) untuk humas."
    )
    parser.add_argument(
        "--lang", choices=["id", "en"], default=None, help="bahasa pesan / message language"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"{commands.__name__}.{info.name}").register(sub)
    return parser


def command_names() -> set[str]:
    parser = build_parser()
    for action in parser._subparsers._group_actions:  # argparse has no public API for this
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    from app.services.logs import configure_logging

    configure_logging()
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # every failure: a clear message and a non-zero code
        if not isinstance(exc, KilasError):
            logging.getLogger("kilas.cli").exception("kilas-cli %s failed", args.command)
        return fail(exc, language_from(args), getattr(args, "json", False))
