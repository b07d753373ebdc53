"""Undoable brand edits: each command calls the brand service, so Ctrl+Z reverts the data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.core.brand import BrandStyle
from app.services.brand import BrandService

_MERGE_ID = 7001


class KitStyleCommand(QUndoCommand):
    """Replace a kit's style; successive edits of the same field merge (slider drags)."""

    def __init__(
        self,
        service: BrandService,
        kit_id: int,
        before: BrandStyle,
        after: BrandStyle,
        text: str,
        field: str,
        on_done: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self.service, self.kit_id = service, kit_id
        self.before, self.after, self.field, self.on_done = before, after, field, on_done

    def redo(self) -> None:
        self.service.set_style(self.kit_id, self.after)
        self.on_done()

    def undo(self) -> None:
        self.service.set_style(self.kit_id, self.before)
        self.on_done()

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, KitStyleCommand)
            or other.kit_id != self.kit_id
            or other.field != self.field
        ):
            return False
        self.after = other.after
        return True


class OverridesCommand(QUndoCommand):
    """Replace a project's brand overrides (project-level edits and preflight fixes)."""

    def __init__(
        self,
        service: BrandService,
        project_id: int,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
        field: str,
        on_done: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self.service, self.project_id = service, project_id
        self.before, self.after, self.field, self.on_done = before, after, field, on_done

    def redo(self) -> None:
        self.service.set_project_overrides(self.project_id, self.after)
        self.on_done()

    def undo(self) -> None:
        self.service.set_project_overrides(self.project_id, self.before)
        self.on_done()

    def id(self) -> int:
        return _MERGE_ID + 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, OverridesCommand)
            or other.project_id != self.project_id
            or other.field != self.field
            or not self.field
        ):
            return False
        self.after = other.after
        return True


class CallCommand(QUndoCommand):
    """A generic command from a do/undo pair of service calls (kits, logo, locks, defaults)."""

    def __init__(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[Any], None],
        on_done: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._do, self._undo, self.on_done = do, undo, on_done
        self.result: Any = None

    def redo(self) -> None:
        self.result = self._do()
        self.on_done()

    def undo(self) -> None:
        self._undo(self.result)
        self.on_done()
