"""Toolbar actions shared by the screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget


def add_action(
    owner: QWidget, bar: QToolBar, text: str, shortcut, slot: Callable[[], object]
) -> QAction:
    """A toolbar action whose shortcut works anywhere inside `owner`; the tooltip names it."""
    action = QAction(text, owner)
    if shortcut is not None:
        sequence = QKeySequence(shortcut)
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({sequence.toString(QKeySequence.NativeText)})")
    action.triggered.connect(slot)
    bar.addAction(action)
    owner.addAction(action)
    return action
