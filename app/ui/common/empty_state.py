"""What a screen shows when it has nothing to show: an icon, one line that says what to do
next, and one button that does it. Never a blank area, never a hint to guess a shortcut."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.ui.style.icons import icon
from app.ui.style.theme import PALETTE, SPACE_L, SPACE_XL, set_role

ICON_PX = 48


class EmptyState(QWidget):
    """Placed in a layout like any widget, or laid over an empty view with `cover=` (the
    view's viewport): then it follows the view's size and drops still reach the view."""

    action_triggered = Signal()  # the button was pressed

    def __init__(
        self,
        icon_name: str,
        text: str,
        button_text: str,
        parent: QWidget | None = None,
        *,
        cover: QWidget | None = None,
    ) -> None:
        super().__init__(cover if cover is not None else parent)
        self.setObjectName("empty-state")
        self.setAttribute(Qt.WA_StyledBackground)  # opaque over the empty view it covers
        # In a layout it takes the room there is and never makes a screen taller.
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Ignored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_XL, SPACE_XL, SPACE_XL, SPACE_XL)
        layout.setSpacing(SPACE_L)
        layout.addStretch(1)
        self.picture = QLabel(alignment=Qt.AlignCenter)
        self.picture.setPixmap(icon(icon_name, PALETTE.text_muted).pixmap(QSize(ICON_PX, ICON_PX)))
        layout.addWidget(self.picture)
        self.label = QLabel(text, alignment=Qt.AlignCenter)
        self.label.setObjectName("empty-state-text")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.button = QPushButton(button_text)
        set_role(self.button, "primary")
        self.button.clicked.connect(self.action_triggered)
        layout.addWidget(self.button, 0, Qt.AlignHCenter)
        layout.addStretch(2)
        self._covered = cover
        if cover is not None:
            cover.installEventFilter(self)
            self.setGeometry(cover.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._covered and event.type() == QEvent.Resize:
            self.setGeometry(self._covered.rect())
        return False

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()
