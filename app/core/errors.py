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


class WorkspaceReadOnly(WorkspaceError):
    """A write was attempted on a workspace opened read-only (open in another Kilas)."""


class NotFound(KilasError):
    pass


class InvalidInput(KilasError):
    pass


class Canceled(KilasError):
    def __init__(self) -> None:
        super().__init__("Dibatalkan.", "Canceled.")


@dataclass(frozen=True)
class Progress:
    """Progress of a long job: fraction 0..1 and a short label."""

    fraction: float
    label: str = ""
