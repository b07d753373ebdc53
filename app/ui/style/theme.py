"""Kilas's one visual style: a light palette, a spacing and a type scale, and the stylesheet
built from them. Applied once per QApplication (GUI start and the `screenshot` command), so
every screen and every screenshot looks the same. Screens never set colours of their own:
they set an object name or a `role` property the stylesheet knows.

The palette is checked against WCAG 2.1 AA in tests/foundation/test_style.py (4.5:1 for body
text, 3:1 for large text and icons): office screens are often cheap, dim and seen at an angle.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Palette:
    brand: str = "#0B4F8A"  # Kilas navy: navigation, primary buttons, selection
    brand_dark: str = "#083A66"  # hover/pressed on navy
    accent: str = "#F2A900"  # amber: the current navigation entry
    on_brand: str = "#FFFFFF"
    on_accent: str = "#111111"
    nav_text: str = "#E6EEF6"  # unselected navigation text on navy
    window: str = "#F4F6F9"  # screen background
    surface: str = "#FFFFFF"  # inputs, lists, cards
    surface_alt: str = "#EEF2F7"  # alternate rows, panels, KPI boxes
    border: str = "#C5CDD8"
    border_strong: str = "#8A96A6"  # focus-less input borders need 3:1 against white
    text: str = "#1C2430"
    text_muted: str = "#4B5563"  # captions, hints: still AA on window and surface
    text_disabled: str = "#6B7480"
    selection: str = "#0B4F8A"
    on_selection: str = "#FFFFFF"
    selection_soft: str = "#D6E4F2"  # selected row when the list has no focus
    icon: str = "#2F3B4C"
    danger: str = "#B3261E"
    warning: str = "#8A4B00"  # amber-brown text; amber itself is too light for text
    success: str = "#1B6E3A"
    notice_bg: str = "#FFF3CD"
    notice_text: str = "#5C4300"
    today_bg: str = "#FFF7D6"  # today's cell in the calendar
    preview_bg: str = "#1E2126"  # behind a 9:16 preview: dark like a phone screen
    preview_text: str = "#C8CDD4"


PALETTE = Palette()

# Spacing scale in pixels: every margin and gap in the stylesheet is one of these.
SPACE_XS, SPACE_S, SPACE_M, SPACE_L, SPACE_XL = 2, 4, 8, 12, 20
RADIUS = 4
ICON_TOOLBAR_PX = 18

# Type scale in points above the body text (the system font and size). Large text (WCAG:
# 14 pt bold or 18 pt) may use the 3:1 contrast threshold; Kilas keeps all text above 4.5:1.
FONT_SUBTITLE_PT = 12
FONT_TITLE_PT = 15
FONT_NAV_PT = 11

# Text/background pairs the stylesheet uses, with the contrast each must reach.
BODY_TEXT, LARGE_TEXT = 4.5, 3.0
CONTRAST_PAIRS: tuple[tuple[str, str, float], ...] = (
    ("text", "window", BODY_TEXT),
    ("text", "surface", BODY_TEXT),
    ("text", "surface_alt", BODY_TEXT),
    ("text_muted", "window", BODY_TEXT),
    ("text_muted", "surface", BODY_TEXT),
    ("text_muted", "surface_alt", BODY_TEXT),
    ("text_disabled", "surface", BODY_TEXT),
    ("nav_text", "brand", BODY_TEXT),
    ("on_brand", "brand", BODY_TEXT),
    ("on_brand", "brand_dark", BODY_TEXT),
    ("on_accent", "accent", BODY_TEXT),
    ("on_selection", "selection", BODY_TEXT),
    ("text", "selection_soft", BODY_TEXT),
    ("danger", "surface", BODY_TEXT),
    ("danger", "window", BODY_TEXT),
    ("warning", "surface", BODY_TEXT),
    ("warning", "window", BODY_TEXT),
    ("success", "surface", BODY_TEXT),
    ("success", "window", BODY_TEXT),
    ("notice_text", "notice_bg", BODY_TEXT),
    ("text", "today_bg", BODY_TEXT),
    ("preview_text", "preview_bg", BODY_TEXT),
    ("icon", "window", LARGE_TEXT),
    ("icon", "surface", LARGE_TEXT),
    ("border_strong", "surface", LARGE_TEXT),
    ("brand", "window", LARGE_TEXT),  # primary button outline and title colour
)


def stylesheet(p: Palette = PALETTE) -> str:
    """The one Qt stylesheet of Kilas."""
    return f"""
