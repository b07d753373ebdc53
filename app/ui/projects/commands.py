"""Undoable project edits; each command calls the project service."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services.projects import ProjectService


def _t(text: str) -> str:
    return QCoreApplication.translate("ProjectCommands", text)


class _Cmd(QUndoCommand):
    def __init__(self, service: ProjectService, text: str, changed: Callable[[], None]) -> None:
        super().__init__(text)
        self.service = service
        self.changed = changed


class CreateProject(_Cmd):
    def __init__(self, service, changed, title: str, template: str | None, series: str) -> None:
        super().__init__(service, _t("Proyek baru"), changed)
        self.args = (title, template, series)
        self.project_id: int | None = None

    def redo(self) -> None:
        if self.project_id is None:
            self.project_id = self.service.create(self.args[0], self.args[1], self.args[2])
        else:
            self.service.restore(self.project_id)
        self.changed()

    def undo(self) -> None:
        self.service.delete(self.project_id)
        self.changed()


class DuplicateProject(_Cmd):
    def __init__(self, service, changed, source_id: int) -> None:
        super().__init__(service, _t("Duplikat proyek"), changed)
        self.source_id = source_id
        self.project_id: int | None = None

    def redo(self) -> None:
        if self.project_id is None:
            self.project_id = self.service.duplicate(self.source_id)
        else:
            self.service.restore(self.project_id)
        self.changed()

    def undo(self) -> None:
        self.service.delete(self.project_id)
        self.changed()


class DeleteProject(_Cmd):
    def __init__(self, service, changed, project_id: int) -> None:
        super().__init__(service, _t("Hapus proyek"), changed)
        self.project_id = project_id

    def redo(self) -> None:
        self.service.delete(self.project_id)
        self.changed()

    def undo(self) -> None:
        self.service.restore(self.project_id)
        self.changed()


class RenameProject(_Cmd):
    def __init__(self, service, changed, project_id: int, old: str, new: str) -> None:
        super().__init__(service, _t("Ganti nama proyek"), changed)
        self.project_id, self.old, self.new = project_id, old, new

    def redo(self) -> None:
        self.service.rename(self.project_id, self.new)
        self.changed()

    def undo(self) -> None:
        self.service.rename(self.project_id, self.old)
        self.changed()


class ChangeStatus(_Cmd):
    def __init__(self, service, changed, project_id: int, old: str, new: str) -> None:
        super().__init__(service, _t("Ubah status"), changed)
        self.project_id, self.old, self.new = project_id, old, new

    def redo(self) -> None:
        self.service.set_status(self.project_id, self.new)
        self.changed()

    def undo(self) -> None:
        self.service.set_status(self.project_id, self.old)
        self.changed()
