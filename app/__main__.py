"""`python -m app` opens the GUI; `python -m app COMMAND ...` runs the CLI."""

import sys

from app.main import run

sys.exit(run())
