"""Test-only stand-ins inside Kilas's child processes; nothing in `app` can reach this.

`python tests/child_harness.py --replace MODULE:ATTR=MODULE:ATTR ... -- KILAS_ARGS…`
replaces those attributes (e.g. the render worker's renderer with a fake, a Whisper step
with a crash), then runs Kilas (`app.main.run`) with KILAS_ARGS. Every Kilas child that
process starts goes through the harness again with the same replacements. In-process tests
route the app's children here with the `children_with` fixture (tests/conftest.py).

The app never reads a module path from its command line, settings or environment: a test
chooses the stand-in by starting this file, which is not part of any installed Kilas.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HARNESS = Path(__file__).resolve()


def harness_command(replacements: list[str] | tuple[str, ...], argv: list[str]) -> list[str]:
    """The command that runs Kilas with `argv` under `replacements`."""
    cmd = [sys.executable, str(HARNESS)]
    for replacement in replacements:
        cmd += ["--replace", replacement]
    return [*cmd, "--", *argv]


def child_command_with(replacements: list[str] | tuple[str, ...]):
    """A stand-in for `child_process.child_command` that starts children under the harness."""
    from app.media.child_process import CHILD_FLAG

    def child_command(role: str, *args: str) -> list[str]:
        return harness_command(replacements, [CHILD_FLAG, role, *args])

    return child_command


def _resolve(dotted: str) -> tuple[object, str]:
    module_name, _, attr = dotted.partition(":")
    return importlib.import_module(module_name), attr


def main(argv: list[str]) -> int:
    split = argv.index("--")
    options, kilas_argv = argv[:split], argv[split + 1 :]
    replacements = [options[i + 1] for i in range(0, len(options), 2)]
    for replacement in replacements:
        target, _, source = replacement.partition("=")
        module, attr = _resolve(target)
        source_module, source_attr = _resolve(source)
        setattr(module, attr, getattr(source_module, source_attr))
    from app.main import run
    from app.media import child_process

    child_process.child_command = child_command_with(replacements)
    return run(kilas_argv)


if __name__ == "__main__":
    sys.path.insert(0, str(HARNESS.parents[1]))  # the checkout: `tests` and `app` import
    sys.exit(main(sys.argv[1:]))
