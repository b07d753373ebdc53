"""The card grid: a QListView in icon mode with its own drag and drop.

Dragging cards emits `cards_moved(ids, row)`; dropping picture files emits
`files_dropped(paths, shot_id, row)` (shot_id set when one file lands on a card: that card's
picture; otherwise new cards at row). The screen turns both into undoable commands.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView

from app.ui.storyboard.delegate import CardDelegate
from app.ui.storyboard.model import SHOT_IDS_MIME, CardModel


class BoardView(QListView):
    cards_moved = Signal(list, int)  # shot ids (board order), insert row
    files_dropped = Signal(list, object, int)  # paths, target shot id or None, insert row

    def __init__(self, model: CardModel, delegate: CardDelegate, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(delegate)
        self.card_delegate = delegate
        self.setViewMode(QListView.IconMode)
        self.setFlow(QListView.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.Adjust)
        self.setMovement(QListView.Static)  # no free-floating icons: order is the script's
        self.setUniformItemSizes(True)  # layout of 300 cards without asking each for a size
        self.setSpacing(6)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self._insert_row = -1

    def card_model(self) -> CardModel:
        return self.model()

    # Where a drop goes ------------------------------------------------------------------
    def insert_row_at(self, pos: QPoint) -> int:
        index = self.indexAt(pos)
        count = self.card_model().rowCount()
        if not index.isValid():
            return count
        rect = self.visualRect(index)
        return index.row() + (1 if pos.x() > rect.center().x() else 0)

    def _files(self, mime) -> list[Path]:
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    # Drag out ---------------------------------------------------------------------------
    def startDrag(self, supported_actions) -> None:
        indexes = self.selectedIndexes()
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.card_model().mimeData(indexes))
        first = min(indexes, key=lambda i: i.row())
        pixmap = self.viewport().grab(self.visualRect(first))
        drag.setPixmap(pixmap.scaledToWidth(max(40, pixmap.width() // 2), Qt.SmoothTransformation))
        drag.exec(Qt.MoveAction)  # the model removes nothing: the drop reorders the shots

    # Drag over --------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(SHOT_IDS_MIME) or self._files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        mime = event.mimeData()
        pos = event.position().toPoint()
        files = self._files(mime)
        if not (mime.hasFormat(SHOT_IDS_MIME) or files):
            event.ignore()
            return
        target = -1
        if len(files) == 1 and self.indexAt(pos).isValid():
            target = self.indexAt(pos).row()  # one picture onto a card: replace its picture
            self._insert_row = -1
        else:
            self._insert_row = self.insert_row_at(pos)
        self.card_delegate.drop_target_row = target
        event.setDropAction(Qt.MoveAction if mime.hasFormat(SHOT_IDS_MIME) else Qt.CopyAction)
        event.accept()
        self.viewport().update()

    def dragLeaveEvent(self, event) -> None:
        self._clear_indicator()
        super().dragLeaveEvent(event)

    def _clear_indicator(self) -> None:
        self._insert_row = -1
        self.card_delegate.drop_target_row = -1
        self.viewport().update()

    # Drop -------------------------------------------------------------------------------
    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        pos = event.position().toPoint()
        row = self.insert_row_at(pos)
        self._clear_indicator()
        if mime.hasFormat(SHOT_IDS_MIME):
            ids = json.loads(bytes(mime.data(SHOT_IDS_MIME)).decode() or "[]")
            # Copy, not Move: a Move result would make Qt try to remove the dragged rows.
            event.setDropAction(Qt.CopyAction)
            event.accept()
            if ids:
                self.cards_moved.emit(ids, row)
            return
        files = self._files(mime)
        if files:
            event.setDropAction(Qt.CopyAction)
            event.accept()
            index = self.indexAt(pos)
            target = None
            if len(files) == 1 and index.isValid():
                target = self.card_model().cards[index.row()].shot_id
            self.files_dropped.emit(files, target, row)
            return
        event.ignore()

    # Insertion line ---------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        row = self._insert_row
        count = self.card_model().rowCount()
        if row < 0 or count == 0:
            return
        if row < count:
            rect = self.visualRect(self.card_model().index(row))
            x = rect.left() - 3
        else:
            rect = self.visualRect(self.card_model().index(count - 1))
            x = rect.right() + 3
        p = QPainter(self.viewport())
        p.setPen(QPen(QColor("#1f6fd1"), 4))
        p.drawLine(x, rect.top() + 4, x, rect.bottom() - 4)
        p.end()

    def visible_rows(self) -> range:
        """Rows whose cards are at least partly on screen (for tests and the benchmark)."""
        area: QRect = self.viewport().rect()
        first = self.indexAt(area.topLeft() + QPoint(8, 8))
        last = self.indexAt(area.bottomRight() - QPoint(8, 8))
        start = first.row() if first.isValid() else 0
        end = last.row() if last.isValid() else self.card_model().rowCount() - 1
        return range(start, end + 1)
