"""Typed outcomes and errors shared by every layer.

Each carries a message in Bahasa Indonesia and English, so the CLI and GUI can show the
user's language without matching error strings.
"""

from dataclasses import dataclass


class KilasError(Exception):
    """An error the user can act on. `message_id` is Indonesian, `message_en` English."""

    def __init__(self, message_id: str, message_en: str | None = None) -> None:
        super().__init__(message_en or message_id)
        self.message_id = message_id
        self.message_en = message_en or message_id

    def message(self, language: str = "id") -> str:
        return self.message_en if language == "en" else self.message_id


class WorkspaceError(KilasError):
    """The workspace cannot be opened as asked."""


class WorkspaceCorrupt(WorkspaceError):
    pass


class WorkspaceTooNew(WorkspaceError):
    pass


class WorkspaceUnwritable(WorkspaceError):
    pass


class WorkspaceUpgradeBlocked(WorkspaceError):
    """A team database needs a newer schema while older Kilas clients are connected."""

    @classmethod
    def by(cls, clients: list[str]) -> "WorkspaceUpgradeBlocked":
        who = ", ".join(c.split(" @", 1)[-1] for c in clients)
        return cls(
            f"Kilas versi ini perlu memperbarui basis data tim, tetapi {len(clients)} Kilas "
            f"lain masih tersambung ({who}). Minta mereka menutup Kilas, lalu buka lagi. "
            "Tidak ada yang berubah.",
            f"This Kilas needs to upgrade the team database, but {len(clients)} other Kilas "
            f"clients are still connected ({who}). Ask them to close Kilas, then open it again. "
            "Nothing was changed.",
        )


class WorkspaceReadOnly(WorkspaceError):
    """A write was attempted on a workspace opened read-only (open in another Kilas)."""


class NotFound(KilasError):
    pass


class ProjectNotFound(NotFound):
    """The project does not exist or was deleted (the one message for it)."""

    def __init__(self, project_id: int) -> None:
        super().__init__(
            f"Proyek {project_id} tidak ditemukan.", f"Project {project_id} not found."
        )
        self.project_id = project_id


class InvalidInput(KilasError):
    pass


class Canceled(KilasError):
    def __init__(self) -> None:
        super().__init__("Dibatalkan.", "Canceled.")


class JobTakenOver(KilasError):
    """A render job this worker was running is no longer its own: its heartbeat was silent
    too long (the network dropped, the computer stalled) and another worker took it over, or
    the user canceled it. The video is not published by this worker."""

    def __init__(self) -> None:
        super().__init__(
            "Tugas render ini sudah diambil alih pekerja lain (atau dibatalkan); hasil dari "
            "komputer ini tidak dipakai.",
            "This render job was taken over by another worker (or canceled); this computer's "
            "result is not used.",
        )


class DiskFull(KilasError):
    """The disk filled up while writing: nothing half-written is left; free space, retry.

    The one class for a full disk, whoever noticed it (ffmpeg, a free-space check, a write
    that raised ENOSPC); the render queue pauses on it instead of failing the job.
    """

    @classmethod
    def while_writing(cls, what: str) -> "DiskFull":
        return cls(
            f"Disk penuh saat menulis {what}. Kosongkan ruang disk, lalu ulangi.",
            f"The disk filled up while writing {what}. Free some space, then try again.",
        )


class MissingInput(KilasError):
    """A file a tool was asked to read does not exist; `path` names it."""

    def __init__(self, path: str) -> None:
        super().__init__(f"Berkas tidak ditemukan: {path}", f"File not found: {path}")
        self.path = path


class FfmpegFailed(KilasError):
    """ffmpeg stopped with an error; the message says why in words, `stderr_tail` keeps the
    last lines ffmpeg printed (for logs and bug reports, not for the user)."""

    def __init__(self, message_id: str, message_en: str, stderr_tail: str = "") -> None:
        super().__init__(message_id, message_en)
        self.stderr_tail = stderr_tail


class FfmpegMissing(FfmpegFailed):
    """No ffmpeg executable where the setting (or the bundled wheel) says it is."""


@dataclass(frozen=True)
class Progress:
    """Progress of a long job: fraction 0..1 and a short label."""

    fraction: float
    label: str = ""
