"""Fixtures for subtitle tests: a tiny random-weight openai-whisper checkpoint (so the real
loading and child-process code runs in a second), and bad inputs."""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path

import pytest

# Whisper's word-timing DTW is compiled by numba in every child process (seconds of JIT);
# on the tiny test model plain Python is faster.
os.environ.setdefault("NUMBA_DISABLE_JIT", "1")

from tests import media_factory


def build_tiny_checkpoint(path: Path) -> Path:
    import torch
    from whisper.model import ModelDimensions, Whisper

    torch.manual_seed(0)
    dims = ModelDimensions(
        n_mels=80,
        n_audio_ctx=1500,
        n_audio_state=64,
        n_audio_head=1,
        n_audio_layer=1,
        n_vocab=51865,
        n_text_ctx=448,
        n_text_state=64,
        n_text_head=1,
        n_text_layer=1,
    )
    model = Whisper(dims)
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save({"dims": asdict(dims), "model_state_dict": model.state_dict()}, path)
    return path


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    """A tiny multilingual checkpoint named like no official model (no tuned heads)."""
    return build_tiny_checkpoint(tmp_path_factory.mktemp("model ü") / "kecil-acak.pt")


@pytest.fixture(scope="session")
def tiny_ct2_model(tmp_path_factory) -> Path:
    """A tiny random-weight CTranslate2 model folder for faster-whisper (tiny_ct2.py)."""
    from tests.subtitles.tiny_ct2 import build_tiny_ct2_model

    return build_tiny_ct2_model(tmp_path_factory.mktemp("model ct2 ü") / "kecil-acak-ct2")


@pytest.fixture(scope="session")
def truncated_model(tiny_model: Path) -> Path:
    data = tiny_model.read_bytes()
    bad = tiny_model.with_name("terpotong.pt")
    bad.write_bytes(data[: len(data) // 3])
    return bad


@pytest.fixture(scope="session")
def not_a_model(media_dir: Path) -> Path:
    p = media_dir / "bukan-model.pt"
    p.write_text("ini bukan model whisper\n", encoding="utf-8")
    return p


@pytest.fixture(scope="session")
def silent_audio(media_dir: Path) -> Path:
    return media_factory.make_audio(media_dir / "hening.wav", duration_s=3.0, silent=True)


@pytest.fixture(scope="session")
def empty_file(media_dir: Path) -> Path:
    p = media_dir / "kosong.mp4"
    p.write_bytes(b"")
    return p


@pytest.fixture(scope="session")
def mute_video(media_dir: Path) -> Path:
    return media_factory.make_video(
        media_dir / "bisu.mp4", duration_s=1.0, size="320x180", with_audio=False
    )


@pytest.fixture(scope="session")
def voiced_audio(media_dir: Path) -> Path:
    """Loud, modulated tones: passes the energy gate, so the model really runs."""
    p = media_dir / "bersuara.wav"
    media_factory._run(
        [
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=220:sample_rate=16000:duration=2",
            "-af",
            "tremolo=f=4:d=0.9",
            str(p),
        ]
    )
    return p


def real_model() -> Path | None:
    value = os.environ.get("KILAS_TEST_MODEL", "")
    return Path(value) if value and Path(value).exists() else None
