"""Brand preview speed: time from an edit to the new 9:16 preview picture (goal < 100 ms).

Run: .venv/bin/python tests/benchmarks/bench_brand.py

Measured side by side in one run, on a 1280×720 project frame with logo, title card and
caption sample:
  A  render_preview at 360 px (what the screen paints after each edit)
  B  the screen's whole edit path: editor signal → undo command → SQLite write → preview
     (B1 a colour pick, which also restyles the swatch button; B2 a spin box)
  C  the renderer's path for the same picture: paint_* PNGs + compose_preview at 360 px
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

ROUNDS = 25


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    app = QApplication.instance() or QApplication(["bench"])
    from app.core.brand import BrandStyle
    from app.media import overlays as ov
    from app.services.brand import BrandService
    from app.services.context import AppContext
    from app.services.projects import ProjectService
    from app.store.workspace import open_workspace
    from app.ui.brand.screen import BrandScreen

    tmp = Path(tempfile.mkdtemp(prefix="bench brand "))
    logo = QImage(400, 200, QImage.Format_ARGB32)
    logo.fill(QColor(0, 0, 0, 0))
    p = QPainter(logo)
    p.setBrush(QColor("#D62828"))
    p.drawEllipse(10, 10, 380, 180)
    p.end()
    logo_path = tmp / "logo.png"
    logo.save(str(logo_path))
    frame = QImage(1280, 720, QImage.Format_RGB32)
    frame.fill(QColor("#3A7D44"))
    fields = {"title": "Cara Menghubungi Call Center 112", "date": "23 November 2026"}
    style = BrandStyle(organisation="Diskominfo Kota Contoh", handle="@diskominfo")

    # A: the preview painter alone.
    a = []
    for i in range(ROUNDS):
        s = style.with_path("palette.primary", f"#0B4F{i:02X}")
        t0 = time.perf_counter()
        ov.render_preview(
            s,
            fields,
            frame,
            logo_path=logo_path,
            layers=("logo", "title_card", "captions"),
            width_px=360,
        )
        a.append(time.perf_counter() - t0)

    # C: the renderer's PNG path for the same layers, composed at preview size.
    c = []
    for i in range(ROUNDS):
        s = style.with_path("palette.primary", f"#0C4F{i:02X}")
        out = tmp / f"png{i}"
        t0 = time.perf_counter()
        imgs = [ov.paint_title_card(s, fields, out), ov.paint_logo(s, logo_path, out)]
        ov.compose_preview(frame, imgs, width_px=360)
        c.append(time.perf_counter() - t0)

    # B: the screen, edit to picture (colour edits through the editor's signal).
    ctx = AppContext(open_workspace(tmp / "ws"))
    brand = ctx.service(BrandService)
    kit = brand.ensure_default()
    brand.set_logo(kit, logo_path)
    pid = ctx.service(ProjectService).create("Cara Menghubungi Call Center 112")
    screen = BrandScreen(ctx)
    screen.resize(1280, 800)
    screen.set_project(pid)
    screen.show()
    app.processEvents()

    def edits(make_edit) -> list[float]:
        out = []
        for i in range(ROUNDS):
            screen.last_preview_ms = None
            make_edit(i)
            while screen.last_preview_ms is None:
                app.processEvents()
            out.append(screen.last_preview_ms / 1000)
        return out

    colour = screen.editor.widget_for("palette.primary")
    b1 = edits(lambda i: colour.choose(f"#0D4F{i:02X}"))
    width = screen.editor.widget_for("logo.width_px")
    b2 = edits(lambda i: width.setValue(150 + i))
    ctx.workspace.close()

    ma, mb1, mb2, mc = _median_ms(a), _median_ms(b1), _median_ms(b2), _median_ms(c)
    print(f"rounds: {ROUNDS}")
    print(f"A  render_preview 360 px              median {ma:6.1f} ms")
    print(
        f"B1 screen: colour pick → new preview  median {mb1:6.1f} ms  (max {max(b1) * 1000:.1f} ms)"
    )
    print(
        f"B2 screen: logo width → new preview   median {mb2:6.1f} ms  (max {max(b2) * 1000:.1f} ms)"
    )
    print(f"C  PNG overlays + compose_preview     median {mc:6.1f} ms")
    verdict = "OK" if max(mb1, mb2) < 100 else "MISSED"
    print(f"ratio C/A: {mc / ma:.1f}×   goal B < 100 ms: {verdict}")


if __name__ == "__main__":
    main()
