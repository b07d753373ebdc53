"""With a real Whisper model (KILAS_TEST_MODEL=path to base.pt or a CTranslate2 folder):
Indonesian speech from espeak-ng comes back as captions spelled like the script."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.core.align import word_error_rate
from app.services.subtitles import process_transcript

from .conftest import real_model

pytestmark = [
    pytest.mark.realmodel,
    pytest.mark.skipif(real_model() is None, reason="KILAS_TEST_MODEL is not set"),
    pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed"),
]

SCRIPT = "Warga Kota Semarang dapat menghubungi nomor darurat 112 secara gratis. Diskominfo mengingatkan, layanan e-KTP kini lebih cepat."


@pytest.fixture(scope="module")
def speech(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ucapan") / "narasi.wav"
    subprocess.run(["espeak-ng", "-v", "id", "-s", "150", "-w", str(path), SCRIPT], check=True)
    return path


def test_real_model_transcribes_and_script_correction_fixes_names(speech: Path):
    from app.media.whisper import TranscribeOptions, transcribe
    from app.services.subtitle_files import load_rules

    result = transcribe(speech, real_model(), TranscribeOptions(language="id", beam_size=5))
    events, words, stats, _report, raw = process_transcript(
        result.segments, result.speech_regions, load_rules("short"), SCRIPT
    )
    corrected = " ".join(w.text for w in words)
    assert events and all(1 <= len(e.words) <= 4 for e in events)
    assert (
        word_error_rate(SCRIPT, corrected) < word_error_rate(SCRIPT, raw)
        or word_error_rate(SCRIPT, raw) == 0
    )
    assert "Kota Semarang" in corrected and "Diskominfo" in corrected
    assert stats is not None and stats.matched > len(SCRIPT.split()) // 2
    starts = [w.start_ms for w in words]
    assert starts == sorted(starts) and words[-1].end_ms <= result.duration_s * 1000 + 500


def test_real_model_invents_nothing_over_silence(tmp_path: Path):
    from app.media.whisper import TranscribeOptions, transcribe
    from tests import media_factory

    silence = media_factory.make_audio(tmp_path / "hening.wav", duration_s=5.0, silent=True)
    result = transcribe(silence, real_model(), TranscribeOptions(language="id"))
    assert result.segments == []
