"""Whisper models without internet: found in the usual caches and the workspace's models/
folder, imported from a `.pt` file or a CTranslate2 folder (validated by loading it in the
child process, with checksum and size recorded), one of them in use. Download happens only
when the user asks and a network is there.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.core.errors import Canceled, KilasError
from app.core.progress import ProgressFn
from app.media.whisper import engine_for, validate_model
from app.media.whisper.errors import ModelInvalid, ModelMissing
from app.services.context import AppContext
from app.store.models import WhisperModel

# Official openai-whisper checkpoints (the URL carries the file's sha256).
OFFICIAL_URLS = {
    "tiny": "https://openaipublic.azureedge.net/main/whisper/models/65147644a518d12f04e32d6f3b26facc3f8dd46e5390956a9424a650c0ce22b9/tiny.pt",
    "base": "https://openaipublic.azureedge.net/main/whisper/models/ed3a0b6b1c0edf879ad9b11b1af5a0e6ab5db9205f891f668f8b0e6c6326e34e/base.pt",
    "small": "https://openaipublic.azureedge.net/main/whisper/models/9ecf779972d90ba49c06d968637d720dd632c55bbf19d441fb42bf17a411e794/small.pt",
    "medium": "https://openaipublic.azureedge.net/main/whisper/models/345ae4da62f9b3d59415adc60127b97c714f32e89e936602e85993674d08dcb1/medium.pt",
}


class NoNetwork(KilasError):
    pass


@dataclass(frozen=True)
class ModelInfo:
    path: Path
    engine: str  # openai | faster
    name: str
    id: int | None = None  # None: found on disk, not imported yet
    sha256: str = ""
    size_bytes: int = 0
    in_use: bool = False
    source: str = "workspace"  # workspace | bundled | cache | imported
    missing: bool = False


def bundled_models_dir() -> Path | None:
    """The read-only models/ folder beside the frozen executables (packaging/build.py
    --model puts a model there), or None when Kilas is not running from a frozen bundle."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent / "models"


def cache_dirs() -> list[Path]:
    """Where openai-whisper and faster-whisper (Hugging Face hub) keep downloaded models."""
    home = Path.home()
    xdg = Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache")
    hf_home = Path(os.environ.get("HF_HOME") or xdg / "huggingface")
    hub = Path(os.environ.get("HF_HUB_CACHE") or hf_home / "hub")
    return [xdg / "whisper", hub]


def _scan(folder: Path, depth: int = 4) -> list[Path]:
    """`.pt` files and folders holding model.bin under `folder`."""
    found: list[Path] = []
    if not folder.is_dir():
        return found
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return found
    for p in entries:
        if p.is_file() and p.suffix == ".pt":
            found.append(p)
        elif p.is_dir() and depth > 0:
            if (p / "model.bin").is_file():
                found.append(p)
            elif not p.name.startswith(".") and not p.name.startswith("blobs"):
                found.extend(_scan(p, depth - 1))
    return found


def _model_name(path: Path) -> str:
    if path.is_dir():
        # HF hub layout: models--Systran--faster-whisper-base/snapshots/<hash>/
        for part in reversed(path.parts):
            if part.startswith("models--"):
                return part.split("--")[-1]
        return path.name
    return path.stem


def fingerprint(path: Path) -> tuple[str, int]:
    """(sha256, size in bytes): of the file, or of model.bin for a CTranslate2 folder
    (size: the whole folder)."""
    target = path / "model.bin" if path.is_dir() else path
    digest = hashlib.sha256()
    with target.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    size = (
        sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        if path.is_dir()
        else path.stat().st_size
    )
    return digest.hexdigest(), size


