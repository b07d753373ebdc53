"""SQLAlchemy 2 typed ORM for a Kilas workspace.

The schema covers every feature (script, storyboard, render queue, subtitles, brand kits,
calendar, metrics) so that features share one migration chain. Change a table only through
a new Alembic migration in app/store/migrations/versions/.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.core.clock import utc_now


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, list[str]: JSON}


class Setting(Base):
    """Workspace-wide settings; keys and defaults are declared in app.core.settings."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class MediaAsset(Base):
    __tablename__ = "media_assets"
    id: Mapped[int] = mapped_column(primary_key=True)
    # Relative (POSIX) to the workspace folder when inside_workspace, else absolute.
    path: Mapped[str] = mapped_column(Text)
    inside_workspace: Mapped[bool] = mapped_column(Boolean, default=True)
    kind: Mapped[str] = mapped_column(String(16))  # video | audio | image
    original_name: Mapped[str] = mapped_column(Text, default="")
    content_sha256: Mapped[str] = mapped_column(String(64), default="")
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    duration_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    width_px: Mapped[int | None] = mapped_column(Integer, nullable=True)
    height_px: Mapped[int | None] = mapped_column(Integer, nullable=True)
    has_audio: Mapped[bool] = mapped_column(Boolean, default=False)
    has_video: Mapped[bool] = mapped_column(Boolean, default=False)
    probe: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class BrandKit(Base):
    __tablename__ = "brand_kits"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    # Versioned style document (see app.core.brand): organisation, handle, palette, fonts,
    # title card / lower third / end card / caption styles, logo placement.
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    locked_fields: Mapped[list[str]] = mapped_column(default=list)
    logo_asset_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_assets.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


class Project(Base):
    """One video."""

    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    series: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # idea | script | storyboard | production | review | approved | published (app.core.status)
    status: Mapped[str] = mapped_column(String(20), default="idea")
    target_platforms: Mapped[list[str]] = mapped_column(default=list)  # tiktok, reels, shorts, ...
    planned_publish_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    target_duration_s: Mapped[float] = mapped_column(Float, default=60.0)
    template_name: Mapped[str] = mapped_column(String(100), default="")
    topic_tags: Mapped[list[str]] = mapped_column(default=list)
    brand_kit_id: Mapped[int | None] = mapped_column(
        ForeignKey("brand_kits.id", ondelete="SET NULL"), nullable=True
    )
    narration_asset_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_assets.id", ondelete="SET NULL"), nullable=True
    )
    music_asset_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_assets.id", ondelete="SET NULL"), nullable=True
    )
    # Render and title-card/end-card options (call to action, title card text, music volume...).
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    script_version: Mapped[int] = mapped_column(Integer, default=1)
    approved_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Soft delete so that "delete project" can be undone.
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)

    scenes: Mapped[list[Scene]] = relationship(
        back_populates="project", order_by="Scene.position", cascade="all, delete-orphan"
    )
    shots: Mapped[list[Shot]] = relationship(
        back_populates="project", order_by="Shot.position", cascade="all, delete-orphan"
    )


class Scene(Base):
    __tablename__ = "scenes"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    project: Mapped[Project] = relationship(back_populates="scenes")


class Shot(Base):
    """A shot of the script; the storyboard shows the same rows as cards.

    `position` orders shots within the whole project (not within the scene), so reordering
    storyboard cards and reordering script rows is one operation.
    """

    __tablename__ = "shots"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    scene_id: Mapped[int | None] = mapped_column(
        ForeignKey("scenes.id", ondelete="SET NULL"), nullable=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    narration: Mapped[str] = mapped_column(Text, default="")
    on_screen_text: Mapped[str] = mapped_column(Text, default="")
    visual_notes: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    target_duration_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    # wide | medium | close_up | insert | ... (app.core.shot_types)
    shot_type: Mapped[str] = mapped_column(String(30), default="medium")
    angle: Mapped[str] = mapped_column(String(30), default="")
    camera_movement: Mapped[str] = mapped_column(String(30), default="")
    # to_shoot | shot | edited
    production_status: Mapped[str] = mapped_column(String(20), default="to_shoot")
    media_asset_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_assets.id", ondelete="SET NULL"), nullable=True
    )
    # Storyboard picture or sketch (may differ from the footage).
    picture_asset_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_assets.id", ondelete="SET NULL"), nullable=True
    )
    narration_asset_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_assets.id", ondelete="SET NULL"), nullable=True
    )
    media_in_s: Mapped[float] = mapped_column(Float, default=0.0)
    media_out_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    focus_x: Mapped[float] = mapped_column(Float, default=0.5)  # 0..1 of the source width
    focus_y: Mapped[float] = mapped_column(Float, default=0.5)
    clip_audio: Mapped[bool] = mapped_column(Boolean, default=False)
    short_clip_mode: Mapped[str] = mapped_column(String(10), default="hold")  # hold | loop
    transition_in: Mapped[str] = mapped_column(String(20), default="cut")  # cut | crossfade
    lower_third_name: Mapped[str] = mapped_column(Text, default="")
    lower_third_role: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    project: Mapped[Project] = relationship(back_populates="shots")


class ScriptSnapshot(Base):
    """The script as it was at a version, for 'changed since approval' diffs."""

    __tablename__ = "script_snapshots"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    __table_args__ = (UniqueConstraint("project_id", "version"),)


