"""Build the frozen desktop bundle: `python packaging/build.py --out DIR [--model MODEL]`.

Makes DIR/kilas/ with the executables `kilas` (GUI) and `kilas-cli` (console), `.exe` on
Windows, from packaging/kilas.spec. `--model` copies a Whisper model (an openai-whisper `.pt`
file or a CTranslate2 folder) into DIR/kilas/models/, where Kilas finds it at first start
(app.services.whisper_models.bundled_models_dir). Needs `pip install -e '.[packaging]'`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "kilas.spec"


def folder_size_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def copy_model(model: Path, bundle: Path) -> Path:
    """Copy a .pt checkpoint or a CTranslate2 folder (it has model.bin) into bundle/models/."""
    model = model.resolve()
    target_dir = bundle / "models"
    target_dir.mkdir(parents=True, exist_ok=True)
    if model.is_file() and model.suffix == ".pt":
        target = target_dir / model.name
        shutil.copy2(model, target)
    elif model.is_dir() and (model / "model.bin").is_file():
        target = target_dir / model.name
        shutil.copytree(model, target, dirs_exist_ok=True)
    else:
        raise SystemExit(
            f"build.py: {model} is neither a Whisper .pt file nor a CTranslate2 model folder"
        )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, metavar="DIR")
    parser.add_argument("--model", type=Path, default=None, metavar="MODEL")
    parser.add_argument(
        "--no-strip",
        action="store_true",
        help="keep what Kilas never uses (to measure what stripping saves)",
    )
    args = parser.parse_args(argv)
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    if args.no_strip:
        env["KILAS_BUILD_NO_STRIP"] = "1"
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out),
            "--workpath",
            str(out / ".build"),
            str(SPEC),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    bundle = out / "kilas"
    if args.model is not None:
        print(f"model: {copy_model(args.model, bundle)}")
    shutil.rmtree(out / ".build", ignore_errors=True)
    elapsed_s = time.monotonic() - started
    print(f"bundle: {bundle}")
    print(f"build time: {elapsed_s:.0f} s; size: {folder_size_bytes(bundle) / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
