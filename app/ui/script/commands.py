"""Undoable script edits. Each command calls ScriptService and then asks the screen to show
the result; the service returns what the undo needs (previous values, deleted records)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from app.services.script import ScriptService
from app.services.shots import ShotService

if TYPE_CHECKING:
    from app.ui.script.screen import ScriptScreen

from app.core.errors import KilasError

_MERGE_ID = 3103  # typing in one field of one shot merges into one undo step
_MERGE_WINDOW_S = 2.0


class ScriptCommand(QUndoCommand):
    """Runs `_redo`/`_undo`; a refused edit (e.g. a read-only workspace) is shown to the user
    and, when it happens on first push, leaves no step on the undo stack."""

    screen: ScriptScreen

    def redo(self) -> None:
        try:
            self._redo()
        except KilasError as exc:
            self.setObsolete(True)
            self.screen.show_error(exc)
            self.screen.reload()

    def undo(self) -> None:
        try:
            self._undo()
        except KilasError as exc:
            self.screen.show_error(exc)
            self.screen.reload()

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class EditFieldCommand(ScriptCommand):
    """Sets one field of one shot (typing merges into one step while the pauses are short)."""

    def __init__(
        self, screen: ScriptScreen, shot_id: int, field: str, old: Any, new: Any, label: str
    ) -> None:
        super().__init__(label)
        self.screen, self.shot_id, self.field = screen, shot_id, field
        self.old, self.new = old, new
        self.at = time.monotonic()

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditFieldCommand):
            return False
        if (other.shot_id, other.field) != (self.shot_id, self.field):
            return False
        if other.at - self.at > _MERGE_WINDOW_S:
            return False
        self.new, self.at = other.new, other.at
        return True

    def _set(self, value: Any) -> None:
        self.screen.svc.set_field(self.shot_id, self.field, value)
        self.screen.select_shot(self.shot_id)  # undo shows the shot it changes
        self.screen.apply_shot_field(self.shot_id, self.field, value)

    def _redo(self) -> None:
        self._set(self.new)

    def _undo(self) -> None:
        self._set(self.old)


class InsertShotCommand(ScriptCommand):
    """Adds or inserts a shot; later redos bring back the same shot (same id)."""

    def __init__(self, screen: ScriptScreen, index: int | None, label: str, **values: Any) -> None:
        super().__init__(label)
        self.screen, self.index, self.values = screen, index, values
        self.shot_id: int | None = None
        self.record: dict[str, Any] | None = None

    def _redo(self) -> None:
        svc: ScriptService = self.screen.svc
        if self.record is None:
            self.shot_id = svc.insert_shot(self.screen.project_id, self.index, **self.values)
        else:
            svc.restore_shot(self.record)
        self.screen.reload(select_id=self.shot_id, focus_narration=True)

    def _undo(self) -> None:
        assert self.shot_id is not None
        self.record = self.screen.svc.delete_shot(self.shot_id)
        self.screen.reload(select_index=self.index_before())

    def index_before(self) -> int:
        return max(0, (self.record or {}).get("position", 1) - 1)


class DuplicateShotCommand(InsertShotCommand):
    def __init__(self, screen: ScriptScreen, source_id: int, label: str) -> None:
        super().__init__(screen, None, label)
        self.source_id = source_id

    def _redo(self) -> None:
        if self.record is None:
            self.shot_id = self.screen.svc.duplicate_shot(self.source_id)
        else:
            self.screen.svc.restore_shot(self.record)
        self.screen.reload(select_id=self.shot_id)


class DeleteShotCommand(ScriptCommand):
    def __init__(self, screen: ScriptScreen, shot_id: int, label: str) -> None:
        super().__init__(label)
        self.screen, self.shot_id = screen, shot_id
        self.record: dict[str, Any] | None = None

    def _redo(self) -> None:
        self.record = self.screen.svc.delete_shot(self.shot_id)
        self.screen.reload(select_index=self.record["position"])

    def _undo(self) -> None:
        assert self.record is not None
        self.screen.svc.restore_shot(self.record)
        self.screen.reload(select_id=self.shot_id)


class SplitShotCommand(ScriptCommand):
    def __init__(self, screen: ScriptScreen, shot_id: int, cursor: int, label: str) -> None:
        super().__init__(label)
        self.screen, self.shot_id, self.cursor = screen, shot_id, cursor
        self.new_id: int | None = None
        self.previous: dict[str, Any] = {}
        self.after: dict[str, Any] = {}
        self.record: dict[str, Any] | None = None

    def _redo(self) -> None:
        svc = self.screen.svc
        if self.new_id is None:
            self.new_id, self.previous = svc.split_shot(self.shot_id, self.cursor)
            shot = self.screen.ctx.service(ShotService).get(self.shot_id)
            self.after = {k: getattr(shot, k) for k in self.previous}
        else:
            svc.update_shot(self.shot_id, **self.after)
            assert self.record is not None
            svc.restore_shot(self.record)
        self.screen.reload(select_id=self.new_id, focus_narration=True)

    def _undo(self) -> None:
        assert self.new_id is not None
        self.record = self.screen.svc.delete_shot(self.new_id)
        self.screen.svc.update_shot(self.shot_id, **self.previous)
        self.screen.reload(select_id=self.shot_id)


class MergeShotsCommand(ScriptCommand):
    def __init__(self, screen: ScriptScreen, shot_id: int, label: str) -> None:
        super().__init__(label)
        self.screen, self.shot_id = screen, shot_id
        self.previous: dict[str, Any] = {}
        self.after: dict[str, Any] = {}
        self.record: dict[str, Any] | None = None

    def _redo(self) -> None:
        svc = self.screen.svc
        if not self.after:
            self.previous, self.record = svc.merge_with_next(self.shot_id)
            shot = self.screen.ctx.service(ShotService).get(self.shot_id)
            self.after = {k: getattr(shot, k) for k in self.previous}
        else:
            assert self.record is not None
            svc.update_shot(self.shot_id, **self.after)
            svc.delete_shot(self.record["id"])
        self.screen.reload(select_id=self.shot_id)

    def _undo(self) -> None:
        assert self.record is not None
        self.screen.svc.update_shot(self.shot_id, **self.previous)
        self.screen.svc.restore_shot(self.record)
        self.screen.reload(select_id=self.shot_id)


class ReorderCommand(ScriptCommand):
    def __init__(
        self, screen: ScriptScreen, new_order: list[int], select_id: int | None, label: str
    ) -> None:
        super().__init__(label)
        self.screen, self.new_order, self.select_id = screen, new_order, select_id
        self.previous: list[int] = []

    def _redo(self) -> None:
        shots = self.screen.ctx.service(ShotService)
        self.previous = shots.reorder(self.screen.project_id, self.new_order)
        self.screen.reload(select_id=self.select_id)

    def _undo(self) -> None:
        self.screen.ctx.service(ShotService).reorder(self.screen.project_id, self.previous)
        self.screen.reload(select_id=self.select_id)


class ContentCommand(ScriptCommand):
    """A change to the whole script (paste, import, scene edits): undo restores the script as
    it was, redo as it became; both keep shot ids."""

    def __init__(
        self, screen: ScriptScreen, label: str, change, select_index: int | None = None
    ) -> None:
        super().__init__(label)
        self.screen, self.change, self.select_index = screen, change, select_index
        self.before: dict[str, Any] | None = None
        self.after: dict[str, Any] | None = None

    def _redo(self) -> None:
        svc: ScriptService = self.screen.svc
        pid = self.screen.project_id
        if self.after is None:
            self.before = svc.content(pid)
            self.change()
            self.after = svc.content(pid)
        else:
            svc.restore_content(pid, self.after)
        self.screen.reload(select_index=self.select_index)

    def _undo(self) -> None:
        assert self.before is not None
        self.screen.svc.restore_content(self.screen.project_id, self.before)
        self.screen.reload(select_index=self.select_index)
