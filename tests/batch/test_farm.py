"""A render farm on one PostgreSQL server: `kilas-cli worker` processes with their own machine
names, each seeing the shared folder through its own path (symlinks, as drive mappings differ
between computers). One is killed with SIGKILL mid-render; another takes its job over after the
heartbeat timeout; every video exists once, no part file is left, no job is left running."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path

import pytest

from app.services.context import AppContext
from app.services.projects import ProjectService
from app.services.render_queue import RenderQueue
from app.store.models import Project
from app.store.workspace import open_workspace
from tests.batch.conftest import FAKE
from tests.child_harness import harness_command

REPO = Path(__file__).resolve().parents[2]
TIMEOUT_S = "4"  # heartbeat timeout of these workers: a takeover within seconds
WAIT_MS = 60_000


class Farm:
    """One shared folder, mapped by each "computer" under its own path, and its workers."""

    def __init__(self, url: str, base: Path) -> None:
        self.url = url
        self.base = base
        self.shared = base / "folder bersama"
        self.shared.mkdir()
        self.workers: dict[str, subprocess.Popen] = {}
        self.logs: dict[str, Path] = {}
        ws = open_workspace(url, media_root=self.mapping("admin"), local_dir=base / "admin-lokal")
        self.ctx = AppContext(ws)
        self.queue = self.ctx.service(RenderQueue)

    def mapping(self, machine: str) -> Path:
        """Where computer `machine` sees the shared folder."""
        path = self.base / f"{machine} drive"
        if not path.exists():
            path.symlink_to(self.shared, target_is_directory=True)
        return path

    def cli(self, machine: str, *args: str) -> list[str]:
        return harness_command(
            [FAKE],
            [*args, "--workspace", self.url, "--media-root", str(self.mapping(machine))],
        )

    def start_worker(self, machine: str, url: str | None = None) -> subprocess.Popen:
        log = self.base / f"{machine}.log"
        command = self.cli(machine, "worker", "--machine", machine, "--jobs", "1")
        command += ["--heartbeat-timeout", TIMEOUT_S]
        if url is not None:  # through another route to the server
            command[command.index(self.url)] = url
        with log.open("wb") as fh:
            proc = subprocess.Popen(
                command,
                cwd=REPO,
                env={**os.environ, "KILAS_LANG": "en"},
                stdout=fh,
                stderr=subprocess.STDOUT,
            )
        self.workers[machine], self.logs[machine] = proc, log
        return proc

    def output(self, machine: str) -> str:
        return self.logs[machine].read_text(encoding="utf-8", errors="replace")

    def project(self, title: str, fake: str = "ok") -> int:
        project_id = self.ctx.service(ProjectService).create(title)
        with self.ctx.session() as s:
            s.get(Project, project_id).options = {"fake": fake}
        return project_id

    def queue_add(self, machine: str, project_ids: list[int], out: Path) -> list[int]:
        done = subprocess.run(
            self.cli(machine, "queue", "add", *map(str, project_ids), "--quality", "draft")
            + ["--out", str(out), "--json"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return [job["id"] for job in json.loads(done.stdout)]

    def queue_list(self, machine: str) -> list[dict]:
        done = subprocess.run(
            self.cli(machine, "queue", "list", "--json"),
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def stop(self) -> dict[str, int]:
        """SIGTERM every worker still running; their exit codes."""
        codes = {}
        for machine, proc in self.workers.items():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
            try:
                codes[machine] = proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
                codes[machine] = proc.wait()
        return codes

    def close(self) -> None:
        for proc in self.workers.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        self.ctx.workspace.close()


@pytest.fixture
def farm(team_url: str, tmp_path: Path):
    farm = Farm(team_url, tmp_path)
    yield farm
    farm.close()


def _part_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if ".part" in p.name)


def _videos(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.mp4"))


def test_three_workers_one_killed_mid_render_every_video_once(farm: Farm, qtbot) -> None:
    blocked = farm.project("Macet", fake="block")  # waits for a `release` file
    others = [farm.project(f"Video {n}") for n in range(6)]
    out_seen_by_a = farm.mapping("mesin-a") / "renders" / "kampanye"
    [victim] = farm.queue_add("mesin-a", [blocked], out_seen_by_a)
    jobs = [
        victim,
        *farm.queue_add("mesin-b", others, farm.mapping("mesin-b") / "renders/kampanye"),
    ]
    out = farm.shared / "renders" / "kampanye"

    farm.start_worker("mesin-a")
    # Mesin A is half-way through the blocked video: its hidden part file is there.
    qtbot.waitUntil(
        lambda: farm.queue.get(victim).status == "running" and bool(_part_files(out)),
        timeout=WAIT_MS,
    )
    assert farm.queue.get(victim).machine == "mesin-a"
    [part] = _part_files(out)
    assert part.startswith(f".macet-tiktok-draft.job{victim}.mesin-a-")
    farm.start_worker("mesin-b")
    farm.start_worker("mesin-c")
    qtbot.waitUntil(
        lambda: {farm.queue.get(j).machine for j in jobs} >= {"mesin-b", "mesin-c"},
        timeout=WAIT_MS,
    )
    farm.workers["mesin-a"].send_signal(signal.SIGKILL)  # the computer dies: no clean-up
    assert farm.workers["mesin-a"].wait(30) == -signal.SIGKILL
    # B or C takes the job over once A's heartbeat is older than the timeout.
    qtbot.waitUntil(
        lambda: farm.queue.get(victim).machine in ("mesin-b", "mesin-c"), timeout=WAIT_MS
    )
    (farm.shared / "release").write_text("go")
    qtbot.waitUntil(lambda: all(farm.queue.get(j).status == "done" for j in jobs), timeout=WAIT_MS)
    codes = farm.stop()

    assert codes["mesin-b"] == 0 and codes["mesin-c"] == 0, farm.output("mesin-b")
    expected = sorted(Path(farm.queue.get(j).output_path).name for j in jobs)
    assert len(set(expected)) == len(jobs)
    assert _videos(out) == expected  # each video once, none as "-2"
    assert _part_files(farm.shared) == []  # the killed worker's half file went too
    listed = {job["id"]: job for job in farm.queue_list("mesin-c")}
    assert sorted(listed) == sorted(jobs)
    assert {job["status"] for job in listed.values()} == {"done"}  # none stuck running
    assert listed[victim]["machine"] in ("mesin-b", "mesin-c")
    assert listed[victim]["attempts"] >= 2
    for job_id in jobs:
        job = farm.queue.get(job_id)
        # Written through the renderer's own mapping of the shared folder.
        assert job.result["output_path"].startswith(str(farm.mapping(job.machine))), job
    assert (out / f"{Path(listed[victim]['output']).name}").stat().st_size == 2000


def test_a_worker_stopped_mid_render_gives_its_job_back(farm: Farm, qtbot) -> None:
    [job_id] = farm.queue_add(
        "mesin-a", [farm.project("Macet", fake="block")], farm.mapping("mesin-a") / "renders"
    )
    farm.start_worker("mesin-a")
    qtbot.waitUntil(
        lambda: (
            farm.queue.get(job_id).status == "running"
            and bool(_part_files(farm.shared / "renders"))
        ),
        timeout=WAIT_MS,
    )
    assert farm.stop() == {"mesin-a": 0}
    job = farm.queue.get(job_id)
    assert job.status == "queued" and job.attempts == 0  # released, not counted as a crash
    assert _part_files(farm.shared) == [] and _videos(farm.shared / "renders") == []
    assert "Render worker mesin-a stopped." in farm.output("mesin-a")


def test_ctrl_c_finishes_the_running_render_and_takes_nothing_more(farm: Farm, qtbot) -> None:
    running, waiting = farm.queue_add(
        "mesin-a",
        [farm.project("Macet", fake="block"), farm.project("Berikut")],
        farm.mapping("mesin-a") / "renders",
    )
    proc = farm.start_worker("mesin-a")
    qtbot.waitUntil(lambda: farm.queue.get(running).status == "running", timeout=WAIT_MS)
    proc.send_signal(signal.SIGINT)
    qtbot.waitUntil(lambda: "Ctrl-C again" in farm.output("mesin-a"), timeout=WAIT_MS)
    (farm.shared / "release").write_text("go")
    assert proc.wait(60) == 0
    assert farm.queue.get(running).status == "done"
    assert farm.queue.get(waiting).status == "queued"  # left for another worker
    assert _part_files(farm.shared) == []


def test_a_worker_that_loses_the_network_loses_its_job_and_carries_on(
    farm: Farm, pg_server, qtbot
) -> None:
    """Mesin A's route to the server goes away mid-render: it stops that render (and keeps no
    part file), mesin B takes the job over after the timeout, and once the network is back A
    takes work again. The video exists once."""
    from tests.tcp_proxy import TcpProxy

    [job_id] = farm.queue_add(
        "mesin-a", [farm.project("Macet", fake="block")], farm.mapping("mesin-a") / "renders"
    )
    proxy = TcpProxy(pg_server.port)
    try:
        via_proxy = farm.url.replace(f":{pg_server.port}/", f":{proxy.port}/")
        farm.start_worker("mesin-a", url=via_proxy)
        renders = farm.shared / "renders"
        qtbot.waitUntil(
            lambda: farm.queue.get(job_id).status == "running" and bool(_part_files(renders)),
            timeout=WAIT_MS,
        )
        farm.start_worker("mesin-b")
        proxy.cut()
        qtbot.waitUntil(lambda: "cannot be reached" in farm.output("mesin-a"), timeout=WAIT_MS)
        assert _part_files(renders) == []  # A stopped its render and removed its part file
        qtbot.waitUntil(lambda: farm.queue.get(job_id).machine == "mesin-b", timeout=WAIT_MS)
        (farm.shared / "release").write_text("go")
        qtbot.waitUntil(lambda: farm.queue.get(job_id).status == "done", timeout=WAIT_MS)
        proxy.restore()
        qtbot.waitUntil(
            lambda: "Connected to the server again" in farm.output("mesin-a"), timeout=WAIT_MS
        )
        # Back on the network, A renders again.
        farm.workers["mesin-b"].send_signal(signal.SIGTERM)
        assert farm.workers["mesin-b"].wait(60) == 0
        [later] = farm.queue_add("mesin-a", [farm.project("Sesudah")], renders)
        qtbot.waitUntil(lambda: farm.queue.get(later).status == "done", timeout=WAIT_MS)
        assert farm.queue.get(later).machine == "mesin-a"
        assert farm.stop() == {"mesin-a": 0, "mesin-b": 0}
    finally:
        proxy.close()
    assert _videos(renders) == ["macet-tiktok-draft.mp4", "sesudah-tiktok-draft.mp4"]
    assert _part_files(farm.shared) == []
