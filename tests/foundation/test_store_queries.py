"""The store's shared queries and the read-only guard, as a user of the workspace sees them:
one "project not found" message in both languages, shots in script order, render jobs never
handed to two runners, stale jobs back in the queue, a read-only workspace that refuses every
kind of write without showing SQL, and a new script version for any edit after approval."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, text, update

from app.core.clock import utc_now
from app.core.errors import ProjectNotFound, WorkspaceError, WorkspaceReadOnly
from app.services.context import AppContext
from app.services.projects import ProjectService
from app.services.script import ScriptService
from app.services.script_review import ReviewService
from app.services.shots import ShotService
from app.store.db import make_engine, make_session_factory
from app.store.models import Project, RenderJob, Setting, Shot
from app.store.queries import jobs
from app.store.queries.projects import get_project_or_raise
from app.store.queries.shots import shots_of
from app.store.workspace import DB_NAME, open_workspace

pytestmark = pytest.mark.both_backends


def test_missing_and_deleted_project_give_one_message_in_both_languages(ctx) -> None:
    project_id = ProjectService(ctx).create("Dihapus")
    ProjectService(ctx).delete(project_id)
    for missing in (project_id, 999):
        with pytest.raises(ProjectNotFound) as caught:
            ScriptService(ctx).header(missing)
        assert caught.value.message("id") == f"Proyek {missing} tidak ditemukan."
        assert caught.value.message("en") == f"Project {missing} not found."
    with ctx.workspace.session() as s:
        assert get_project_or_raise(s, project_id, include_deleted=True).title == "Dihapus"


def test_shots_come_in_script_order(ctx) -> None:
    project_id = ProjectService(ctx).create("Urutan")
    with ctx.session() as s:
        s.execute(Shot.__table__.delete().where(Shot.project_id == project_id))
        for position, narration in [(2, "tiga"), (0, "satu"), (1, "dua-a"), (1, "dua-b")]:
            s.add(Shot(project_id=project_id, position=position, narration=narration))
    with ctx.workspace.session() as s:
        assert [sh.narration for sh in shots_of(s, project_id)] == [
            "satu",
            "dua-a",
            "dua-b",
            "tiga",
        ]
    assert [v.narration for v in ShotService(ctx).list(project_id)] == [
        "satu",
        "dua-a",
        "dua-b",
        "tiga",
    ]


def _queue(ctx, count: int) -> list[int]:
    project_id = ProjectService(ctx).create("Antrean")
    with ctx.session() as s:
        for i in range(count):
            s.add(RenderJob(project_id=project_id, queue_position=i, output_path=f"/tmp/{i}.mp4"))
    with ctx.workspace.session() as s:
        return [j.id for j in s.query(RenderJob).order_by(RenderJob.queue_position)]


def _another_engine(ctx):
    """Connections of their own to the same database, as another process would have."""
    if ctx.workspace.team:
        from sqlalchemy import create_engine

        return create_engine(ctx.workspace.engine.url)
    return make_engine(ctx.workspace.db_path)


def test_two_runners_claiming_at_once_never_get_the_same_job(ctx) -> None:
    queued = _queue(ctx, 30)
    # Each runner has its own writable engine (its own connections), as two processes would.
    engines = [_another_engine(ctx) for _ in range(2)]
    factories = [make_session_factory(engine, False) for engine in engines]
    start = threading.Barrier(2)
    claimed: dict[str, list[int]] = {"a": [], "b": []}

    def run(name: str, factory) -> None:
        start.wait()
        while True:
            with factory() as s, s.begin():
                job_id = jobs.claim_next(s, name, utc_now())
            if job_id is None:
                return
            claimed[name].append(job_id)

    threads = [
        threading.Thread(target=run, args=(name, f))
        for name, f in zip(claimed, factories, strict=True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for engine in engines:
        engine.dispose()
    everything = claimed["a"] + claimed["b"]
    assert sorted(everything) == queued  # every job claimed, none twice
    with ctx.workspace.session() as s:
        rows = s.query(RenderJob).all()
        assert {r.status for r in rows} == {"running"}
        assert all(r.claimed_by == ("a" if r.id in claimed["a"] else "b") for r in rows)


def test_claims_follow_queue_order_and_lost_claims_change_nothing(ctx) -> None:
    first, second = _queue(ctx, 2)
    with ctx.session() as s:
        assert jobs.claim_next(s, "me", utc_now()) == first
    with ctx.session() as s:
        assert jobs.heartbeat(s, first, "me", utc_now(), progress=0.5)
        assert not jobs.heartbeat(s, first, "someone else", utc_now())
        assert not jobs.finish(s, second, "me", {}, utc_now())  # never claimed
        assert jobs.finish(s, first, "me", {"ok": True}, utc_now())
    with ctx.workspace.session() as s:
        done = s.get(RenderJob, first)
        assert (done.status, done.progress, done.result) == ("done", 1.0, {"ok": True})
        assert s.get(RenderJob, second).status == "queued"


def test_a_job_whose_runner_died_goes_back_to_the_queue_then_fails(ctx) -> None:
    (job_id,) = _queue(ctx, 1)
    long_ago = utc_now() - timedelta(hours=1)
    for attempt in (1, 2, 3):
        with ctx.session() as s:
            assert jobs.claim_next(s, "dead:1", long_ago) == job_id
        with ctx.session() as s:
            changed = jobs.requeue_dead(
                s,
                lambda job: job.heartbeat_at < utc_now() - timedelta(minutes=2),
                lambda attempts: f"stopped {attempts} times",
                utc_now(),
            )
            assert [j.id for j in changed] == [job_id]
        with ctx.workspace.session() as s:
            job = s.get(RenderJob, job_id)
            expected = "queued" if attempt < 3 else "failed"
            assert (job.status, job.claimed_by, job.attempts) == (expected, "", attempt)
    assert job.error == "stopped 3 times"


def _files(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in root.iterdir() if p.name.startswith(DB_NAME)}


@pytest.mark.sqlite_only
def test_read_only_workspace_refuses_every_kind_of_write_and_keeps_the_file(ctx) -> None:
    project_id = ProjectService(ctx).create("Asli")
    second = open_workspace(ctx.workspace.root)  # this process holds the lock: read-only
    try:
        assert second.read_only
        writes = {
            "orm": lambda s: s.add(Setting(key="x", value=1)),
            "orm change": lambda s: setattr(s.get(Project, project_id), "title", "Diubah"),
            "core update": lambda s: s.execute(update(Project).values(title="Diubah")),
            "core insert": lambda s: s.execute(insert(Setting).values(key="y", value=2)),
            "text": lambda s: s.execute(text("DELETE FROM projects")),
            "claim": lambda s: jobs.claim_next(s, "me", utc_now()),
        }
        _queue(ctx, 1)  # something to claim (written through the writable workspace)
        before = _files(ctx.workspace.root)
        for name, write in writes.items():
            with pytest.raises(WorkspaceReadOnly) as caught, second.session() as s, s.begin():
                write(s)
            assert caught.value.message("id").startswith("Ruang kerja ini sedang dibuka"), name
            assert caught.value.message("en").startswith("This workspace is open"), name
            assert "UPDATE" not in str(caught.value) and "INSERT" not in str(caught.value)
        assert _files(ctx.workspace.root) == before
        with second.session() as s:  # reading still works
            assert s.get(Project, project_id).title == "Asli"
        with pytest.raises(WorkspaceReadOnly):
            ProjectService(AppContext(second)).create("Tidak boleh")
    finally:
        second.close()


@pytest.mark.sqlite_only
def test_a_write_sqlite_refuses_on_a_writable_workspace_is_said_in_words(ctx) -> None:
    ProjectService(ctx).create("Asli")
    engine = make_engine(ctx.workspace.db_path)
    try:
        with engine.connect() as conn:
            # What a file made read-only behind Kilas's back looks like to SQLite.
            conn.exec_driver_sql("PRAGMA query_only=ON")
            with pytest.raises(WorkspaceError) as caught:
                conn.execute(update(Project).values(title="Diubah"))
    finally:
        engine.dispose()
    assert "tidak bisa ditulisi" in caught.value.message("id")
    assert "cannot be written" in caught.value.message("en")
    assert "UPDATE" not in caught.value.message("en") and "Diubah" not in str(caught.value)


@pytest.mark.parametrize("entry", ["shot service", "editor field", "bulk import"])
def test_an_edit_after_approval_starts_a_new_version(ctx, entry: str) -> None:
    project_id = ProjectService(ctx).create("Disetujui")
    script = ScriptService(ctx)
    shot_id = script.insert_shot(project_id, narration="Halo")
    ReviewService(ctx).approve(project_id, reviewer="Bu Sari")
    approved = ReviewService(ctx).state(project_id)
    assert approved.approved_version == approved.script_version
    edits = {
        "shot service": lambda: ShotService(ctx).update(shot_id, narration="Halo semua"),
        "editor field": lambda: script.set_field(shot_id, "narration", "Halo semua"),
        "bulk import": lambda: script.import_text(project_id, "Halo semua."),
    }
    edits[entry]()
    edits[entry]()  # a second edit stays on the new version
    state = ReviewService(ctx).state(project_id)
    assert state.approved_version == approved.approved_version
    assert state.script_version == approved.approved_version + 1
    assert state.state == "changed_since_approval"
