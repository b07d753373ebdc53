"""Base class of a main-window screen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.services.context import AppContext
from app.workers.jobs import JobRunner


class Screen(QWidget):
    """A screen in the main window's navigation.

    Subclasses take `(ctx, parent)`, show the project given to `set_project` and emit
    `project_opened(id)` to ask the window to switch the current project. Each screen has
    its own undo stack; the window's Edit menu follows the visible screen's stack.
    """

    project_opened = Signal(int)  # make it the current project and open its script
    project_selected = Signal(int)  # make it the current project, stay on this screen
    status_message = Signal(str)
    projects_changed = Signal()  # projects were added, removed or renamed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.project_id: int | None = None
        self.undo_stack = QUndoStack(self)

    def set_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.refresh()

    def refresh(self) -> None:
        """Reload from services (called when shown and after outside changes)."""

    def is_busy(self) -> bool:
        """True while any background job of this screen (previews, thumbnails) is running."""
        return any(runner.busy() for runner in self.findChildren(JobRunner))
