"""Month and week grids of planned publish dates; items are dragged between days and platforms."""

from __future__ import annotations

import json
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.formatting import weekday_short
from app.core.platforms import PLATFORMS
from app.core.status import status_labels as core_status_labels
from app.services.calendar import Entry
from app.ui.i18n import current_language
from app.ui.style.theme import PALETTE

MIME = "application/x-kilas-plan"
PLATFORM_SHORT = {"tiktok": "TT", "reels": "IG", "shorts": "YT", "whatsapp": "WA"}
STATUS_COLOURS = {
    "idea": "#eceff1",
    "script": "#fff3e0",
    "storyboard": "#fff8e1",
    "production": "#e3f2fd",
    "review": "#fce4ec",
    "approved": "#e8f5e9",
    "published": "#c8e6c9",
}
ROLE_PAYLOAD = Qt.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


def status_labels(_widget: QWidget | None = None) -> dict[str, str]:
    """Production status names in the UI language (app.core.status, the one table)."""
    return core_status_labels(current_language())


def encode_payload(project_id: int, platform: str) -> bytes:
    return json.dumps({"project_id": project_id, "platform": platform}).encode("utf-8")


class DayList(QListWidget):
    """The items of one day (and, in the week view, one platform); a drop target."""

    dropped = Signal(int, str, object, str)  # project id, from platform, day, to platform ("")
    opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: date | None = None
        self.platform = ""  # the week view's row; "" in the month view
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.ElideRight)
        self.setSpacing(1)
        self.itemDoubleClicked.connect(self._on_double_clicked)

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(MIME, items[0].data(ROLE_PAYLOAD))
        return data

    def supportedDropActions(self):
        return Qt.MoveAction | Qt.CopyAction

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME) and self.day is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        if not event.mimeData().hasFormat(MIME) or self.day is None:
            event.ignore()
            return
        payload = json.loads(bytes(event.mimeData().data(MIME)).decode("utf-8"))
        # Copy: the source keeps its item; the screen reloads every list after the change.
        event.setDropAction(Qt.CopyAction)
        event.accept()
        self.accept_payload(payload)

    def accept_payload(self, payload: dict) -> None:
        """Apply a drop after the drag has finished (never rebuild lists mid-drag)."""
        day, platform = self.day, self.platform
        QTimer.singleShot(
            0,
            lambda: self.dropped.emit(
                int(payload["project_id"]), payload.get("platform", ""), day, platform
            ),
        )

    def _on_double_clicked(self, item: QListWidgetItem) -> None:
        payload = json.loads(bytes(item.data(ROLE_PAYLOAD)).decode("utf-8"))
        self.opened.emit(int(payload["project_id"]))


class DayCell(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 1, 2, 2)
        layout.setSpacing(0)
        self.label = QLabel(self)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.label.setFont(font)
        self.list = DayList(self)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)


