"""Every keyboard shortcut of the main window, collected from its live actions.

The shortcut list in the Help menu and the test that forbids ambiguous shortcuts both read
this, so the list can never drift from what the keys really do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QMainWindow, QWidget

from app.ui.common.screen import Screen

WINDOW_SCOPE = ""  # shortcuts that work on every screen (menus)


@dataclass(frozen=True)
class ShortcutEntry:
    screen_key: str  # WINDOW_SCOPE or the screen's key
    focus_owner: str  # "" when it works anywhere on its screen; else the widget it needs focused
    text: str  # what it does, without '&' mnemonics
    keys: str  # portable text, e.g. "Ctrl+Shift+E"

    @property
    def native_keys(self) -> str:
        return QKeySequence(self.keys).toString(QKeySequence.NativeText)


def _screen_key(widget: QWidget | None, screens: dict[int, str]) -> str:
    while widget is not None:
        if isinstance(widget, Screen):
            return screens.get(id(widget), WINDOW_SCOPE)
        widget = widget.parentWidget()
    return WINDOW_SCOPE


def _label(action_or_shortcut) -> str:
    if isinstance(action_or_shortcut, QAction | QAbstractButton):
        text = action_or_shortcut.text() or action_or_shortcut.toolTip()
    else:
        text = action_or_shortcut.whatsThis() or action_or_shortcut.objectName()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def collect_shortcuts(window: QMainWindow, screens: dict[str, Screen]) -> list[ShortcutEntry]:
    """All shortcuts of `window` and of the given (already built) screens.

    Qt fires a shortcut only while its widget is visible, so one declared inside a screen
    (whatever its context) works only on that screen; the menus' work everywhere.
    """
    by_id = {id(widget): key for key, widget in screens.items()}
    entries: list[ShortcutEntry] = []

    def add(owner: QWidget | None, context, text: str, sequence: QKeySequence) -> None:
        if sequence.isEmpty():
            return
        focus = _focus_name(owner) if context == Qt.WidgetShortcut else ""
        entries.append(ShortcutEntry(_screen_key(owner, by_id), focus, text, sequence.toString()))

    for action in window.findChildren(QAction):
        owner = action.parent() if isinstance(action.parent(), QWidget) else None
        for sequence in action.shortcuts():
            add(owner, action.shortcutContext(), _label(action), sequence)
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent() if isinstance(shortcut.parent(), QWidget) else None
        add(owner, shortcut.context(), _label(shortcut), shortcut.key())
    for button in window.findChildren(QAbstractButton):
        add(button, Qt.WindowShortcut, _label(button), button.shortcut())
    return entries


def _focus_name(widget: QWidget | None) -> str:
    if widget is None:
        return ""
    return widget.objectName() or f"{type(widget).__name__}@{id(widget):x}"


def ambiguous_shortcuts(entries: list[ShortcutEntry]) -> list[tuple[str, str, list[str]]]:
    """(screen, keys, [what each does]) for every key that two active shortcuts share.

    On a screen the active shortcuts are the window's, the screen's own, and those of the
    one widget that has focus; Qt ignores a key that two of them share ("Ambiguous
    shortcut overload")."""
    window = [e for e in entries if e.screen_key == WINDOW_SCOPE]
    screen_keys = sorted({e.screen_key for e in entries if e.screen_key != WINDOW_SCOPE})
    problems: list[tuple[str, str, list[str]]] = []
    seen: set[tuple[str, str]] = set()
    for screen in screen_keys or [WINDOW_SCOPE]:
        mine = [e for e in entries if e.screen_key == screen and screen]
        focus_owners = sorted({e.focus_owner for e in mine if e.focus_owner}) or [""]
        for owner in focus_owners:
            active = window + [e for e in mine if e.focus_owner in ("", owner)]
            by_key: dict[str, list[ShortcutEntry]] = {}
            for entry in active:
                by_key.setdefault(entry.keys, []).append(entry)
            for keys, clash in by_key.items():
                if len(clash) > 1 and (screen, keys) not in seen:
                    seen.add((screen, keys))
                    problems.append((screen or "window", keys, [e.text for e in clash]))
    return problems
