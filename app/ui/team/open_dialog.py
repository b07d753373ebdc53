"""Berkas → Buka ruang kerja tim…: server, database, user, password and the shared folder.

Connecting runs as a background job (a server that does not answer takes up to the connect
timeout), the form stays filled when it fails, and the error is shown in the dialog. The
password goes to the system keyring only when the user ticks it and a keyring exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.team_login import keyring_available, saved_password
from app.ui.style.theme import set_role

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class TeamLogin:
    host: str
    port: int
    database: str
    user: str
    password: str
    media_root: Path
    remember: bool

    @property
    def location(self) -> str:
        """The URL without password: what Kilas shows, remembers and keys the keyring by."""
        return f"postgresql://{quote(self.user, safe='')}@{self.host}:{self.port}/{self.database}"


def media_root_setting(location: str) -> str:
    """Where this computer's QSettings keep the shared folder's path for `location`."""
    return f"team/{quote(location, safe='')}/media_root"


class TeamWorkspaceDialog(QDialog):
    """Asks for a team workspace. `mode` "open" opens it; "copy" is the target of a copy of
    the current workspace (the button says so)."""

    submitted = Signal(object)  # TeamLogin

    def __init__(
        self,
        settings: QSettings,
        mode: str = "open",
        location: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("team-workspace-dialog")
        self.setWindowTitle(
            self.tr("Buka ruang kerja tim")
            if mode == "open"
            else self.tr("Salin ruang kerja ini ke ruang kerja tim")
        )
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ruang kerja tim disimpan di server basis data kantor (PostgreSQL); media dan "
                "hasil render ada di folder bersama. Tanyakan alamat server dan folder bersama "
                "kepada admin tim."
            )
            if mode == "open"
            else self.tr(
                "Semua proyek, naskah, media dan pengaturan ruang kerja ini disalin ke ruang "
                "kerja tim yang masih kosong, lalu salinannya diperiksa. Ruang kerja ini tidak "
                "berubah."
            )
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")
        layout.addWidget(intro)

        form = QFormLayout()
        self.host = QLineEdit(placeholderText=self.tr("mis. server-humas atau 192.168.1.10"))
        self.port = QSpinBox(minimum=1, maximum=65535, value=DEFAULT_PORT)
        self.database = QLineEdit(placeholderText="kilas")
        self.user = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.Password)
        self.media_root = QLineEdit(
            placeholderText=self.tr("mis. \\\\server\\kilas atau /mnt/kilas")
        )
        browse = QPushButton(self.tr("Pilih…"))
        browse.setAutoDefault(False)  # Enter in the form means "Buka", not "Pilih…"
        browse.clicked.connect(self.on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.media_root, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Basis data"), self.database)
        form.addRow(self.tr("Pengguna"), self.user)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Folder bersama di komputer ini"), folder_row)
        layout.addLayout(form)

        self.remember = QCheckBox(self.tr("Ingat kata sandi di brankas kunci sistem"))
        if keyring_available():
            self.remember.setChecked(True)
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr(
                    "Komputer ini tidak punya brankas kunci sistem; Kilas menanyakan kata sandi "
                    "setiap kali dan tidak pernah menyimpannya di berkas."
                )
            )
        layout.addWidget(self.remember)
        self.status = QLabel()
        self.status.setObjectName("team-status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.go = self.buttons.addButton(
            self.tr("Buka") if mode == "open" else self.tr("Salin ke server"),
            QDialogButtonBox.AcceptRole,
        )
        self.go.setDefault(True)
        set_role(self.go, "primary")
        self.buttons.accepted.connect(self.on_go_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if location:
            self.fill_from(location)

    def fill_from(self, location: str) -> None:
        """Prefill from a remembered `postgresql://user@host:port/db` and its shared folder."""
        from sqlalchemy.engine import make_url

        url = make_url(location)
        self.host.setText(url.host or "")
        self.port.setValue(url.port or DEFAULT_PORT)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")
        self.media_root.setText(str(self.settings.value(media_root_setting(location), "")))
        self.password.setText(saved_password(location) or "")
        (self.password if not self.password.text() else self.go).setFocus()

    def login(self) -> TeamLogin:
        return TeamLogin(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            password=self.password.text(),
            media_root=Path(self.media_root.text().strip()),
            remember=self.remember.isChecked() and self.remember.isEnabled(),
        )

    def on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder bersama tim"))
        if folder:
            self.media_root.setText(folder)

    def on_go_clicked(self) -> None:
        missing = [
            label
            for label, field in (
                (self.tr("server"), self.host),
                (self.tr("basis data"), self.database),
                (self.tr("pengguna"), self.user),
                (self.tr("folder bersama"), self.media_root),
            )
            if not field.text().strip()
        ]
        if missing:
            self.show_error(self.tr("Isi dulu: %1.").replace("%1", ", ".join(missing)))
            return
        self.set_busy(True)
        self.submitted.emit(self.login())

    def set_busy(self, busy: bool) -> None:
        self.go.setEnabled(not busy)
        if busy:
            set_role(self.status, "muted")
            self.status.setText(self.tr("Menghubungkan ke server…"))

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        set_role(self.status, "error")
        self.status.setText(message)
