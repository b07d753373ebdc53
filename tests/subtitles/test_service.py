"""SubtitleService and WhisperModelService on a real workspace."""

from __future__ import annotations

import re
import shutil

import pytest

from app.core.captions import Word, segment
from app.core.errors import InvalidInput
from app.media.whisper.errors import ModelInvalid, ModelMissing
from app.services.projects import ProjectService
from app.services.subtitles import EditedCuesExist, SubtitleService, load_rules
from app.services.whisper_models import WhisperModelService, cache_dirs

pytestmark = pytest.mark.both_backends

TEXT = "Warga Kota Semarang dapat menghubungi nomor darurat 112 secara gratis. Diskominfo mengingatkan warga."


def words(text: str = TEXT, step_ms: int = 400) -> list[Word]:
    return [Word(t, i * step_ms, i * step_ms + 350) for i, t in enumerate(text.split())]


@pytest.fixture
def project(ctx) -> int:
    return ctx.service(ProjectService).create("Layanan 112")


@pytest.fixture
def captioned(ctx, project) -> int:
    ctx.service(SubtitleService).store_events(project, segment(words(), load_rules("short")))
    return project


def test_no_model_explains_how_to_get_one(ctx, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache kosong"))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf kosong"))
    svc = ctx.service(WhisperModelService)
    assert svc.in_use() is None
    with pytest.raises(ModelMissing) as info:
        svc.require_in_use()
    assert "Impor model" in info.value.message("id") and "Import model" in info.value.message("en")


def test_models_are_found_in_caches_and_the_workspace_folder(
    ctx, monkeypatch, tmp_path, tiny_model
):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    cached = cache_dirs()[0] / "base.pt"
    cached.parent.mkdir(parents=True)
    shutil.copyfile(tiny_model, cached)
    hub = cache_dirs()[1] / "models--Systran--faster-whisper-small" / "snapshots" / "abc"
    hub.mkdir(parents=True)
    (hub / "model.bin").write_bytes(b"x")
    shutil.copyfile(tiny_model, ctx.workspace.models_dir / "kecil.pt")
    found = {(m.name, m.engine, m.source) for m in ctx.service(WhisperModelService).discovered()}
    assert found == {
        ("kecil", "openai", "workspace"),
        ("base", "openai", "cache"),
        ("faster-whisper-small", "faster", "cache"),
    }
    assert ctx.service(WhisperModelService).in_use().name == "kecil"  # usable without importing


def test_import_validates_records_checksum_and_uses_the_model(ctx, tiny_model, truncated_model):
    svc = ctx.service(WhisperModelService)
    m = svc.import_model(tiny_model, copy=True)
    assert m.engine == "openai" and m.in_use and not m.missing  # loaded in the child to validate
    assert m.path == ctx.workspace.models_dir / tiny_model.name
    assert len(m.sha256) == 64 and m.size_bytes == tiny_model.stat().st_size
    assert svc.require_in_use() == m.path
    with pytest.raises(ModelInvalid):
        svc.import_model(truncated_model)
    assert [x.name for x in svc.imported()] == ["kecil-acak"]


def test_transcribe_project_stores_cues_and_protects_edits(ctx, project, tiny_model, voiced_audio):
    svc = ctx.service(SubtitleService)
    opts = dict(beam_size=1, gate="energy", temperature=(0.0,), max_tokens_per_window=8)
    outcome = svc.transcribe_project(
        project, model_path=tiny_model, media_path=voiced_audio, **opts
    )
    assert outcome.track_id is not None and outcome.engine == "openai"
    assert svc.active_track(project)["model_name"] == "kecil-acak.pt"
    svc.store_events(project, segment(words(), load_rules("short")))
    svc.set_text(project, 0, "Warga Kabupaten")
    with pytest.raises(EditedCuesExist):
        svc.transcribe_project(project, model_path=tiny_model, media_path=voiced_audio, **opts)
    assert svc.cues(project)[0].text == "Warga Kabupaten"  # nothing overwritten without asking


def test_faster_whisper_transcribes_a_project_into_a_well_formed_srt(
    ctx, project, tiny_ct2_model, voiced_audio, tmp_path
):
    from app.media.whisper import engine_for, validate_model

    assert engine_for(tiny_ct2_model) == "faster"
    assert validate_model(tiny_ct2_model)["dims"] == {"multilingual": True}
    svc = ctx.service(SubtitleService)
    opts = dict(beam_size=1, gate="energy", temperature=(0.0,), max_tokens_per_window=8)
    outcome = svc.transcribe_project(
        project, model_path=tiny_ct2_model, media_path=voiced_audio, **opts
    )
    assert outcome.engine == "faster" and outcome.load_s > 0  # the CTranslate2 model ran
    srt = tmp_path / "hasil faster.srt"
    count = svc.export_srt(project, srt)
    assert count >= 1  # random weights: some text, its words are garbage
    blocks = srt.read_text(encoding="utf-8").strip().split("\n\n")
    assert len(blocks) == count
    stamp = r"(\d\d):(\d\d):(\d\d),(\d{3})"
    previous_end_ms = 0
    for number, block in enumerate(blocks, start=1):
        index, timing, *lines = block.splitlines()
        assert index == str(number)
        match = re.fullmatch(f"{stamp} --> {stamp}", timing)
        assert match, timing
        h1, m1, s1, ms1, h2, m2, s2, ms2 = map(int, match.groups())
        start_ms = ((h1 * 60 + m1) * 60 + s1) * 1000 + ms1
        end_ms = ((h2 * 60 + m2) * 60 + s2) * 1000 + ms2
        assert previous_end_ms <= start_ms < end_ms <= 2100  # inside the 2 s of audio
        assert lines and all(line.strip() for line in lines)
        previous_end_ms = end_ms


