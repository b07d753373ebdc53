"""`batch`: render a spreadsheet of videos (one row each) into upload kits.

    kilas batch --csv FILE | --xlsx FILE --out DIR [--jobs N] [--preset P] [--quality Q] [--zip]
    kilas batch --resume --out DIR

Without --workspace the batch keeps its state (projects, queue) in DIR/.kilas, so
`--resume` finds it again after a crash. Exit code 1 when any row failed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import command, emit_json, language_from, open_context, say

STATUS_TEXT = {
    "done": ("selesai", "done"),
    "failed": ("gagal", "failed"),
    "canceled": ("dibatalkan", "canceled"),
    "queued": ("menunggu", "waiting"),
    "running": ("berjalan", "running"),
    "rejected": ("ditolak", "rejected"),
}


def register(sub) -> None:
    p = command(
        sub,
        "batch",
        "render banyak video dari lembar CSV/XLSX / render many videos from a CSV/XLSX sheet",
        cmd_batch,
    )
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--csv", type=Path, metavar="FILE", help="lembar CSV / CSV sheet")
    source.add_argument("--xlsx", type=Path, metavar="FILE", help="lembar Excel / Excel sheet")
    source.add_argument(
        "--resume",
        action="store_true",
        help="lanjutkan batch yang terputus / resume an interrupted batch",
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="folder keluaran (satu folder paket per video) / output folder",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="render paralel (bawaan: dari jumlah CPU) / parallel renders",
    )
    p.add_argument(
        "--preset",
        default=None,
        metavar="P",
        help="preset untuk semua baris (tiktok, reels, shorts, whatsapp)",
    )
    p.add_argument("--quality", choices=["draft", "final"], default="final")
    p.add_argument("--zip", action="store_true", help="satu ZIP untuk seluruh batch / one ZIP")


def cmd_batch(args: argparse.Namespace) -> int:
    from app.core.errors import InvalidInput
    from app.services.batch_sheet import BatchSheetService
    from app.services.render_queue import RenderQueue
    from app.workers.queue_runner import JobEventKind, QueueRunner

    out = args.out.expanduser().absolute()
    own_workspace = args.workspace is None  # kept in DIR/.kilas; --resume finds it there
    if own_workspace:
        args.workspace = out / ".kilas"
    # What this command creates, so that a refused sheet leaves nothing behind.
    new_folders = [f for f in (out, Path(args.workspace)) if not f.exists()]
    lang = language_from(args)
    ctx = open_context(args)
    if ctx.read_only:
        raise InvalidInput(
            "Ruang kerja batch sedang dipakai proses Kilas lain.",
            "The batch workspace is in use by another Kilas process.",
        )
    sheets = ctx.service(BatchSheetService)
    queue = ctx.service(RenderQueue)
    if args.resume:
        batch_ids = sheets.batches_in(out)
        if not batch_ids:
            raise InvalidInput(f"Tidak ada batch di {out}.", f"No batch in {out}.")
        queue.resume()  # e.g. after the disk filled up and space was made
        say(args, "Melanjutkan batch…", "Resuming the batch…")
    else:
        sheet = args.csv or args.xlsx
        result = sheets.create_batch(
            sheet, out, preset=args.preset, quality=args.quality, make_zip=args.zip
        )
        if result.fatal:
            text = "\n".join(
                f"baris {p.row_number}: {p.message(lang)}"
                if lang == "id"
                else f"row {p.row_number}: {p.message(lang)}"
                for p in result.problems
            )
            ctx.workspace.close()
            _remove_new_folders(new_folders)
            raise InvalidInput(
                f"Lembar tidak bisa dipakai:\n{text}", f"The sheet cannot be used:\n{text}"
            )
        batch_ids = [result.batch_id]
        for p in result.problems:
            where = f"baris {p.row_number}" if lang == "id" else f"row {p.row_number}"
            say(args, f"  ! {where}: {p.message('id')}", f"  ! {where}: {p.message('en')}")
        n = len(result.job_ids)
        say(
            args,
            f"{n} video masuk antrean, {len(result.rejected)} baris ditolak.",
            f"{n} videos queued, {len(result.rejected)} rows rejected.",
        )

    total = sum(len(queue.jobs(batch_id=b)) for b in batch_ids)
    printed: dict[int, int] = {}
    names = {j.id: j.output_name for b in batch_ids for j in queue.jobs(batch_id=b)}
    finished = [0]

    def on_event(event) -> None:
        if args.json or event.job_id not in names and event.kind != JobEventKind.ERROR:
            return
        name = names.get(event.job_id, "")
        if event.kind == JobEventKind.PROGRESS:
            step = int(event.progress * 4)  # a line every 25 %
            if step > printed.get(event.job_id, 0):
                printed[event.job_id] = step
                left_word = "left" if lang == "en" else "sisa"
                left = (
                    f"  {left_word} {_clock(event.remaining_s)}"
                    if event.remaining_s is not None
                    else ""
                )
                print(f"  {int(event.progress * 100):3d}%  {name}{left}", flush=True)
        elif event.kind in (JobEventKind.DONE, JobEventKind.FAILED, JobEventKind.CANCELED):
            finished[0] += 1
            word = STATUS_TEXT[event.kind][lang == "en"]
            extra = f" — {event.message}" if event.message else ""
            print(f"[{finished[0]}/{total}] {name}: {word}{extra}", flush=True)
        elif event.kind == JobEventKind.STARTED:
            print(f"  ▶ {name}", flush=True)
        elif (
            event.kind
            in (
                JobEventKind.REQUEUED,
                JobEventKind.PAUSED,
                JobEventKind.ERROR,
                JobEventKind.TAKEN_OVER,
            )
            and event.message
        ):
            print(f"  ! {name}: {event.message}", file=sys.stderr, flush=True)

    runner = QueueRunner(ctx, jobs=args.jobs, on_event=on_event)
    runner.run(until_idle=True)
    for b in set(batch_ids) - runner.zipped_batches:  # e.g. --resume of a finished batch
        sheets.finish_batch_if_complete(b)
    rows = _table_rows(ctx, batch_ids, lang)
    failed = [r for r in rows if r["status"] != "done"]
    if args.json:
        emit_json({"out": str(out), "rows": rows, "failed": len(failed)})
    else:
        _print_table(rows, lang)
        if queue.is_paused() and any(r["status"] == "queued" for r in rows):
            command = f"kilas-cli batch --resume --out {_quoted(out)}"
            if not own_workspace:  # the batch lives in the workspace the user named
                command += f" --workspace {_quoted(Path(args.workspace))}"
            say(
                args,
                f"Antrean dijeda. Setelah masalahnya beres: {command}",
                f"The queue is paused. Once the problem is fixed: {command}",
            )
        for b in batch_ids:
            zip_path = sheets.report(b).get("zip")
            if zip_path:
                say(args, f"ZIP: {zip_path}", f"ZIP: {zip_path}")
    return 1 if failed else 0


def _quoted(path: Path) -> str:
    """A path to paste into the terminal (double quotes work in cmd, PowerShell and sh)."""
    text = str(path)
    return f'"{text}"' if any(ch in text for ch in " &()'") else text


def _remove_new_folders(folders: list[Path]) -> None:
    """Folders this command made (newest first), removed with what it put in them."""
    import shutil

    for folder in reversed(folders):
        if folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)


def _table_rows(ctx, batch_ids: list[int], lang: str) -> list[dict]:
    from app.services.batch_sheet import BatchSheetService
    from app.services.render_queue import RenderQueue

    rows = []
    for b in batch_ids:
        report = ctx.service(BatchSheetService).report(b)
        jobs = {j.id: j for j in ctx.service(RenderQueue).jobs(batch_id=b)}
        problems: dict[int, list[str]] = {}
        for p in report.get("problems", []):
            problems.setdefault(p["row"], []).append(p["en"] if lang == "en" else p["id"])
        for r in report.get("rows", []):
            job = jobs.get(r.get("job_id") or -1)
            if job is None:
                rows.append(
                    {
                        "row": r["row"],
                        "output": r["output"],
                        "status": "rejected",
                        "time_s": None,
                        "size_bytes": None,
                        "reason": "; ".join(problems.get(r["row"], [])),
                    }
                )
                continue
            rows.append(
                {
                    "row": r["row"],
                    "output": r["output"],
                    "status": job.status,
                    "time_s": job.result.get("wall_s"),
                    "size_bytes": job.result.get("size_bytes"),
                    "reason": job.error,
                    "path": job.output_path,
                }
            )
    return sorted(rows, key=lambda r: r["row"])


def _print_table(rows: list[dict], lang: str) -> None:
    head = (
        ("Baris", "Keluaran", "Status", "Waktu", "Ukuran", "Keterangan")
        if lang == "id"
        else ("Row", "Output", "Status", "Time", "Size", "Reason")
    )
    table = [head] + [
        (
            str(r["row"]),
            r["output"] or "-",
            STATUS_TEXT.get(r["status"], (r["status"],) * 2)[lang == "en"],
            _clock(r["time_s"]) if r["time_s"] is not None else "-",
            f"{r['size_bytes'] / 1e6:.1f} MB" if r["size_bytes"] else "-",
            r["reason"] or "",
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(5)]
    print()
    for k, row in enumerate(table):
        print("  ".join(c.ljust(w) for c, w in zip(row[:5], widths, strict=True)) + "  " + row[5])
        if k == 0:
            print("  ".join("-" * w for w in widths) + "  " + "-" * 10)


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"
