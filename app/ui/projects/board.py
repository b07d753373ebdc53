"""The projects board: one column per production status; drag a card to change its status."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.core.status import STATUS_ORDER
from app.services.projects import ProjectSummary

MIME_PROJECT = "application/x-kilas-project-id"
STATUS_COLOURS = {
    "idea": "#9E9E9E",
    "script": "#1C8ED6",
    "storyboard": "#8E5CC4",
    "production": "#F2A900",
    "review": "#E67E22",
    "approved": "#2E9E5B",
    "published": "#0B4F8A",
}


class CardDelegate(QStyledItemDelegate):
    """Paints a project as a card: status colour bar, bold title, a line of facts."""

    PAD_PX = 8

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = QColor(STATUS_COLOURS.get(status, "#999"))

    def _layout(self, option: QStyleOptionViewItem, index) -> tuple[QRect, QRect, str, str]:
        title, _, meta = (index.data(Qt.DisplayRole) or "").partition("\n")
        # sizeHint's option.rect is not the final cell: wrap to the column's viewport width.
        view = self.parent()
        width = view.viewport().width() - 2 * view.spacing() - 2 * self.PAD_PX - 8
        bold = QFont(option.font)
        bold.setBold(True)
        title_rect = QFontMetrics(bold).boundingRect(
            QRect(0, 0, max(width, 40), 10_000), Qt.TextWordWrap, title
        )
        meta_rect = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, max(width, 40), 10_000), Qt.TextWordWrap, meta
        )
        return title_rect, meta_rect, title, meta

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        title_rect, meta_rect, _, _ = self._layout(option, index)
        return QSize(
            option.rect.width(), title_rect.height() + meta_rect.height() + 3 * self.PAD_PX
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        card = option.rect.adjusted(2, 3, -2, -3)
        selected = bool(option.state & QStyle.State_Selected)
        painter.setPen(QColor("#0B4F8A") if selected else QColor("#C8C8C8"))
        painter.setBrush(QColor("#DCEBFA") if selected else QColor("#FFFFFF"))
        painter.drawRoundedRect(card, 5, 5)
        painter.fillRect(QRect(card.left(), card.top() + 3, 4, card.height() - 6), self.colour)
        title_rect, meta_rect, title, meta = self._layout(option, index)
        x = card.left() + self.PAD_PX + 2
        y = card.top() + self.PAD_PX - 2
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        fg = index.data(Qt.ForegroundRole)
        painter.setPen(fg.color() if fg is not None else QColor("#111111"))
        painter.drawText(
            QRect(x, y, card.width() - 2 * self.PAD_PX, title_rect.height()), Qt.TextWordWrap, title
        )
        painter.setFont(option.font)
        painter.setPen(QColor("#555555"))
        painter.drawText(
            QRect(
                x, y + title_rect.height() + 2, card.width() - 2 * self.PAD_PX, meta_rect.height()
            ),
            Qt.TextWordWrap,
            meta,
        )
        painter.restore()


class StatusColumn(QListWidget):
    """A list of project cards that accepts cards dragged from other columns."""

    project_dropped = Signal(int, str)  # project id, this column's status
    project_activated = Signal(int)

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName(f"column-{status}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(4)
        self.setMinimumWidth(100)
        # No horizontal scrolling: cards wrap their text to the column width.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.Adjust)
        self.setTextElideMode(Qt.ElideNone)
        self.setItemDelegate(CardDelegate(status, self))
        self.itemDoubleClicked.connect(
            lambda item: self.project_activated.emit(item.data(Qt.UserRole))
        )

    def startDrag(self, _actions) -> None:
        item = self.currentItem()
        if item is None:
            return
        mime = QMimeData()
        mime.setData(MIME_PROJECT, QByteArray(str(item.data(Qt.UserRole)).encode()))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.MoveAction)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME_PROJECT):
            event.acceptProposedAction()
        else:
            event.ignore()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event) -> None:
        data = event.mimeData()
        if not data.hasFormat(MIME_PROJECT):
            event.ignore()
            return
        project_id = int(bytes(data.data(MIME_PROJECT)).decode())
        event.acceptProposedAction()
        self.project_dropped.emit(project_id, self.status)


class ProjectBoard(QScrollArea):
    project_dropped = Signal(int, str)
    project_selected = Signal(int)
    project_activated = Signal(int)

    def __init__(self, status_labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setSpacing(4)
        row.setContentsMargins(2, 2, 2, 2)
        self.columns: dict[str, StatusColumn] = {}
        self.headers: dict[str, QLabel] = {}
        for status in STATUS_ORDER:
            frame = QFrame()
            frame.setFrameShape(QFrame.StyledPanel)
            col = QVBoxLayout(frame)
            col.setContentsMargins(4, 4, 4, 4)
            header = QLabel()
            header.setStyleSheet(
                f"font-weight: bold; padding: 4px; border-bottom: 3px solid {STATUS_COLOURS[status]};"
            )
            self.headers[status.value] = header
            self._label = status_labels
            column = StatusColumn(status.value)
            column.project_dropped.connect(self.project_dropped)
            column.project_activated.connect(self.project_activated)
            column.currentItemChanged.connect(
                lambda cur, _prev: (
                    cur is not None and self.project_selected.emit(cur.data(Qt.UserRole))
                )
            )
            col.addWidget(header)
            col.addWidget(column)
            row.addWidget(frame)
            self.columns[status.value] = column
        self.setWidget(inner)

    def set_projects(self, projects: list[ProjectSummary], selected_id: int | None) -> None:
        for status, column in self.columns.items():
            column.clear()
            items = [p for p in projects if p.status == status]
            self.headers[status].setText(f"{self._label[status]} ({len(items)})")
            for p in items:
                text = (
                    p.title
                    + "\n"
                    + self.tr("{0} shot · ±{1} dtk").format(p.shot_count, round(p.estimated_s))
                )
                if p.planned_publish_at:
                    text += "\n" + self.tr("Tayang {0}").format(f"{p.planned_publish_at:%d/%m/%Y}")
                item = QListWidgetItem(text)
                item.setData(Qt.UserRole, p.id)
                item.setToolTip(p.title)
                if p.estimated_s > p.target_duration_s:
                    item.setForeground(QColor("#B00020"))
                column.addItem(item)
                if p.id == selected_id:
                    column.setCurrentItem(item)
