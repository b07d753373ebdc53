"""Entry point of the frozen bundle: one program, two executables.

`kilas` (GUI; a command word still selects the CLI, as `python -m app` does) and `kilas-cli`
(always the CLI) are the same code; the executable's name picks which. Both hand
`--kilas-child ROLE` to app.main.run first, so children started through sys.executable
(app.media.child_process.child_command) work from either.
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path


def main() -> int:
    multiprocessing.freeze_support()  # torch/tiktoken helpers may start a pool
    argv = sys.argv[1:]
    from app.main import run

    if argv[:1] == ["--kilas-child"]:
        return run(argv)
    if Path(sys.executable if getattr(sys, "frozen", False) else sys.argv[0]).stem == "kilas-cli":
        from app.cli import main as cli_main

        return cli_main(argv)
    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
