"""The engine of a team workspace: a PostgreSQL database shared by the team's computers.

The password never appears in a Kilas file, a log or a message: it comes from the URL the user
typed, or libpq's own sources (PGPASSWORD, ~/.pgpass), or the keyring (app.services.team_login),
and every location Kilas shows is `display_location` (no password). Connection failures reach the
user as a KilasError in both languages, never as the driver's text with its parameters.
"""

from __future__ import annotations

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError

from app.core.errors import KilasError, WorkspaceError
from app.core.machine import machine_name

TEAM_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 10
# Every Kilas connection names itself "kilas <schema> @<computer>" (pg_stat_activity shows it):
# an upgrade sees which other Kilas clients, of which schema, are connected.
APPLICATION_PREFIX = "kilas "


def is_team_location(location: object) -> bool:
    """A PostgreSQL URL (a team workspace) rather than a folder (a single-user one)."""
    text = str(location)
    return any(text.startswith(f"{scheme}://") for scheme in TEAM_SCHEMES)


def team_url(location: str, password: str | None = None) -> URL:
    """The SQLAlchemy URL for `location`, with the psycopg driver and, if given, the password."""
    try:
        url = make_url(location)
    except ArgumentError as exc:
        raise WorkspaceError(
            "Alamat ruang kerja tim tidak bisa dibaca. Bentuknya: "
            "postgresql://pengguna@server:5432/basisdata",
            "The team workspace address cannot be read. Its form is: "
            "postgresql://user@server:5432/database",
        ) from exc
    if not url.database:
        raise WorkspaceError(
            "Alamat ruang kerja tim tidak menyebut basis data (…/nama-basis-data).",
            "The team workspace address names no database (…/database-name).",
        )
    url = url.set(drivername=DRIVER)
    if password:
        url = url.set(password=password)
    return url


def display_location(url: URL | str) -> str:
    """user@host:port/database: what Kilas shows and remembers; never the password."""
    url = make_url(url) if isinstance(url, str) else url
    user = f"{url.username}@" if url.username else ""
    port = f":{url.port}" if url.port else ""
    return f"postgresql://{user}{url.host or 'localhost'}{port}/{url.database}"


def application_name(schema: str) -> str:
    return f"{APPLICATION_PREFIX}{schema} @{machine_name()}"[:63]  # PostgreSQL keeps 63 bytes


def _in_words(url: URL, exc: BaseException) -> KilasError:
    """The bilingual error for a failed connection or a refused statement."""
    where = display_location(url)
    text = str(exc)
    server = f"{url.host or 'localhost'}:{url.port or 5432}"
    if "password authentication failed" in text or "no password supplied" in text:
        return WorkspaceError(
            f"Server {server} menolak nama pengguna atau kata sandi untuk {where}. Periksa "
            "keduanya lalu coba lagi.",
            f"The server {server} refused the user name or password for {where}. Check both "
            "and try again.",
        )
    if "does not exist" in text and "database" in text:
        return WorkspaceError(
            f"Basis data {url.database} tidak ada di server {server}. Minta admin membuatnya "
            "(createdb), lalu coba lagi.",
            f"The database {url.database} does not exist on the server {server}. Ask the admin "
            "to create it (createdb), then try again.",
        )
    if "permission denied" in text:
        return WorkspaceError(
            f"Pengguna {url.username} tidak punya izin untuk ini di {where}.",
            f"The user {url.username} has no permission for this in {where}.",
        )
    if "could not translate host name" in text or "Name or service not known" in text:
        return WorkspaceError(
            f"Nama server {url.host} tidak dikenal. Periksa alamatnya atau jaringan kantor.",
            f"The server name {url.host} is not known. Check the address or the office network.",
        )
    if any(
        words in text
        for words in (
            "Connection refused",
            "timeout",
            "could not connect",
            "server closed the connection",  # the network dropped a connection in use
            "connection failed",
        )
    ):
        return WorkspaceError(
            f"Server basis data tim {server} tidak bisa dihubungi. Periksa jaringan, atau "
            "apakah server menyala, lalu coba lagi. Tidak ada yang berubah.",
            f"The team database server {server} cannot be reached. Check the network, or "
            "whether the server is on, then try again. Nothing was changed.",
        )
    first_line = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return WorkspaceError(
        f"Server basis data tim ({where}) menolak permintaan: {first_line}",
        f"The team database server ({where}) refused the request: {first_line}",
    )


def make_team_engine(url: URL, schema: str) -> Engine:
    """A pooled engine to the team database; every connection carries Kilas's name."""
    import psycopg  # the driver; imported here so single-user start-up never pays for it

    engine = create_engine(
        url,
        pool_pre_ping=True,  # a connection dropped by the network is replaced, not reported
        connect_args={
            "application_name": application_name(schema),
            "connect_timeout": CONNECT_TIMEOUT_S,
        },
    )

    @event.listens_for(engine, "handle_error")
    def _failed_in_words(context: ExceptionContext) -> KilasError | None:
        original = context.original_exception
        if isinstance(original, psycopg.OperationalError):
            return _in_words(url, original)
        return None  # integrity and programming errors stay SQLAlchemy's (callers handle)

    return engine


def connect_error_in_words(url: URL, exc: BaseException) -> KilasError:
    """For callers that connect outside an engine event (the first connection)."""
    return _in_words(url, getattr(exc, "orig", None) or exc)
