"""`kilas batch`: progress, rejected rows, SIGKILL mid-batch, --resume, final table, exit code."""

from __future__ import annotations

import os
import signal
import subprocess
import zipfile
from pathlib import Path

from tests.batch.conftest import FAKE, write_sheet
from tests.child_harness import harness_command

REPO = Path(__file__).resolve().parents[2]
GOOD = 'Layanan KTP;narasi.m4a;"klip a.mp4;klip b.mp4";Budi Santoso;Kepala Dinas;tiktok;ktp-01;Urus KTP – gratis;#ktp;no'


def _kilas(args: list[str], env_extra: dict[str, str] | None = None) -> subprocess.Popen:
    env = {**os.environ, "KILAS_LANG": "id", **(env_extra or {})}
    return subprocess.Popen(
        harness_command([FAKE], list(args)),
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_kill_the_whole_batch_then_resume_makes_each_output_once(
    sheet_dir: Path, tmp_path: Path
) -> None:
    lines = [
        GOOD,
        GOOD.replace("ktp-01", "ktp-02"),
        "Rusak;narasi.m4a;rusak.mp4;;;tiktok;rusak-01;;;no",
    ]
    sheet = write_sheet(sheet_dir, lines, encoding="cp1252")  # as Excel saves it on Windows
    out = tmp_path / "hasil batch"
    log = out / ".kilas" / "fake-renders.log"
    proc = _kilas(
        ["batch", "--csv", str(sheet), "--out", str(out), "--jobs", "2", "--zip"],
        env_extra={"KILAS_FAKE_MODE": "block"},  # renders stop half-way
    )
    try:
        seen = []
        for line in proc.stdout:  # wait (no sleep) until both renders are half-way
            seen.append(line)
            if log.exists() and log.read_text().count("start") >= 2:
                break
        assert any("baris 4" in s and "rusak.mp4" in s for s in seen)  # reported up front
        proc.send_signal(signal.SIGKILL)  # the machine "dies": no clean-up runs
        proc.wait(30)
    finally:
        proc.kill()
    assert not (out / "ktp-01" / "ktp-01.mp4").exists()  # nothing half-written at the path
    resumed = _kilas(["batch", "--resume", "--out", str(out)])
    stdout, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 1, stdout + stderr  # row 4 was rejected
    table = stdout[stdout.index("Baris") :]
    assert "ktp-01" in table and "selesai" in table and "ditolak" in table and "rusak.mp4" in table
    for name in ("ktp-01", "ktp-02"):
        files = sorted(p.name for p in (out / name).iterdir())
        assert files == ["caption.txt", "cover.jpg", f"{name}.mp4"]  # no .part left behind
    assert (
        (out / "ktp-01" / "caption.txt").read_text(encoding="utf-8").startswith("Urus KTP – gratis")
    )
    done = [line for line in log.read_text().splitlines() if line.startswith("done")]
    assert len(done) == 2  # each output rendered to completion exactly once
    with zipfile.ZipFile(out / "batch.zip") as zf:
        assert {"ktp-01/ktp-01.mp4", "ktp-02/ktp-02.mp4"} <= set(zf.namelist())


def test_a_full_disk_pauses_with_a_resume_command_that_works(
    sheet_dir: Path, tmp_path: Path
) -> None:
    sheet = write_sheet(sheet_dir, [GOOD], encoding="utf-8")
    out, workspace = tmp_path / "hasil", tmp_path / "ruang kerja tim"
    args = ["batch", "--csv", str(sheet), "--out", str(out), "--workspace", str(workspace)]
    full = _kilas(["--lang", "en", *args], env_extra={"KILAS_FAKE_MODE": "enospc"})
    stdout, stderr = full.communicate(timeout=120)
    hint = next(line for line in stdout.splitlines() if "Once the problem is fixed" in line)
    command = hint.split(": ", 1)[1]
    assert "--workspace" in command and str(workspace) in command
    assert "sisa" not in stdout  # English progress in English
    resumed = _kilas(["batch", "--resume", "--out", str(out), "--workspace", str(workspace)])
    stdout, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stdout + stderr
    assert (out / "ktp-01" / "ktp-01.mp4").is_file()


def test_a_refused_sheet_leaves_no_folders_behind(sheet_dir: Path, tmp_path: Path) -> None:
    sheet = sheet_dir / "bukan lembar batch.csv"
    sheet.write_text("nama;alamat\nBudi;Jl. Merdeka 1\n", encoding="utf-8")  # no batch columns
    out = tmp_path / "hasil"
    proc = _kilas(["batch", "--csv", str(sheet), "--out", str(out)])
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 1 and "Lembar tidak bisa dipakai" in stdout + stderr
    assert not out.exists()
