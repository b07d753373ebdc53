"""Benchmark: Kilas's subtitles against plain Whisper, on narration that departs from its
script.

The narration (tests/benchmarks/narration_set.py) is espeak-ng's Indonesian voice reading
what the narrator *said*: two script sentences skipped, three sentences added, names and
words said differently. Its reference is that spoken text, labelled by part, so the
benchmark shows whether script-aware correction helps where the narrator followed the
script and whether it hurts where they made things up.

Side by side, interleaved, each run a fresh process with the load average printed beside it:
  - Kilas: `python -m app subtitles transcribe NARASI --model M --script NASKAH --json`
    (the CLI a user runs: process start, audio decode, speech gate, model load, decoding,
    correction, SRT written);
  - plain: faster-whisper / openai-whisper called directly with the same decoding settings
    (tests/benchmarks/whisper_plain.py).
Figures: real-time factor (wall / audio length) end to end and of decoding alone, CPU
seconds, word error rate raw (what Whisper heard) and corrected, on all words and on the
made-up parts alone, torch's thread count, and where Kilas's time goes.

Needs the real multilingual base model (not a Kilas dependency), built once with
  /work/shared/tools/whisper-base-model.sh DIR PYTHON      (writes DIR/base-ct2, DIR/base.pt)
and espeak-ng. Run:
  .venv/bin/python tests/benchmarks/bench_subtitles.py --models DIR [--rounds 3]
      [--openai-rounds 1] [--skip-openai]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.core.align import prompt_terms  # noqa: E402
from app.media.ffmpeg_runner import ffmpeg_path  # noqa: E402
from tests.benchmarks.narration_set import (  # noqa: E402
    SCRIPT,
    SPOKEN,
    errors_by_part,
    labelled_reference,
    spoken_text,
)

PLAIN = Path(__file__).resolve().parent / "whisper_plain.py"
DEFAULT_MODELS = Path("/work/models/whisper-base")


def load_avg() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def make_narration(folder: Path) -> Path:
    """The spoken text → espeak-ng Indonesian speech + pink noise about 20 dB below it."""
    espeak = shutil.which("espeak-ng")
    if not espeak:
        sys.exit("espeak-ng is needed: apt-get install -y espeak-ng")
    voice = folder / "suara.wav"
    subprocess.run([espeak, "-v", "id", "-s", "140", "-w", str(voice), spoken_text()], check=True)
    mixed = folder / "narasi.wav"
    subprocess.run(
        [
            ffmpeg_path(),
            *("-hide_banner", "-loglevel", "error", "-y", "-i", str(voice)),
            *("-f", "lavfi", "-i", "anoisesrc=color=pink:amplitude=0.03:sample_rate=22050:seed=5"),
            "-filter_complex",
            "[0:a][1:a]amix=inputs=2:duration=first:normalize=0",
            *("-ar", "16000", "-ac", "1", str(mixed)),
        ],
        check=True,
    )
    return mixed


def audio_seconds(path: Path) -> float:
    import wave

    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


@dataclass
class Run:
    tool: str  # "Kilas" | "plain"
    engine: str  # "faster" | "openai"
    wall_s: float
    cpu_s: float
    load: str
    heard: str  # what Whisper returned
    text: str  # the captions' words (Kilas: after correction; plain: = heard)
    threads: int | None = None
    stages: dict[str, float] = field(default_factory=dict)


def timed_process(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall and CPU seconds (user + system of the process and its children) and stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.stdout


def run_kilas(engine: str, model: Path, audio: Path, script: Path, work: Path, n: int) -> Run:
    load = load_avg()
    out = work / f"kilas-{engine}-{n}.srt"
    cmd = [sys.executable, "-m", "app", "subtitles", "transcribe", str(audio)]
    cmd += ["--model", str(model), "--script", str(script), "--out", str(out)]
    cmd += ["--beam-size", "5", "--workspace", str(work / "ruang-kerja"), "--json"]
    wall, cpu, stdout = timed_process(cmd, dict(os.environ, PYTHONPATH=str(ROOT)))
    summary = json.loads(stdout[stdout.index("{") :])
    stages = dict(summary.get("timings", {}))
    stages["load_model_s"] = summary.get("load_s", 0.0)
    stages["transcribe_s"] = summary.get("transcribe_s", 0.0)
    return Run(
        "Kilas",
        engine,
        wall,
        cpu,
        load,
        summary["heard"],
        summary["text"],
        summary.get("threads"),
        stages,
    )


def run_plain(engine: str, model: Path, audio: Path, prompt: str, env: dict[str, str]) -> Run:
    load = load_avg()
    cmd = [sys.executable, str(PLAIN), engine, str(model), str(audio), prompt]
    wall, cpu, stdout = timed_process(cmd, env)
    result = json.loads(stdout.strip().splitlines()[-1])
    stages = {k: result[k] for k in ("import_s", "load_s", "transcribe_s")}
    return Run(
        "plain", engine, wall, cpu, load, result["text"], result["text"], result["threads"], stages
    )


def ffmpeg_on_path(work: Path) -> dict[str, str]:
    """openai-whisper decodes with `ffmpeg` from PATH: give it the same ffmpeg Kilas uses."""
    bin_dir = work / "bin"
    bin_dir.mkdir(exist_ok=True)
    link = bin_dir / "ffmpeg"
    if not link.exists():
        link.symlink_to(ffmpeg_path())
    return dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")


def describe(run: Run, audio_s: float) -> str:
    stages = ", ".join(f"{k.removesuffix('_s')} {v:.2f}" for k, v in run.stages.items())
    return (
        f"  {run.tool:5s} {run.engine:6s} wall {run.wall_s:6.1f} s  CPU {run.cpu_s:6.1f} s  "
        f"RTF {run.wall_s / audio_s:.3f}  threads {run.threads}  (load {run.load})\n"
        f"        stages s: {stages}"
    )


def wer_line(label: str, reference, heard: str, text: str) -> dict[str, float]:
    raw, fixed = errors_by_part(reference, heard), errors_by_part(reference, text)
    row = {
        "raw": raw.wer(),
        "corrected": fixed.wer(),
        "raw_script": raw.wer(["script"]),
        "corrected_script": fixed.wer(["script"]),
        "raw_made_up": raw.wer(["made_up"]),
        "corrected_made_up": fixed.wer(["made_up"]),
    }
    print(
        f"  {label:14s} WER all {row['raw']:.3f} → {row['corrected']:.3f} "
        f"(×{row['corrected'] / max(row['raw'], 1e-9):.2f}; goal ≤ 0.45)   "
        f"script parts {row['raw_script']:.3f} → {row['corrected_script']:.3f}   "
        f"made-up parts {row['raw_made_up']:.3f} → {row['corrected_made_up']:.3f} "
        f"(goal: not above raw)"
    )
    return row


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--models", type=Path, default=DEFAULT_MODELS, help="DIR with base-ct2/, base.pt"
    )
    ap.add_argument("--rounds", type=int, default=3, help="rounds of the faster-whisper pair")
    ap.add_argument("--openai-rounds", type=int, default=1, help="rounds of the openai pair")
    ap.add_argument("--skip-openai", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the work folder (audio, SRT)")
    args = ap.parse_args()
    models = {"faster": args.models / "base-ct2", "openai": args.models / "base.pt"}
    if not (models["faster"] / "model.bin").is_file():
        sys.exit(
            f"no model in {args.models}: run /work/shared/tools/whisper-base-model.sh "
            f"{args.models} PYTHON (a Python with torch and numpy)"
        )
    engines = ["faster"] + (
        [] if args.skip_openai or not models["openai"].is_file() else ["openai"]
    )
    work = Path(tempfile.mkdtemp(prefix="kilas-bench-subtitles-"))
    audio = make_narration(work)
    audio_s = audio_seconds(audio)
    script = work / "naskah.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    prompt = prompt_terms(SCRIPT, [])  # what the CLI's --script puts in the prompt
    env = ffmpeg_on_path(work)
    from app.store.workspace import open_workspace

    open_workspace(work / "ruang-kerja").close()  # made once, not inside the first timed run
    reference = labelled_reference()
    made_up = sum(1 for _, k in reference if k != "script")
    print(
        f"{os.cpu_count()} CPUs; narration {audio_s:.1f} s, {len(reference)} words said, "
        f"{made_up} of them not in the script; beam 5; load {load_avg()}",
        flush=True,
    )
    runs: list[Run] = []
    for engine in engines:
        rounds = args.rounds if engine == "faster" else args.openai_rounds
        for n in range(rounds):
            order = ["Kilas", "plain"] if n % 2 == 0 else ["plain", "Kilas"]
            for tool in order:
                if tool == "Kilas":
                    run = run_kilas(engine, models[engine], audio, script, work, len(runs))
                else:
                    run = run_plain(engine, models[engine], audio, prompt, env)
                runs.append(run)
                print(describe(run, audio_s), flush=True)
    print(f"\nsummary (medians; load now {load_avg()})")
    for engine in engines:
        mine = [r for r in runs if r.engine == engine and r.tool == "Kilas"]
        plain = [r for r in runs if r.engine == engine and r.tool == "plain"]
        k_wall = statistics.median(r.wall_s for r in mine)
        p_wall = statistics.median(r.wall_s for r in plain)
        k_cpu = statistics.median(r.cpu_s for r in mine)
        p_cpu = statistics.median(r.cpu_s for r in plain)
        k_dec = statistics.median(r.stages.get("transcribe_s", 0.0) for r in mine)
        print(
            f"{engine}: Kilas RTF {k_wall / audio_s:.3f} end to end (decoding alone "
            f"{k_dec / audio_s:.3f}), plain RTF {p_wall / audio_s:.3f}; Kilas / plain wall "
            f"{k_wall / p_wall:.2f}, CPU {k_cpu / p_cpu:.2f}; threads Kilas {mine[-1].threads}, "
            f"plain {plain[-1].threads}"
        )
        stage_names = sorted({k for r in mine for k in r.stages})
        print(
            "  Kilas stages (median s): "
            + ", ".join(
                f"{k.removesuffix('_s')} {statistics.median(r.stages.get(k, 0.0) for r in mine):.2f}"
                for k in stage_names
            )
        )
        print(
            "  plain stages (median s): "
            + ", ".join(
                f"{k.removesuffix('_s')} {statistics.median(r.stages[k] for r in plain):.2f}"
                for k in ("import_s", "load_s", "transcribe_s")
            )
        )
        wer_line("Kilas", reference, mine[-1].heard, mine[-1].text)
        wer_line("plain (raw)", reference, plain[-1].heard, plain[-1].text)
        print(f"    heard:     {mine[-1].heard}")
        print(f"    corrected: {mine[-1].text}")
    print(f"\nspoken parts: {len(SPOKEN)}; work folder {work}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
