"""Printable storyboard: A4 portrait, 6 cards per page (2 × 3), painted with QPdfWriter.

Each card shows its picture in a 9:16 frame on the left and the shot details on the right;
every page carries the title, project, date and "page X of Y".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from app.core.errors import KilasError
from app.core.overwrite import Overwrite
from app.media.outputs import write_output
from app.media.thumbnails import ImageUnsupported, cover_crop, load_scaled, placeholder

CARDS_PER_PAGE = 6
_COLUMNS, _ROWS = 2, 3
_DPI = 150


class PdfFailed(KilasError):
    pass


@dataclass(frozen=True)
class PrintCard:
    number: int
    picture: Path | None
    lines: tuple[tuple[str, str], ...]  # (label, value) rows: shot type, angle, duration...
    narration: str
    focus_x: float = 0.5
    focus_y: float = 0.5


def page_count(card_count: int) -> int:
    return max(1, math.ceil(card_count / CARDS_PER_PAGE))


def write_storyboard_pdf(
    cards: list[PrintCard],
    out_path: Path,
    *,
    title: str,
    project: str,
    date_text: str,
    labels: dict[str, str],
    overwrite: Overwrite = Overwrite.REFUSE,
) -> Path:
    """labels: 'page' ("Halaman {0} dari {1}"), 'no_picture', 'missing', 'narration'."""
    out_path = Path(out_path)

    def write(tmp: Path) -> None:
        _write_pdf(tmp, out_path, cards, title, project, date_text, labels)

    return write_output(out_path, write, overwrite, require_content=True)


def _write_pdf(
    tmp: Path,
    out_path: Path,
    cards: list[PrintCard],
    title: str,
    project: str,
    date_text: str,
    labels: dict[str, str],
) -> None:
    writer = QPdfWriter(str(tmp))
    writer.setPageSize(QPageSize(QPageSize.A4))
    writer.setPageOrientation(QPageLayout.Portrait)
    writer.setResolution(_DPI)
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Millimeter)
    writer.setTitle(f"{title} — {project}")
    writer.setCreator("Kilas")
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfFailed(
            f"PDF tidak bisa ditulis ke {out_path}.", f"Cannot write a PDF to {out_path}."
        )
    try:
        pages = page_count(len(cards))
        for page in range(pages):
            if page:
                writer.newPage()
            chunk = cards[page * CARDS_PER_PAGE : (page + 1) * CARDS_PER_PAGE]
            _paint_page(painter, writer, chunk, page + 1, pages, title, project, date_text, labels)
    finally:
        painter.end()


def _mm(value_mm: float) -> float:
    return value_mm * _DPI / 25.4


def _font(size_pt: float, bold: bool = False) -> QFont:
    font = QFont("Sans Serif")
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    return font


def _paint_page(
    p: QPainter,
    writer: QPdfWriter,
    cards: list[PrintCard],
    page: int,
    pages: int,
    title: str,
    project: str,
    date_text: str,
    labels: dict[str, str],
) -> None:
    area = QRectF(writer.pageLayout().paintRectPixels(_DPI))
    area.moveTo(0, 0)
    header_h, footer_h = _mm(14), _mm(8)
    p.setPen(QColor("#111"))
    p.setFont(_font(15, bold=True))
    p.drawText(QRectF(0, 0, area.width(), _mm(8)), Qt.AlignLeft | Qt.AlignVCenter, title)
    p.setFont(_font(10))
    p.drawText(QRectF(0, _mm(7), area.width(), _mm(6)), Qt.AlignLeft | Qt.AlignVCenter, project)
    p.drawText(QRectF(0, 0, area.width(), _mm(8)), Qt.AlignRight | Qt.AlignVCenter, date_text)
    p.setPen(QPen(QColor("#999"), 1))
    p.drawLine(0, round(header_h - _mm(1)), round(area.width()), round(header_h - _mm(1)))
    p.setFont(_font(9))
    p.setPen(QColor("#444"))
    page_text = labels.get("page", "Halaman {0} dari {1}").format(page, pages)
    p.drawText(
        QRectF(0, area.height() - footer_h, area.width(), footer_h),
        Qt.AlignRight | Qt.AlignVCenter,
        page_text,
    )
    grid = QRectF(0, header_h, area.width(), area.height() - header_h - footer_h)
    gap = _mm(4)
    cell_w = (grid.width() - gap * (_COLUMNS - 1)) / _COLUMNS
    cell_h = (grid.height() - gap * (_ROWS - 1)) / _ROWS
    for i, card in enumerate(cards):
        col, row = i % _COLUMNS, i // _COLUMNS
        cell = QRectF(
            grid.left() + col * (cell_w + gap), grid.top() + row * (cell_h + gap), cell_w, cell_h
        )
        _paint_card(p, card, cell, labels)


def _paint_card(p: QPainter, card: PrintCard, cell: QRectF, labels: dict[str, str]) -> None:
    p.setPen(QPen(QColor("#777"), 1.5))
    p.drawRect(cell)
    pad = _mm(2.5)
    pic_h = cell.height() - 2 * pad
    pic_w = pic_h * 9 / 16
    pic = QRectF(cell.left() + pad, cell.top() + pad, pic_w, pic_h)
    w_px, h_px = round(pic_w), round(pic_h)
    image = None
    note = labels.get("no_picture", "Belum ada gambar")
    if card.picture is not None:
        try:
            image = cover_crop(
                load_scaled(card.picture, w_px * 2, h_px * 2, cover=True),
                w_px * 2,
                h_px * 2,
                card.focus_x,
                card.focus_y,
            )
        except ImageUnsupported:
            note = labels.get("missing", "Gambar hilang")
    if image is None:
        image = placeholder(w_px * 2, h_px * 2, note, missing=card.picture is not None)
    p.drawImage(pic, image)
    p.setPen(QPen(QColor("#333"), 1))
    p.drawRect(pic)
    text = QRectF(
        pic.right() + pad,
        cell.top() + pad,
        cell.right() - pic.right() - 2 * pad,
        cell.height() - 2 * pad,
    )
    p.setFont(_font(13, bold=True))
    p.setPen(QColor("#111"))
    p.drawText(
        QRectF(text.left(), text.top(), text.width(), _mm(7)),
        Qt.AlignLeft | Qt.AlignTop,
        f"#{card.number}",
    )
    y = text.top() + _mm(8)
    p.setFont(_font(8))
    line_h = _mm(4.2)
    for label, value in card.lines:
        if not value:
            continue
        p.setPen(QColor("#666"))
        p.drawText(QRectF(text.left(), y, text.width(), line_h), Qt.AlignLeft, f"{label}:")
        p.setPen(QColor("#111"))
        value_w = text.width() - _mm(17)
        value = p.fontMetrics().elidedText(value, Qt.ElideRight, round(value_w))
        p.drawText(QRectF(text.left() + _mm(17), y, value_w, line_h), Qt.AlignLeft, value)
        y += line_h
    if card.narration.strip():
        y += _mm(1.5)
        p.setPen(QColor("#666"))
        p.drawText(
            QRectF(text.left(), y, text.width(), line_h),
            Qt.AlignLeft,
            labels.get("narration", "Narasi") + ":",
        )
        y += line_h
        p.setPen(QColor("#111"))
        p.setFont(_font(8.5))
        p.drawText(
            QRectF(text.left(), y, text.width(), text.bottom() - y),
            Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap,
            card.narration,
        )
