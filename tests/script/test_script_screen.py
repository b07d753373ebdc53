"""The script editor screen: typing saves at once, undo/redo, structure edits, budget,
glossary highlighting, big pastes, export."""

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from app.services.projects import ProjectService
from app.services.script import ScriptService
from app.services.shots import ShotService
from app.store.workspace import open_workspace
from app.ui.script.screen import BAR_OVER, ScriptScreen


@pytest.fixture
def screen(ctx, qtbot):
    pid = ctx.service(ProjectService).create("Call Center 112", "tutorial-layanan-publik")
    w = ScriptScreen(ctx)
    qtbot.addWidget(w)
    w.set_project(pid)
    w.resize(1280, 800)
    w.show()
    return w


def db_narrations(ctx, pid):
    return [s.narration for s in ctx.service(ShotService).list(pid)]


def test_typing_saves_at_once_updates_estimate_and_undoes_with_ctrl_z(screen, ctx, qtbot):
    pid = screen.project_id
    before = db_narrations(ctx, pid)
    total_before = screen.total_s
    screen.shot_list.setCurrentRow(0)
    edit = screen.editor.narration
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    QTest.keyClicks(edit, " Hubungi segera nomor darurat resmi kabupaten kita sekarang juga")
    assert db_narrations(ctx, pid)[0].endswith("kabupaten kita sekarang juga")
    assert screen.total_s > total_before
    assert "⚠" in screen.shot_list.item(0).text()  # 17 words no longer fit 5 s
    assert "tidak muat" in screen.editor.estimate.text()
    QTest.keySequence(edit, QKeySequence.Undo)
    assert db_narrations(ctx, pid) == before
    assert edit.toPlainText() == before[0]
    assert screen.total_s == pytest.approx(total_before)
    QTest.keySequence(edit, QKeySequence.Redo)
    assert db_narrations(ctx, pid)[0].endswith("sekarang juga")


def test_structure_edits_by_keyboard_and_full_undo(screen, ctx, qtbot):
    pid = screen.project_id
    before = db_narrations(ctx, pid)
    screen.shot_list.setCurrentRow(0)
    edit = screen.editor.narration
    cursor = edit.textCursor()
    cursor.setPosition(edit.toPlainText().index("harus"))
    edit.setTextCursor(cursor)
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key_Return, Qt.ControlModifier | Qt.ShiftModifier)  # split
    assert db_narrations(ctx, pid)[:2] == ["Pernah bingung", before[0][len("Pernah bingung ") :]]
    QTest.keyClick(edit, Qt.Key_Return, Qt.ControlModifier)  # insert after
    assert len(db_narrations(ctx, pid)) == 7 and db_narrations(ctx, pid)[2] == ""
    QTest.keyClicks(screen.editor.narration, "Baru")
    screen.duplicate_shot()
    screen.shot_list.setCurrentRow(0)
    screen.merge_shot()
    screen.shot_list.setCurrentRow(4)
    screen.shot_list.setFocus()
    QTest.keyClick(screen.shot_list, Qt.Key_Down, Qt.AltModifier)  # move down
    screen.delete_shot()
    assert db_narrations(ctx, pid) != before
    while screen.undo_stack.canUndo():
        screen.undo_stack.undo()
    assert db_narrations(ctx, pid) == before
    assert [screen.shot_list.item(i).data(Qt.UserRole) for i in range(5)] == [
        s.id for s in ctx.service(ShotService).list(pid)
    ]


def test_drag_reorder_goes_through_undo(screen, ctx, qtbot):
    pid = screen.project_id
    ids = [s.id for s in ctx.service(ShotService).list(pid)]
    screen.shot_list.model().moveRow(
        screen.shot_list.rootIndex(), 0, screen.shot_list.rootIndex(), 3
    )
    qtbot.waitUntil(lambda: [s.id for s in ctx.service(ShotService).list(pid)] != ids)
    assert [s.id for s in ctx.service(ShotService).list(pid)] == [
        ids[1],
        ids[2],
        ids[0],
        ids[3],
        ids[4],
    ]
    screen.undo_stack.undo()
    assert [s.id for s in ctx.service(ShotService).list(pid)] == ids


def test_budget_bar_warns_past_target_and_follows_words_per_minute(screen, ctx):
    assert screen.budget.styleSheet() != BAR_OVER
    shot = screen.shots[1]
    screen.editor.load(shot, [], 2)
    screen.shot_list.setCurrentRow(1)
    screen.editor.narration.setPlainText("kata " * 120)  # +50 s at 140 wpm
    assert screen.total_s > 60
    assert screen.budget.styleSheet() == BAR_OVER and "lewat" in screen.budget.format()
    stats = ctx.service(ScriptService).stats(screen.project_id)
    assert screen.total_s == pytest.approx(stats.estimated_seconds)
    screen.wpm_spin.setValue(240)
    assert ctx.setting("narration_wpm") == 240
    assert screen.total_s < 60 and screen.budget.styleSheet() != BAR_OVER


