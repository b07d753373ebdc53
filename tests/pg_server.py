"""A real PostgreSQL server for the tests: Debian's postgresql package, `initdb` and `pg_ctl` in a
temporary folder, listening on a free loopback port, with password authentication.

PostgreSQL refuses to run as root, so under root (CI here) the server runs as the `postgres`
system user that Debian's package creates; otherwise as the user running the tests.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import uuid
from pathlib import Path

SUPERUSER = "kilas"
PASSWORD = "kilas-uji-rahasia"  # the tests check it never reaches a message or a log
SERVER_USER = "postgres"  # Debian's package makes it; used when the tests run as root


def _bin_dir() -> Path:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version_key)
    if not versions:
        raise RuntimeError(
            "PostgreSQL is not installed: run `bash .ci/setup-debian --tests` (Debian's "
            "postgresql package)"
        )
    return Path(versions[-1]).parent


def _version_key(path: str) -> int:
    part = Path(path).parts[-3]
    return int(part) if part.isdigit() else 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    def __init__(self, base_dir: Path) -> None:
        self.base_dir = Path(base_dir)
        self.data_dir = self.base_dir / "data"
        self.socket_dir = self.base_dir / "socket"
        self.port = _free_port()
        self.bin_dir = _bin_dir()
        self._as_root = os.geteuid() == 0

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin_dir / tool), *args]
        if self._as_root:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> PostgresServer:
        self.base_dir.mkdir(parents=True, exist_ok=True)
        self.socket_dir.mkdir()
        password_file = self.base_dir / "pw"
        password_file.write_text(PASSWORD, encoding="utf-8")
        if self._as_root:
            shutil.chown(self.base_dir, SERVER_USER)
            shutil.chown(self.socket_dir, SERVER_USER)
            shutil.chown(password_file, SERVER_USER)
            self.base_dir.chmod(0o755)
        self._run(
            "initdb",
            "-D",
            str(self.data_dir),
            "-U",
            SUPERUSER,
            f"--pwfile={password_file}",
            "--auth-host=scram-sha-256",
            "--auth-local=trust",
            "-E",
            "UTF8",
            "--no-sync",  # a throwaway cluster: no fsync at creation
        )
        password_file.unlink()
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.socket_dir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data_dir),
            "-o",
            options,
            "-l",
            str(self.base_dir / "server.log"),
            "-w",
            "start",
        )
        return self

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")

    def url(self, database: str, with_password: bool = True) -> str:
        secret = f":{PASSWORD}" if with_password else ""
        return f"postgresql://{SUPERUSER}{secret}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement as the superuser in the maintenance database (autocommit)."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self, template: str | None = None) -> str:
        """A fresh database (optionally a copy of `template`); returns its name."""
        name = f"kilas_{uuid.uuid4().hex[:12]}"
        source = f" TEMPLATE {template}" if template else ""
        self.admin(f"CREATE DATABASE {name}{source}")
        return name


def cli_workspace_args(workspace) -> list[str]:
    """`--workspace …` options that open `workspace` from the CLI in the tests (a team
    database's URL carries the test server's password)."""
    if not workspace.team:
        return ["--workspace", str(workspace.root)]
    url = workspace.engine.url.render_as_string(hide_password=False)
    return ["--workspace", url, "--media-root", str(workspace.root)]