def test_project_without_narration(ctx, project, tiny_model):
    from app.services.subtitles import NoNarration

    with pytest.raises(NoNarration):
        ctx.service(SubtitleService).transcribe_project(project, model_path=tiny_model)


def test_editing_split_merge_shift_nudge_find_replace(ctx, captioned):
    svc = ctx.service(SubtitleService)
    before = svc.cues(captioned)
    assert [c.text for c in svc.cues(captioned)][:2] == ["Warga Kota Semarang", "dapat menghubungi"]
    svc.split(captioned, 0)
    assert [(c.text, c.start_ms, c.end_ms) for c in svc.cues(captioned)][:2] == [
        ("Warga", 0, 400),
        ("Kota Semarang", 400, 1133),
    ]
    svc.merge_with_next(captioned, 0)
    assert svc.cues(captioned)[0].text == "Warga Kota Semarang"
    svc.shift_all(captioned, 250)
    assert (
        svc.cues(captioned)[0].start_ms == 250 and svc.cues(captioned)[0].words[0].start_ms == 250
    )
    svc.nudge(captioned, 0, start_delta_ms=-100, end_delta_ms=100)
    c0 = svc.cues(captioned)[0]
    assert (c0.start_ms, c0.end_ms, c0.edited) == (150, 1483, True)
    assert svc.find_replace(captioned, "warga", "Penduduk") == 2
    assert [c.text for c in svc.cues(captioned) if "Penduduk" in c.text] == [
        "Penduduk Kota Semarang",
        "mengingatkan Penduduk.",
    ]
    with pytest.raises(InvalidInput):
        svc.shift_all(captioned, -10_000)
    svc.restore(captioned, before)  # what undo does
    assert svc.cues(captioned) == before


def test_write_ass_for_the_renderer(ctx, project, captioned, tmp_path):
    svc = ctx.service(SubtitleService)
    other = ctx.service(ProjectService).create("Tanpa takarir")
    assert svc.write_ass(other, tmp_path / "none.ass") is False
    (tmp_path / "out dir").mkdir()
    assert svc.write_ass(captioned, tmp_path / "out dir" / "cap.ass") is True
    doc = (tmp_path / "out dir" / "cap.ass").read_text(encoding="utf-8")
    assert "PlayResY: 1920" in doc and "{\\k" in doc
    svc.restyle(captioned, "classic")
    assert svc.active_track(captioned)["style"] == "classic"
    assert "\\k" not in svc.ass_document(captioned).split("[Events]")[1]


def test_srt_export_and_import(ctx, captioned, tmp_path):
    svc = ctx.service(SubtitleService)
    out = tmp_path / "hasil.srt"
    assert svc.export_srt(captioned, out) == len(svc.cues(captioned))
    other = ctx.service(ProjectService).create("Impor")
    result = svc.import_srt(other, out)
    assert result.count == len(svc.cues(captioned)) and result.problems == []
    assert [c.text for c in svc.cues(other)] == [c.text for c in svc.cues(captioned)]
    svc.set_text(other, 0, "disunting")
    with pytest.raises(EditedCuesExist):
        svc.import_srt(other, out)


def test_srt_times_that_cannot_be_read_are_refused_not_guessed(ctx, project, tmp_path):
    from app.core.errors import KilasError

    svc = ctx.service(SubtitleService)
    before = svc.cues(project)
    bad = tmp_path / "salah ketik.srt"
    bad.write_text(
        "1\n00:00:01,000 --> 00:00:02,000\nSatu\n\n2\n00:00:0O,500 --> 00:00:04,000\nDua\n",
        encoding="utf-8",
    )
    with pytest.raises(KilasError) as err:
        svc.import_srt(project, bad, overwrite_edited=True)
    assert "caption 2 cannot be read" in err.value.message("en")
    binary = tmp_path / "bukan.srt"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(KilasError) as err:
        svc.import_srt(project, binary, overwrite_edited=True)
    assert "not plain text" in err.value.message("en")
    assert svc.cues(project) == before  # nothing changed


def test_srt_cues_after_the_end_of_the_video_are_dropped_and_said(
    ctx, project, media_dir, tmp_path
):
    from app.store.models import Project, Shot
    from tests.media_factory import make_image
    from tests.render.helpers import import_media

    picture = import_media(ctx, make_image(media_dir / "abu.png", "1080x1920", "gray"))
    with ctx.session() as s:
        s.add(Shot(project_id=project, position=0, media_asset_id=picture, target_duration_s=3.0))
        s.get(Project, project).options = {"title_card": False, "end_card": False}
    srt = tmp_path / "jauh.srt"
    srt.write_text(
        "1\n00:00:00,500 --> 00:00:02,000\nHalo warga\n\n"
        "2\n100:00:00,000 --> 100:00:02,000\nSeratus jam kemudian\n",
        encoding="utf-8",
    )
    result = ctx.service(SubtitleService).import_srt(project, srt, overwrite_edited=True)
    assert result.count == 1 and "2: after the end of the video" in result.problems
    assert [c.text for c in ctx.service(SubtitleService).cues(project)] == ["Halo warga"]