def test_edits_racing_keep_every_field(screen, ctx):
    screen.shot_list.setCurrentRow(2)
    sid = screen.current_shot_id()
    QTest.keyClicks(screen.editor.narration, " satu")
    screen.editor.target.setValue(12.5)
    QTest.keyClicks(screen.editor.on_screen, " dua")
    QTest.keyClicks(screen.editor.narration, " tiga")
    saved = ctx.service(ShotService).get(sid)
    assert saved.narration.endswith("satu tiga") and saved.on_screen_text.endswith(" dua")
    assert saved.target_duration_s == 12.5
    screen.undo_stack.undo()  # only the last narration typing
    saved = ctx.service(ShotService).get(sid)
    assert saved.narration.endswith("satu") and saved.target_duration_s == 12.5


def test_glossary_terms_are_highlighted(screen, ctx, qtbot):
    screen.glossary.term.setText("Call Center 112")
    screen.glossary.add_current()
    screen.shot_list.setCurrentRow(0)
    screen.editor.narration.setPlainText("Telepon call center 112 sekarang.")
    block = screen.editor.narration.document().firstBlock()
    ranges = block.layout().formats()
    assert any(r.start == 8 and r.length == len("call center 112") for r in ranges)
    assert ctx.service(ScriptService).glossary_terms() == ["Call Center 112"]


def test_pasting_a_10000_word_script_splits_it_and_stays_responsive(screen, ctx, qtbot):
    pid = screen.project_id
    text = "\n\n".join(f"## Shot {i}\nTEKS: Judul {i}\n" + "kata " * 40 for i in range(250))
    screen.shot_list.setCurrentRow(4)
    mime = QMimeData()
    mime.setText(text)
    screen.editor.narration.insertFromMimeData(mime)
    assert len(screen.shots) == 255 and screen.shot_list.count() == 255
    assert ctx.service(ScriptService).stats(pid).words > 10_000
    # the editor still types instantly afterwards
    screen.shot_list.setCurrentRow(100)
    QTest.keyClicks(screen.editor.narration, "x")
    screen.undo_stack.undo()
    screen.undo_stack.undo()
    assert len(db_narrations(ctx, pid)) == 5


def test_export_pdf_from_screen_and_read_only_error_is_shown(screen, qtbot, tmp_path, monkeypatch):
    with qtbot.waitSignal(screen.export_finished, timeout=20000) as sig:
        screen.export_to("pdf", tmp_path / "naskah saya.pdf")
    assert sig.args[0].endswith("naskah saya.pdf")
    assert (tmp_path / "naskah saya.pdf").read_bytes()[:4] == b"%PDF"
    with qtbot.waitSignal(screen.export_finished, timeout=20000) as sig:
        screen.export_to("docx", tmp_path / "tidak ada" / "naskah.docx")
    assert sig.args[0] == "" and screen.error_label.isVisible()
    assert "tidak ada" in screen.error_label.text()


def test_empty_project_shows_a_hint_and_adds_first_shot(ctx, qtbot):
    pid = ctx.service(ProjectService).create("Kosong")
    w = ScriptScreen(ctx)
    qtbot.addWidget(w)
    w.set_project(pid)
    assert w.shot_list.count() == 0 and "Belum ada shot" in w.editor.heading.text()
    assert not w.editor.fields.isEnabled()
    w.add_shot()
    assert w.shot_list.count() == 1 and w.editor.fields.isEnabled()
    w.set_project(None)
    assert not w.act_insert.isEnabled()


def test_scenes_and_pinned_comments_show_in_the_shot_list(screen, ctx):
    screen.shot_list.setCurrentRow(3)
    screen.new_scene("Penutup")
    assert "▸ Penutup" in screen.shot_list.item(3).text()
    screen.rename_scene("Akhir")
    assert "▸ Akhir" in screen.shot_list.item(3).text()
    screen.undo_stack.undo()
    screen.undo_stack.undo()
    assert "▸" not in screen.shot_list.item(3).text()

    screen.shot_list.setCurrentRow(1)
    screen.review.reviewer.setText("Pak Budi")
    screen.review.comment.setPlainText("Sebut nomornya dua kali.")
    screen.review.pin_btn.click()
    assert "1 komentar" in screen.shot_list.item(1).text()
    assert "Sebut nomornya" in screen.editor.comments_label.text()
    assert not screen.editor.comments_label.isHidden()
    assert ctx.setting("reviewer_name") == "Pak Budi"
    screen.review.approve_btn.click()
    assert "Disetujui" in screen.review.state_label.text()
    screen.shot_list.setCurrentRow(0)
    QTest.keyClicks(screen.editor.narration, " lagi")
    screen.review.refresh()
    assert "Berubah sejak disetujui" in screen.review.state_label.text()
    assert screen.review.changes.count() == 1


