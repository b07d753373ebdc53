"""Kilas's one visual style: readable colours (WCAG AA), bundled icons, a window that fits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QPoint, QRect, QSettings
from PySide6.QtGui import QGuiApplication, QIcon

from app.ui.main_window import FRAME_ALLOWANCE, MainWindow, fit_window_geometry
from app.ui.screens import SCREENS
from app.ui.style import icons, theme
from app.ui.style.theme import PALETTE, contrast_ratio


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize(("fg", "bg", "minimum"), theme.CONTRAST_PAIRS)
def test_every_text_and_background_pair_reaches_aa(fg: str, bg: str, minimum: float) -> None:
    ratio = contrast_ratio(getattr(PALETTE, fg), getattr(PALETTE, bg))
    assert ratio >= minimum, f"{fg} on {bg}: {ratio:.2f}:1 < {minimum}:1"


def test_stylesheet_uses_only_palette_colours() -> None:
    """A colour typed into the stylesheet by hand would escape the contrast check."""
    import re

    used = set(re.findall(r"#[0-9A-Fa-f]{6}", theme.stylesheet()))
    palette_colours = {getattr(PALETTE, f) for f in PALETTE.__dataclass_fields__}
    assert used <= palette_colours
    checked = {getattr(PALETTE, name) for pair in theme.CONTRAST_PAIRS for name in pair[:2]}
    assert used <= checked | {PALETTE.border}  # borders are decoration, not content


def test_every_icon_the_ui_names_is_bundled_with_its_licence(qapp) -> None:
    names = {spec.icon for spec in SCREENS}
    for source in Path("app/ui").rglob("*.py"):
        import re

        names |= set(re.findall(r'icon="([a-z0-9-]+)"', source.read_text(encoding="utf-8")))
        names |= set(re.findall(r'icon\("([a-z0-9-]+)"', source.read_text(encoding="utf-8")))
    assert len(names) > 30
    for name in sorted(names):
        drawn = icons.icon(name)
        assert isinstance(drawn, QIcon) and not drawn.pixmap(20, 20).isNull(), name
    assert (icons.icons_dir() / "LICENSE-lucide.txt").read_text().startswith("ISC License")


def test_icons_are_tinted_with_the_theme_colour(qapp) -> None:
    image = icons.icon("plus").pixmap(48, 48).toImage()
    inked = [
        image.pixelColor(x, y)
        for x in range(48)
        for y in range(48)
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert inked and all(c.name().upper() == PALETTE.icon for c in inked)


def test_an_unknown_icon_is_a_clear_error(qapp) -> None:
    from app.core.errors import KilasError

    with pytest.raises(KilasError, match="reinstall"):
        icons.icon("no-such-icon")


def test_navigation_and_toolbars_show_icons_with_their_labels(qtbot, ctx, tmp_path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolBar

    settings = QSettings(str(tmp_path / "kilas.ini"), QSettings.IniFormat)
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    for row in range(win.nav.count()):
        assert not win.nav.item(row).icon().isNull()
    screen = win.show_screen("script")
    bar = screen.findChild(QToolBar)
    assert bar.toolButtonStyle() == Qt.ToolButtonTextBesideIcon
    assert not screen.act_split.icon().isNull() and screen.act_split.text() == "Pisah"


# The window fits the screen ----------------------------------------------------------
LAPTOP = QRect(0, 0, 1366, 720)  # 1366×768 with a 48-px taskbar


def _frame(client: QRect, frame: QMargins = FRAME_ALLOWANCE) -> QRect:
    return client.marginsAdded(frame)


def test_first_window_fits_a_laptop_screen_and_is_centred() -> None:
    wanted = QRect(0, 0, 1280, 800)
    got = fit_window_geometry(wanted, LAPTOP, FRAME_ALLOWANCE, centre=True)
    assert LAPTOP.contains(_frame(got))
    assert got.width() == 1280 and got.height() == 720 - 40  # only as much smaller as needed
    assert abs(_frame(got).center().x() - LAPTOP.center().x()) <= 1


def test_a_big_screen_keeps_the_wanted_size() -> None:
    desk = QRect(0, 0, 1920, 1040)
    got = fit_window_geometry(QRect(0, 0, 1280, 800), desk, FRAME_ALLOWANCE, centre=True)
    assert got.size().toTuple() == (1280, 800) and desk.contains(_frame(got))


def test_a_layout_saved_on_a_big_screen_is_clamped_onto_the_laptop() -> None:
    saved = QRect(1500, 900, 1800, 1000)  # off to the bottom right of a 1366×720 screen
    got = fit_window_geometry(saved, LAPTOP, FRAME_ALLOWANCE, centre=False)
    assert LAPTOP.contains(_frame(got))
    inside = QRect(100, 60, 900, 500)
    assert fit_window_geometry(inside, LAPTOP, FRAME_ALLOWANCE, centre=False) == inside


def test_a_second_screen_left_of_the_primary_is_respected() -> None:
    left = QRect(-1366, 0, 1366, 720)
    got = fit_window_geometry(QRect(-1300, 40, 1280, 800), left, FRAME_ALLOWANCE, centre=False)
    assert left.contains(_frame(got))


def test_main_window_restores_a_too_big_layout_inside_its_screen(qtbot, ctx, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "kilas.ini"), QSettings.IniFormat)
    big = MainWindow(ctx, settings)
    qtbot.addWidget(big)
    big.setGeometry(QRect(QPoint(300, 200), big.geometry().size() * 2))
    big.close()  # saves its geometry
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    available = QGuiApplication.primaryScreen().availableGeometry()  # offscreen: 800×600
    assert available.contains(_frame(win.geometry())), (win.geometry(), available)


def test_a_toolbar_too_narrow_for_icons_beside_labels_puts_them_above(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

    from app.ui.common.actions import add_action

    owner = QWidget()
    qtbot.addWidget(owner)
    bar = QToolBar(owner)
    QVBoxLayout(owner).addWidget(bar)
    for n in range(8):
        add_action(owner, bar, f"Tindakan panjang {n}", None, lambda: None, icon="plus")
    owner.resize(2000, 100)
    owner.show()
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == Qt.ToolButtonTextBesideIcon)
    beside_px = bar.sizeHint().width()
    owner.resize(beside_px - 100, 100)
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == Qt.ToolButtonTextUnderIcon)
    # every action still has its button on the bar, with its label, nothing behind »
    qtbot.waitUntil(lambda: all(bar.widgetForAction(a).isVisible() for a in bar.actions()))
    owner.resize(2000, 100)
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == Qt.ToolButtonTextBesideIcon)
