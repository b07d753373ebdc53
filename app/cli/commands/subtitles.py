"""`subtitles transcribe|export|import|models`: automatic Indonesian captions from the CLI."""

from __future__ import annotations

import threading
from pathlib import Path

from app.cli.common import add_output, command, emit_json, open_context, overwrite_rule, say, warn


def register(sub) -> None:
    group = sub.add_parser("subtitles", help="takarir otomatis (Whisper) / automatic captions")
    leaves = group.add_subparsers(dest="subtitles_command", metavar="SUBCOMMAND")
    group.set_defaults(handler=lambda args: group.print_help() or 2)

    p = command(
        leaves, "transcribe", "transkripsi media ke SRT / transcribe media to SRT", cmd_transcribe
    )
    p.add_argument("media", type=Path, metavar="MEDIA")
    p.add_argument(
        "--model",
        type=Path,
        default=None,
        metavar="PATH",
        help="berkas .pt atau folder CTranslate2 (bawaan: model yang dipakai ruang kerja)",
    )
    p.add_argument("--language", default="id", help="kode bahasa (bawaan id)")
    p.add_argument(
        "--style", default="short", help="short | classic | nama templat di templates/captions"
    )
    src = p.add_mutually_exclusive_group()
    src.add_argument(
        "--script", type=Path, default=None, metavar="FILE.txt", help="naskah untuk koreksi ejaan"
    )
    src.add_argument(
        "--project", type=int, default=None, metavar="ID", help="proyek: naskah + simpan takarir"
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE.srt")
    p.add_argument("--ass", type=Path, default=None, metavar="FILE.ass", help="juga tulis ASS")
    p.add_argument("--beam-size", type=int, default=5)
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="timpa takarir yang sudah disunting dan berkas keluaran yang ada / replace edited "
        "captions and existing output files",
    )

    p = command(leaves, "export", "ekspor takarir proyek (SRT/ASS) / export captions", cmd_export)
    p.add_argument("project", type=int, metavar="ID")
    add_output(p, "FILE.srt|FILE.ass")

    p = command(leaves, "import", "impor SRT ke proyek / import an SRT into a project", cmd_import)
    p.add_argument("project", type=int, metavar="ID")
    p.add_argument("file", type=Path, metavar="FILE.srt")
    p.add_argument("--overwrite", action="store_true", help="timpa takarir yang sudah disunting")

    models = leaves.add_parser("models", help="model Whisper / Whisper models")
    mleaves = models.add_subparsers(dest="models_command", metavar="SUBCOMMAND")
    models.set_defaults(handler=lambda args: models.print_help() or 2)
    command(mleaves, "list", "daftar model / list models", cmd_models_list)
    p = command(
        mleaves, "import", "impor & validasi model / import and validate a model", cmd_models_import
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--copy", action="store_true", help="salin ke folder models/ ruang kerja")
    p = command(mleaves, "use", "pakai model / use a model", cmd_models_use)
    p.add_argument("model_id", type=int, metavar="ID")
    p = command(
        mleaves,
        "download",
        "unduh model resmi (butuh jaringan) / download (needs network)",
        cmd_models_download,
    )
    p.add_argument("name", choices=["tiny", "base", "small", "medium"])


def _progress_printer(args):
    last = {"pct": -10}

    def report(fraction: float, label: str) -> None:
        pct = int(fraction * 100)
        if pct >= last["pct"] + 5 or pct == 100:
            last["pct"] = pct
            say(args, f"  {pct:3d}% {label}", f"  {pct:3d}% {label}")

    return report


def _read_script(path: Path) -> str:
    from app.core.text_decode import decode_text

    return decode_text(path.read_bytes(), path.name)


def cmd_transcribe(args) -> int:
    from app.services.subtitles import SubtitleService, write_srt
    from app.services.whisper_models import WhisperModelService

    ctx = open_context(args)
    svc = ctx.service(SubtitleService)
    model = args.model or ctx.service(WhisperModelService).require_in_use()
    cancel = threading.Event()
    say(
        args,
        f"Transkripsi {args.media.name} dengan {model.name} …",
        f"Transcribing {args.media.name} with {model.name} …",
    )
    kwargs = dict(progress=_progress_printer(args), cancel=cancel, beam_size=args.beam_size)
    if args.project is not None:
        outcome = svc.transcribe_project(
            args.project,
            model_path=model,
            style=args.style,
            language=args.language,
            media_path=args.media,
            overwrite_edited=args.overwrite,
            **kwargs,
        )
        if outcome.events:
            svc.export_srt(args.project, args.out, overwrite_rule(args))
            if args.ass:
                svc.write_ass(args.project, args.ass, overwrite_rule(args))
    else:
        script = _read_script(args.script) if args.script else ""
        outcome = svc.transcribe_media(
            args.media, model, args.style, args.language, script, [], **kwargs
        )
        cues = outcome.events
        if cues:
            write_srt(cues, args.out, overwrite_rule(args))
            if args.ass:
                svc.write_ass_for(cues, args.style, args.ass, overwrite_rule(args))
    stats = outcome.stats
    summary = {
        "out": str(args.out),
        "cues": len(outcome.events),
        "words": len(outcome.words),
        "engine": outcome.engine,
        "audio_s": round(outcome.duration_s, 2),
        "transcribe_s": round(outcome.transcribe_s, 2),
        "from_script": stats.matched if stats else 0,
        "departs_from_script": stats.departed if stats else 0,
        "dropped_segments": len(outcome.filtered.dropped_segments),
        # What Whisper heard and what the captions say after script correction, and where
        # the time went (child start, audio decode, speech gate, model load, decoding).
        "heard": outcome.raw_text,
        "text": " ".join(w.text for w in outcome.words),
        "load_s": round(outcome.load_s, 3),
        "timings": {k: round(float(v), 3) for k, v in outcome.extra.get("timings", {}).items()},
        "threads": outcome.extra.get("threads"),
    }
    if args.json:
        emit_json(summary)
    else:
        say(
            args,
            f"{summary['cues']} takarir ditulis ke {args.out}",
            f"{summary['cues']} captions written to {args.out}",
        )
        if stats:
            say(
                args,
                f"Sesuai naskah: {stats.matched} kata; menyimpang dari naskah: {stats.departed} kata.",
                f"Matched the script: {stats.matched} words; departed from it: {stats.departed} words.",
            )
    if not outcome.events:  # nothing to write: no (empty) file, and say so
        warn(
            args,
            f"Tidak ada ucapan yang terdengar (hening atau musik); {args.out} tidak ditulis.",
            f"No speech heard (silence or music); {args.out} was not written.",
        )
        return 1
    return 0


def cmd_export(args) -> int:
    from app.core.errors import InvalidInput
    from app.services.subtitles import SubtitleService

    svc = open_context(args).service(SubtitleService)
    if args.out.suffix.lower() == ".ass":
        if not svc.write_ass(args.project, args.out, overwrite_rule(args)):
            raise InvalidInput(
                "Proyek ini belum punya takarir.", "This project has no captions yet."
            )
        n = len(svc.cues(args.project))
    else:
        n = svc.export_srt(args.project, args.out, overwrite_rule(args))
    if args.json:
        emit_json({"out": str(args.out), "cues": n})
    else:
        say(args, f"{n} takarir ditulis ke {args.out}", f"{n} captions written to {args.out}")
    return 0


def cmd_import(args) -> int:
    from app.services.subtitles import SubtitleService

    result = (
        open_context(args)
        .service(SubtitleService)
        .import_srt(args.project, args.file, args.overwrite)
    )
    if args.json:
        emit_json({"cues": result.count, "encoding": result.encoding, "problems": result.problems})
    else:
        say(
            args,
            f"{result.count} takarir diimpor ({result.encoding}).",
            f"{result.count} captions imported ({result.encoding}).",
        )
        if result.problems:
            say(
                args,
                "Diperbaiki: " + ", ".join(result.problems),
                "Fixed: " + ", ".join(result.problems),
            )
    return 0


def _model_row(m) -> dict:
    return {
        "id": m.id,
        "path": str(m.path),
        "engine": m.engine,
        "name": m.name,
        "sha256": m.sha256,
        "size_bytes": m.size_bytes,
        "in_use": m.in_use,
        "source": m.source,
        "missing": m.missing,
    }


def cmd_models_list(args) -> int:
    from app.services.whisper_models import WhisperModelService

    svc = open_context(args).service(WhisperModelService)
    models = svc.list_models()
    current = svc.in_use()
    if args.json:
        emit_json(
            {
                "models": [_model_row(m) for m in models],
                "in_use": str(current.path) if current else None,
            }
        )
        return 0
    if not models:
        say(
            args,
            "Belum ada model Whisper. Impor dengan `subtitles models import PATH`.",
            "No Whisper model yet. Import one with `subtitles models import PATH`.",
        )
    for m in models:
        mark = "*" if current and m.path == current.path else " "
        ident = m.id if m.id is not None else "-"
        size = f"{m.size_bytes / 1e6:.0f} MB" if m.size_bytes else m.source
        print(f"{mark} {ident!s:>3} {m.engine:7s} {m.name:24s} {size:>8s}  {m.path}")
    return 0


def cmd_models_import(args) -> int:
    from app.services.whisper_models import WhisperModelService

    svc = open_context(args).service(WhisperModelService)
    say(
        args,
        f"Memvalidasi {args.path.name} (memuat model)…",
        f"Validating {args.path.name} (loading the model)…",
    )
    m = svc.import_model(args.path, copy=args.copy)
    if args.json:
        emit_json(_model_row(m))
    else:
        say(
            args,
            f"Model {m.name} ({m.engine}) diimpor dan dipakai. sha256 {m.sha256[:12]}…",
            f"Model {m.name} ({m.engine}) imported and in use. sha256 {m.sha256[:12]}…",
        )
    return 0


def cmd_models_use(args) -> int:
    from app.services.whisper_models import WhisperModelService

    open_context(args).service(WhisperModelService).set_in_use(args.model_id)
    say(args, f"Model {args.model_id} dipakai.", f"Model {args.model_id} in use.")
    return 0


def cmd_models_download(args) -> int:
    from app.services.whisper_models import WhisperModelService

    m = (
        open_context(args)
        .service(WhisperModelService)
        .download(args.name, progress=_progress_printer(args))
    )
    say(args, f"Model {m.name} diunduh ke {m.path}.", f"Model {m.name} downloaded to {m.path}.")
    return 0
