"""Undoable storyboard edits; each command calls a service and then refreshes the board.

Work that ran in a background job (importing pictures, new cards from 100 files) is pushed
already done: the first redo() only records it, later undo/redo replay it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services.shots import ShotService
from app.services.storyboard import StoryboardService


def _t(text: str) -> str:
    return QCoreApplication.translate("StoryboardCommands", text)


def new_order(current: list[int], moved: list[int], row: int) -> list[int]:
    """`current` with the `moved` ids (kept in board order) put before position `row`."""
    moved_set = set(moved)
    moving = [sid for sid in current if sid in moved_set]
    before = sum(1 for sid in current[:row] if sid in moved_set)
    rest = [sid for sid in current if sid not in moved_set]
    at = max(0, min(len(rest), row - before))
    return rest[:at] + moving + rest[at:]


class _Cmd(QUndoCommand):
    def __init__(self, text: str, changed: Callable[[], None]) -> None:
        super().__init__(text)
        self.changed = changed


class ReorderCards(_Cmd):
    def __init__(
        self, shots: ShotService, project_id: int, order: list[int], previous: list[int], changed
    ) -> None:
        super().__init__(_t("Pindahkan kartu"), changed)
        self.shots, self.project_id = shots, project_id
        self.order, self.previous = order, previous

    def redo(self) -> None:
        self.shots.reorder(self.project_id, self.order)
        self.changed()

    def undo(self) -> None:
        self.shots.reorder(self.project_id, self.previous)
        self.changed()


class UpdateCards(_Cmd):
    """The same field values on one or many cards (e.g. mark 12 shots as shot)."""

    def __init__(
        self, shots: ShotService, shot_ids: list[int], values: dict[str, Any], changed
    ) -> None:
        super().__init__(_t("Ubah kartu"), changed)
        self.shots, self.shot_ids, self.values = shots, list(shot_ids), dict(values)
        self.previous: dict[int, dict[str, Any]] = {}

    def redo(self) -> None:
        for sid in self.shot_ids:
            self.previous[sid] = self.shots.update(sid, **self.values)
        self.changed()

    def undo(self) -> None:
        for sid, values in self.previous.items():
            self.shots.update(sid, **values)
        self.changed()


class SetPicture(_Cmd):
    def __init__(
        self,
        board: StoryboardService,
        shot_id: int,
        asset_id: int | None,
        previous: int | None,
        changed,
        done: bool = False,
    ) -> None:
        super().__init__(_t("Ganti gambar kartu"), changed)
        self.board, self.shot_id = board, shot_id
        self.asset_id, self.previous, self._skip = asset_id, previous, done

    def redo(self) -> None:
        if self._skip:
            self._skip = False
        else:
            self.board.set_picture_asset(self.shot_id, self.asset_id)
        self.changed()

    def undo(self) -> None:
        self.board.set_picture_asset(self.shot_id, self.previous)
        self.changed()


class AddCards(_Cmd):
    def __init__(self, board: StoryboardService, created_ids: list[int], changed) -> None:
        super().__init__(_t("Kartu baru dari gambar"), changed)
        self.board, self.created_ids = board, list(created_ids)
        self.snapshot: list[dict[str, Any]] | None = None

    def redo(self) -> None:
        if self.snapshot is not None:
            self.board.restore_cards(self.snapshot)
        self.changed()

    def undo(self) -> None:
        self.snapshot = self.board.delete_cards(self.created_ids)
        self.changed()


class DeleteCards(_Cmd):
    def __init__(self, board: StoryboardService, shot_ids: list[int], changed) -> None:
        super().__init__(_t("Hapus kartu"), changed)
        self.board, self.shot_ids = board, list(shot_ids)
        self.snapshot: list[dict[str, Any]] = []

    def redo(self) -> None:
        self.snapshot = self.board.delete_cards(self.shot_ids)
        self.changed()

    def undo(self) -> None:
        self.board.restore_cards(self.snapshot)
        self.changed()
