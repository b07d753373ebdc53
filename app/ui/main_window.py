"""The main window: navigation between screens, current project, workspace menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import __version__
from app.core.errors import KilasError
from app.core.overwrite import Overwrite
from app.services.projects import ProjectService
from app.ui.common.empty_state import EmptyState
from app.ui.common.screen import Screen
from app.ui.i18n import LANGUAGES
from app.ui.screens import SCREENS, ScreenSpec, create_screen, spec_for
from app.ui.style.icons import icon
from app.ui.style.theme import PALETTE, set_role

MAX_RECENT = 8
FIRST_SIZE = QSize(1280, 800)  # wanted at first start, shrunk to fit the screen
# Title bar and borders around the client area, before the window manager has told us
# (a window not shown yet has no frame): generous enough for Windows 10/11 and GNOME.
FRAME_ALLOWANCE = QMargins(8, 32, 8, 8)


class _FirstPaint(QObject):
    """Emits `window.first_painted` once, right after the window's first paint pass. Until
    then it watches the application's events (a few hundred at start), then removes itself."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if (
            event.type() == QEvent.Paint
            and isinstance(obj, QWidget)
            and obj.window() is self._window
        ):
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self._window.first_painted.emit)  # after the pass is done
        return False


class MainWindow(QMainWindow):
    workspace_requested = Signal(Path)  # the composition root reopens Kilas on it
    sample_requested = Signal()
    # A team workspace: ("open" | "copy", remembered location or ""); the controller asks for
    # the server and shared folder (TeamWorkspaceDialog) and opens it, or copies this one there.
    team_workspace_requested = Signal(str, str)
    # Once, when the window has been painted for the first time: start-up work that the
    # first screen does not need (the render queue) waits for it.
    first_painted = Signal()

    def __init__(self, ctx, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first_paint = _FirstPaint(self)
        self.ctx = ctx
        self.settings = settings
        self.projects = ctx.service(ProjectService)
        self.screens: dict[str, Screen] = {}
        self.undo_group = QUndoGroup(self)
        self.current_project_id: int | None = None
        self.setWindowTitle(self._title())
        self._build_navigation()
        self._build_menus()
        self._build_toolbar()
        # Projects first: the screen restored next must show the current project at once.
        self.reload_projects()
        self._restore_layout()
        if ctx.read_only:
            notice = QLabel(self.ctx.msg(*ctx.workspace.read_only_message()))
            notice.setObjectName("read-only-notice")
            set_role(notice, "notice")
            self.statusBar().addPermanentWidget(notice, 1)
        elif ctx.workspace.team:
            self.statusBar().showMessage(
                self.tr("Ruang kerja tim %1 · folder bersama %2")
                .replace("%1", ctx.workspace.display_name)
                .replace("%2", str(ctx.workspace.root))
            )
        else:
            self.statusBar().showMessage(str(ctx.workspace.root))

    def _title(self) -> str:
        if self.ctx.workspace.team:
            name = self.ctx.workspace.display_name.split("://", 1)[-1]
            team = self.tr("Tim")
            return f"Kilas {__version__} — {team}: {name}"
        return f"Kilas {__version__} — {self.ctx.workspace.root.name}"

    # Building -------------------------------------------------------------------------
    def _build_navigation(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(140)
        self.nav.setIconSize(QSize(20, 20))
        for spec in SCREENS:
            item = QListWidgetItem(
                icon(spec.icon, PALETTE.nav_text, selected=PALETTE.on_accent), self.tr_nav(spec)
            )
            item.setData(Qt.UserRole, spec.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self._placeholders: dict[str, int] = {}
        for spec in SCREENS:
            self._placeholders[spec.key] = self.stack.addWidget(QWidget())
        # Shown instead of a screen that works on one project while there is none.
        self.no_project = EmptyState(
            "folder-kanban",
            self.tr("Belum ada proyek. Buat proyek pertama untuk mulai."),
            self.tr("Buat proyek baru…"),
        )
        self.no_project.action_triggered.connect(self.on_no_project_action_triggered)
        self.stack.addWidget(self.no_project)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.on_nav_row_changed)

    def tr_nav(self, spec: ScreenSpec) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Navigation", spec.label)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        act = file_menu.addAction(self.tr("Buka ruang kerja…"), self.on_open_workspace_triggered)
        act.setIcon(icon("folder-open"))
        act.setShortcut(QKeySequence.Open)
        file_menu.addAction(self.tr("Ruang kerja baru…"), self.on_new_workspace_triggered)
        act = file_menu.addAction(
            self.tr("Buka ruang kerja tim…"),
            lambda: self.team_workspace_requested.emit("open", ""),
        )
        act.setObjectName("open-team-workspace")
        act.setIcon(icon("users"))
        act = file_menu.addAction(
            self.tr("Salin ruang kerja ini ke tim…"),
            lambda: self.team_workspace_requested.emit("copy", ""),
        )
        act.setObjectName("copy-to-team-workspace")
        act.setEnabled(not self.ctx.workspace.team)
        self.recent_menu = file_menu.addMenu(self.tr("Ruang kerja terbaru"))
        file_menu.addAction(self.tr("Buat ruang kerja contoh"), self.sample_requested.emit)
        file_menu.addSeparator()
        act = file_menu.addAction(self.tr("Keluar"), self.close)
        act.setShortcut(QKeySequence.Quit)
        self._fill_recent_menu()

        edit_menu = self.menuBar().addMenu(self.tr("&Sunting"))
        undo = self.undo_group.createUndoAction(self, self.tr("Urungkan"))
        undo.setShortcut(QKeySequence.Undo)
        undo.setIcon(icon("undo-2"))
        redo = self.undo_group.createRedoAction(self, self.tr("Ulangi"))
        redo.setShortcut(QKeySequence.Redo)
        redo.setIcon(icon("redo-2"))
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

        view_menu = self.menuBar().addMenu(self.tr("&Tampilan"))
        lang_menu = view_menu.addMenu(self.tr("Bahasa"))
        group = QActionGroup(self)
        current = self.settings.value("ui/language", "id")
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=(code == current))
            action.triggered.connect(lambda _c=False, code=code: self.on_language_chosen(code))
            group.addAction(action)
            lang_menu.addAction(action)
        for index, spec in enumerate(SCREENS):
            act = view_menu.addAction(self.tr_nav(spec), lambda i=index: self.nav.setCurrentRow(i))
            act.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))

        help_menu = self.menuBar().addMenu(self.tr("Bant&uan"))
        act = help_menu.addAction(self.tr("Panduan memulai"), self.on_guide_triggered)
        act.setIcon(icon("book-open"))
        act.setShortcut(QKeySequence.HelpContents)
        act = help_menu.addAction(self.tr("Daftar pintasan"), self.on_shortcuts_triggered)
        act.setIcon(icon("keyboard"))
        act.setShortcut(QKeySequence("Ctrl+/"))
        help_menu.addAction(self.tr("Laporkan masalah…"), self.on_report_problem_triggered)
        help_menu.addSeparator()
        help_menu.addAction(self.tr("Tentang Kilas"), self.on_about_triggered)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Proyek"))
        bar.setObjectName("project-toolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("Proyek: ")))
        self.project_combo = QComboBox()
        self.project_combo.setObjectName("current-project")
        self.project_combo.setMinimumWidth(320)
        self.project_combo.activated.connect(self.on_project_combo_activated)
        bar.addWidget(self.project_combo)
        self.addToolBar(bar)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent_workspaces(self.settings):
            if path.startswith("postgresql://"):  # a team workspace: asks for what it needs
                self.recent_menu.addAction(
                    path, lambda p=path: self.team_workspace_requested.emit("open", p)
                )
            else:
                self.recent_menu.addAction(
                    path, lambda p=path: self.workspace_requested.emit(Path(p))
                )
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        if not restored:
            self.resize(FIRST_SIZE)
        if not (self.windowState() & (Qt.WindowMaximized | Qt.WindowFullScreen)):
            # A first start, or a layout saved on a bigger screen, must fit this one: a
            # 1366×768 laptop with a taskbar leaves about 1366×720, status bar included.
            screen = (
                QGuiApplication.screenAt(self.geometry().center())
                or QGuiApplication.primaryScreen()
            )
            self.setGeometry(
                fit_window_geometry(
                    self.geometry(), screen.availableGeometry(), FRAME_ALLOWANCE, not restored
                )
            )
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        keys = [s.key for s in SCREENS]
        last = self.settings.value("window/screen", "projects")
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    # Screens --------------------------------------------------------------------------
    def screen(self, key: str) -> Screen:
        """The screen for `key`, built on first use (keeps start-up fast)."""
        if key not in self.screens:
            spec = next(s for s in SCREENS if s.key == key)
            widget = create_screen(spec, self.ctx, self)
            widget.project_opened.connect(self.on_screen_project_opened)
            widget.project_selected.connect(self.set_current_project)
            widget.projects_changed.connect(self.reload_projects)
            widget.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
            self.undo_group.addStack(widget.undo_stack)
            index = self._placeholders[key]
            old = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.screens[key] = widget
            widget.set_project(self.current_project_id)
        return self.screens[key]

    def show_screen(self, key: str) -> Screen:
        keys = [s.key for s in SCREENS]
        self.nav.setCurrentRow(keys.index(key))
        return self.screens[key]

    def on_nav_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = SCREENS[row].key
        built = key in self.screens
        widget = self.screen(key)  # a screen built now already has the current project
        self._raise_screen(key)
        self.undo_group.setActiveStack(widget.undo_stack)
        if built:
            widget.set_project(self.current_project_id)  # refresh what changed meanwhile
        self.settings.setValue("window/screen", key)

    def _raise_screen(self, key: str) -> None:
        covered = spec_for(key).needs_project and self.current_project_id is None
        self.stack.setCurrentWidget(self.no_project if covered else self.screens[key])

    def on_no_project_action_triggered(self) -> None:
        """New project from a screen that needs one: the dialog, then back to that screen."""
        wanted = SCREENS[self.nav.currentRow()].key
        self.show_screen("projects").act_new.trigger()  # a modal dialog: done when it returns
        if self.current_project_id is not None:
            self.show_screen(wanted)

    # Projects -------------------------------------------------------------------------
    def reload_projects(self) -> None:
        summaries = self.projects.summaries()
        ids = [p.id for p in summaries]
        if self.current_project_id not in ids:
            last = self.settings.value(f"workspace/{self.ctx.workspace.display_name}/project")
            self.current_project_id = (
                int(last) if last is not None and int(last) in ids else (ids[0] if ids else None)
            )
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for p in summaries:
            self.project_combo.addItem(p.title, p.id)
        if self.current_project_id is not None:
            self.project_combo.setCurrentIndex(ids.index(self.current_project_id))
        self.project_combo.blockSignals(False)

    def set_current_project(self, project_id: int | None) -> None:
        self.current_project_id = project_id
        self.reload_projects()
        if project_id is not None:
            self.settings.setValue(
                f"workspace/{self.ctx.workspace.display_name}/project", project_id
            )
        row = self.nav.currentRow()
        if row >= 0 and SCREENS[row].key in self.screens:
            self._raise_screen(SCREENS[row].key)
            self.screens[SCREENS[row].key].set_project(project_id)

    def on_project_combo_activated(self, index: int) -> None:
        self.set_current_project(self.project_combo.itemData(index))

    def on_screen_project_opened(self, project_id: int) -> None:
        self.set_current_project(project_id)
        self.show_screen("script")

    # Menus ----------------------------------------------------------------------------
    def on_open_workspace_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Buka ruang kerja"))
        if folder:
            self.workspace_requested.emit(Path(folder))

    def on_new_workspace_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih folder kosong untuk ruang kerja baru")
        )
        if folder:
            self.workspace_requested.emit(Path(folder))

    def on_language_chosen(self, code: str) -> None:
        self.settings.setValue("ui/language", code)
        QMessageBox.information(
            self,
            "Kilas",
            "Bahasa akan berganti saat Kilas dibuka lagi.\nThe language changes when Kilas starts again.",
        )

    def all_screens(self) -> dict[str, Screen]:
        """Every screen, building the ones not opened yet (for the shortcut list)."""
        for spec in SCREENS:
            self.screen(spec.key)
        return dict(self.screens)

    def on_shortcuts_triggered(self) -> None:
        from app.ui.help.dialogs import ShortcutsDialog
        from app.ui.help.shortcuts import collect_shortcuts

        ShortcutsDialog(collect_shortcuts(self, self.all_screens()), self).exec()

    def show_guide_on_first_start(self) -> None:
        if self.settings.value("help/guide_at_start", True, type=bool):
            self.on_guide_triggered()

    def on_guide_triggered(self) -> None:
        from app.ui.help.dialogs import GuideDialog

        dialog = GuideDialog(self.settings.value("help/guide_at_start", True, type=bool), self)
        dialog.finished.connect(
            lambda _r: self.settings.setValue("help/guide_at_start", dialog.show_again.isChecked())
        )
        dialog.open()

    def on_report_problem_triggered(self) -> None:

        from app.services.problem_report import build_problem_report

        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan laporan masalah"),
            str(Path.home() / "laporan-kilas.zip"),
            self.tr("Arsip zip (*.zip)"),
        )
        if not path:
            return
        try:
            # The save dialog has asked before replacing an existing file.
            written = build_problem_report(self.ctx, Path(path), Overwrite.REPLACE)
        except KilasError as exc:
            QMessageBox.warning(self, "Kilas", exc.message(self.ctx.language))
            return
        QMessageBox.information(
            self,
            "Kilas",
            self.tr(
                "Laporan disimpan di {0}.\nKirim berkas ini ke tim pendukung; isinya versi, "
                "hasil pemeriksaan dan catatan Kilas, tanpa video atau naskah Anda."
            ).format(written),
        )

    def on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Tentang Kilas"),
            self.tr(
                "<b>Kilas {0}</b><p>Studio video vertikal luring untuk tim humas: naskah, storyboard, "
                "render bermerek, subtitle otomatis, dan kalender konten.</p>"
            ).format(__version__),
        )

    def closeEvent(self, event) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        super().closeEvent(event)


