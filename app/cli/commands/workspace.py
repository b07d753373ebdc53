"""Foundation commands: doctor, sample, projects, new."""

from __future__ import annotations

from app.cli.common import command, emit_json, open_context, say


def register(sub) -> None:
    command(
        sub,
        "doctor",
        "periksa ffmpeg, font, model, disk / check ffmpeg, fonts, models, disk",
        cmd_doctor,
    )
    command(sub, "sample", "buat ruang kerja contoh / build the sample workspace", cmd_sample)
    command(sub, "projects", "daftar proyek / list projects", cmd_projects)
    p = command(sub, "new", "proyek baru / new project", cmd_new)
    p.add_argument("--title", required=True)
    p.add_argument("--template", default=None, help="nama templat naskah / script template name")
    p.add_argument("--series", default="")


def cmd_doctor(args) -> int:
    from app.services.doctor import run_checks

    ctx = open_context(args)
    checks = run_checks(ctx)
    failed = [c for c in checks if not c.ok and c.severity == "error"]
    if args.json:
        emit_json({"ok": not failed, "checks": [c.to_dict() for c in checks]})
    else:
        for c in checks:
            mark = "OK  " if c.ok else ("GAGAL" if c.severity == "error" else "PERINGATAN")
            if ctx.language == "en":
                mark = "OK  " if c.ok else ("FAIL" if c.severity == "error" else "WARN")
            print(f"[{mark}] {c.name}: {c.detail}")
    return 1 if failed else 0


def cmd_sample(args) -> int:
    from app.core.errors import InvalidInput
    from app.services.sample import build_sample, has_projects

    ctx = open_context(args)
    if has_projects(ctx):
        raise InvalidInput(
            f"Ruang kerja {ctx.workspace.root} sudah berisi proyek; pilih folder lain dengan --workspace.",
            f"The workspace {ctx.workspace.root} already has projects; choose another with --workspace.",
        )

    def report(fraction: float, label: str) -> None:
        say(args, f"{fraction * 100:5.1f}% {label}", f"{fraction * 100:5.1f}% {label}")

    ids = build_sample(ctx, report)
    if args.json:
        emit_json({"workspace": str(ctx.workspace.root), "project_ids": ids})
    else:
        say(
            args,
            f"Ruang kerja contoh siap: {ctx.workspace.root}",
            f"Sample workspace ready: {ctx.workspace.root}",
        )
    return 0


def cmd_projects(args) -> int:
    from app.services.projects import ProjectService

    ctx = open_context(args)
    rows = ctx.service(ProjectService).summaries()
    if args.json:
        emit_json(
            [
                {
                    "id": p.id,
                    "title": p.title,
                    "series": p.series,
                    "status": p.status,
                    "shots": p.shot_count,
                    "estimated_seconds": p.estimated_s,
                    "planned_publish_at": p.planned_publish_at,
                }
                for p in rows
            ]
        )
        return 0
    header = (
        "ID",
        "Judul" if ctx.language == "id" else "Title",
        "Status",
        "Perkiraan (dtk)" if ctx.language == "id" else "Estimate (s)",
    )
    print(f"{header[0]:>4}  {header[1]:<40}  {header[2]:<11}  {header[3]}")
    for p in rows:
        print(f"{p.id:>4}  {p.title[:40]:<40}  {p.status:<11}  {p.estimated_s:.0f}")
    return 0


def cmd_new(args) -> int:
    from app.services.projects import ProjectService

    ctx = open_context(args)
    project_id = ctx.service(ProjectService).create(args.title, args.template, args.series)
    if args.json:
        emit_json({"id": project_id})
    else:
        print(project_id)
    return 0
