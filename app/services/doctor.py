"""`doctor`: can this machine make Kilas videos? ffmpeg and its filters, fonts, models, disk."""

from __future__ import annotations

import shutil
from dataclasses import asdict, dataclass

from app.core.errors import KilasError
from app.media.ffmpeg_runner import capabilities, ffmpeg_path
from app.media.qt_platform import debian_package, missing_window_libraries
from app.resources import fonts_dir

REQUIRED_ENCODERS = ("libx264", "aac")
REQUIRED_FILTERS = (
    "scale",
    "crop",
    "overlay",
    "subtitles",
    "ass",
    "loudnorm",
    "amix",
    "sidechaincompress",
    "zoompan",
    "xfade",
    "drawtext",
)
MIN_FREE_BYTES = 2 * 1024**3


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    severity: str = "error"  # error | warning when not ok

    def to_dict(self) -> dict:
        return asdict(self)


def run_checks(ctx) -> list[Check]:
    checks: list[Check] = []
    try:
        exe = ffmpeg_path(ctx.setting("ffmpeg_path"))
        checks.append(Check("ffmpeg", True, exe))
        caps = capabilities(ctx.setting("ffmpeg_path"))
        for enc in REQUIRED_ENCODERS:
            checks.append(Check(f"encoder:{enc}", enc in caps["encoders"], enc))
        for flt in REQUIRED_FILTERS:
            checks.append(Check(f"filter:{flt}", flt in caps["filters"], flt))
    except KilasError as exc:
        checks.append(Check("ffmpeg", False, exc.message(ctx.language)))
    fonts = sorted(p.name for p in fonts_dir().glob("*.[ot]tf"))
    checks.append(
        Check(
            "fonts",
            bool(fonts),
            ", ".join(fonts)
            or ctx.msg("tidak ada font bawaan di assets/fonts", "no bundled fonts in assets/fonts"),
            "warning",
        )
    )
    checks.append(_whisper_check(ctx))
    checks.append(_window_check(ctx))
    usage = shutil.disk_usage(ctx.workspace.root)
    checks.append(
        Check(
            "disk",
            usage.free >= MIN_FREE_BYTES,
            ctx.msg(f"{usage.free / 1024**3:.1f} GB kosong", f"{usage.free / 1024**3:.1f} GB free"),
            "warning",
        )
    )
    if ctx.workspace.team:
        checks += _team_checks(ctx)
    else:
        checks.append(
            Check(
                "workspace",
                not ctx.read_only,
                str(ctx.workspace.root)
                + (
                    "" if not ctx.read_only else " — " + ctx.msg(*ctx.workspace.read_only_message())
                ),
            )
        )
    return checks


def _team_checks(ctx) -> list[Check]:
    """A team workspace: the server answers, the shared folder can be written from here, and
    which other Kilas clients are connected (an upgrade waits for them)."""
    import os

    from app.store import migrate

    workspace = ctx.workspace
    with workspace.engine.connect() as conn:
        others = migrate.other_kilas_clients(conn)
        schema = ", ".join(sorted(migrate.current_revisions_in(conn)))
    shared_ok = os.access(workspace.root, os.W_OK)
    computers = ", ".join(c.split(" @", 1)[-1] for c in others) or "-"
    return [
        Check(
            "workspace",
            True,
            ctx.msg(
                f"{workspace.display_name} (skema {schema})",
                f"{workspace.display_name} (schema {schema})",
            ),
        ),
        Check(
            "shared-folder",
            shared_ok,
            str(workspace.root)
            + ("" if shared_ok else " — " + ctx.msg("tidak bisa ditulisi", "cannot be written")),
        ),
        Check(
            "team-clients",
            True,
            ctx.msg(
                f"{len(others)} Kilas lain tersambung: {computers}",
                f"{len(others)} other Kilas connected: {computers}",
            ),
        ),
    ]


def _window_check(ctx) -> Check:
    """Qt's window plugin: the system libraries it needs (Linux), by Debian package name."""
    missing = missing_window_libraries()
    if not missing:
        return Check(
            "qt-window", True, ctx.msg("pustaka jendela Qt lengkap", "Qt window libraries present")
        )
    packages = " ".join(sorted({debian_package(lib) for lib in missing}))
    return Check(
        "qt-window",
        False,
        ctx.msg(
            f"jendela Kilas tidak bisa dibuka: pustaka sistem hilang ({', '.join(missing)}). "
            f"Pasang: sudo apt-get install {packages}",
            f"Kilas cannot open its window: system libraries are missing ({', '.join(missing)}). "
            f"Install: sudo apt-get install {packages}",
        ),
    )


def _whisper_check(ctx) -> Check:
    from app.services.whisper_models import WhisperModelService

    found = [str(m.path) for m in ctx.service(WhisperModelService).list_models()]
    detail = (
        ", ".join(found)
        if found
        else ctx.msg(
            "belum ada model Whisper (subtitle otomatis perlu model; lihat README)",
            "no Whisper model yet (automatic subtitles need one; see the README)",
        )
    )
    return Check("whisper-models", bool(found), detail, "warning")
