"""Render benchmark: Kilas against an equal-work ffmpeg baseline, melt and moviepy 2.

Run: .venv/bin/python tests/benchmarks/bench_render.py [--project sample|phone|both]
     [--rounds 3] [--quality final|draft] [--quick] [--moviepy-rounds 1] [--skip-melt]
     [--skip-moviepy] [--profile]

Every peer is derived from the RenderPlan Kilas renders
(`RenderService(ctx).build_plan(project, "tiktok", quality)`), and every one encodes with
the options Kilas's own command passes to its output (read from `render_graph.render_args`,
so from the preset; see render_peers.py):
- Kilas: `RenderService.render` in a fresh process (plan, media check, loudness pass,
  the one ffmpeg graph), timed around the call;
- baseline: one ffmpeg doing Kilas's picture work minus Kilas's additions: the same inputs
  and windows, crop-then-scale, holds, still zooms and crossfades, concatenated, with the
  plan's audio clips summed (no overlays, captions, ducking, fades or loudness pass);
- melt (MLT 7, the engine of Kdenlive and Shotcut): the whole composition (media, crop,
  zoom, holds, crossfades, overlay PNGs over their windows, captions via avfilter.ass,
  narration, clip sound, music), checked to be 1080×1920 and of the plan's length;
- moviepy 2: the same composition (no captions: moviepy has no libass) for the whole video.

Runs are interleaved (the first tool rotates each round); wall seconds, CPU seconds (user +
system of the process and its children, from wait4/getrusage) and peak resident memory (the
largest process of the tree, ru_maxrss) are printed per run with the load average, then
medians and the ratios Kilas/baseline and Kilas/melt in one table. Two projects: the sample
(mostly stills with zoom) and one of phone video clips (render_projects.py). `--quick`:
short projects, 1 round, for a smoke run. `--profile`: Kilas's own graph run with one layer
removed at a time (ffmpeg -benchmark), to see where the time goes.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

CACHE = Path(tempfile.gettempdir()) / "kilas-bench-render"
PRESET = "tiktok"
TOOLS = ("kilas", "baseline", "melt", "moviepy")


@dataclasses.dataclass
class Run:
    tool: str
    wall_s: float
    cpu_s: float
    peak_mb: float
    process_wall_s: float
    note: str = ""
    valid: bool = True
    round: int = 0


# Children -------------------------------------------------------------------------------
def _cpu_now_s() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def child_main(args: argparse.Namespace) -> int:
    """Kilas or moviepy in this (fresh) process; prints the timing of the call as JSON."""
    from app.cli.common import ensure_gui_application
    from app.services.context import AppContext
    from app.services.render import RenderService
    from app.store.workspace import open_workspace

    ensure_gui_application()
    ctx = AppContext(open_workspace(Path(args.workspace)))
    service = ctx.service(RenderService)
    out = Path(args.out)
    if args.child == "kilas":
        cpu0, wall0 = _cpu_now_s(), time.monotonic()
        service.render(args.project_id, PRESET, args.quality, out)
    else:
        import render_moviepy
        import render_peers

        plan = service.build_plan(args.project_id, PRESET, args.quality)
        encoder = render_peers.encoder_pairs(plan)
        cpu0, wall0 = _cpu_now_s(), time.monotonic()
        render_moviepy.render(plan, out, encoder)
    wall_s, cpu_s = time.monotonic() - wall0, _cpu_now_s() - cpu0
    ctx.workspace.close()
    print(json.dumps({"wall_s": wall_s, "cpu_s": cpu_s}))
    return 0


def measure(tool: str, cmd: list[str], env: dict[str, str]) -> Run:
    """Run `cmd`; wall, CPU (process + children) and peak RSS from wait4."""
    # stderr to a file (melt and moviepy can be chatty): neither pipe can fill and block.
    with tempfile.TemporaryFile() as err_file:
        started = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err_file, env=env, cwd=ROOT)
        stdout = proc.stdout.read()
        proc.stdout.close()
        _pid, status, usage = os.wait4(proc.pid, 0)
        err_file.seek(0)
        stderr = err_file.read()
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall_s = time.monotonic() - started
    cpu_s = usage.ru_utime + usage.ru_stime
    if proc.returncode != 0:
        tail = stderr.decode("utf-8", "replace").strip().splitlines()[-8:]
        raise SystemExit(f"{tool} failed ({proc.returncode}):\n" + "\n".join(tail))
    run = Run(tool, wall_s, cpu_s, usage.ru_maxrss / 1024, wall_s)
    lines = stdout.decode("utf-8", "replace").strip().splitlines()
    if tool in ("kilas", "moviepy") and lines:
        # Timed around the render call: interpreter start and imports are not counted.
        inner = json.loads(lines[-1])
        run.wall_s, run.cpu_s = inner["wall_s"], inner["cpu_s"]
    return run


def check_output(run: Run, path: Path, plan) -> None:
    """A run counts only when it wrote 1080×1920 video of the plan's length, with sound."""
    import av

    with av.open(str(path)) as c:
        video = c.streams.video[0]
        size = (video.codec_context.width, video.codec_context.height)
        length_s = float(c.duration or 0) / 1e6
        has_audio = bool(c.streams.audio)
    problems = []
    if size != (plan.width_px, plan.height_px):
        problems.append(f"{size[0]}×{size[1]}")
    if abs(length_s - plan.duration_s) > 0.25:
        problems.append(f"{length_s:.2f} s instead of {plan.duration_s:.2f} s")
    if not has_audio:
        problems.append("no audio")
    if problems:
        run.valid = False
        run.note = "INVALID: " + ", ".join(problems)


