"""The one output rule: a new name or an explicit overwrite; complete files only."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.csv_text import csv_text
from app.core.errors import DiskFull
from app.core.overwrite import Overwrite
from app.media import outputs


def test_existing_file_is_refused_replaced_or_renamed_as_asked(tmp_path: Path) -> None:
    target = tmp_path / "video.mp4"
    target.write_bytes(b"milik pengguna")
    with pytest.raises(outputs.OutputExists) as err:
        outputs.write_bytes_output(target, b"baru")
    assert "--overwrite" in err.value.message("en")
    assert target.read_bytes() == b"milik pengguna"
    renamed = outputs.write_bytes_output(target, b"baru", Overwrite.NEW_NAME)
    assert renamed.name == "video-2.mp4" and target.read_bytes() == b"milik pengguna"
    assert outputs.write_bytes_output(target, b"ganti", Overwrite.REPLACE) == target
    assert target.read_bytes() == b"ganti"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["video-2.mp4", "video.mp4"]


def test_a_failing_writer_leaves_nothing_behind(tmp_path: Path) -> None:
    def broken(part: Path) -> None:
        part.write_bytes(b"setengah")
        raise RuntimeError("writer crashed")

    with pytest.raises(RuntimeError):
        outputs.write_output(tmp_path / "laporan.pdf", broken)
    assert list(tmp_path.iterdir()) == []


def test_disk_full_is_said_in_words_and_leaves_no_part(tmp_path: Path) -> None:
    def full(part: Path) -> None:
        part.write_bytes(b"x")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(DiskFull) as err:  # the one full-disk type: the queue pauses on it
        outputs.write_output(tmp_path / "kalender.ics", full)
    assert err.value.message("id").startswith("Disk penuh")
    assert "Errno" not in err.value.message("en")
    assert list(tmp_path.iterdir()) == []


def test_leftover_of_a_killed_writer_is_cleaned_and_frees_the_name(tmp_path: Path) -> None:
    target = tmp_path / "video.mp4"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    dead_pid = int(dead.stdout)
    leftover = outputs.part_path(target).with_name(
        outputs.part_path(target).name.replace(f"-{os.getpid()}.", f"-{dead_pid}.")
    )
    leftover.write_bytes(b"render yang dibunuh")
    alive = outputs.part_path(tmp_path / "lain.mp4")  # ours: still being written
    alive.write_bytes(b"sedang ditulis")
    assert outputs.stale_parts(tmp_path) == [leftover]
    final = outputs.write_bytes_output(target, b"video", Overwrite.NEW_NAME)
    assert final == target  # no -2 for a file that never finished
    assert not leftover.exists() and alive.exists()


def test_csv_cells_never_run_as_formulas() -> None:
    text = csv_text(["judul", "angka"], [['=HYPERLINK("http://x")', 5], ["+62 812", -3]])
    assert text.splitlines() == ["judul,angka", '"\'=HYPERLINK(""http://x"")",5', "'+62 812,-3"]