class WhisperModelService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # Paths stored relative to the workspace when inside it (the workspace may move).
    def _store_path(self, path: Path) -> str:
        try:
            return path.absolute().relative_to(self.ctx.workspace.root.absolute()).as_posix()
        except ValueError:
            return str(path.absolute())

    def _resolve(self, stored: str) -> Path:
        p = Path(stored)
        return p if p.is_absolute() else self.ctx.workspace.root / p

    def _info(self, row: WhisperModel) -> ModelInfo:
        path = self._resolve(row.path)
        inside = not Path(row.path).is_absolute()
        return ModelInfo(
            path,
            row.engine,
            row.name,
            row.id,
            row.sha256,
            row.size_bytes,
            row.in_use,
            "workspace" if inside else "imported",
            not path.exists(),
        )

    def imported(self) -> list[ModelInfo]:
        with self.ctx.workspace.session() as s:
            return [
                self._info(r) for r in s.scalars(select(WhisperModel).order_by(WhisperModel.id))
            ]

    def discovered(self) -> list[ModelInfo]:
        """Models on disk (caches, workspace models/) that are not imported yet."""
        known = {m.path.resolve() for m in self.imported()}
        out = []
        bundled = bundled_models_dir()
        sources = [(self.ctx.workspace.models_dir, "workspace")]
        sources += [(bundled, "bundled")] if bundled is not None else []
        sources += [(d, "cache") for d in cache_dirs()]
        for folder, source in sources:
            for p in _scan(folder):
                if p.resolve() in known:
                    continue
                try:
                    engine = engine_for(p)
                except ModelInvalid:
                    continue
                known.add(p.resolve())
                out.append(ModelInfo(p, engine, _model_name(p), source=source))
        return out

    def list_models(self) -> list[ModelInfo]:
        return self.imported() + self.discovered()

    def in_use(self) -> ModelInfo | None:
        """The model in use: the marked row, else the first usable imported model, else a
        model found in the caches (so a fresh install with a cached model just works)."""
        rows = self.imported()
        for m in rows:
            if m.in_use and not m.missing:
                return m
        setting = self.ctx.setting("whisper_model_path")
        if setting and Path(setting).exists():
            try:
                return ModelInfo(
                    Path(setting),
                    engine_for(Path(setting)),
                    _model_name(Path(setting)),
                    source="imported",
                )
            except ModelInvalid:
                pass
        usable = [m for m in rows if not m.missing]
        if usable:
            return usable[0]
        found = self.discovered()
        return found[0] if found else None

    def require_in_use(self) -> Path:
        m = self.in_use()
        if m is None:
            raise ModelMissing(
                "Belum ada model Whisper. Impor berkas .pt atau folder CTranslate2 lewat "
                "'Impor model…' (atau `kilas subtitles models import PATH`), atau salin model ke "
                f"folder {self.ctx.workspace.models_dir}.",
                "No Whisper model yet. Import a .pt file or a CTranslate2 folder with "
                "'Import model…' (or `kilas subtitles models import PATH`), or copy a model into "
                f"{self.ctx.workspace.models_dir}.",
            )
        return m.path

    def set_in_use(self, model_id: int) -> None:
        with self.ctx.session() as s:
            for r in s.scalars(select(WhisperModel)):
                r.in_use = r.id == model_id
            row = s.get(WhisperModel, model_id)
            if row is None:
                raise ModelMissing(
                    f"Model {model_id} tidak ada.", f"Model {model_id} does not exist."
                )
        self.ctx.set_setting("whisper_model_path", str(self._resolve(row.path)))

    def import_model(
        self,
        source: Path,
        copy: bool = False,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        validate: bool = True,
    ) -> ModelInfo:
        """Validate `source` by loading it (child process), record checksum and size, and
        make it the model in use. With copy=True it is copied into the workspace's models/."""
        source = Path(source)
        engine = engine_for(source)  # raises ModelInvalid for anything else
        if validate:
            validate_model(source, progress, cancel)  # ModelInvalid for truncated/not-a-model
        if cancel is not None and cancel.is_set():
            raise Canceled()
        target = source
        if copy and not _inside(source, self.ctx.workspace.models_dir):
            target = self.ctx.workspace.models_dir / source.name
            if target.exists():
                raise ModelInvalid(
                    f"Sudah ada {target.name} di folder models/.",
                    f"{target.name} already exists in models/.",
                )
            tmp = target.with_name(target.name + ".part")
            if source.is_dir():
                shutil.copytree(source, tmp)
            else:
                shutil.copyfile(source, tmp)
            tmp.replace(target)
        sha, size = fingerprint(target)
        stored = self._store_path(target)
        with self.ctx.session() as s:
            row = s.scalars(select(WhisperModel).where(WhisperModel.path == stored)).first()
            if row is None:
                row = WhisperModel(path=stored, engine=engine)
                s.add(row)
            row.engine, row.name, row.sha256, row.size_bytes = (
                engine,
                _model_name(target),
                sha,
                size,
            )
            s.flush()
            model_id = row.id
        self.set_in_use(model_id)
        return next(m for m in self.imported() if m.id == model_id)

    def remove(self, model_id: int) -> None:
        """Forget an imported model (files stay on disk)."""
        with self.ctx.session() as s:
            row = s.get(WhisperModel, model_id)
            if row is not None:
                s.delete(row)

    # Download (only on request) ---------------------------------------------------------
    @staticmethod
    def network_available(host: str = "openaipublic.azureedge.net", timeout_s: float = 3.0) -> bool:
        try:
            with socket.create_connection((host, 443), timeout=timeout_s):
                return True
        except OSError:
            return False

    def download(
        self, name: str, progress: ProgressFn | None = None, cancel: threading.Event | None = None
    ) -> ModelInfo:
        """Download an official openai-whisper checkpoint into models/ (user-initiated only)."""
        import urllib.request

        url = OFFICIAL_URLS.get(name)
        if url is None:
            raise ModelInvalid(
                f"Model resmi tidak dikenal: {name}", f"Unknown official model: {name}"
            )
        if not self.network_available():
            raise NoNetwork(
                "Tidak ada jaringan. Salin model dari komputer lain lalu impor.",
                "No network. Copy a model from another computer and import it.",
            )
        target = self.ctx.workspace.models_dir / f"{name}.pt"
        tmp = target.with_name(target.name + ".part")
        digest = hashlib.sha256()
        with urllib.request.urlopen(url, timeout=30) as resp, tmp.open("wb") as out:
            total = int(resp.headers.get("Content-Length") or 0)
            done = 0
            while chunk := resp.read(1 << 20):
                if cancel is not None and cancel.is_set():
                    out.close()
                    tmp.unlink(missing_ok=True)
                    raise Canceled()
                out.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                if progress and total:
                    progress(0.9 * done / total, "download")
        if digest.hexdigest() != url.split("/")[-2]:
            tmp.unlink(missing_ok=True)
            raise ModelInvalid(
                "Unduhan rusak (checksum tidak cocok).", "Corrupt download (checksum mismatch)."
            )
        tmp.replace(target)
        return self.import_model(target, copy=False, progress=progress, cancel=cancel)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.absolute().relative_to(folder.absolute())
        return True
    except ValueError:
        return False
