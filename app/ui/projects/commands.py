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


class AddProject(_Cmd):
    """A new or duplicated project: made once by `make()`, then restored/deleted by redo/undo."""

    def __init__(self, service, changed, text: str, make: Callable[[], int]) -> None:
        super().__init__(service, text, changed)
        self.make = make
        self.project_id: int | None = None

    def redo(self) -> None:
        if self.project_id is None:
            self.project_id = self.make()
        else:
            self.service.restore(self.project_id)
        self.changed()

    def undo(self) -> None:
        self.service.delete(self.project_id)
        self.changed()


def create_project(service: ProjectService, changed, title: str, template: str | None, series: str):
    return AddProject(
        service, changed, _t("Proyek baru"), lambda: service.create(title, template, series)
    )


def duplicate_project(service: ProjectService, changed, source_id: int):
    return AddProject(service, changed, _t("Duplikat proyek"), lambda: service.duplicate(source_id))


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


class SetProjectValue(_Cmd):
    """Rename or status change: `apply(project_id, value)` with the new or the old value."""

    def __init__(self, service, changed, text: str, apply, project_id: int, old, new) -> None:
        super().__init__(service, text, changed)
        self.apply, self.project_id, self.old, self.new = apply, project_id, old, new

    def redo(self) -> None:
        self.apply(self.project_id, self.new)
        self.changed()

    def undo(self) -> None:
        self.apply(self.project_id, self.old)
        self.changed()


def rename_project(service: ProjectService, changed, project_id: int, old: str, new: str):
    return SetProjectValue(
        service, changed, _t("Ganti nama proyek"), service.rename, project_id, old, new
    )


def change_status(service: ProjectService, changed, project_id: int, old: str, new: str):
    return SetProjectValue(
        service, changed, _t("Ubah status"), service.set_status, project_id, old, new
    )
