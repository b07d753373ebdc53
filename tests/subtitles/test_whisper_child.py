"""The real Whisper loading and child-process code, run on a tiny random-weight checkpoint
(its text is garbage: these tests assert structure, progress, cancel and error paths)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.core.errors import Canceled
from app.media.whisper import TranscribeOptions, engine_for, transcribe, validate_model
from app.media.whisper.errors import ModelInvalid, NoAudio, TranscriptionCrashed

FAST = dict(beam_size=1, temperature=(0.0,), gate="energy", max_tokens_per_window=8)


def test_app_process_never_imports_torch_or_whisper():
    code = (
        "import sys; import app.services.subtitles, app.services.whisper_models, app.media.whisper; "
        "import app.ui.subtitles.screen; "
        "print(sorted(m for m in ('torch', 'whisper', 'faster_whisper', 'ctranslate2') if m in sys.modules))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "[]"


def test_transcription_runs_in_a_child_with_progress(tiny_model: Path, voiced_audio: Path):
    seen: list[tuple[float, str]] = []
    result = transcribe(
        voiced_audio,
        tiny_model,
        TranscribeOptions(**FAST),
        progress=lambda f, label: seen.append((f, label)),
    )
    assert result.engine == "openai"
    assert result.gate == "energy"
    assert 1.9 < result.duration_s < 2.1
    assert result.speech_regions and result.speech_regions[0][0] == 0
    assert result.load_s > 0  # the model really loaded
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert {"decode_audio", "load_model", "transcribe", "done"} <= {label for _, label in seen}
    for s in result.segments:  # garbage text, but well-formed timing
        assert 0 <= s.start_ms <= s.end_ms
        assert all(w.start_ms <= w.end_ms for w in s.words)


def test_silent_audio_never_reaches_the_model(tiny_model: Path, silent_audio: Path):
    result = transcribe(silent_audio, tiny_model, TranscribeOptions(**FAST))
    assert result.speech_regions == []
    assert result.segments == [] and result.load_s == 0.0


def test_music_only_is_not_speech_for_the_vad(tiny_model: Path, tone_audio: Path):
    result = transcribe(tone_audio, tiny_model, TranscribeOptions(**dict(FAST, gate="vad")))
    assert result.gate == "vad"  # Silero VAD from faster-whisper
    assert result.segments == []


@pytest.mark.skipif(sys.platform == "win32", reason="a FIFO and a shell script stand in for ffmpeg")
def test_cancel_kills_the_child_and_its_ffmpeg(
    tiny_model: Path, voiced_audio: Path, tmp_path: Path, monkeypatch
):
    import app.media.whisper as whisper

    started: list[subprocess.Popen] = []
    real_spawn = whisper.spawn_child

    def spawn(*args, **kwargs):
        started.append(real_spawn(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(whisper, "spawn_child", spawn)
    # An "ffmpeg" that never finishes decoding: it tells its pid through a FIFO and keeps
    # the FIFO open while it lives, so EOF on it means the process is gone.
    fifo = tmp_path / "ffmpeg-hidup"
    os.mkfifo(fifo)
    stand_in = tmp_path / "ffmpeg"
    stand_in.write_text(f'#!/bin/sh\nexec 3>"{fifo}"\necho $$ >&3\nexec sleep 600\n')
    stand_in.chmod(0o755)
    cancel = threading.Event()
    seen: dict[str, object] = {}

    def watch() -> None:
        with fifo.open(encoding="utf-8") as alive:
            seen["pid"] = int(alive.readline())
            cancel.set()  # cancel while ffmpeg is decoding
            seen["after_pid"] = alive.read()  # returns when the stand-in has exited
        seen["gone"] = True

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    with pytest.raises(Canceled):
        transcribe(
            voiced_audio,
            tiny_model,
            TranscribeOptions(**dict(FAST, ffmpeg=str(stand_in))),
            cancel=cancel,
        )
    [child] = started
    assert child.returncode is not None  # the Whisper child was killed and reaped
    watcher.join(timeout=30)
    assert seen.get("gone") is True, f"ffmpeg {seen.get('pid')} outlived the canceled child"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGSEGV is a POSIX exit status")
def test_a_crash_is_reported_in_one_line_not_a_dump(
    tiny_model: Path, voiced_audio: Path, children_with
):
    children_with("app.media.whisper.child:run=tests.subtitles.child_faults:segfault")
    with pytest.raises(TranscriptionCrashed) as info:
        transcribe(voiced_audio, tiny_model, TranscribeOptions(**FAST))
    text = info.value.message("en")
    assert text.startswith("The Whisper process stopped unexpectedly (exit code -11).")
    assert "Segmentation fault" in text
    assert "Extension modules" not in text and "numpy" not in text and "File " not in text


def test_bad_media(tiny_model: Path, empty_file: Path, mute_video: Path):
    with pytest.raises(NoAudio) as info:
        transcribe(empty_file, tiny_model, TranscribeOptions(**FAST))
    assert "0 byte" in info.value.message("id")
    with pytest.raises(NoAudio) as info:
        transcribe(mute_video, tiny_model, TranscribeOptions(**FAST))
    assert "no audio stream" in info.value.message("en")


def test_bad_models_are_refused(truncated_model: Path, not_a_model: Path, tmp_path: Path):
    for bad in (truncated_model, not_a_model):
        with pytest.raises(ModelInvalid):
            validate_model(bad)
    empty = tmp_path / "kosong.pt"
    empty.write_bytes(b"")
    with pytest.raises(ModelInvalid):
        engine_for(empty)
    with pytest.raises(ModelInvalid):
        engine_for(tmp_path)  # a folder without model.bin
    (tmp_path / "ct2").mkdir()
    (tmp_path / "ct2" / "model.bin").write_bytes(b"rusak")
    assert engine_for(tmp_path / "ct2") == "faster"
    with pytest.raises(ModelInvalid):
        validate_model(tmp_path / "ct2")  # a broken CTranslate2 folder


def test_a_damaged_ctranslate2_folder_is_refused(tmp_path: Path):
    folder = tmp_path / "ct2 rusak"
    folder.mkdir()
    (folder / "model.bin").write_bytes(b"rusak")
    (folder / "config.json").write_text("{}", encoding="utf-8")
    (folder / "vocabulary.txt").write_text("a\n", encoding="utf-8")
    with pytest.raises(ModelInvalid):
        validate_model(folder)  # ctranslate2 itself refuses it
