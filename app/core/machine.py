"""Which computer this process is: the name render jobs are claimed under and part files carry.

It is the host name, unless a render worker was told another (`kilas-cli worker --machine
NAME`): a host name that says nothing to the team ("DESKTOP-4F2K9"), or several workers started
on one computer to try a farm. Everything that asks "is that process on this computer, so its
process id can be checked here?" compares machine names: a process of another machine can only
be judged by its job's heartbeat.
"""

from __future__ import annotations

import hashlib
import re
import socket

from app.core.errors import InvalidInput

MAX_NAME_CHARS = 64
_TAG_CHARS = re.compile(r"[^A-Za-z0-9_-]")
_chosen = ""


def machine_name() -> str:
    """This process's machine: the name chosen with use_machine_name, else the host name."""
    return _chosen or socket.gethostname() or "?"


def check_machine_name(name: str) -> str:
    """`name` without surrounding spaces, or InvalidInput when it cannot name a machine."""
    name = name.strip()
    if not name or len(name) > MAX_NAME_CHARS or not name.isprintable():
        raise InvalidInput(
            f"Nama mesin {name[:MAX_NAME_CHARS]!r} tidak bisa dipakai: 1–{MAX_NAME_CHARS} "
            "huruf yang terlihat.",
            f"The machine name {name[:MAX_NAME_CHARS]!r} cannot be used: 1–{MAX_NAME_CHARS} "
            "visible characters.",
        )
    return name


def use_machine_name(name: str) -> None:
    """From now on this process (a render worker) is machine `name`."""
    global _chosen
    _chosen = check_machine_name(name)


def machine_tag(name: str | None = None) -> str:
    """`name` (default: this machine) as it appears in file names: letters, digits, - and _;
    a name that lost characters on the way gets a short hash, so two machines whose names
    differ only in such characters ("Komputer Budi", "KomputerBudi") never share a tag."""
    name = machine_name() if name is None else name
    tag = _TAG_CHARS.sub("", name)[:32]
    if tag != name:
        tag = f"{tag[:24]}_{hashlib.sha1(name.encode('utf-8')).hexdigest()[:6]}"
    return tag
