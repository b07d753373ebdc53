"""Undoable edits for the calendar and report screens: each one calls a service.

The first run happens before the command goes on the stack, so a refused edit (a
KilasError) shows a message and leaves nothing to undo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.errors import KilasError


class ServiceEdit(QUndoCommand):
    def __init__(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[], Any],
        changed: Callable[[], None],
        failed: Callable[[KilasError], None],
    ) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo
        self._changed, self._failed = changed, failed
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
        else:
            self._call(self._do)
        self._changed()

    def undo(self) -> None:
        self._call(self._undo)
        self._changed()

    def _call(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except KilasError as exc:  # e.g. the workspace became read-only meanwhile
            self._failed(exc)


def push_edit(
    stack: QUndoStack,
    text: str,
    do: Callable[[], Any],
    undo: Callable[[], Any],
    changed: Callable[[], None],
    failed: Callable[[KilasError], None],
) -> Any:
    """Run `do` now (errors propagate, nothing is pushed) and make it undoable."""
    result = do()
    stack.push(ServiceEdit(text, do, undo, changed, failed))
    return result