def test_read_only_workspace_refuses_typing_without_an_undo_step(screen, ctx, monkeypatch):
    # A second opening while this one holds the lock is read-only (another Kilas has it).
    second = open_workspace(ctx.workspace.root)
    try:
        assert second.read_only
        monkeypatch.setattr(ctx, "workspace", second)
        before = db_narrations(ctx, screen.project_id)
        screen.shot_list.setCurrentRow(0)
        QTest.keyClicks(screen.editor.narration, "x")
        assert db_narrations(ctx, screen.project_id) == before
        assert screen.error_label.isVisible() and "Kilas lain" in screen.error_label.text()
        assert screen.undo_stack.count() == 0
        assert screen.editor.narration.toPlainText() == before[0]
    finally:
        monkeypatch.undo()
        second.close()


def test_new_from_template_opens_the_new_project(screen, ctx, qtbot, monkeypatch):
    from app.ui.projects.new_dialog import NewProjectDialog

    monkeypatch.setattr(NewProjectDialog, "exec", lambda self: NewProjectDialog.Accepted)
    monkeypatch.setattr(
        NewProjectDialog, "values", lambda self: ("Imbauan DBD", "imbauan-psa", "Kesehatan")
    )
    with qtbot.waitSignal(screen.project_opened) as sig:
        screen.new_from_template()
    assert screen.project_id == sig.args[0]
    assert screen.title_label.text() == "Imbauan DBD"
    assert screen.shot_list.count() == 5 and screen.target_s == 45
    assert "Menguras" in screen.shots[2].on_screen_text


def test_resolving_a_comment_clears_its_mark_and_dropping_a_txt_adds_shots(screen, ctx, tmp_path):
    from PySide6.QtCore import QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    screen.shot_list.setCurrentRow(2)
    screen.review.reviewer.setText("Ani")
    screen.review.comment.setPlainText("Terlalu panjang")
    screen.review.pin_btn.click()
    assert "1 komentar" in screen.shot_list.item(2).text()
    screen.review.history.setCurrentRow(0)
    assert screen.review.resolve_btn.isEnabled()
    screen.review.resolve_btn.click()
    assert "komentar" not in screen.shot_list.item(2).text()
    assert "selesai" in screen.review.history.item(0).text()

    path = tmp_path / "tambahan.txt"
    path.write_text("Paragraf tambahan satu.\n\nParagraf tambahan dua.", encoding="utf-16")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    screen.dropEvent(event)
    assert len(db_narrations(ctx, screen.project_id)) == 7
    assert db_narrations(ctx, screen.project_id)[3] == "Paragraf tambahan satu."


def test_text_tab_shows_the_script_in_the_plain_text_format(screen, qtbot):
    from PySide6.QtGui import QGuiApplication

    screen.side_tabs.setCurrentWidget(screen.text_view)
    text = screen.text_view.text.toPlainText()
    assert text.startswith("JUDUL: Call Center 112") and "## Shot 5" in text
    screen.text_view.copy_btn.click()
    assert QGuiApplication.clipboard().text() == text


def test_fix_glossary_spelling_is_one_undoable_edit(screen, ctx):
    ctx.service(ScriptService).add_term("Diskominfo")
    screen.update_glossary()
    screen.shot_list.setCurrentRow(1)
    sid = screen.current_shot_id()
    ctx.service(ScriptService).update_shot(sid, narration="Hubungi diskominfo atau DISKOMINFO.")
    screen.reload()
    screen.editor.fix_spelling_action.trigger()
    assert ctx.service(ShotService).get(sid).narration == "Hubungi Diskominfo atau Diskominfo."
    screen.undo_stack.undo()
    assert ctx.service(ShotService).get(sid).narration == "Hubungi diskominfo atau DISKOMINFO."


def test_main_window_edit_menu_undoes_script_edits(ctx, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow

    pid = ctx.service(ProjectService).create("Call Center 112", "tutorial-layanan-publik")
    window = MainWindow(ctx, QSettings(str(tmp_path / "kilas.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.set_current_project(pid)
    screen = window.show_screen("script")
    window.show()
    before = db_narrations(ctx, pid)
    screen.shot_list.setCurrentRow(0)
    QTest.keyClicks(screen.editor.narration, " tambahan")
    assert db_narrations(ctx, pid)[0].endswith(" tambahan")
    window.undo_group.undo()
    assert db_narrations(ctx, pid) == before


def test_project_deleted_elsewhere_leaves_an_empty_screen(screen, ctx):
    ctx.service(ProjectService).delete(screen.project_id)
    screen.refresh()
    assert screen.project_id is None and screen.shot_list.count() == 0
    assert "tidak ditemukan" in screen.error_label.text()


def test_ctrl_page_down_moves_to_the_next_shot_while_typing(screen, qtbot):
    screen.shot_list.setCurrentRow(0)
    screen.editor.narration.setFocus()
    qtbot.waitUntil(lambda: screen.editor.narration.hasFocus())
    QTest.keyClick(screen.editor.narration, Qt.Key_PageDown, Qt.ControlModifier)
    assert screen.current_row() == 1 and screen.editor.heading.text() == "Shot 2"