class CalendarGrid(QWidget):
    """Month view (6 × 7 days) or week view (platform rows × 7 days)."""

    item_dropped = Signal(int, str, object, str)
    item_opened = Signal(int)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None, language: str = "id") -> None:
        super().__init__(parent)
        self.language = language  # for day names (app.core.formatting)
        self.mode = "month"
        self.anchor = date.today()
        self.cells: list[DayCell] = []
        self._layout = QGridLayout(self)
        self._layout.setSpacing(2)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._headers: list[QLabel] = []
        self._selected: tuple[int, str] | None = None
        self._build()

    # structure --------------------------------------------------------------------------
    def _build(self) -> None:
        for widget in [*self.cells, *self._headers]:
            widget.setParent(None)
            widget.deleteLater()
        self.cells, self._headers = [], []
        names = [weekday_short(day, self.language) for day in range(7)]
        first_col = 1 if self.mode == "week" else 0
        for col, name in enumerate(names):
            header = QLabel(name, self, alignment=Qt.AlignCenter)
            self._headers.append(header)
            self._layout.addWidget(header, 0, col + first_col)
        rows = 6 if self.mode == "month" else len(PLATFORMS)
        platforms = list(PLATFORMS)
        for row in range(rows):
            if self.mode == "week":
                label = QLabel(PLATFORMS[platforms[row]].label, self)
                label.setWordWrap(True)
                label.setMaximumWidth(80)
                self._headers.append(label)
                self._layout.addWidget(label, row + 1, 0)
            for col in range(7):
                cell = DayCell(self)
                if self.mode == "week":
                    cell.list.platform = platforms[row]
                cell.list.dropped.connect(self.item_dropped)
                cell.list.opened.connect(self.item_opened)
                cell.list.itemSelectionChanged.connect(self._on_list_selection)
                self.cells.append(cell)
                self._layout.addWidget(cell, row + 1, col + first_col)
        for row in range(8):  # rows left from the other mode must not keep their stretch
            self._layout.setRowStretch(row, 1 if 0 < row <= rows else 0)

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self._build()

    def days(self) -> list[date]:
        if self.mode == "week":
            start = self.anchor - timedelta(days=self.anchor.weekday())
            return [start + timedelta(days=i) for i in range(7)]
        first = self.anchor.replace(day=1)
        start = first - timedelta(days=first.weekday())
        return [start + timedelta(days=i) for i in range(42)]

    def span(self) -> tuple[date, date]:
        days = self.days()
        return days[0], days[-1]

    # content ------------------------------------------------------------------------------
    def show_entries(self, entries: list[Entry], today: date, current: int | None = None) -> None:
        """Fill the cells; the current project's items are bold."""
        labels = status_labels(self)
        days = self.days()
        by_key: dict[tuple[date, str], list[Entry]] = {}
        for e in entries:
            when = e.published_at or e.planned_at
            key = (when.date(), e.platform if self.mode == "week" else "")
            by_key.setdefault(key, []).append(e)
        for index, cell in enumerate(self.cells):
            day = days[index % 7] if self.mode == "week" else days[index]
            cell.list.day = day
            cell.list.blockSignals(True)
            cell.list.clear()
            cell.list.blockSignals(False)
            in_month = self.mode == "week" or day.month == self.anchor.month
            text = f"{day.day}" if self.mode == "month" else f"{day.day}/{day.month}"
            cell.label.setText(f"<b>{text}</b>" if day == today else text)
            cell.label.setEnabled(in_month)
            cell.setStyleSheet(
                f"DayCell {{ background: {PALETTE.today_bg}; }}" if day == today else ""
            )
            for e in by_key.get((day, cell.list.platform), []):
                item = self._item(e, labels)
                if e.project_id == current:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                cell.list.addItem(item)

    def _item(self, e: Entry, labels: dict[str, str]) -> QListWidgetItem:
        when = e.published_at or e.planned_at
        done = "✓ " if e.published_at else ""
        prefix = "" if self.mode == "week" else f"{PLATFORM_SHORT.get(e.platform, e.platform)} "
        status = labels.get(e.status, e.status)
        badge = "" if e.published_at else f"[{status}] "
        item = QListWidgetItem(f"{done}{prefix}{when:%H:%M} {badge}{e.title}")
        item.setData(ROLE_PAYLOAD, encode_payload(e.project_id, e.platform))
        item.setData(Qt.UserRole, (e.project_id, e.platform))
        item.setBackground(QBrush(QColor(STATUS_COLOURS.get(e.status, "#ffffff"))))
        item.setForeground(QBrush(QColor("#111827")))
        tip = [
            e.title,
            f"{PLATFORMS[e.platform].label} · {when:%d/%m/%Y %H:%M}",
            self.tr("Status produksi: {0}").format(status),
        ]
        if e.url:
            tip.append(e.url)
        item.setToolTip("\n".join(tip))
        if e.published_at:
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
        return item

    # selection ----------------------------------------------------------------------------
    def _on_list_selection(self) -> None:
        source = self.sender()
        selected = source.selectedItems() if isinstance(source, QListWidget) else []
        if selected:
            for cell in self.cells:
                if cell.list is not source:
                    cell.list.blockSignals(True)
                    cell.list.clearSelection()
                    cell.list.blockSignals(False)
            self._selected = tuple(selected[0].data(Qt.UserRole))
        else:
            self._selected = None
        self.selection_changed.emit()

    def selected(self) -> tuple[int, str] | None:
        return self._selected

    def cell_for(self, day: date, platform: str = "") -> DayList | None:
        for cell in self.cells:
            if cell.list.day == day and cell.list.platform == platform:
                return cell.list
        return None
