"""Actions of the script screen: toolbar buttons with keyboard shortcuts, the export menu,
the shot list's right-click menu. Every action calls a ScriptScreen method."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton

from app.ui.common.actions import add_action
from app.ui.style.icons import icon

if TYPE_CHECKING:
    from app.ui.script.screen import ScriptScreen


def tr(text: str) -> str:
    """This module's strings. lupdate files bare tr() calls outside a class under the empty
    context, so they are looked up there (screen.tr would look under "ScriptScreen" and
    find nothing: the toolbar stayed Indonesian in the English UI)."""
    return QCoreApplication.translate("", text)


def _action(
    screen: ScriptScreen,
    text: str,
    shortcut: str | QKeySequence | None,
    slot,
    tip: str = "",
    icon: str | None = None,
) -> QAction:
    return add_action(screen, screen.toolbar, text, shortcut or None, slot, tip=tip, icon=icon)


def build_actions(screen: ScriptScreen) -> None:
    """Toolbar, shortcuts, export menu, right-click menu and drops of the script screen."""
    screen.act_insert = _action(
        screen,
        tr("Sisip shot"),
        "Ctrl+Return",
        screen.insert_shot,
        tr("Sisipkan shot baru sesudah shot ini"),
        icon="list-plus",
    )
    screen.act_add = _action(
        screen,
        tr("Tambah"),
        "Ctrl+Alt+Return",
        screen.add_shot,
        tr("Tambah shot di akhir naskah"),
        icon="plus",
    )
    screen.act_split = _action(
        screen,
        tr("Pisah"),
        "Ctrl+Shift+Return",
        screen.split_shot,
        tr("Pisahkan narasi di posisi kursor menjadi dua shot"),
        icon="split",
    )
    screen.act_merge = _action(
        screen,
        tr("Gabung"),
        "Ctrl+Shift+M",
        screen.merge_shot,
        tr("Gabungkan dengan shot berikutnya"),
        icon="merge",
    )
    screen.act_duplicate = _action(
        screen, tr("Duplikat"), "Ctrl+D", screen.duplicate_shot, icon="copy"
    )
    screen.act_delete = _action(
        screen,
        tr("Hapus"),
        "Ctrl+Shift+Delete",
        screen.delete_shot,
        tr("Hapus shot ini"),
        icon="trash-2",
    )
    screen.act_up = _action(
        screen, tr("Naik"), "Alt+Up", lambda: screen.move_shot(-1), icon="arrow-up"
    )
    screen.act_down = _action(
        screen, tr("Turun"), "Alt+Down", lambda: screen.move_shot(1), icon="arrow-down"
    )
    screen.act_scene = _action(
        screen,
        tr("Adegan baru"),
        "Ctrl+Shift+N",
        lambda: screen.new_scene(),
        tr("Mulai adegan baru di shot ini"),
        icon="clapperboard",
    )
    screen.act_rename_scene = _action(
        screen,
        tr("Nama adegan"),
        "F2",
        lambda: screen.rename_scene(),
        tr("Ganti judul adegan shot ini"),
        icon="pencil",
    )
    screen.toolbar.addSeparator()
    screen.act_paste = _action(
        screen,
        tr("Tempel naskah"),
        "Ctrl+Shift+V",
        screen.paste_clipboard,
        tr("Tempel naskah teks sebagai shot-shot baru"),
        icon="clipboard-paste",
    )
    screen.act_import = _action(
        screen, tr("Impor teks…"), "Ctrl+I", screen.import_file_dialog, icon="file-input"
    )
    screen.act_restore = _action(
        screen,
        tr("Pulihkan naskah…"),
        "Ctrl+Shift+H",
        screen.restore_backup_dialog,
        tr("Kembalikan naskah seperti sebelum impor yang menggantinya"),
        icon="rotate-ccw",
    )
    screen.toolbar.addSeparator()
    # One "Ekspor" button with a menu keeps the toolbar inside a 1280-px window.
    screen.export_menu = QMenu(screen)
    screen.act_export = {}
    for fmt, label in (
        ("pdf", tr("PDF untuk tanda tangan")),
        ("docx", tr("Word (DOCX)")),
        ("txt", tr("Teks (TXT)")),
    ):
        act = screen.export_menu.addAction(label)
        act.triggered.connect(lambda _c=False, f=fmt: screen.export_dialog(f))
        screen.act_export[fmt] = act
    screen.export_button = QToolButton()
    screen.export_button.setText(tr("Ekspor"))
    screen.export_button.setToolTip(tr("Ekspor naskah (Ctrl+E: PDF)"))
    screen.export_button.setMenu(screen.export_menu)
    screen.export_button.setPopupMode(QToolButton.InstantPopup)
    screen.export_button.setIcon(icon("file-output"))
    screen.export_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
    screen.toolbar.addWidget(screen.export_button)
    export_pdf = QAction(screen)
    export_pdf.setShortcut(QKeySequence("Ctrl+E"))
    export_pdf.setShortcutContext(Qt.WidgetWithChildrenShortcut)
    export_pdf.triggered.connect(lambda: screen.export_dialog("pdf"))
    screen.addAction(export_pdf)
    screen.act_new = QAction(tr("Baru dari templat…"), screen)
    screen.act_new.setToolTip(tr("Proyek baru dari templat naskah"))
    screen.act_new.setIcon(icon("file-plus"))
    screen.act_new.triggered.connect(screen.new_from_template)
    screen.new_button = QToolButton()
    screen.new_button.setDefaultAction(screen.act_new)
    screen.new_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
    screen.delete_key = QAction(screen)  # Delete in the shot list removes the shot
    screen.delete_key.setShortcut(QKeySequence.Delete)
    screen.delete_key.setShortcutContext(Qt.WidgetShortcut)
    screen.delete_key.triggered.connect(screen.delete_shot)
    screen.shot_list.addAction(screen.delete_key)
    # Right-click on a shot offers the same edits as the toolbar (mouse users).
    screen.shot_list.setContextMenuPolicy(Qt.ActionsContextMenu)
    for act in (
        screen.act_insert,
        screen.act_duplicate,
        screen.act_merge,
        screen.act_up,
        screen.act_down,
        screen.act_scene,
        screen.act_rename_scene,
        screen.act_delete,
    ):
        screen.shot_list.addAction(act)
    # Ctrl+PgUp / Ctrl+PgDown move between shots without leaving the narration field.
    for key, step in (("Ctrl+PgUp", -1), ("Ctrl+PgDown", 1)):
        nav = QAction(screen)
        nav.setShortcut(QKeySequence(key))
        nav.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        nav.triggered.connect(lambda _c=False, d=step: screen.step_shot(d))
        screen.addAction(nav)
    screen.setAcceptDrops(True)  # a .txt dropped on the screen is added as shots