# One project ----------------------------------------------------------------------------
def bench_project(name: str, workspace: Path, project_id: int, args, env) -> list[Run]:
    import render_peers

    from app.services.context import AppContext
    from app.services.render import RenderService
    from app.store.workspace import open_workspace

    ctx = AppContext(open_workspace(workspace))
    plan = ctx.service(RenderService).build_plan(project_id, PRESET, args.quality)
    ctx.workspace.close()
    work = Path(tempfile.mkdtemp(prefix=f"kilas-bench-{name}-"))
    xml = work / "komposisi.mlt"
    xml.write_text(render_peers.melt_xml(plan), encoding="utf-8")
    stills = sum(1 for s in plan.shots if s.kind == "image")
    print(
        f"\n== {name}: {len(plan.shots)} shots ({stills} stills), {plan.duration_s:.1f} s, "
        f"{len(plan.overlays)} overlays, captions: {'yes' if plan.captions_ass else 'no'}, "
        f"narration: {'yes' if plan.audio.narration else 'no'}; encoder: "
        + " ".join(render_peers.encoder_options(plan)),
        flush=True,
    )
    from app.media.ffmpeg_runner import ffmpeg_path

    ffmpeg = ffmpeg_path()
    tools = ["kilas", "baseline"] + ([] if args.skip_melt else ["melt"])
    runs: list[Run] = []
    me = [sys.executable, str(Path(__file__).resolve())]
    for rnd in range(args.rounds):
        load = "/".join(f"{x:.1f}" for x in os.getloadavg())
        order = tools[rnd % len(tools) :] + tools[: rnd % len(tools)]
        if not args.skip_moviepy and rnd >= args.rounds - args.moviepy_rounds:
            order.append("moviepy")
        line = []
        for tool in order:
            out = work / f"{tool}-{rnd}.mp4"
            common = ["--workspace", str(workspace), "--project-id", str(project_id)]
            common += ["--quality", args.quality, "--out", str(out)]
            if tool == "kilas":
                cmd = [*me, "--child", "kilas", *common]
            elif tool == "moviepy":
                cmd = [*me, "--child", "moviepy", *common]
            elif tool == "baseline":
                cmd = [ffmpeg, "-hide_banner", "-nostdin", "-v", "error"]
                cmd += render_peers.baseline_args(plan, out)
            else:
                cmd = render_peers.melt_args(plan, xml, out)
            run = measure(tool, cmd, env)
            run.round = rnd
            check_output(run, out, plan)
            runs.append(run)
            line.append(
                f"{tool} {run.wall_s:.1f} s wall / {run.cpu_s:.1f} s CPU / {run.peak_mb:.0f} MB"
                + (f" [{run.note}]" if run.note else "")
            )
            out.unlink(missing_ok=True)
        print(f"round {rnd + 1} (load {load}): " + "; ".join(line), flush=True)
    if args.profile:
        profile(plan, work, ffmpeg, env)
    return runs


def summarise(name: str, runs: list[Run]) -> list[str]:
    """Table rows (markdown) for one project."""
    by = {t: [r for r in runs if r.tool == t and r.valid] for t in TOOLS}
    kilas = by["kilas"]
    rows = []
    for tool in TOOLS:
        rs = by[tool]
        if not rs:
            continue
        wall = statistics.median(r.wall_s for r in rs)
        cpu = statistics.median(r.cpu_s for r in rs)
        ratio = cpu_ratio = ""
        if tool != "kilas" and kilas:
            cpu_ratio = f"{statistics.median(r.cpu_s for r in kilas) / cpu:.2f}"
            ratio = f"{statistics.median(r.wall_s for r in kilas) / wall:.2f}"
            if tool in ("baseline", "melt"):
                theirs = {r.round: r.wall_s for r in rs}
                paired = [k.wall_s / theirs[k.round] for k in kilas if k.round in theirs]
                ratio += f" (per round {', '.join(f'{p:.2f}' for p in paired)})"
        rows.append(
            f"| {name} | {tool} | {wall:.1f} | {cpu:.1f} | "
            f"{statistics.median(r.peak_mb for r in rs):.0f} | {ratio} | {cpu_ratio} | "
            f"{', '.join(f'{r.wall_s:.1f}' for r in rs)} |"
        )
    return rows


