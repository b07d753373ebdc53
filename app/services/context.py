"""The application context handed to every service: workspace, language, service cache."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import settings as settings_core
from app.store.models import Setting
from app.store.workspace import Workspace

T = TypeVar("T")


@dataclass
class AppContext:
    workspace: Workspace
    language: str = "id"
    user: str = ""  # a team workspace's member who acts (--user); "" in a single-user one
    _services: dict[type, Any] = field(default_factory=dict, repr=False)

    def service(self, cls: type[T]) -> T:
        """One instance per service class, built on first use: `ctx.service(ProjectService)`."""
        if cls not in self._services:
            self._services[cls] = cls(self)
        return self._services[cls]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work committed at once when the block ends (no Save button)."""
        with self.workspace.session() as session, session.begin():
            yield session

    @property
    def read_only(self) -> bool:
        return self.workspace.read_only

    def msg(self, message_id: str, message_en: str) -> str:
        """The message in the workspace user's language (services have no Qt translator)."""
        return message_en if self.language == "en" else message_id

    # Settings -------------------------------------------------------------------------
    def setting(self, key: str) -> Any:
        spec = settings_core.spec(key)
        with self.workspace.session() as s:
            row = s.get(Setting, key)
            return spec.coerce(row.value if row else None)

    def set_setting(self, key: str, value: Any) -> None:
        spec = settings_core.spec(key)
        with self.session() as s:
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=spec.coerce(value)))
            else:
                row.value = spec.coerce(value)

    def all_settings(self) -> dict[str, Any]:
        with self.workspace.session() as s:
            stored = {r.key: r.value for r in s.scalars(select(Setting))}
        return {k: sp.coerce(stored.get(k)) for k, sp in settings_core.SETTINGS.items()}
