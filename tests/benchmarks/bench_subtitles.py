"""Benchmark: Whisper engines on one minute of Indonesian narration, and script-aware
correction.

Builds a labelled set from a written script: espeak-ng Indonesian speech mixed with
background noise by the bundled ffmpeg. Measures, side by side in one run:
  - real-time factor (transcription time / audio length, model load not counted) of
    faster-whisper (int8, CTranslate2) and openai-whisper (fp32), beam 5;
  - word error rate against the script, before and after script-aware correction.

Needs real models (not part of Kilas): build them with
  /work/shared/tools/whisper-base-model.sh /tmp/whisper-models .venv/bin/python
and espeak-ng (apt-get install espeak-ng). Run:
  .venv/bin/python tests/benchmarks/bench_subtitles.py [--models /tmp/whisper-models] [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.align import prompt_terms, word_error_rate
from app.media.ffmpeg_runner import ffmpeg_path
from app.media.whisper import TranscribeOptions, transcribe
from app.services.subtitles import load_rules, process_transcript

SCRIPT = (
    "Selamat pagi warga Kota Semarang. Diskominfo Kota Semarang mengingatkan, "
    "layanan darurat 112 kini bisa dihubungi gratis selama dua puluh empat jam. "
    "Nomor 112 melayani kebakaran, kecelakaan, bencana, dan keadaan darurat kesehatan. "
    "Petugas di ruang kendali akan meneruskan laporan Anda ke pemadam kebakaran, "
    "ambulans, atau kepolisian terdekat. Jangan gunakan nomor 112 untuk panggilan iseng, "
    "karena satu panggilan palsu dapat menunda pertolongan bagi warga yang benar-benar "
    "membutuhkan. Selain itu, perekaman e-KTP kini dapat dilakukan di setiap kecamatan "
    "tanpa antre panjang. Bawa kartu keluarga dan datang pada jam kerja, Senin sampai Jumat. "
    "Untuk informasi lebih lanjut, kunjungi akun resmi Diskominfo Kota Semarang "
    "atau hubungi Disdukcapil melalui aplikasi Lapor Hendi. Mari bersama menjaga "
    "Semarang tetap aman, sehat, dan tertib. Terima kasih."
)
GLOSSARY = ["Diskominfo", "Disdukcapil", "e-KTP", "Kota Semarang", "Lapor Hendi", "112"]


def make_labelled_audio(folder: Path) -> Path:
    """Script → espeak-ng Indonesian speech + pink noise at about 20 dB below the voice."""
    espeak = shutil.which("espeak-ng")
    if not espeak:
        sys.exit("espeak-ng is needed: apt-get install -y espeak-ng")
    voice = folder / "voice.wav"
    subprocess.run([espeak, "-v", "id", "-s", "140", "-w", str(voice), SCRIPT], check=True)
    mixed = folder / "narasi-bising.wav"
    subprocess.run(
        [
            ffmpeg_path(),
            "-hide_banner",
            "-loglevel",
            "error",
            "-y",
            "-i",
            str(voice),
            "-f",
            "lavfi",
            "-i",
            "anoisesrc=color=pink:amplitude=0.03:sample_rate=22050:seed=5",
            "-filter_complex",
            "[0:a]volume=1.0[v];[1:a]volume=1.0[n];[v][n]amix=inputs=2:duration=first:normalize=0",
            "-ar",
            "16000",
            "-ac",
            "1",
            str(mixed),
        ],
        check=True,
    )
    return mixed


def run_engine(audio: Path, model: Path, prompt: str, repeat: int) -> tuple[list[float], object]:
    rtfs, last = [], None
    for _ in range(repeat):
        res = transcribe(
            audio, model, TranscribeOptions(language="id", beam_size=5, initial_prompt=prompt)
        )
        rtfs.append(res.transcribe_s / max(0.01, res.duration_s))
        last = res
    return rtfs, last


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", type=Path, default=Path("/tmp/whisper-models"))
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--skip-openai", action="store_true")
    args = ap.parse_args()
    ct2, pt = args.models / "base-ct2", args.models / "base.pt"
    if not (ct2 / "model.bin").is_file():
        sys.exit(
            f"no model at {ct2}: run /work/shared/tools/whisper-base-model.sh {args.models} {sys.executable}"
        )
    work = Path(tempfile.mkdtemp(prefix="kilas-bench-subtitles-"))
    audio = make_labelled_audio(work)
    rules = load_rules("classic")
    prompt = prompt_terms(SCRIPT, GLOSSARY)
    engines = [("faster-whisper int8", ct2)] + (
        [] if args.skip_openai or not pt.is_file() else [("openai-whisper fp32", pt)]
    )
    rows = []
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    for label, model in engines:
        # The prompt's effect is measured on the fast engine only (the slow one costs minutes).
        for use_prompt in (False, True) if label.startswith("faster") else (False,):
            rtfs, res = run_engine(audio, model, prompt if use_prompt else "", args.repeat)
            _events, words, stats, report, raw = process_transcript(
                res.segments, res.speech_regions, rules, SCRIPT
            )
            corrected = " ".join(w.text for w in words)
            rows.append(
                {
                    "engine": label,
                    "prompt": use_prompt,
                    "audio_s": res.duration_s,
                    "rtf": statistics.median(rtfs),
                    "load_s": res.load_s,
                    "wer_raw": word_error_rate(SCRIPT, raw),
                    "wer_corrected": word_error_rate(SCRIPT, corrected),
                    "departed": stats.departed if stats else 0,
                    "dropped": len(report.dropped_segments),
                }
            )
            r = rows[-1]
            print(
                f"{label:22s} prompt={'yes' if use_prompt else 'no ':3s} audio {r['audio_s']:.1f} s  "
                f"RTF {r['rtf']:.3f}  load {r['load_s']:.1f} s  WER raw {r['wer_raw']:.3f}  "
                f"corrected {r['wer_corrected']:.3f}  (x{r['wer_raw'] / max(r['wer_corrected'], 1e-9):.1f})",
                flush=True,
            )
            if not use_prompt:
                print(f"    heard:     {raw[:160]}…")
                print(f"    corrected: {corrected[:160]}…")
    print(f"load average after: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("\nsummary (median of", args.repeat, "run(s) per engine, beam 5, model load excluded)")
    fast = [r for r in rows if r["engine"].startswith("faster")]
    slow = [r for r in rows if r["engine"].startswith("openai")]
    print(f"  faster-whisper RTF {statistics.median(r['rtf'] for r in fast):.3f} (goal ≤ 0.15)")
    if slow:
        ratio = statistics.median(r["rtf"] for r in slow) / statistics.median(
            r["rtf"] for r in fast
        )
        print(
            f"  openai-whisper RTF {statistics.median(r['rtf'] for r in slow):.3f} ({ratio:.1f}× slower)"
        )
    for r in rows:
        gain = r["wer_raw"] / max(r["wer_corrected"], 1e-9)
        print(
            f"  {r['engine']:22s} prompt={r['prompt']!s:5s} WER {r['wer_raw']:.3f} → {r['wer_corrected']:.3f} ({gain:.1f}× lower; goal ≥ 2×)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