class ScriptBackup(Base):
    """The whole script as it was before an import or a restore replaced it, to go back to
    after the undo history is gone (another day, another computer)."""

    __tablename__ = "script_backups"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(String(40), default="import")  # import | restore
    shot_count: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class ApprovalRecord(Base):
    __tablename__ = "approvals"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    # submitted | approved | changes_requested | comment
    decision: Mapped[str] = mapped_column(String(30))
    reviewer: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    shot_id: Mapped[int | None] = mapped_column(
        ForeignKey("shots.id", ondelete="SET NULL"), nullable=True
    )
    script_version: Mapped[int] = mapped_column(Integer, default=1)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class GlossaryTerm(Base):
    __tablename__ = "glossary_terms"
    id: Mapped[int] = mapped_column(primary_key=True)
    term: Mapped[str] = mapped_column(Text, unique=True)
    category: Mapped[str] = mapped_column(String(40), default="")  # instansi, pejabat, istilah
    note: Mapped[str] = mapped_column(Text, default="")


class RenderBatch(Base):
    __tablename__ = "render_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_path: Mapped[str] = mapped_column(Text, default="")
    out_dir: Mapped[str] = mapped_column(Text, default="")
    make_zip: Mapped[bool] = mapped_column(Boolean, default=False)
    report: Mapped[dict[str, Any]] = mapped_column(default=dict)  # rejected rows etc.
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class RenderJob(Base):
    __tablename__ = "render_jobs"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("render_batches.id", ondelete="SET NULL"), nullable=True
    )
    # queued | running | done | failed | canceled
    status: Mapped[str] = mapped_column(String(20), default="queued")
    queue_position: Mapped[int] = mapped_column(Integer, default=0)
    preset: Mapped[str] = mapped_column(String(30), default="tiktok")
    quality: Mapped[str] = mapped_column(String(10), default="final")
    output_path: Mapped[str] = mapped_column(Text, default="")
    upload_kit: Mapped[bool] = mapped_column(Boolean, default=False)
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    progress: Mapped[float] = mapped_column(Float, default=0.0)  # 0..1
    error: Mapped[str] = mapped_column(Text, default="")
    claimed_by: Mapped[str] = mapped_column(Text, default="")  # machine:pid of the runner
    # The computer (worker's --machine, else its host name) that runs or last ran the job:
    # kept after the job ends, so the queue shows where each video was made.
    machine: Mapped[str] = mapped_column(Text, default="", server_default="")
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    result: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    started_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SubtitleTrack(Base):
    __tablename__ = "subtitle_tracks"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(10), default="id")
    style: Mapped[str] = mapped_column(String(30), default="short")  # short | classic
    source: Mapped[str] = mapped_column(String(20), default="whisper")  # whisper|import|manual
    model_name: Mapped[str] = mapped_column(Text, default="")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    cues: Mapped[list[SubtitleCue]] = relationship(
        back_populates="track", order_by="SubtitleCue.start_ms", cascade="all, delete-orphan"
    )


class SubtitleCue(Base):
    __tablename__ = "subtitle_cues"
    id: Mapped[int] = mapped_column(primary_key=True)
    track_id: Mapped[int] = mapped_column(ForeignKey("subtitle_tracks.id", ondelete="CASCADE"))
    start_ms: Mapped[int] = mapped_column(Integer)
    end_ms: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    # [{"text": str, "start_ms": int, "end_ms": int, "from_script": bool}, ...]
    words: Mapped[list[Any]] = mapped_column(default=list)
    departs_from_script: Mapped[bool] = mapped_column(Boolean, default=False)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)
    track: Mapped[SubtitleTrack] = relationship(back_populates="cues")


class WhisperModel(Base):
    __tablename__ = "whisper_models"
    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    engine: Mapped[str] = mapped_column(String(20))  # openai | faster
    name: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    in_use: Mapped[bool] = mapped_column(Boolean, default=False)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class Idea(Base):
    __tablename__ = "ideas"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="")  # e.g. "Aduan LAPOR!", "Kampanye"
    priority: Mapped[int] = mapped_column(Integer, default=2)  # 1 high .. 3 low
    notes: Mapped[str] = mapped_column(Text, default="")
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("projects.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class Publication(Base):
    """A planned and/or done posting of a project on one platform."""

    __tablename__ = "publications"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(20))
    planned_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    published_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    url: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("project_id", "platform"),)


class PostingTarget(Base):
    __tablename__ = "posting_targets"
    platform: Mapped[str] = mapped_column(String(20), primary_key=True)
    per_week: Mapped[int] = mapped_column(Integer, default=3)
    # Posting slots new items snap to: [{"weekday": 0..6, "time": "HH:MM"}, ...]
    slots: Mapped[list[Any]] = mapped_column(default=list)


class MetricRecord(Base):
    __tablename__ = "metrics"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(20))
    posted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    views: Mapped[int] = mapped_column(Integer, default=0)
    likes: Mapped[int] = mapped_column(Integer, default=0)
    comments: Mapped[int] = mapped_column(Integer, default=0)
    shares: Mapped[int] = mapped_column(Integer, default=0)
    saves: Mapped[int] = mapped_column(Integer, default=0)
    watch_time_s: Mapped[float] = mapped_column(Float, default=0.0)
    followers_gained: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    # One row per video and platform: re-importing updates it.
    __table_args__ = (UniqueConstraint("project_id", "platform"),)


class MetricMapping(Base):
    """A remembered column mapping for a platform's own analytics export."""

    __tablename__ = "metric_mappings"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
