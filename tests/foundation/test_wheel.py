"""Kilas installs as a package: the wheel carries every file the app reads at run time, and an
installed copy (not the checkout) builds the sample and renders from an unrelated folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from app import resources

ROOT = Path(__file__).resolve().parents[2]
# What the build reads: copied away so the build never writes build/ or *.egg-info here.
BUILD_INPUTS = ("pyproject.toml", "setup.py", "README.md", "app", "templates", "assets")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
        + ["-w", str(out), str(src)],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("kilas-*.whl")
    return found


def test_wheel_carries_every_runtime_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = [f"app/{rel}" for rel in resources.runtime_files()]
    assert any(w.endswith("templates/presets/tiktok.json") for w in wanted)
    assert any(w.endswith("fonts/Inter-Bold.otf") for w in wanted)
    assert any(w.endswith("sample/projects.json") for w in wanted)
    assert any(w.endswith("kilas_en.qm") for w in wanted)
    assert any(w.endswith("icons/play.svg") for w in wanted)
    modules = [
        f"app/{p.relative_to(resources.PACKAGE_DIR).as_posix()}"
        for p in resources.PACKAGE_DIR.rglob("*.py")
    ]
    missing = sorted(set(wanted + modules) - names)
    assert not missing, f"not in the wheel: {missing}"
    assert not [n for n in names if "screenshots" in n or n.startswith("tests/")]


@pytest.mark.slow
def test_installed_wheel_builds_the_sample_and_renders_elsewhere(wheel: Path, tmp_path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q"]
        + ["--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # The dependencies come from the test environment; its editable Kilas does not (a plain
    # path entry does not run that folder's own .pth files).
    (Path(purelib) / "kilas-test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    elsewhere = tmp_path / "somewhere else"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"

    def run(*argv: str) -> str:
        done = subprocess.run(
            argv, cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    where = run(str(python), "-c", "import app; print(app.__file__)")
    assert Path(where.strip()).is_relative_to(venv), "the installed copy, not the checkout"
    cli = venv / ("Scripts/kilas-cli.exe" if os.name == "nt" else "bin/kilas-cli")
    ws = tmp_path / "ruang kerja"
    ids = json.loads(run(str(cli), "sample", "--workspace", str(ws), "--json"))["project_ids"]
    assert len(ids) == 3
    new_id = int(run(str(cli), "new", "--title", "Uji Paket", "--workspace", str(ws)).strip())
    script = elsewhere / "naskah.txt"
    script.write_text("Halo warga, ini uji singkat.\n", encoding="utf-8")
    run(str(cli), "script", "import", str(new_id), str(script), "--workspace", str(ws))
    out = elsewhere / "hasil"
    argv = ("render", str(new_id), "--quality", "draft", "--out", str(out), "--json")
    result = json.loads(run(str(cli), *argv, "--workspace", str(ws)))
    video = Path(result["output_path"])
    assert video.is_relative_to(out) and video.stat().st_size > 10_000
    assert result["quality"] == "draft"