QToolTip {{ color: {p.text}; background: {p.surface}; border: 1px solid {p.border};
    padding: {SPACE_S}px; }}

QListWidget#navigation {{ background: {p.brand}; color: {p.nav_text}; border: none;
    font-size: {FONT_NAV_PT}pt; outline: 0; padding-top: 0px; }}
QListWidget#navigation::item {{ padding: {SPACE_M + 1}px {SPACE_L}px; border: none; }}
QListWidget#navigation::item:hover {{ background: {p.brand_dark}; color: {p.on_brand}; }}
QListWidget#navigation::item:selected {{ background: {p.accent}; color: {p.on_accent}; }}

QToolBar {{ background: transparent; border: none; spacing: {SPACE_XS}px;
    padding: {SPACE_XS}px {SPACE_S}px; qproperty-iconSize: {ICON_TOOLBAR_PX}px {ICON_TOOLBAR_PX}px; }}
QToolBar#project-toolbar {{ background: {p.surface}; border-bottom: 1px solid {p.border};
    padding: {SPACE_S}px {SPACE_M}px; spacing: {SPACE_M}px; }}
QToolBar::separator {{ background: {p.border}; width: 1px; margin: {SPACE_S}px {SPACE_S}px; }}
QToolButton {{ border: 1px solid transparent; border-radius: {RADIUS}px;
    padding: {SPACE_XS}px {SPACE_XS + 1}px; }}
QToolButton:hover {{ background: {p.surface_alt}; border-color: {p.border}; }}
QToolButton:pressed, QToolButton:checked {{ background: {p.selection_soft};
    border-color: {p.brand}; }}
QToolButton:disabled {{ color: {p.text_disabled}; }}

QPushButton {{ background: {p.surface}; border: 1px solid {p.border_strong};
    border-radius: {RADIUS}px; padding: {SPACE_XS}px {SPACE_M - 2}px; }}
QPushButton:hover {{ background: {p.surface_alt}; }}
QPushButton:pressed {{ background: {p.selection_soft}; }}
QPushButton:default, QPushButton[role="primary"] {{ background: {p.brand}; color: {p.on_brand};
    border-color: {p.brand}; }}
QPushButton:default:hover, QPushButton[role="primary"]:hover {{ background: {p.brand_dark}; }}
QPushButton:disabled {{ color: {p.text_disabled}; background: {p.surface_alt};
    border-color: {p.border}; }}

QLabel[role="title"] {{ font-size: {FONT_TITLE_PT}pt; font-weight: 600; color: {p.text}; }}
QLabel[role="subtitle"] {{ font-size: {FONT_SUBTITLE_PT}pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {p.text_muted}; }}
QLabel[role="error"] {{ color: {p.danger}; }}
QLabel[role="error-strong"] {{ color: {p.danger}; font-weight: 600; }}
QLabel[role="warning"] {{ color: {p.warning}; }}
QLabel[role="success"] {{ color: {p.success}; }}
QLabel[role="notice"] {{ background: {p.notice_bg}; color: {p.notice_text};
    padding: {SPACE_S}px {SPACE_M}px; border-radius: {RADIUS}px; }}

QLabel[role="preview"] {{ background: {p.preview_bg}; color: {p.preview_text};
    border-radius: {RADIUS}px; }}
QPushButton[role="success"] {{ color: {p.success}; font-weight: 600; }}

QFrame[role="card"] {{ background: {p.surface}; border: 1px solid {p.border};
    border-radius: {RADIUS}px; }}
QFrame[role="panel"] {{ background: {p.surface_alt}; border-radius: {RADIUS}px; }}

QWidget#empty-state {{ background: {p.surface}; }}
QLabel#empty-state-text {{ font-size: {FONT_SUBTITLE_PT}pt; color: {p.text_muted}; }}

QTabWidget::pane {{ border: 1px solid {p.border}; border-radius: {RADIUS}px; top: -1px;
    background: {p.surface}; }}
