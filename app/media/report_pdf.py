"""The monthly performance report as an A4 PDF, charts painted with QPainter on QPdfWriter.

Needs a QGuiApplication (the CLI creates one with the offscreen platform).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from app.core import reports as core
from app.core.formatting import fmt_int, fmt_percent, month_label
from app.core.platforms import PLATFORMS
from app.resources.templates import load_templates

TEXT = {
    "title": ("Laporan Kinerja Video Pendek", "Short Video Performance Report"),
    "views": ("Tayangan", "Views"),
    "interactions": ("Interaksi", "Interactions"),
    "er": ("Tingkat keterlibatan", "Engagement rate"),
    "followers": ("Pengikut baru", "New followers"),
    "videos": ("Video tayang", "Videos posted"),
    "vs": ("vs bulan lalu", "vs last month"),
    "by_platform": ("Tayangan per platform", "Views per platform"),
    "by_month": ("Tayangan 6 bulan terakhir", "Views, last 6 months"),
    "by_template": ("Keterlibatan per format/templat", "Engagement by format/template"),
    "by_duration": ("Rata-rata tayangan per durasi", "Average views by duration"),
    "by_weekday": ("Rata-rata tayangan per hari unggah", "Average views by posting day"),
    "by_hour": ("Rata-rata tayangan per jam unggah", "Average views by posting hour"),
    "by_topic": ("Tayangan per topik", "Views per topic"),
    "best": ("Waktu unggah terbaik", "Best posting time"),
    "top": ("Video bulan ini", "This month's videos"),
    "col_title": ("Judul", "Title"),
    "col_platform": ("Platform", "Platform"),
    "col_date": ("Tanggal", "Date"),
    "er_short": ("Keterlibatan", "Engagement"),
    "followers_short": ("+Pengikut", "+Followers"),
    "empty": ("Belum ada angka kinerja untuk bulan ini.", "No performance numbers for this month."),
    "page": ("Halaman", "Page"),
}

ACCENT = QColor("#1565c0")
ACCENT_2 = QColor("#ef6c00")
GREY = QColor("#6b7280")
LIGHT = QColor("#e5e7eb")


def _template(name: str, language: str) -> str:
    found = load_templates().get(name)
    return found.title_in(language) if found else name


def _platform(key: str) -> str:
    found = PLATFORMS.get(key)
    return found.label if found else key


def _change(now: float, before: float, language: str) -> str:
    if not before:
        return "–"
    delta = (now - before) / before
    arrow = "▲" if delta >= 0 else "▼"
    return f"{arrow} {fmt_percent(abs(delta), language, digits=0)}"


class _Page:
    """Coordinates in points on A4 (595 × 842) minus margins."""

    def __init__(self, painter: QPainter, width: float, height: float) -> None:
        self.p = painter
        self.w = width
        self.h = height

    def font(self, size_pt: float, bold: bool = False) -> None:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size_pt)
        font.setBold(bold)
        self.p.setFont(font)

    def text(
        self,
        rect: QRectF,
        text: str,
        size_pt: float = 9,
        bold: bool = False,
        color: QColor | None = None,
        align=Qt.AlignLeft | Qt.AlignVCenter,
    ) -> None:
        self.font(size_pt, bold)
        self.p.setPen(color or QColor("#111827"))
        elided = self.p.fontMetrics().elidedText(text, Qt.ElideRight, int(rect.width()))
        self.p.drawText(rect, int(align), elided)


def _chart_frame(page: _Page, rect: QRectF, title: str, empty: bool) -> QRectF | None:
    """Title and frame of a chart; the plotting area, or None (a dash drawn) when empty."""
    page.text(QRectF(rect.left(), rect.top(), rect.width(), 16), title, 10, True)
    body = QRectF(rect.left(), rect.top() + 20, rect.width(), rect.height() - 20)
    page.p.setPen(QPen(LIGHT, 0.8))
    page.p.drawRect(body)
    if empty:
        page.text(body, "–", 9, color=GREY, align=Qt.AlignCenter)
        return None
    return body


def _bar_chart(
    page: _Page,
    rect: QRectF,
    title: str,
    items: list[tuple[str, float]],
    label: Callable[[float], str],
    color: QColor = ACCENT,
) -> None:
    """Horizontal bars: one row per item, value printed at the bar's end."""
    p = page.p
    body = _chart_frame(page, rect, title, empty=not items)
    if body is None:
        return
    items = items[:8]
    top = max(v for _, v in items) or 1.0
    row_h = min(22.0, (body.height() - 8) / len(items))
    label_w = body.width() * 0.32
    bar_w_max = body.width() - label_w - 70
    for i, (name, value) in enumerate(items):
        y = body.top() + 4 + i * row_h
        page.text(QRectF(body.left() + 4, y, label_w - 8, row_h), name, 8)
        bar = QRectF(body.left() + label_w, y + row_h * 0.2, bar_w_max * value / top, row_h * 0.6)
        p.fillRect(bar, color)
        page.text(QRectF(bar.right() + 4, y, 66, row_h), label(value), 8, color=GREY)


