"""Guards against a Qt binding that would crash a long GUI session."""

from __future__ import annotations

import sys


def test_void_qt_calls_keep_none_alive(qapp) -> None:
    # PySide6 6.12.0 lost a reference to None on every void call; on Python 3.11 the
    # interpreter aborted (none_dealloc) after a few thousand paints. pyproject pins a
    # release without the bug; this fails loudly if an upgrade brings it back.
    from PySide6.QtGui import QFont

    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        font.setPixelSize(50)
    assert abs(sys.getrefcount(None) - before) < 100
