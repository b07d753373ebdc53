"""The one ffmpeg runner: its error mapping, cancel, progress, and the one frame grab."""

from __future__ import annotations

import os
import threading
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from app.core.errors import Canceled, DiskFull, FfmpegFailed, FfmpegMissing, MissingInput
from app.media import ffmpeg_runner, frames, render_run
from app.media.probe import MediaUnreadable, probe

SMALL_VIDEO = ["-f", "lavfi", "-i", "testsrc=duration=1:size=64x64:rate=10"]
# An input that would take minutes to encode: something to cancel halfway.
ENDLESS_VIDEO = ["-f", "lavfi", "-i", "testsrc2=duration=3600:size=640x360:rate=30"]


class _Spawned:
    """Records the ffmpeg processes the runner starts, and says when one is running."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.procs: list = []
        self.started = threading.Event()
        real_popen = ffmpeg_runner.subprocess.Popen

        def popen(*args, **kwargs):
            proc = real_popen(*args, **kwargs)
            self.procs.append(proc)
            self.started.set()
            return proc

        monkeypatch.setattr(ffmpeg_runner.subprocess, "Popen", popen)

    def assert_all_gone(self) -> None:
        assert self.procs
        for proc in self.procs:
            assert proc.returncode is not None  # exited and reaped
            with pytest.raises(ProcessLookupError):
                os.killpg(proc.pid, 0)  # nothing of its process group is left either


@pytest.fixture
def corrupt_file(tmp_path: Path) -> Path:
    path = tmp_path / "rusak.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 20)
    return path


def test_a_full_disk_is_disk_full(tmp_path):
    # /dev/full accepts the open and fails every write with ENOSPC, as a full disk does.
    with pytest.raises(DiskFull) as err:
        ffmpeg_runner.run([*SMALL_VIDEO, "-f", "mp4", "-y", "/dev/full"])
    assert "Disk penuh" in err.value.message("id")
    assert "disk filled up" in err.value.message("en")


def test_a_full_disk_during_a_render_leaves_no_half_file(tmp_path):
    target = tmp_path / "penuh.mp4"
    with pytest.raises(DiskFull) as err:
        render_run.run_to_file(
            lambda part: [*SMALL_VIDEO, "-f", "mp4", "-y", "/dev/full"], target, 1.0
        )
    assert "penuh.mp4" in err.value.message("id") and "penuh.mp4" in err.value.message("en")
    assert list(tmp_path.iterdir()) == []


def test_not_enough_free_space_is_refused_before_ffmpeg_starts(tmp_path, monkeypatch):
    spawned = _Spawned(monkeypatch)
    monkeypatch.setattr(render_run.shutil, "disk_usage", lambda p: type("U", (), {"free": 1000})())
    with pytest.raises(DiskFull):
        render_run.run_to_file(
            lambda part: [*SMALL_VIDEO, str(part)], tmp_path / "penuh.mp4", 1.0, needed_bytes=10**8
        )
    assert spawned.procs == [] and list(tmp_path.iterdir()) == []


def test_a_missing_input_names_the_file(tmp_path):
    missing = tmp_path / "klip hilang.mp4"
    with pytest.raises(MissingInput) as err:
        ffmpeg_runner.run([*SMALL_VIDEO, "-i", str(missing), "-f", "null", "-"])
    assert err.value.path == str(missing)
    assert str(missing) in err.value.message("id") and str(missing) in err.value.message("en")


def test_a_missing_output_folder_is_named(tmp_path):
    out = tmp_path / "tidak ada" / "hasil.mp4"
    with pytest.raises(FfmpegFailed) as err:
        ffmpeg_runner.run([*SMALL_VIDEO, "-y", str(out)])
    assert str(out.parent) in err.value.message("en")


def test_a_corrupt_input_gives_a_readable_message(corrupt_file):
    with pytest.raises(FfmpegFailed) as err:
        ffmpeg_runner.run(["-i", str(corrupt_file), "-f", "null", "-"])
    for language in ("id", "en"):
        text = err.value.message(language)
        assert "rusak.mp4" in text
        assert "Errno" not in text and "@ 0x" not in text and "\n" not in text
    assert "rusak" in err.value.message("id") and "damaged" in err.value.message("en")
    assert "Invalid data" in err.value.stderr_tail  # ffmpeg's own words kept for the log


def test_probing_a_corrupt_file_says_so_in_words(corrupt_file):
    with pytest.raises(MediaUnreadable) as err:
        probe(corrupt_file)
    assert "Errno" not in err.value.message("en") and "damaged" in err.value.message("en")


def test_cancel_kills_ffmpeg_and_raises_canceled(monkeypatch):
    spawned = _Spawned(monkeypatch)
    cancel = threading.Event()
    # Set from another thread as soon as ffmpeg runs, like the Cancel button would.
    threading.Thread(target=lambda: spawned.started.wait() and cancel.set(), daemon=True).start()
    with pytest.raises(Canceled):
        ffmpeg_runner.run([*ENDLESS_VIDEO, "-f", "null", "-"], cancel=cancel)
    spawned.assert_all_gone()


def test_cancel_during_a_render_leaves_no_partial_output(tmp_path, monkeypatch):
    spawned = _Spawned(monkeypatch)
    cancel = threading.Event()
    seen: list[float] = []

    def report(fraction: float, label: str) -> None:
        seen.append(fraction)
        cancel.set()

    args = [*ENDLESS_VIDEO, "-c:v", "libx264", "-preset", "ultrafast", "-f", "mp4", "-y"]
    with pytest.raises(Canceled):
        render_run.run_to_file(
            lambda part: [*args, str(part)], tmp_path / "batal.mp4", 3600.0, report, cancel
        )
    assert seen and max(seen) < 1.0
    spawned.assert_all_gone()
    assert list(tmp_path.iterdir()) == []


def test_progress_rises_to_one(tmp_path):
    fractions: list[float] = []
    # -re reads the 1.5 s source in real time, so ffmpeg reports along the way.
    args = ["-re", "-f", "lavfi", "-i", "testsrc=duration=1.5:size=64x64:rate=10"]
    ffmpeg_runner.run_with_progress(
        [*args, "-f", "null", "-"], 1.5, lambda f, label: fractions.append(f), label="uji"
    )
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    assert len(set(fractions)) >= 2 and all(0.0 <= f <= 1.0 for f in fractions)


def test_a_wrong_ffmpeg_setting_says_which_path():
    with pytest.raises(FfmpegMissing) as err:
        ffmpeg_runner.run(["-version"], ffmpeg="/tidak/ada/ffmpeg")
    assert "/tidak/ada/ffmpeg" in err.value.message("en")


# Grabbing a frame ---------------------------------------------------------------------------
def _size(picture: bytes) -> tuple[int, int]:
    with Image.open(BytesIO(picture)) as image:
        return image.size


def test_grab_frame_sizes(landscape_clip):
    assert _size(frames.grab_frame(landscape_clip, 0.5)) == (640, 360)
    assert _size(frames.grab_frame(landscape_clip, 0.5, width_px=160, height_px=160)) == (160, 90)
    # Never upscaled when fitting within.
    assert _size(frames.grab_frame(landscape_clip, 0.5, width_px=4000, height_px=4000)) == (
        640,
        360,
    )
    cover = frames.grab_frame(landscape_clip, 0.5, width_px=90, height_px=160, fit="cover")
    assert _size(cover) == (90, 160)
    padded = frames.grab_frame(
        landscape_clip, 0.5, width_px=108, height_px=192, fit="pad", image_format="jpeg"
    )
    with Image.open(BytesIO(padded)) as image:
        assert image.format == "JPEG" and image.size == (108, 192)
        top_band = image.convert("L").getpixel((54, 5))
        assert top_band < 20  # letterboxed in black above the landscape picture


def test_grab_frame_past_the_end_is_no_frame(landscape_clip):
    with pytest.raises(frames.NoFrame) as err:
        frames.grab_frame(landscape_clip, 60.0)
    assert landscape_clip.name in err.value.message("en")


def test_save_frame_writes_the_picture_and_nothing_else(landscape_clip, tmp_path):
    target = tmp_path / "bingkai" / "satu.png"
    assert frames.save_frame(landscape_clip, 1.0, target, width_px=320, height_px=320) == target
    assert _size(target.read_bytes()) == (320, 180)
    assert [p.name for p in target.parent.iterdir()] == ["satu.png"]


@pytest.mark.parametrize(
    ("stderr", "expected_en"),
    [
        (
            ["[out#0/mp4 @ 0x55d9] Error opening output /data/hasil.mp4: Permission denied"],
            "No permission to open hasil.mp4.",
        ),
        (
            ["[vost#0:0 @ 0x5a] Unknown encoder 'libx264'", "Error opening output files: ..."],
            "This ffmpeg lacks a feature Kilas needs (Unknown encoder 'libx264').",
        ),
        (["[in#0 @ 0x1] Error opening input: Cannot allocate memory"], "Not enough memory"),
        (["[AVIOContext @ 0x7f] Statistics: 0 bytes read", "Something odd [Errno -5]"], "odd"),
    ],
)
def test_ffmpeg_failures_are_told_in_words(stderr, expected_en):
    error = ffmpeg_runner.failure(["-i", "/data/klip.mp4", "-y", "/data/hasil.mp4"], stderr)
    assert isinstance(error, FfmpegFailed)
    assert expected_en in error.message("en")
    assert "@ 0x" not in error.message("en") and "Errno" not in error.message("en")
    assert error.message("id") != error.message("en")
