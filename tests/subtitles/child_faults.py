"""Faults put into the Whisper child by tests (through tests/child_harness.py)."""

from __future__ import annotations

import ctypes
import faulthandler


def segfault(request, progress):
    """A hard crash in native code, as a broken torch or CTranslate2 build causes: Python's
    fault handler prints its report (threads, dozens of extension modules) and the process
    dies of SIGSEGV without sending anything."""
    import numpy  # noqa: F401  (loaded extension modules make the report long, as in real life)

    faulthandler.enable()
    ctypes.string_at(0)
