"""Can Qt open a window on this computer? On Linux its xcb plugin needs system libraries
that a bare Debian lacks (libxcb-icccm4, libxcb-keysyms1, …); without them Qt says only
"could not load the Qt platform plugin". `doctor` names what is missing, and the Debian
package that brings it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.M)


def xcb_plugin() -> Path | None:
    """Qt's X11 window plugin as this Kilas loads it (a checkout, a wheel or a frozen bundle)."""
    from PySide6.QtCore import QLibraryInfo

    plugin = Path(QLibraryInfo.path(QLibraryInfo.PluginsPath)) / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_libraries(ldd_output: str) -> list[str]:
    return sorted(set(_NOT_FOUND.findall(ldd_output)))


def debian_package(library: str) -> str:
    """libxcb-icccm.so.4 → libxcb-icccm4; libxkbcommon-x11.so.0 → libxkbcommon-x11-0."""
    match = re.match(r"^(lib.+?)\.so\.(\d+)", library)
    if not match:
        return library
    name, version = match.groups()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing_window_libraries() -> list[str]:
    """Libraries the window plugin needs and cannot find ([] off Linux or when all are there)."""
    if sys.platform != "linux":
        return []
    plugin = xcb_plugin()
    if plugin is None:
        return ["libqxcb.so"]
    try:
        done = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return []  # no ldd to ask: nothing to say, and Qt's own message still stands
    return missing_libraries(done.stdout)
