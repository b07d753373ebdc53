"""Berkas → Buka ruang kerja tim…: the form, the keyring, errors in the dialog, copying there."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings

from app.cli import main as cli_main
from app.services.projects import ProjectService
from app.services.workspaces import open_context
from app.ui.app_controller import AppController
from app.ui.team.open_dialog import TeamWorkspaceDialog
from tests.pg_server import PASSWORD, SUPERUSER


class MemoryKeyring(KeyringBackend):
    """The system keyring's stand-in: what Kilas stores there, visible to the test."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def controller(qapp, tmp_path):
    settings = QSettings(str(tmp_path / "kilas.ini"), QSettings.IniFormat)
    control = AppController(qapp, settings, "id")
    control._show(open_context(tmp_path / "lokal satu"))
    yield control
    control.shutdown()


def _fill(dialog: TeamWorkspaceDialog, pg_server, database: str, shared: Path, password: str):
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(pg_server.port)
    dialog.database.setText(database)
    dialog.user.setText(SUPERUSER)
    dialog.password.setText(password)
    dialog.media_root.setText(str(shared))


def _submit(controller, dialog, mode: str = "open") -> None:
    dialog.submitted.connect(lambda login: controller._connect_team(dialog, login, mode))
    dialog.on_go_clicked()


def test_the_team_form_opens_the_workspace_and_the_keyring_keeps_the_password(
    controller, pg_server, tmp_path, qtbot, memory_keyring, capsys
):
    database = pg_server.new_database()
    dialog = TeamWorkspaceDialog(controller.settings, "open")
    qtbot.addWidget(dialog)
    _fill(dialog, pg_server, database, tmp_path / "bersama", PASSWORD)
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()
    _submit(controller, dialog)
    qtbot.waitUntil(lambda: controller.ctx.workspace.team, timeout=30000)
    location = controller.ctx.workspace.display_name
    assert PASSWORD not in location and PASSWORD not in controller.window.windowTitle()
    assert list(memory_keyring.saved.values()) == [PASSWORD]
    settings_text = Path(controller.settings.fileName())
    controller.settings.sync()
    assert PASSWORD not in settings_text.read_text(encoding="utf-8")
    # The CLI finds the saved password (the URL it is given carries none).
    code = cli_main(
        ["projects", "--workspace", location, "--media-root", str(tmp_path / "bersama")]
    )
    assert code == 0
    # Opening it again from the recent list prefills everything, password included.
    again = TeamWorkspaceDialog(controller.settings, "open", location)
    qtbot.addWidget(again)
    assert again.password.text() == PASSWORD
    assert again.media_root.text() == str(tmp_path / "bersama")


def test_a_wrong_password_is_shown_in_the_dialog_which_keeps_the_form(
    controller, pg_server, tmp_path, qtbot, memory_keyring
):
    dialog = TeamWorkspaceDialog(controller.settings, "open")
    qtbot.addWidget(dialog)
    _fill(dialog, pg_server, pg_server.new_database(), tmp_path / "bersama", "bukan-sandinya")
    _submit(controller, dialog)
    qtbot.waitUntil(lambda: dialog.go.isEnabled(), timeout=30000)
    assert "kata sandi" in dialog.status.text() and "bukan-sandinya" not in dialog.status.text()
    assert dialog.host.text() == "127.0.0.1" and not controller.ctx.workspace.team
    assert memory_keyring.saved == {}  # a refused password is not kept


def test_an_empty_field_is_named_before_anything_connects(controller, qtbot):
    dialog = TeamWorkspaceDialog(controller.settings, "open")
    qtbot.addWidget(dialog)
    dialog.host.setText("server-humas")
    dialog.on_go_clicked()
    assert "basis data" in dialog.status.text() and "folder bersama" in dialog.status.text()


def test_copying_this_workspace_to_the_team_then_opens_the_copy(
    controller, pg_server, team_url, tmp_path, qtbot, memory_keyring, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    controller.ctx.service(ProjectService).create("Dari laptop")
    dialog = TeamWorkspaceDialog(controller.settings, "copy")
    qtbot.addWidget(dialog)
    _fill(dialog, pg_server, team_url.rsplit("/", 1)[1], tmp_path / "bersama", PASSWORD)
    _submit(controller, dialog, "copy")
    qtbot.waitUntil(lambda: controller.ctx.workspace.team, timeout=60000)
    titles = [p.title for p in controller.ctx.service(ProjectService).summaries()]
    assert titles == ["Dari laptop"]
    assert told and "sama dengan sumbernya" in told[0]
