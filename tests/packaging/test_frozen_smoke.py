"""Smoke test of the frozen bundle (packaging/build.py): the executables alone, as a user runs
them, with the network off, from an unrelated folder, with a fresh HOME.

Skipped unless KILAS_FROZEN_DIR points to a built bundle folder (…/kilas).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import av
import pytest

from tests import media_factory
from tests.subtitles.conftest import build_tiny_checkpoint
from tests.subtitles.tiny_ct2 import build_tiny_ct2_model

pytestmark = pytest.mark.frozen

BUNDLE = Path(os.environ["KILAS_FROZEN_DIR"]) if os.environ.get("KILAS_FROZEN_DIR") else None
EXE = ".exe" if sys.platform == "win32" else ""

if BUNDLE is None:
    pytest.skip("KILAS_FROZEN_DIR is not set (no built bundle)", allow_module_level=True)


def _offline_prefix() -> list[str]:
    """Run without a network: a new, empty network namespace (as root, or as a mapped user)."""
    unshare = shutil.which("unshare")
    assert unshare, "unshare (util-linux) is needed to run the bundle offline"
    for prefix in ([unshare, "-n"], [unshare, "-n", "-r"]):
        if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix
    pytest.fail("cannot create a network namespace with unshare -n")


@pytest.fixture(scope="module")
def user(tmp_path_factory):
    """A fresh HOME and an unrelated working folder; no Python paths from this checkout."""
    root = tmp_path_factory.mktemp("frozen user")
    home, cwd = root / "home", root / "elsewhere"
    home.mkdir()
    cwd.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV", "XDG_", "HF_", "KILAS_"))
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    prefix = _offline_prefix()

    def run(*args: str, timeout_s: float = 600) -> subprocess.CompletedProcess:
        proc = subprocess.run(
            [*prefix, str(BUNDLE / f"kilas-cli{EXE}"), *args],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout_s,
        )
        assert proc.returncode == 0, f"kilas-cli {' '.join(args)}:\n{proc.stdout}\n{proc.stderr}"
        return proc

    return root, run


@pytest.fixture(scope="module")
def sample_workspace(user) -> Path:
    root, run = user
    ws = root / "Ruang Kerja Contoh"
    run("sample", "--workspace", str(ws))
    return ws


def _bundle_files() -> set[str]:
    return {str(p.relative_to(BUNDLE)) for p in BUNDLE.rglob("*")}


BUNDLE_FILES_BEFORE = _bundle_files()


def test_bundle_has_both_executables():
    assert (BUNDLE / f"kilas{EXE}").is_file() and (BUNDLE / f"kilas-cli{EXE}").is_file()


def test_doctor_all_ok_offline(user):
    _, run = user
    report = json.loads(run("doctor", "--json").stdout)
    failed = [c for c in report["checks"] if not c.get("ok", True)]
    assert report["ok"], failed


def test_draft_render_of_sample_project_is_1080x1920_h264_aac(user, sample_workspace):
    root, run = user
    projects = json.loads(run("projects", "--json", "--workspace", str(sample_workspace)).stdout)
    assert projects, "the sample workspace has projects"
    out = root / "draft.mp4"
    run(
        "render",
        str(projects[0]["id"]),
        "--quality",
        "draft",
        "--out",
        str(out),
        "--workspace",
        str(sample_workspace),
        timeout_s=900,
    )
    with av.open(str(out)) as container:
        video = container.streams.video[0]
        audio = container.streams.audio[0]
        assert (video.codec_context.width, video.codec_context.height) == (1080, 1920)
        assert video.codec_context.name == "h264"
        assert audio.codec_context.name == "aac"


@pytest.mark.parametrize("engine", ["openai-whisper", "faster-whisper"])
def test_transcribe_with_tiny_model(user, sample_workspace, engine):
    root, run = user
    models = root / "models"
    models.mkdir(exist_ok=True)
    if engine == "openai-whisper":
        model = build_tiny_checkpoint(models / "kecil-acak.pt")
    else:
        model = build_tiny_ct2_model(models / "kecil-acak-ct2")
    audio = media_factory.make_audio(root / f"suara-{engine}.wav", duration_s=2.0)
    srt = root / f"hasil-{engine}.srt"
    proc = run(
        "subtitles",
        "transcribe",
        str(audio),
        "--model",
        str(model),
        "--out",
        str(srt),
        "--overwrite",
        "--workspace",
        str(sample_workspace),
    )
    assert "100%" in proc.stdout + proc.stderr
    assert srt.is_file()


def test_subtitle_screen_screenshot(user, sample_workspace):
    root, run = user
    png = root / "takarir.png"
    run("screenshot", "subtitles", "--out", str(png), "--workspace", str(sample_workspace))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_nothing_was_written_inside_the_bundle():
    """Program Files is read-only for users: caches, logs and models go to user folders."""
    assert _bundle_files() == BUNDLE_FILES_BEFORE
