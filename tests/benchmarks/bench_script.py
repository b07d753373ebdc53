"""Script editor speed in a 300-shot script (medians, measured side by side in one run).

Run: .venv/bin/python tests/benchmarks/bench_script.py

- keystroke to screen: one key typed into a shot's narration, until Qt's paint pass has
  redrawn the editor, the shot row, the running total and the budget bar (the edit is saved
  to SQLite and pushed on the undo stack on the way); compared with the same key in a bare
  QPlainTextEdit window.
- estimate recompute: the incremental update the editor does per keystroke (one shot + cached
  total) against recomputing all 300 shots, and against `ScriptService.stats` (database).
- a 10 000-word paste split into shots, and typing in a single 10 000-word narration.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KILAS_DATA_DIR", tempfile.mkdtemp(prefix="kilas-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

SHOTS = 300


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _script_text(shots: int, words_per_shot: int) -> str:
    parts = []
    for i in range(shots):
        scene = f"# Adegan {i // 10 + 1}\n" if i % 10 == 0 else ""
        parts.append(
            f"{scene}## Shot {i + 1} | medium | 4 dtk\nTEKS: Teks {i + 1}\n"
            + " ".join(f"kata{j}" for j in range(words_per_shot))
        )
    return "\n\n".join(parts)


def main() -> None:
    app = QApplication.instance() or QApplication(["bench"])
    from app.services.context import AppContext
    from app.services.projects import ProjectService
    from app.services.script import ScriptService
    from app.services.shots import ShotService
    from app.store.workspace import open_workspace
    from app.ui.script.screen import ScriptScreen

    ws = open_workspace(Path(tempfile.mkdtemp(prefix="kilas bench ")) / "ruang kerja")
    ctx = AppContext(ws)
    pid = ctx.service(ProjectService).create("Benchmark 300 shot")
    svc = ctx.service(ScriptService)
    svc.add_term("Call Center 112")
    svc.add_term("Diskominfo")
    svc.import_text(pid, _script_text(SHOTS, 12), replace=True)

    screen = ScriptScreen(ctx)
    screen.resize(1280, 800)
    screen.set_project(pid)
    screen.show()
    app.processEvents()
    screen.shot_list.setCurrentRow(SHOTS // 2)
    edit = screen.editor.narration
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)

    def key_in_editor() -> None:
        QTest.keyClick(edit, "a")
        app.processEvents()  # the one paint pass Qt makes for all dirty widgets

    bare = QPlainTextEdit()
    bare.resize(560, 400)
    bare.setPlainText(edit.toPlainText())
    bare.show()

    def key_in_bare() -> None:
        QTest.keyClick(bare, "a")
        app.processEvents()

    for _ in range(20):  # warm-up
        key_in_editor()
        key_in_bare()
    editor_ms = _median_ms(key_in_editor, 200)
    bare_ms = _median_ms(key_in_bare, 200)
    saved = ctx.service(ShotService).get(screen.current_shot_id()).narration
    assert saved.endswith("a" * 220), "every keystroke is saved"
    paints = {"n": 0}

    class PaintCounter(QObject):
        def eventFilter(self, _obj, event) -> bool:
            if event.type() == QEvent.Paint:
                paints["n"] += 1
            return False

    counter = PaintCounter()
    edit.viewport().installEventFilter(counter)
    key_in_editor()
    assert paints["n"] >= 1, "the editor repaints within the measured pass"
    edit.viewport().removeEventFilter(counter)

    row = screen.current_row()

    def incremental() -> None:
        screen._recompute_row(row)
        screen.update_totals()

    def full() -> None:
        screen._recompute_all()
        screen.update_totals()

    inc_ms = _median_ms(incremental, 300)
    full_ms = _median_ms(full, 50)
    stats_ms = _median_ms(lambda: svc.stats(pid), 20)

    # A 10 000-word paste (250 shots of 40 words) after the current shot, then undone.
    paste_text = _script_text(250, 40)

    def paste() -> None:
        mime = QMimeData()
        mime.setText(paste_text)
        edit.insertFromMimeData(mime)
        app.processEvents()

    paste_ms = []
    for _ in range(3):
        screen.shot_list.setCurrentRow(SHOTS // 2)
        paste_ms.append(_median_ms(paste, 1))
        screen.undo_stack.undo()
    assert screen.shot_list.count() == SHOTS

    # Typing inside one 10 000-word narration (pasted as one paragraph).
    screen.shot_list.setCurrentRow(0)
    edit.setPlainText(" ".join(["kata"] * 10_000))
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    big_ms = _median_ms(key_in_editor, 50)
    bare.setPlainText(edit.toPlainText())
    bare.moveCursor(bare.textCursor().MoveOperation.End)
    big_bare_ms = _median_ms(key_in_bare, 50)

    print(f"script with {SHOTS} shots, {svc.stats(pid).words} words")
    print(f"keystroke to screen (save + undo step + estimate + repaint): median {editor_ms:.2f} ms")
    print(
        f"  same key in a bare QPlainTextEdit:                  median {bare_ms:.2f} ms "
        f"(ratio {editor_ms / bare_ms:.1f}x)"
    )
    print(f"estimate recompute per keystroke (one shot + total):  median {inc_ms:.3f} ms")
    print(
        f"  full recompute of {SHOTS} shots:                        median {full_ms:.3f} ms "
        f"(ratio {full_ms / inc_ms:.0f}x)"
    )
    print(f"  ScriptService.stats from the database:              median {stats_ms:.2f} ms")
    print(
        f"10 000-word paste split into 250 shots:               median {statistics.median(paste_ms):.0f} ms "
        f"(runs: {', '.join(f'{t:.0f}' for t in paste_ms)})"
    )
    print(f"keystroke in a single 10 000-word narration:          median {big_ms:.2f} ms")
    print(
        f"  same text in a bare QPlainTextEdit:                 median {big_bare_ms:.2f} ms "
        f"(ratio {big_ms / big_bare_ms:.1f}x)"
    )
    screen.close()
    ws.close()


if __name__ == "__main__":
    main()