def fit_window_geometry(wanted: QRect, available: QRect, frame: QMargins, centre: bool) -> QRect:
    """The client geometry closest to `wanted` whose frame lies inside `available` (the
    screen minus taskbars); centred on it when `centre` (first start)."""
    width = min(wanted.width(), available.width() - frame.left() - frame.right())
    height = min(wanted.height(), available.height() - frame.top() - frame.bottom())
    low_x, low_y = available.left() + frame.left(), available.top() + frame.top()
    high_x = available.left() + available.width() - frame.right() - width
    high_y = available.top() + available.height() - frame.bottom() - height
    if centre:
        x, y = (low_x + high_x) // 2, (low_y + high_y) // 2
    else:
        x, y = max(low_x, min(wanted.x(), high_x)), max(low_y, min(wanted.y(), high_y))
    return QRect(x, y, width, height)


def recent_workspaces(settings: QSettings) -> list[str]:
    value = settings.value("workspaces/recent", [])
    if isinstance(value, str):
        value = [value]
    return [v for v in (value or []) if v]


def remember_workspace(settings: QSettings, root: Path | str) -> None:
    """Put a folder or a team workspace's location (no password) first in the recent list."""
    items = [str(root)] + [p for p in recent_workspaces(settings) if p != str(root)]
    settings.setValue("workspaces/recent", items[:MAX_RECENT])