# Profile: Kilas's graph with one layer removed at a time ---------------------------------
def profile(plan, work: Path, ffmpeg: str, env) -> None:
    import render_peers

    from app.media import loudness, render_graph

    measured = loudness.measure(plan)
    no_zoom = tuple(dataclasses.replace(s, zoom_per_s=0.0) for s in plan.shots)
    variants = [
        ("Kilas graph (all layers)", plan, measured),
        ("- captions", dataclasses.replace(plan, captions_ass=""), measured),
        ("- overlays", dataclasses.replace(plan, overlays=()), measured),
        ("- loudnorm 2nd pass", plan, None),
        (
            "- music ducking",
            dataclasses.replace(plan, audio=dataclasses.replace(plan.audio, duck_music=False)),
            measured,
        ),
        ("- still zoom", dataclasses.replace(plan, shots=no_zoom), measured),
        (
            "- overlays, captions, loudnorm",
            dataclasses.replace(plan, overlays=(), captions_ass=""),
            None,
        ),
    ]
    print("profile (one run each, ffmpeg -benchmark):", flush=True)
    out = work / "profile.mp4"
    base = [ffmpeg, "-hide_banner", "-nostdin", "-v", "error", "-benchmark"]
    rows = []
    for label, p, m in variants:
        args = render_graph.render_args(p, out, m)
        rows.append((label, measure("ffmpeg", base + args, env), _graph_only(args, env, base)))
    run = measure("ffmpeg", base + render_graph.loudness_measure_args(plan), env)
    rows.append(("loudness 1st pass (audio only)", run, None))
    args = render_peers.baseline_args(plan, out)
    rows.append(("baseline", measure("ffmpeg", base + args, env), _graph_only(args, env, base)))
    full, full_graph = rows[0][1], rows[0][2]
    for label, run, graph in rows:
        graph_text = ""
        if graph is not None:
            graph_text = (
                f"; graph without encoding {graph.cpu_s:5.1f} s CPU "
                f"({graph.cpu_s - full_graph.cpu_s:+.1f})"
            )
        print(
            f"  {label:34s} {run.wall_s:6.1f} s wall {run.cpu_s:6.1f} s CPU "
            f"({run.cpu_s - full.cpu_s:+.1f} vs all layers) {run.peak_mb:5.0f} MB{graph_text}",
            flush=True,
        )
    out.unlink(missing_ok=True)


def _graph_only(args: list[str], env, base: list[str]) -> Run:
    """The same filter graph with the encoders replaced by a null sink: the decode and
    filter cost alone (a cheaper picture also encodes faster, which hides filter costs)."""
    end = max(i for i, a in enumerate(args) if a == "-map") + 2
    sink = ["-c:v", "wrapped_avframe", "-c:a", "pcm_f32le", "-f", "null", "-"]
    return measure("ffmpeg", base + args[:end] + sink, env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", choices=["sample", "phone", "both"], default="both")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quality", choices=["draft", "final"], default="final")
    parser.add_argument("--quick", action="store_true", help="short projects, 1 round")
    parser.add_argument("--moviepy-rounds", type=int, default=1, help="in the last N rounds")
    parser.add_argument("--skip-melt", action="store_true")
    parser.add_argument("--skip-moviepy", action="store_true")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--child", choices=["kilas", "moviepy"], help=argparse.SUPPRESS)
    parser.add_argument("--workspace", help=argparse.SUPPRESS)
    parser.add_argument("--project-id", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child_main(args)
    if args.quick:
        args.rounds = 1
    import render_projects

    from app.cli.common import ensure_gui_application

    ensure_gui_application()
    root = CACHE / ("quick" if args.quick else "full")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.setdefault("KILAS_DATA_DIR", tempfile.mkdtemp(prefix="kilas-bench-data-"))
    projects = []
    if args.project in ("sample", "both"):
        projects.append(
            ("sample", *render_projects.make_sample_project(root / "sample", args.quick))
        )
    if args.project in ("phone", "both"):
        shot_s = 2.0 if args.quick else 10.0
        projects.append(("phone", *render_projects.make_phone_project(root / "phone", shot_s)))
    print(
        f"{os.cpu_count()} CPUs, load {'/'.join(f'{x:.1f}' for x in os.getloadavg())}, "
        f"preset {PRESET}/{args.quality}, {args.rounds} round(s)",
        flush=True,
    )
    rows = []
    for name, workspace, project_id in projects:
        rows += summarise(name, bench_project(name, workspace, project_id, args, env))
    print(
        "\n| project | tool | wall s (median) | CPU s | peak MB | Kilas / tool (wall) "
        "| Kilas / tool (CPU) | runs, wall s |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    print("\n".join(rows))
    print("(goals: Kilas / baseline <= 1.10 on both projects; Kilas / melt < 1)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
