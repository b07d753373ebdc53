"""Typed errors of the Whisper adapter (messages in Indonesian and English)."""

from __future__ import annotations

from app.core.errors import KilasError


class WhisperError(KilasError):
    """Transcription could not run."""


class ModelInvalid(WhisperError):
    """The file or folder is not a Whisper model Kilas can load."""


class ModelMissing(WhisperError):
    """No Whisper model is available."""


class NoAudio(WhisperError):
    """The media has no audio stream, or cannot be decoded."""


class TranscriptionCrashed(WhisperError):
    """The child process died (out of memory, a crash inside the model...)."""


class EngineUnavailable(WhisperError):
    """The Python package for this engine is not installed."""


ERROR_CODES: dict[str, type[WhisperError]] = {
    "bad_model": ModelInvalid,
    "no_model": ModelMissing,
    "no_audio": NoAudio,
    "crash": TranscriptionCrashed,
    "engine_missing": EngineUnavailable,
    "error": WhisperError,
}


def code_of(exc: WhisperError) -> str:
    for code, cls in ERROR_CODES.items():
        if type(exc) is cls:
            return code
    return "error"
