"""Numbers, durations and dates in the UI language: one helper for screens, PDFs and CSVs."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis

from app.core.formatting import (
    fmt_decimal,
    fmt_int,
    fmt_number,
    fmt_percent,
    fmt_seconds,
    month_label,
    weekday_short,
)
from app.ui.report.charts import BarChart


def test_indonesian_and_english_forms() -> None:
    assert (fmt_int(17790, "id"), fmt_int(17790, "en")) == ("17.790", "17,790")
    assert (fmt_seconds(7.3, "id"), fmt_seconds(7.3, "en")) == ("7,3 dtk", "7.3 s")
    assert (fmt_percent(0.112, "id"), fmt_percent(0.112, "en")) == ("11,2 %", "11.2%")
    assert fmt_decimal(12480.5, 1, "id") == "12.480,5"
    assert (fmt_number(60.0, "id"), fmt_number(7.5, "id"), fmt_number(7.5, "en")) == (
        "60",
        "7,5",
        "7.5",
    )
    assert month_label("2026-12", "id") == "Desember 2026"
    assert month_label("2026-12", "en", short=True) == "Dec 26"
    assert [weekday_short(d, "id") for d in (0, 6)] == ["Sen", "Min"]


def test_report_charts_label_values_in_the_ui_language(qtbot) -> None:
    chart = BarChart("Tayangan")
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.set_values([("TikTok", 12480), ("Reels", 5310)], lambda v: fmt_int(v, "id"))
    assert chart.value_texts == ["12.480", "5.310"]
    axis = next(a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories() == ["TikTok", "Reels"]
    chart.show()
    qtbot.waitUntil(lambda: chart.value_label_positions()[1][0].y() > 0)  # laid out
    [(tall, _), (short, _)] = chart.value_label_positions()
    assert tall.y() < short.y()  # each value sits at the end of its own bar
    chart.set_values([("Tutorial", 0.112)], lambda v: fmt_percent(v, "en"))
    assert chart.value_texts == ["11.2%"]
