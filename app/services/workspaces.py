"""Opening a workspace as an application context."""

from __future__ import annotations

from pathlib import Path

from app.services.context import AppContext
from app.store.workspace import open_workspace


def open_context(root: Path, language: str = "id", create: bool = True) -> AppContext:
    return AppContext(open_workspace(root, create=create), language=language)
