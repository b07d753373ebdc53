"""Toolbar actions shared by the screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
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
        if bar.findChild(_LabelFitter) is None:
            _LabelFitter(bar)
    action.triggered.connect(slot)
    bar.addAction(action)
    owner.addAction(action)
    return action


class _LabelFitter(QObject):
    """Icons beside their labels where the toolbar has room; where it has not (a 1366-px
    laptop), icons above the labels: as wide as the labels alone, so every action stays
    visible with its name instead of hiding behind the toolbar's » button."""

    def __init__(self, bar: QToolBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.beside_px: int | None = None  # the width the bar needs with icons beside
        bar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() in (QEvent.Resize, QEvent.Show):
            self.fit()
        return False

    def fit(self) -> None:
        bar = self.bar
        if bar.toolButtonStyle() == Qt.ToolButtonTextBesideIcon:
            self.beside_px = bar.sizeHint().width()
        fits = self.beside_px is not None and bar.width() >= self.beside_px
        wanted = Qt.ToolButtonTextBesideIcon if fits else Qt.ToolButtonTextUnderIcon
        if bar.toolButtonStyle() != wanted:
            bar.setToolButtonStyle(wanted)
