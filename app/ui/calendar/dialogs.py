"""Dialogs of the calendar screen: plan / mark published, posting targets, idea card."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import cadence
from app.core.platforms import PLATFORMS
from app.services.calendar import Target
from app.services.ideas import PRIORITY_LABELS, SOURCES
from app.ui.i18n import current_language
from app.ui.style.theme import set_role


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class PublishDialog(QDialog):
    """Plan a project (platform, date and time) or mark it published (with the link)."""

    def __init__(
        self,
        title: str,
        when: datetime,
        platform: str,
        published: bool,
        url: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tandai sudah tayang") if published else self.tr("Jadwalkan"))
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{title}</b>", self))
        self.platform = QComboBox(self)
        for key, info in PLATFORMS.items():
            self.platform.addItem(info.label, key)
        self.platform.setCurrentIndex(max(0, list(PLATFORMS).index(platform)))
        form.addRow(self.tr("Platform"), self.platform)
        self.when = QDateTimeEdit(to_qdatetime(when), self)
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when.setCalendarPopup(True)
        form.addRow(
            self.tr("Tanggal dan jam tayang") if published else self.tr("Jadwal"), self.when
        )
        self.url = QLineEdit(url, self)
        self.url.setPlaceholderText("https://…")
        self.url.setMinimumWidth(320)
        if published:
            form.addRow(self.tr("Tautan video"), self.url)
        form.addRow(_buttons(self))

    def values(self) -> tuple[str, datetime, str]:
        return self.platform.currentData(), from_qdatetime(self.when.dateTime()), self.url.text()


class TargetsDialog(QDialog):
    """Per-platform weekly target and posting slots ("Sen 19:00, Rab 19:00")."""

    def __init__(self, targets: list[Target], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Target dan slot unggah"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Target unggahan per minggu dan slot jam tayang. Jadwal baru otomatis menempel "
                    "ke slot hari itu. Tulis slot seperti: Sen 19:00, Rab 19:00, Jum 12:30"
                ),
                self,
            )
        )
        layout.itemAt(0).widget().setWordWrap(True)
        self.table = QTableWidget(len(targets), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Platform"), self.tr("Per minggu"), self.tr("Slot")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.spins: list[QSpinBox] = []
        for row, t in enumerate(targets):
            item = QTableWidgetItem(PLATFORMS[t.platform].label)
            item.setData(Qt.UserRole, t.platform)
            item.setFlags(Qt.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            spin = QSpinBox(self)
            spin.setRange(0, 50)
            spin.setValue(t.per_week)
            self.spins.append(spin)
            self.table.setCellWidget(row, 1, spin)
            self.table.setItem(row, 2, QTableWidgetItem(", ".join(s.label() for s in t.slots)))
        layout.addWidget(self.table)
        self.error = QLabel(self)
        set_role(self.error, "error")
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        self.resize(560, 280)

    def accept(self) -> None:
        try:
            self.values()
        except ValueError as exc:
            self.error.setText(self.tr("Slot tidak terbaca: {0}").format(str(exc)))
            return
        super().accept()

    def values(self) -> list[tuple[str, int, list[cadence.Slot]]]:
        out = []
        for row, spin in enumerate(self.spins):
            platform = self.table.item(row, 0).data(Qt.UserRole)
            out.append((platform, spin.value(), parse_slot_text(self.table.item(row, 2).text())))
        return out


_WEEKDAYS = {name.lower(): i for i, name in enumerate(cadence.WEEKDAY_SHORT_ID)}
_WEEKDAYS.update({"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6})


def parse_slot_text(text: str) -> list[cadence.Slot]:
    """ "Sen 19:00, Rab 19.00" → slots; raises ValueError naming the part it cannot read."""
    slots = []
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        bits = part.split()
        if len(bits) != 2 or bits[0][:3].lower() not in _WEEKDAYS:
            raise ValueError(part)
        clock = bits[1].replace(".", ":").split(":")
        try:
            hh, mm = int(clock[0]), int(clock[1])
        except (ValueError, IndexError):
            raise ValueError(part) from None
        if not (0 <= hh < 24 and 0 <= mm < 60):
            raise ValueError(part)
        slots.extend(
            cadence.parse_slots(
                [{"weekday": _WEEKDAYS[bits[0][:3].lower()], "time": f"{hh:02d}:{mm:02d}"}]
            )
        )
    return slots


class IdeaDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        title: str = "",
        source: str = "",
        priority: int = 2,
        notes: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kartu ide"))
        form = QFormLayout(self)
        self.title = QLineEdit(title, self)
        form.addRow(self.tr("Judul"), self.title)
        self.source = QComboBox(self)
        self.source.setEditable(True)
        english = current_language() == "en"
        self.source.addItems([en if english else id_text for id_text, en in SOURCES])
        self.source.setCurrentText(source)
        form.addRow(self.tr("Sumber"), self.source)
        self.priority = QComboBox(self)
        names = {1: self.tr("Tinggi"), 2: self.tr("Sedang"), 3: self.tr("Rendah")}
        for value in PRIORITY_LABELS:
            self.priority.addItem(names[value], value)
        self.priority.setCurrentIndex(priority - 1)
        form.addRow(self.tr("Prioritas"), self.priority)
        self.notes = QPlainTextEdit(notes, self)
        self.notes.setMaximumHeight(90)
        form.addRow(self.tr("Catatan"), self.notes)
        form.addRow(_buttons(self))
        self.resize(460, 260)

    def values(self) -> tuple[str, str, int, str]:
        return (
            self.title.text(),
            self.source.currentText(),
            self.priority.currentData(),
            self.notes.toPlainText(),
        )