def _column_chart(
    page: _Page,
    rect: QRectF,
    title: str,
    items: list[tuple[str, float]],
    label: Callable[[float], str],
    color: QColor = ACCENT,
) -> None:
    """Vertical columns (months, weekdays), labels under each column."""
    p = page.p
    body = _chart_frame(page, rect, title, empty=not items)
    if body is None:
        return
    top = max(v for _, v in items) or 1.0
    col_w = body.width() / len(items)
    plot_h = body.height() - 34
    for i, (name, value) in enumerate(items):
        x = body.left() + i * col_w
        h = plot_h * value / top
        bar = QRectF(x + col_w * 0.2, body.top() + 14 + plot_h - h, col_w * 0.6, h)
        p.fillRect(bar, color)
        page.text(
            QRectF(x, bar.top() - 13, col_w, 12),
            label(value) if value else "",
            7,
            color=GREY,
            align=Qt.AlignCenter,
        )
        page.text(QRectF(x, body.bottom() - 18, col_w, 16), name, 8, align=Qt.AlignCenter)


def write_report_pdf(
    report: core.MonthlyReport, path: Path, organisation: str = "", language: str = "id"
) -> None:
    """Paint the report (two A4 pages: summary with charts, then the video table)."""
    lang = 1 if language == "en" else 0

    def t(key: str) -> str:
        return TEXT[key][lang]

    def count(value: float) -> str:
        return fmt_int(value, language)

    def pct(value: float) -> str:
        return fmt_percent(value, language)

    writer = QPdfWriter(str(path))
    writer.setResolution(72)  # 1 device pixel = 1 point: simple layout arithmetic
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(36, 36, 36, 36))
    )
    writer.setTitle(f"{t('title')} — {month_label(report.month, language)}")
    writer.setCreator("Kilas")
    painter = QPainter(writer)
    try:
        area = writer.pageLayout().paintRectPixels(72)
        page = _Page(painter, area.width(), area.height())
        w = page.w
        # Header
        page.text(QRectF(0, 0, w, 24), t("title"), 16, True, ACCENT)
        sub = month_label(report.month, language) + (f" · {organisation}" if organisation else "")
        page.text(QRectF(0, 26, w, 18), sub, 11, color=GREY)
        painter.setPen(QPen(ACCENT, 2))
        painter.drawLine(0, 50, int(w), 50)
        tot, prev = report.totals, report.previous
        interactions = tot.likes + tot.comments + tot.shares + tot.saves
        prev_inter = prev.likes + prev.comments + prev.shares + prev.saves
        kpis = [
            (t("views"), count(tot.views), _change(tot.views, prev.views, language)),
            (t("interactions"), count(interactions), _change(interactions, prev_inter, language)),
            (
                t("er"),
                pct(tot.engagement_rate),
                _change(tot.engagement_rate, prev.engagement_rate, language),
            ),
            (
                t("followers"),
                count(tot.followers_gained),
                _change(tot.followers_gained, prev.followers_gained, language),
            ),
            (t("videos"), count(tot.videos), _change(tot.videos, prev.videos, language)),
        ]
        box_w = (w - 4 * 8) / 5
        for i, (name, value, change) in enumerate(kpis):
            box = QRectF(i * (box_w + 8), 62, box_w, 64)
            painter.fillRect(box, QColor("#f3f6fb"))
            page.text(box.adjusted(6, 4, -6, -44), name, 8, color=GREY)
            page.text(box.adjusted(6, 18, -6, -16), value, 15, True)
            page.text(box.adjusted(6, 46, -6, -2), f"{change} {t('vs')}", 7, color=GREY)
        best = core.best_times(report)
        page.text(
            QRectF(0, 132, w, 16),
            f"{t('best')}: {', '.join(core.group_label(b, language) for b in best) if best else '–'}",
            9,
            True,
            ACCENT_2,
        )
        if not report.videos:
            page.text(QRectF(0, 150, w, 18), t("empty"), 10, color=GREY)
        half = (w - 16) / 2
        chart_h = 150.0
        y0 = 160.0
        avg = lambda g: [(core.group_label(x.key, language), x.totals.avg_views) for x in g]  # noqa: E731
        _bar_chart(
            page,
            QRectF(0, y0, half, chart_h),
            t("by_platform"),
            [(_platform(g.key), g.totals.views) for g in report.by_platform],
            count,
        )
        _column_chart(
            page,
            QRectF(half + 16, y0, half, chart_h),
            t("by_month"),
            [(month_label(g.key, language, short=True), g.totals.views) for g in report.by_month],
            count,
        )
        y1 = y0 + chart_h + 18
        _bar_chart(
            page,
            QRectF(0, y1, half, chart_h),
            t("by_template"),
            [
                (core.group_label(_template(g.key, language), language), g.totals.engagement_rate)
                for g in report.by_template
            ],
            pct,
            ACCENT_2,
        )
        _bar_chart(
            page,
            QRectF(half + 16, y1, half, chart_h),
            t("by_duration"),
            avg(report.by_duration),
            count,
        )
        y2 = y1 + chart_h + 18
        _column_chart(
            page,
            QRectF(0, y2, half, chart_h),
            t("by_weekday"),
            avg(report.by_weekday),
            count,
            ACCENT_2,
        )
        _column_chart(
            page,
            QRectF(half + 16, y2, half, chart_h),
            t("by_hour"),
            avg(report.by_hour),
            count,
            ACCENT_2,
        )
        y3 = y2 + chart_h + 18
        _bar_chart(
            page,
            QRectF(0, y3, w, min(chart_h, page.h - y3 - 20)),
            t("by_topic"),
            [(core.group_label(g.key, language), g.totals.views) for g in report.by_topic],
            count,
        )
        page.text(
            QRectF(0, page.h - 14, w, 14),
            f"Kilas · {t('page')} 1",
            7,
            color=GREY,
            align=Qt.AlignRight | Qt.AlignVCenter,
        )
        _video_table(writer, page, report, t, language)
    finally:
        painter.end()


