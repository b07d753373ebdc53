"""`kilas subtitles …` from the command line (in-process)."""

from __future__ import annotations

import gc
import json

from app.cli import main

SRT = "1\n00:00:00,500 --> 00:00:02,000\nWarga Kota Semarang\n\n2\n00:00:01,800 --> 00:00:03,000\nhubungi 112\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    gc.collect()  # the command's workspace (and its lock) goes away, as when the process exits
    out = capsys.readouterr()
    return code, out.out, out.err


def test_models_transcribe_import_export(
    capsys, tmp_path, workspace_dir, tiny_model, silent_audio, monkeypatch
):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    ws = str(workspace_dir)
    code, out, _ = run(capsys, "subtitles", "models", "list", "--workspace", ws)
    assert code == 0 and "Belum ada model" in out
    code, out, err = run(
        capsys, "subtitles", "models", "import", str(tiny_model), "--copy", "--workspace", ws
    )
    assert code == 0 and "diimpor dan dipakai" in out, err
    code, out, _ = run(capsys, "subtitles", "models", "list", "--json", "--workspace", ws)
    listed = json.loads(out)
    assert listed["in_use"].endswith("kecil-acak.pt") and listed["models"][0]["sha256"]

    code, out, _ = run(capsys, "new", "--title", "Layanan 112", "--workspace", ws, "--json")
    assert code == 0
    pid = str(json.loads(out)["id"])
    srt_in = tmp_path / "masuk.srt"
    srt_in.write_text(SRT, encoding="cp1252")
    code, out, _ = run(capsys, "subtitles", "import", pid, str(srt_in), "--workspace", ws)
    assert code == 0 and "2 takarir diimpor" in out and "overlap" in out
    ass = tmp_path / "keluar.ass"
    code, out, _ = run(capsys, "subtitles", "export", pid, "--out", str(ass), "--workspace", ws)
    assert code == 0 and "PlayResY: 1920" in ass.read_text(encoding="utf-8")
    ass.write_text("disunting tangan", encoding="utf-8")  # the user's own edit of the file
    code, _, err = run(capsys, "subtitles", "export", pid, "--out", str(ass), "--workspace", ws)
    assert code == 1 and "tidak ditimpa" in err
    assert ass.read_text(encoding="utf-8") == "disunting tangan"
    code, _, _ = run(
        capsys, "subtitles", "export", pid, "--out", str(ass), "--overwrite", "--workspace", ws
    )
    assert code == 0 and "PlayResY: 1920" in ass.read_text(encoding="utf-8")

    srt_out = tmp_path / "hasil.srt"
    srt_out.write_text("1\n00:00:00,000 --> 00:00:01,000\nmilik pengguna\n", encoding="utf-8")
    before = srt_out.read_bytes()
    code, out, err = run(
        capsys,
        "subtitles",
        "transcribe",
        str(silent_audio),
        "--project",
        pid,
        "--out",
        str(srt_out),
        "--overwrite",
        "--workspace",
        ws,
    )
    # Silence: nothing to write, so the user's file stays as it was (not 0 bytes) and the
    # command says so and fails, even with --overwrite.
    assert code == 1, out
    assert "100%" in out and "Tidak ada ucapan" in err and "tidak ditulis" in err
    assert srt_out.read_bytes() == before


def test_transcribe_bad_input_fails_clearly(
    capsys, tmp_path, workspace_dir, tiny_model, empty_file, not_a_model
):
    ws = str(workspace_dir)
    code, _, err = run(
        capsys,
        "subtitles",
        "transcribe",
        str(empty_file),
        "--model",
        str(tiny_model),
        "--out",
        str(tmp_path / "x.srt"),
        "--workspace",
        ws,
    )
    assert code == 1 and "0 byte" in err
    code, _, err = run(
        capsys, "--lang", "en", "subtitles", "models", "import", str(not_a_model), "--workspace", ws
    )
    assert code == 1 and "not a Whisper checkpoint" in err