QTabBar::tab {{ background: {p.surface_alt}; border: 1px solid {p.border};
    padding: {SPACE_S - 1}px {SPACE_M - 2}px; margin-right: {SPACE_XS}px;
    border-top-left-radius: {RADIUS}px; border-top-right-radius: {RADIUS}px; }}
QTabBar::tab:selected {{ background: {p.surface}; border-bottom-color: {p.surface};
    color: {p.brand}; }}

QLineEdit, QPlainTextEdit, QTextEdit {{ background: {p.surface};
    border: 1px solid {p.border_strong}; border-radius: {RADIUS}px; padding: 0px {SPACE_XS}px;
    selection-background-color: {p.selection}; selection-color: {p.on_selection}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 1px solid {p.brand}; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled {{
    background: {p.surface_alt}; color: {p.text_disabled}; border-color: {p.border}; }}
QAbstractSpinBox QLineEdit, QComboBox QLineEdit {{ border: none; padding: 0px;
    background: transparent; }}
/* Spin boxes, combo boxes and date edits keep Fusion's own drawing (palette colours): a
   stylesheet border would widen their buttons and push narrow screens wider. */

QListView, QTreeView, QTableView {{ background: {p.surface}; border: 1px solid {p.border};
    border-radius: {RADIUS}px; alternate-background-color: {p.surface_alt};
    selection-background-color: {p.selection}; selection-color: {p.on_selection}; }}
QHeaderView::section {{ background: {p.surface_alt}; border: none;
    border-right: 1px solid {p.border}; border-bottom: 1px solid {p.border};
    padding: {SPACE_S}px {SPACE_M}px; font-weight: 600; }}

QGroupBox {{ border: 1px solid {p.border}; border-radius: {RADIUS}px;
    margin-top: {SPACE_L + SPACE_S}px; padding-top: {SPACE_S}px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: {SPACE_M}px; padding: 0 {SPACE_S}px;
    font-weight: 600; }}

QProgressBar {{ background: {p.surface}; border: 1px solid {p.border_strong};
    border-radius: {RADIUS}px; text-align: center; }}
QProgressBar::chunk {{ background: {p.brand}; border-radius: {RADIUS - 1}px; }}

QStatusBar {{ background: {p.surface}; border-top: 1px solid {p.border}; color: {p.text_muted}; }}
QMenuBar {{ background: {p.surface}; }}
QMenu {{ background: {p.surface}; border: 1px solid {p.border}; }}
QMenu::item {{ padding: {SPACE_S}px {SPACE_XL}px {SPACE_S}px {SPACE_L}px; }}
QMenu::item:selected {{ background: {p.selection}; color: {p.on_selection}; }}
QSplitter::handle {{ background: {p.window}; }}
"""


def qpalette(p: Palette = PALETTE) -> QPalette:
    """The same colours as a QPalette, for what the stylesheet does not reach (views'
    painting, delegates, native dialogs)."""
    pal = QPalette()
    roles = {
        QPalette.Window: p.window,
        QPalette.WindowText: p.text,
        QPalette.Base: p.surface,
        QPalette.AlternateBase: p.surface_alt,
        QPalette.Text: p.text,
        QPalette.Button: p.surface,
        QPalette.ButtonText: p.text,
        QPalette.Highlight: p.selection,
        QPalette.HighlightedText: p.on_selection,
        QPalette.ToolTipBase: p.surface,
        QPalette.ToolTipText: p.text,
        QPalette.PlaceholderText: p.text_muted,
        QPalette.Link: p.brand,
        QPalette.BrightText: p.on_brand,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        pal.setColor(QPalette.Disabled, role, QColor(p.text_disabled))
    return pal


def apply_theme(app: QApplication) -> None:
    """Fusion (the same look on Windows and Linux), the light palette, the stylesheet.
    The body font stays the system's (its size is what the user's screen is set up for)."""
    app.setStyle("Fusion")
    app.setPalette(qpalette())
    app.setStyleSheet(stylesheet())


def set_role(widget, role: str) -> None:
    """Give a widget a stylesheet role (title, muted, error, warning, success, notice…)."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour like '#0B4F8A'."""
    value = hex_colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.1 contrast ratio, from 1 (same colour) to 21 (black on white)."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
