"""Toolbar actions shared by the screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from app.ui.style.icons import icon as themed_icon


def add_action(
    owner: QWidget,
    bar: QToolBar,
    text: str,
    shortcut,
    slot: Callable[[], object],
    *,
    tip: str = "",
    icon: str | None = None,
) -> QAction:
    """A toolbar action whose shortcut works anywhere inside `owner`; the tooltip names it
    (`tip`, default the text) and its shortcut. `icon` is a bundled icon name
    (app/ui/style/icons.py); the label stays beside it, so nothing becomes a riddle."""
    action = QAction(text, owner)
    tooltip = tip or text
    if shortcut is not None:
        sequence = QKeySequence(shortcut)
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        tooltip = f"{tooltip} ({sequence.toString(QKeySequence.NativeText)})"
    action.setToolTip(tooltip)
    if icon is not None:
        action.setIcon(themed_icon(icon))
        bar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
    action.triggered.connect(slot)
    bar.addAction(action)
    owner.addAction(action)
    return action
