"""A team workspace's password, kept by the operating system's keyring where there is one
(Windows Credential Manager, macOS Keychain, the Secret Service on Linux desktops).

Where there is none (a bare Linux, a locked-down office PC), Kilas asks each time: it never
writes a password into a Kilas file, a setting, a log or a message.
"""

from __future__ import annotations

import logging

SERVICE_NAME = "Kilas ruang kerja tim"
log = logging.getLogger("kilas.team")


def _backend():
    """The system keyring, or None where there is none."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return None
    chained = getattr(backend, "backends", None)  # the chainer: usable only if it holds one
    if chained is not None and not chained:
        return None
    return backend


def keyring_available() -> bool:
    return _backend() is not None


def saved_password(location: str) -> str | None:
    """The password saved for `location` (display form, no password), or None."""
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE_NAME, location)
    except Exception as exc:  # a locked or broken keyring: ask the user instead
        log.warning("keyring lookup failed: %s", type(exc).__name__)
        return None


def save_password(location: str, password: str) -> bool:
    """Keep the password in the keyring; False where there is no keyring (nothing written)."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE_NAME, location, password)
    except Exception as exc:
        log.warning("keyring save failed: %s", type(exc).__name__)
        return False
    return True
