"""Undoable subtitle edits: the service edit runs when the command is made (so an error
reaches the screen and nothing is pushed); redo/undo then restore the cue snapshots taken
before and after."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.services.subtitles import SubtitleService


class CueEdit(QUndoCommand):
    def __init__(
        self,
        service: SubtitleService,
        project_id: int,
        text: str,
        action: Callable[[], Any] | None,
        changed: Callable[[], None],
        before: list[dict[str, Any]] | None = None,
        after: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(text)
        self.service, self.project_id, self.changed = service, project_id, changed
        self.before = before if before is not None else service.cues(project_id)
        self.result: Any = action() if action is not None else None  # may raise KilasError
        self.after = after if after is not None else service.cues(project_id)
        self._first = True

    def redo(self) -> None:
        if not self._first:
            self.service.restore(self.project_id, self.after)
        self._first = False
        self.changed()

    def undo(self) -> None:
        self.service.restore(self.project_id, self.before)
        self.changed()