def _video_table(
    writer: QPdfWriter, page: _Page, report: core.MonthlyReport, t, language: str
) -> None:
    writer.newPage()
    w = page.w
    page.text(QRectF(0, 0, w, 22), t("top"), 13, True, ACCENT)
    cols = [
        (t("col_title"), 0.28),
        (t("col_platform"), 0.14),
        (t("col_date"), 0.18),
        (t("views"), 0.10),
        (t("interactions"), 0.10),
        (t("er_short"), 0.11),
        (t("followers_short"), 0.09),
    ]
    y = 30.0
    row_h = 18.0
    page_no = 2

    def header(y: float) -> None:
        x = 0.0
        page.p.fillRect(QRectF(0, y, w, row_h), QColor("#f3f6fb"))
        for name, share in cols:
            page.text(QRectF(x + 3, y, w * share - 6, row_h), name, 8, True)
            x += w * share

    header(y)
    y += row_h
    for video in report.videos:
        if y + row_h > page.h - 20:
            page.text(
                QRectF(0, page.h - 14, w, 14),
                f"Kilas · {t('page')} {page_no}",
                7,
                color=GREY,
                align=Qt.AlignRight | Qt.AlignVCenter,
            )
            writer.newPage()
            page_no += 1
            y = 0.0
            header(y)
            y += row_h
        rate = video.interactions / video.views if video.views else 0.0
        cells = [
            video.title,
            _platform(video.platform),
            video.posted_at.strftime("%d/%m/%Y %H:%M") if video.posted_at else "",
            fmt_int(video.views, language),
            fmt_int(video.interactions, language),
            fmt_percent(rate, language),
            fmt_int(video.followers_gained, language),
        ]
        x = 0.0
        for (_, share), cell in zip(cols, cells, strict=True):
            page.text(QRectF(x + 3, y, w * share - 6, row_h), cell, 8)
            x += w * share
        page.p.setPen(QPen(LIGHT, 0.5))
        page.p.drawLine(0, int(y + row_h), int(w), int(y + row_h))
        y += row_h
    if not report.videos:
        page.text(QRectF(0, y + 4, w, 18), t("empty"), 9, color=GREY)
    page.text(
        QRectF(0, page.h - 14, w, 14),
        f"Kilas · {t('page')} {page_no}",
        7,
        color=GREY,
        align=Qt.AlignRight | Qt.AlignVCenter,
    )
