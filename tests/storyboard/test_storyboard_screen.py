"""The storyboard screen: cards, drag and drop, pictures, side panel, undo, exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage

from app.core.platforms import PLATFORMS
from app.services.shots import ShotService
from app.services.storyboard import StoryboardService
from app.ui.storyboard.model import SHOT_IDS_MIME
from app.ui.storyboard.screen import StoryboardScreen
from tests.storyboard.conftest import make_png


@pytest.fixture
def screen(qtbot, ctx, project_id):
    widget = StoryboardScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_project(project_id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _drop(view, mime: QMimeData, pos: QPoint) -> None:
    event = QDropEvent(
        pos.toPointF(), Qt.CopyAction | Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier
    )
    view.dropEvent(event)


def _file_mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _wait_job(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: screen.job is None, timeout=30000)


def test_board_shows_one_card_per_shot_with_total_time(screen):
    assert screen.model.rowCount() == 3
    assert screen.summary.text().startswith("3 kartu")
    assert len(screen.view.visible_rows()) == 3


def test_dragging_a_card_reorders_the_script_and_undo_puts_it_back(screen, ctx, project_id):
    ids = screen.model.ids()
    mime = QMimeData()
    mime.setData(SHOT_IDS_MIME, f"[{ids[2]}]".encode())
    first = screen.view.visualRect(screen.model.index(0))
    _drop(screen.view, mime, first.topLeft() + QPoint(3, 20))  # left half of card 1
    expected = [ids[2], ids[0], ids[1]]
    assert [s.id for s in ctx.service(ShotService).list(project_id)] == expected
    assert screen.model.ids() == expected
    screen.undo_stack.undo()
    assert [s.id for s in ctx.service(ShotService).list(project_id)] == ids


def test_one_picture_dropped_on_a_card_becomes_its_picture(qtbot, screen, picture):
    second = screen.view.visualRect(screen.model.index(1))
    _drop(screen.view, _file_mime([picture]), second.center())
    _wait_job(qtbot, screen)
    card = screen.model.cards[1]
    assert card.picture_path is not None and card.picture_path.is_file()
    qtbot.waitUntil(lambda: screen.model.pixmap(card, 100, 178, 320) is not None, timeout=5000)
    screen.undo_stack.undo()
    assert screen.model.cards[1].picture_path is None


def test_hundred_images_dropped_on_the_board_load_in_background(qtbot, screen, tmp_path):
    files = [make_png(tmp_path / "banyak" / f"foto {i:03}.png", 48, 48) for i in range(100)]
    ticks = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    job = screen.add_images(files)
    assert screen.progress_strip.isVisible()
    progress = []
    job.signals.progress.connect(lambda f, _l: progress.append(f))
    _wait_job(qtbot, screen)
    timer.stop()
    assert screen.model.rowCount() == 103
    assert ticks, "the GUI thread kept running while the images were imported"
    assert not screen.progress_strip.isVisible()
    assert len(screen.selected_ids()) == 100
    screen.undo_stack.undo()
    assert screen.model.rowCount() == 3
    screen.undo_stack.redo()
    assert screen.model.rowCount() == 103


def test_non_image_dropped_gives_a_clear_notice_and_no_card(qtbot, screen, tmp_path):
    doc = tmp_path / "surat undangan.docx"
    doc.write_bytes(b"PK\x03\x04 not a picture")
    _drop(screen.view, _file_mime([doc, tmp_path / "IMG_7.heic"]), QPoint(5, 5) + QPoint(900, 700))
    _wait_job(qtbot, screen)
    assert screen.model.rowCount() == 3
    assert "surat undangan.docx" in screen.notice.text()
    assert screen.notice.isVisible()


def test_side_panel_sets_status_on_many_selected_cards_undoably(screen, ctx, project_id):
    ids = screen.model.ids()
    screen.select_ids(ids[:2])
    assert screen.panel.title.text() == "2 kartu dipilih"
    assert not screen.panel.narration.isEnabled()
    combo = screen.panel.status
    combo.setCurrentIndex(combo.findData("shot"))
    combo.activated.emit(combo.currentIndex())
    statuses = [c.production_status for c in ctx.service(StoryboardService).cards(project_id)]
    assert statuses == ["shot", "shot", "to_shoot"]
    screen.undo_stack.undo()
    statuses = [c.production_status for c in ctx.service(StoryboardService).cards(project_id)]
    assert statuses == ["to_shoot"] * 3


def test_pasted_clipboard_image_becomes_the_card_picture(qtbot, screen):
    image = QImage(90, 160, QImage.Format_RGB32)
    image.fill(Qt.magenta)
    QGuiApplication.clipboard().setImage(image)
    screen.select_ids([screen.model.ids()[0]])
    screen.on_paste_triggered()
    _wait_job(qtbot, screen)
    assert screen.model.cards[0].picture_path.suffix == ".png"


def test_picture_deleted_outside_kilas_shows_placeholder_and_count(qtbot, screen, picture):
    screen.select_ids([screen.model.ids()[0]])
    screen.set_picture_from(screen.model.ids()[0], lambda: screen.board.import_picture(picture))
    _wait_job(qtbot, screen)
    screen.model.cards[0].picture_path.unlink()
    screen.refresh()
    assert screen.model.cards[0].picture_missing
    assert "1 gambar hilang" in screen.summary.text()
    assert "hilang" in screen.panel.picture_note.text()
    screen.grab()  # paints the placeholder without errors


def test_frame_picker_and_sketch_set_pictures(qtbot, screen, landscape_clip):
    from app.ui.storyboard.dialogs import FramePickerDialog
    from app.ui.storyboard.sketch import SketchDialog

    picker = FramePickerDialog(screen.board, landscape_clip, 2.0)
    qtbot.addWidget(picker)
    picker.slider.setValue(12)
    assert picker.time_s == pytest.approx(1.2)
    qtbot.waitUntil(
        lambda: picker.preview.pixmap() is not None and not picker.preview.pixmap().isNull(),
        timeout=10000,
    )
    screen.pick_frame(screen.model.ids()[0], landscape_clip, picker.time_s)
    _wait_job(qtbot, screen)
    assert screen.model.cards[0].picture_path.is_file()

    sketch = SketchDialog()
    qtbot.addWidget(sketch)
    canvas = sketch.canvas
    assert canvas.is_blank()
    canvas.begin_stroke(QPoint(100, 100))
    canvas.stroke_to(QPoint(400, 700))
    assert not canvas.is_blank()
    canvas.undo()
    assert canvas.is_blank()
    canvas.begin_stroke(QPoint(50, 50))
    canvas.stroke_to(QPoint(300, 300))
    data = canvas.png_bytes()
    screen.set_picture_from(
        screen.model.ids()[1], lambda: screen.board.import_picture_bytes(data, "sketsa-2.png")
    )
    _wait_job(qtbot, screen)
    assert screen.model.cards[1].picture_path.name.startswith("sketsa")


def test_frame_view_shades_the_platform_safe_zone(qtbot, screen):
    from app.ui.storyboard.dialogs import FrameViewDialog

    dialog = FrameViewDialog(screen.exports, screen.model.cards[0])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.canvas.safe_box() == PLATFORMS["tiktok"].safe_zone.box
    dialog.platforms.setCurrentIndex(dialog.platforms.findData("reels"))
    assert dialog.canvas.safe_box() == PLATFORMS["reels"].safe_zone.box
    image = dialog.canvas.grab().toImage()
    frame = dialog.canvas.frame_rect()
    top_band = image.pixelColor(int(frame.center().x()), int(frame.top() + 5))
    assert top_band.red() > top_band.blue()  # the platform's UI area is tinted red


def test_zoom_changes_card_size(screen):
    before = screen.delegate.sizeHint(None, screen.model.index(0))
    screen.zoom.setValue(300)
    after = screen.delegate.sizeHint(None, screen.model.index(0))
    assert after.width() == 300 and after.height() > before.height()


def test_animatic_plays_and_exports_from_the_screen(qtbot, screen, ctx, tmp_path):
    from app.ui.storyboard.animatic_player import AnimaticPlayer

    for sid in screen.model.ids():
        ctx.service(ShotService).update(sid, narration="Tekan 112.", target_duration_s=0.3)
    screen.refresh()
    player = AnimaticPlayer(screen.exports, screen.project_id, screen.model.cards)
    qtbot.addWidget(player)
    qtbot.waitUntil(lambda: len(player.frames) == 3, timeout=10000)
    player.toggle()
    qtbot.waitUntil(lambda: player.current == 2 and not player.playing, timeout=5000)
    out = tmp_path / "animatik.mp4"
    screen.export_animatic_to(out, size_px=(90, 160), fps=5)
    _wait_job(qtbot, screen)
    assert out.is_file() and out.stat().st_size > 0


def test_keyboard_moves_cards_and_shot_list_groups_by_location(qtbot, screen, ctx, project_id):
    from app.ui.storyboard.dialogs import ShotListDialog

    ids = screen.model.ids()
    screen.select_ids([ids[0]])
    screen.move_selected(+1)
    assert screen.model.ids() == [ids[1], ids[0], ids[2]]
    assert screen.selected_ids() == [ids[0]]
    screen.move_selected(-1)
    assert screen.model.ids() == ids
    screen.on_panel_field_edited("location", "Pasar Baru")  # card 1 joins the market shots
    dialog = ShotListDialog(screen.exports, project_id)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 1
    top = dialog.tree.topLevelItem(0)
    assert top.text(0) == "Pasar Baru" and top.childCount() == 3


def test_pdf_and_csv_export_run_in_the_background(qtbot, screen, tmp_path):
    screen.export_to(tmp_path / "papan.pdf", "pdf")
    _wait_job(qtbot, screen)
    screen.export_to(tmp_path / "daftar.csv", "csv")
    _wait_job(qtbot, screen)
    assert (tmp_path / "papan.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "daftar.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not screen.notice.isVisible()


def test_clip_dropped_on_a_card_opens_the_frame_picker(qtbot, screen, landscape_clip, monkeypatch):
    from app.ui.storyboard import dialogs

    monkeypatch.setattr(dialogs.FramePickerDialog, "exec", lambda self: True)  # user clicks OK
    target = screen.model.cards[2]
    _drop(
        screen.view,
        _file_mime([landscape_clip]),
        screen.view.visualRect(screen.model.index(2)).center(),
    )
    # The clip is probed in the background; then the picker opens on it.
    qtbot.waitUntil(lambda: getattr(screen, "frame_picker", None) is not None, timeout=10000)
    assert screen.frame_picker.video == landscape_clip
    assert screen.frame_picker.duration_s == pytest.approx(2.0, abs=0.1)
    _wait_job(qtbot, screen)
    card = screen.model.cards[2]
    assert card.shot_id == target.shot_id and card.picture_path.suffix == ".png"


def test_canceling_a_big_drop_keeps_the_cards_made_and_undo_removes_them(qtbot, screen, tmp_path):
    files = [make_png(tmp_path / "batal" / f"f{i}.png", 32, 32) for i in range(40)]
    job = screen.add_images(files)
    # Direct connection: the handler runs on the import thread, so the cancel lands at 20 %.
    job.signals.progress.connect(lambda f, _l: f >= 0.2 and job.cancel(), Qt.DirectConnection)
    _wait_job(qtbot, screen)
    made = screen.model.rowCount() - 3
    assert 0 < made < 40
    screen.undo_stack.undo()
    assert screen.model.rowCount() == 3
