"""doctor names the system libraries Qt's window plugin lacks, and the package to install."""

from __future__ import annotations

import sys

import pytest

from app.media import qt_platform
from app.services.doctor import run_checks

LDD_OF_A_BARE_DEBIAN = """
	libQt6XcbQpa.so.6 => /opt/kilas/lib/libQt6XcbQpa.so.6 (0x00007f0c9fe98000)
	libxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f0c9fda9000)
	libxcb-icccm.so.4 => not found
	libxcb-keysyms.so.1 => not found
	libxkbcommon-x11.so.0 => not found
"""


def test_missing_libraries_and_their_debian_packages() -> None:
    missing = qt_platform.missing_libraries(LDD_OF_A_BARE_DEBIAN)
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0"]
    assert [qt_platform.debian_package(lib) for lib in missing] == [
        "libxcb-icccm4",
        "libxcb-keysyms1",
        "libxkbcommon-x11-0",
    ]


@pytest.mark.skipif(sys.platform != "linux", reason="the xcb plugin is Linux's")
def test_doctor_reports_the_window_libraries(ctx, monkeypatch) -> None:
    [ok] = [c for c in run_checks(ctx) if c.name == "qt-window"]
    assert ok.ok  # this machine has them (.ci/setup-debian installs them)
    monkeypatch.setattr(
        qt_platform.subprocess,
        "run",
        lambda *a, **k: type("Done", (), {"stdout": LDD_OF_A_BARE_DEBIAN})(),
    )
    [bad] = [c for c in run_checks(ctx) if c.name == "qt-window"]
    assert not bad.ok and bad.severity == "error"
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0" in bad.detail
