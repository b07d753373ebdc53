"""Calendar screen: planned publish dates per platform (month/week), cadence, ideas backlog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KilasError
from app.core.formatting import month_label
from app.core.overwrite import Overwrite
from app.core.platforms import PLATFORMS
from app.services.calendar import CalendarService
from app.ui.calendar.cadence_panel import CadencePanel
from app.ui.calendar.dialogs import PublishDialog, TargetsDialog
from app.ui.calendar.edits import ServiceEdit
from app.ui.calendar.grid import (
    ROLE_PAYLOAD,
    CalendarGrid,
    DayList,
    encode_payload,
    status_labels,
)
from app.ui.calendar.ideas_panel import IdeasPanel
from app.ui.common.actions import add_action
from app.ui.common.screen import Screen


class CalendarScreen(Screen):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.calendar = ctx.service(CalendarService)
        self._build()
        self.grid.anchor = self.calendar.now_local().date()
        self.refresh()

    # layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QToolBar(self)
        layout.addWidget(bar)
        group = QActionGroup(self)
        self.month_action = add_action(
            self,
            bar,
            self.tr("Bulan"),
            "Alt+1",
            lambda: self.set_mode("month"),
            icon="calendar-days",
        )
        self.week_action = add_action(
            self, bar, self.tr("Minggu"), "Alt+2", lambda: self.set_mode("week"), icon="calendar"
        )
        for act in (self.month_action, self.week_action):
            act.setCheckable(True)
            group.addAction(act)
        self.month_action.setChecked(True)
        bar.addSeparator()
        # The chevrons need no label; the tooltip (and the shortcut list) names them.
        previous = add_action(self, bar, "", "Alt+Left", lambda: self.step(-1), icon="chevron-left")
        previous.setToolTip(self.tr("Sebelumnya (Alt+←)"))
        add_action(self, bar, self.tr("Hari ini"), "Ctrl+T", self.go_today, icon="calendar-check")
        following = add_action(
            self, bar, "", "Alt+Right", lambda: self.step(1), icon="chevron-right"
        )
        following.setToolTip(self.tr("Berikutnya (Alt+→)"))
        self.period = QLabel(self)
        self.period.setMinimumWidth(150)
        self.period.setAlignment(Qt.AlignCenter)
        font = self.period.font()
        font.setBold(True)
        self.period.setFont(font)
        bar.addWidget(self.period)
        bar.addSeparator()
        self.plan_action = add_action(
            self, bar, self.tr("Jadwalkan…"), "Ctrl+J", self.on_plan_triggered, icon="calendar-plus"
        )
        self.publish_action = add_action(
            self,
            bar,
            self.tr("Tandai tayang…"),
            "Ctrl+Shift+P",
            self.on_publish_triggered,
            icon="circle-check-big",
        )
        self.unplan_action = add_action(
            self,
            bar,
            self.tr("Hapus jadwal"),
            QKeySequence.Delete,
            self.on_unplan_triggered,
            icon="calendar-x",
        )
        bar.addSeparator()
        add_action(
            self,
            bar,
            self.tr("Target && slot…"),
            "Ctrl+Shift+T",
            self.on_targets_triggered,
            icon="target",
        )
        add_action(
            self,
            bar,
            self.tr("Ekspor ICS…"),
            "Ctrl+E",
            lambda: self.on_export_triggered("ics"),
            icon="calendar-arrow-down",
        )
        add_action(
            self,
            bar,
            self.tr("Ekspor CSV…"),
            "Ctrl+Shift+E",
            lambda: self.on_export_triggered("csv"),
            icon="file-spreadsheet",
        )

        split = QSplitter(Qt.Horizontal, self)
        self.grid = CalendarGrid(split, self.ctx.language)
        self.grid.item_dropped.connect(self.on_grid_item_dropped)
        self.grid.item_opened.connect(self.project_opened)
        self.grid.selection_changed.connect(self._update_actions)
        split.addWidget(self.grid)
        side = QWidget(split)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.cadence = CadencePanel(side)
        self.cadence.project_activated.connect(self.project_opened)
        side_layout.addWidget(self.cadence, 5)
        self.tabs = QTabWidget(side)
        self.tabs.addTab(self.cadence.warnings, self.tr("Peringatan"))
        self.unscheduled = DayList(self.tabs)  # a drag source only: it has no day
        self.unscheduled.setWordWrap(True)
        self.unscheduled.opened.connect(self.project_opened)
        self.unscheduled.itemSelectionChanged.connect(self._update_actions)
        self.tabs.addTab(self.unscheduled, self.tr("Belum dijadwalkan"))
        self.ideas = IdeasPanel(self.ctx, self.undo_stack, self.tabs)
        self.ideas.changed.connect(self.refresh)
        self.ideas.failed.connect(self._show_error)
        self.tabs.addTab(self.ideas, self.tr("Bank ide"))
        side_layout.addWidget(self.tabs, 6)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([800, 420])
        layout.addWidget(split, 1)

    # data -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        start, end = self.grid.span()
        today = self.calendar.now_local().date()
        self.grid.show_entries(self.calendar.entries(start, end), today, self.project_id)
        anchor = self.grid.anchor
        if self.grid.mode == "month":
            self.period.setText(month_label(f"{anchor:%Y-%m}", self.ctx.language))
        else:
            self.period.setText(f"{start:%d/%m} – {end:%d/%m/%Y}")
        self.cadence.show_cadence(self.calendar.cadence())
        labels = status_labels(self)
        self.unscheduled.clear()
        for pid, title, status, platforms in self.calendar.unscheduled():
            item = QListWidgetItem(f"{title}  ·  {labels.get(status, status)}")
            platform = next((p for p in platforms if p in PLATFORMS), "tiktok")
            item.setData(ROLE_PAYLOAD, encode_payload(pid, ""))
            item.setData(Qt.UserRole, (pid, platform))
            item.setToolTip(self.tr("Seret ke tanggal di kalender untuk menjadwalkan."))
            self.unscheduled.addItem(item)
        self.ideas.refresh()
        self._update_actions()

    def set_mode(self, mode: str) -> None:
        self.grid.set_mode(mode)
        (self.month_action if mode == "month" else self.week_action).setChecked(True)
        self.refresh()

    def step(self, direction: int) -> None:
        anchor = self.grid.anchor
        if self.grid.mode == "week":
            self.grid.anchor = anchor + timedelta(weeks=direction)
        else:
            month = anchor.month - 1 + direction
            self.grid.anchor = date(anchor.year + month // 12, month % 12 + 1, 1)
        self.refresh()

    def go_today(self) -> None:
        self.grid.anchor = self.calendar.now_local().date()
        self.refresh()

    def _selected_unscheduled(self) -> tuple[int, str] | None:
        items = self.unscheduled.selectedItems()
        return tuple(items[0].data(Qt.UserRole)) if items else None

    def _update_actions(self) -> None:
        writable = not self.ctx.read_only
        chosen = self.grid.selected()
        self.publish_action.setEnabled(writable and chosen is not None)
        self.unplan_action.setEnabled(writable and chosen is not None)
        self.plan_action.setEnabled(
            writable and (chosen is not None or self._selected_unscheduled() is not None)
        )

    def _show_error(self, exc: KilasError) -> None:
        QMessageBox.warning(self, self.tr("Kalender"), exc.message(self.ctx.language))

    def _edit(self, text: str, project_id: int, action: Callable[[], object]) -> bool:
        """Run a calendar change as one undoable step (the project's rows before/after)."""
        try:
            before = self.calendar.state(project_id)
            action()
            after = self.calendar.state(project_id)
        except KilasError as exc:
            self._show_error(exc)
            return False
        self.undo_stack.push(
            ServiceEdit(
                text,
                lambda: self.calendar.restore(after),
                lambda: self.calendar.restore(before),
                self.refresh,
                self._show_error,
            )
        )
        return True

    # slots ------------------------------------------------------------------------------------
    def on_grid_item_dropped(
        self, project_id: int, from_platform: str, day: date, to_platform: str
    ) -> None:
        if not from_platform:  # from the "not yet planned" list
            platforms = next((u[3] for u in self.calendar.unscheduled() if u[0] == project_id), ())
            platform = to_platform or next((p for p in platforms if p in PLATFORMS), "tiktok")
            done = self._edit(
                self.tr("Jadwalkan video"),
                project_id,
                lambda: self.calendar.plan(project_id, platform, day),
            )
        else:
            target = to_platform or from_platform
            done = self._edit(
                self.tr("Pindahkan jadwal"),
                project_id,
                lambda: self.calendar.move(project_id, from_platform, day, target),
            )
        if done:
            self.status_message.emit(self.tr("Dijadwalkan {0}.").format(f"{day:%d/%m/%Y}"))

    def on_plan_triggered(self) -> None:
        chosen = self.grid.selected()
        if chosen is not None:
            pid, platform = chosen
            entry = next(e for e in self.calendar.entries() if (e.project_id, e.platform) == chosen)
            when, title = entry.planned_at or self.calendar.now_local(), entry.title
        else:
            picked = self._selected_unscheduled()
            if picked is None:
                return
            pid, platform = picked
            title = self.unscheduled.selectedItems()[0].text()
            day = max(self.grid.anchor, self.calendar.now_local().date())
            when = self.calendar.snapped_time(platform, day)
        dialog = PublishDialog(title, when, platform, published=False, parent=self)
        if dialog.exec():
            new_platform, new_when, _ = dialog.values()
            if chosen is not None:
                action = lambda: self.calendar.move(pid, platform, new_when, new_platform)  # noqa: E731
            else:
                action = lambda: self.calendar.plan(pid, new_platform, new_when)  # noqa: E731
            self._edit(self.tr("Jadwalkan video"), pid, action)

    def on_publish_triggered(self) -> None:
        chosen = self.grid.selected()
        if chosen is None:
            return
        pid, platform = chosen
        entry = next(e for e in self.calendar.entries() if (e.project_id, e.platform) == chosen)
        now = self.calendar.now_local()
        when = entry.published_at or min(entry.planned_at or now, now)
        dialog = PublishDialog(
            entry.title, when, platform, published=True, url=entry.url, parent=self
        )
        if dialog.exec():
            new_platform, published_at, url = dialog.values()
            self.mark_published(pid, new_platform, published_at, url, from_platform=platform)

    def mark_published(
        self,
        project_id: int,
        platform: str,
        published_at: datetime,
        url: str,
        from_platform: str | None = None,
    ) -> bool:
        def action() -> None:
            if from_platform and from_platform != platform:
                self.calendar.move(project_id, from_platform, published_at, platform)
            self.calendar.mark_published(project_id, platform, published_at, url)

        return self._edit(self.tr("Tandai sudah tayang"), project_id, action)

    def on_unplan_triggered(self) -> None:
        chosen = self.grid.selected()
        if chosen is not None:
            pid, platform = chosen
            self._edit(self.tr("Hapus jadwal"), pid, lambda: self.calendar.unplan(pid, platform))

    def on_targets_triggered(self) -> None:
        before = self.calendar.targets()
        dialog = TargetsDialog(before, self)
        if not dialog.exec():
            return
        after = dialog.values()

        def apply(values) -> None:
            for platform, per_week, slots in values:
                self.calendar.set_target(platform, per_week, list(slots))

        try:
            apply(after)
        except KilasError as exc:
            self._show_error(exc)
            return
        old = [(t.platform, t.per_week, list(t.slots)) for t in before]
        self.undo_stack.push(
            ServiceEdit(
                self.tr("Ubah target unggah"),
                lambda: apply(after),
                lambda: apply(old),
                self.refresh,
                self._show_error,
            )
        )
        self.refresh()

    def on_export_triggered(self, fmt: str) -> None:
        suggested = str(Path.home() / f"kalender-kilas.{fmt}")
        filters = "iCalendar (*.ics)" if fmt == "ics" else "CSV (*.csv)"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor kalender"), suggested, filters)
        if not path:
            return
        try:
            count = self.calendar.export(fmt, Path(path), overwrite=Overwrite.REPLACE)
        except (KilasError, OSError) as exc:
            message = exc.message(self.ctx.language) if isinstance(exc, KilasError) else str(exc)
            QMessageBox.warning(self, self.tr("Kalender"), message)
            return
        self.status_message.emit(self.tr("{0} jadwal diekspor ke {1}").format(count, path))
