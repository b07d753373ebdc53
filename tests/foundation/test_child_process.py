"""One way to start, talk to and stop Kilas's child processes (app.media.child_process)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from app.media import child_process
from app.media.child_process import (
    decode_message,
    encode_message,
    group_popen_kwargs,
    kill_tree,
    read_messages,
    send_request,
    spawn_child,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX process groups")


def _read_to_eof(fd: int) -> threading.Thread:
    """A thread that ends when every process holding the write end of `fd`'s pipe is gone."""

    def drain() -> None:
        with os.fdopen(fd, "rb") as pipe:
            pipe.read()

    thread = threading.Thread(target=drain, daemon=True)
    thread.start()
    return thread


def test_messages_are_one_json_object_per_line_with_a_type():
    line = encode_message("progress", fraction=0.5, label="ubin é")
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode_message(line) == {"type": "progress", "fraction": 0.5, "label": "ubin é"}
    for noise in (b"", b"Loading model...\n", b"{not json}\n", b"[1, 2]\n", b'{"no": "type"}\n'):
        assert decode_message(noise) is None


def test_a_frozen_bundle_starts_its_children_through_itself(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert child_process.child_command("whisper", "-x") == [
        sys.executable,
        "--kilas-child",
        "whisper",
        "-x",
    ]
    monkeypatch.setattr(sys, "frozen", False)
    assert child_process.child_command("whisper")[1:] == ["-m", "app", "--kilas-child", "whisper"]


def test_a_child_starts_from_any_working_directory(tmp_path: Path, monkeypatch):
    elsewhere = tmp_path / "bukan repo é"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    proc = spawn_child("whisper", stderr=subprocess.DEVNULL)
    try:
        missing = elsewhere / "tidak ada.pt"
        assert send_request(proc, "validate", engine="openai", model_path=str(missing))
        messages = list(read_messages(proc.stdout))
    finally:
        kill_tree(proc)
    assert [m["type"] for m in messages] == ["progress", "error"]
    assert messages[-1]["message_en"]  # a real answer from the Whisper child


def test_an_unknown_child_role_is_refused():
    proc = subprocess.run(
        child_process.child_command("tidak-ada"), capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2 and "unknown child role 'tidak-ada'" in proc.stderr


def test_stray_output_in_a_child_never_reaches_the_message_pipe():
    code = textwrap.dedent(
        """
        import os
        from app.media.child_process import MessageChannel

        channel = MessageChannel()
        print("a library talks")
        os.write(1, b"a C library writes to fd 1\\n")
        channel.send("result", value=1)
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, check=True, stdin=subprocess.DEVNULL
    )
    assert proc.stdout == encode_message("result", value=1)
    assert b"a library talks" in proc.stderr and b"fd 1" in proc.stderr


@posix_only
def test_kill_tree_kills_the_grandchildren_too():
    read_end, write_end = os.pipe()
    # The child starts a grandchild; both hold the pipe's write end while they live.
    code = textwrap.dedent(
        f"""
        import subprocess, sys
        grandchild = subprocess.Popen(
            [sys.executable, "-c", "import time; time.sleep(600)"], pass_fds=[{write_end}]
        )
        print(grandchild.pid, flush=True)
        grandchild.wait()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        pass_fds=[write_end],
        **group_popen_kwargs(),
    )
    os.close(write_end)
    gone = _read_to_eof(read_end)
    assert int(proc.stdout.readline())  # the grandchild is running
    kill_tree(proc)
    gone.join(timeout=30)
    assert not gone.is_alive(), "a grandchild outlived kill_tree"
    assert proc.returncode is not None
    kill_tree(proc)  # twice is harmless
    proc.stdout.close()


@posix_only
def test_a_child_whose_parent_goes_away_ends_with_its_children():
    read_end, write_end = os.pipe()
    code = textwrap.dedent(
        f"""
        import subprocess, sys, threading
        from app.media.child_process import MessageChannel, group_popen_kwargs

        channel = MessageChannel()
        requests = channel.serve()
        subprocess.Popen(
            [sys.executable, "-c", "import time; time.sleep(600)"],
            pass_fds=[{write_end}],
            **group_popen_kwargs(),
        )
        channel.send("ready")
        threading.Event().wait()  # busy "forever", as a long transcription
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        pass_fds=[write_end],
        **group_popen_kwargs(),
    )
    os.close(write_end)
    gone = _read_to_eof(read_end)
    assert next(read_messages(proc.stdout))["type"] == "ready"
    proc.stdin.close()  # what the parent's death looks like to the child
    gone.join(timeout=30)
    assert not gone.is_alive(), "the child or its own child kept running"
    proc.wait(timeout=30)
    proc.stdout.close()
