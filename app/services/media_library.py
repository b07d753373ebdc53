"""Media the workspace knows: import (copy + hash + probe), resolve, missing check, relink."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.core.errors import InvalidInput, NotFound
from app.core.overwrite import Overwrite
from app.media.outputs import copy_output
from app.media.probe import MediaUnreadable, probe, sha256_of
from app.services.context import AppContext
from app.store.models import MediaAsset, Project
from app.store.queries.shots import shots_of


@dataclass(frozen=True)
class AssetInfo:
    id: int
    path: Path
    kind: str
    original_name: str
    missing: bool
    duration_s: float | None
    has_audio: bool
    width_px: int | None
    height_px: int | None


class MediaLibrary:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # Paths ----------------------------------------------------------------------------
    def resolve(self, asset: MediaAsset) -> Path:
        p = Path(asset.path)
        return self.ctx.workspace.root / p if asset.inside_workspace else p

    def info(self, asset: MediaAsset) -> AssetInfo:
        path = self.resolve(asset)
        return AssetInfo(
            id=asset.id,
            path=path,
            kind=asset.kind,
            original_name=asset.original_name,
            missing=not path.is_file(),
            duration_s=asset.duration_s,
            has_audio=asset.has_audio,
            width_px=asset.width_px,
            height_px=asset.height_px,
        )

    def get(self, asset_id: int) -> AssetInfo:
        with self.ctx.workspace.session() as s:
            asset = s.get(MediaAsset, asset_id)
            if asset is None:
                raise NotFound(f"Media {asset_id} tidak ada.", f"Media {asset_id} does not exist.")
            return self.info(asset)

    # Import ---------------------------------------------------------------------------
    def import_file(self, source: Path, copy: bool = True, subfolder: str = "") -> int:
        """Probe `source`, copy it into media/ (unless copy=False) and record it."""
        source = Path(source)
        result = probe(source)  # raises MediaUnreadable with a clear message
        digest = sha256_of(source)
        if copy:
            target_dir = self.ctx.workspace.media_dir / subfolder
            target_dir.mkdir(parents=True, exist_ok=True)
            target = copy_output(source, target_dir / source.name, Overwrite.NEW_NAME)
            stored = target.relative_to(self.ctx.workspace.root).as_posix()
        else:
            stored = str(source.absolute())
        with self.ctx.session() as s:
            asset = MediaAsset(
                path=stored,
                inside_workspace=copy,
                kind=result.kind,
                original_name=source.name,
                content_sha256=digest,
                size_bytes=source.stat().st_size,
                duration_s=result.duration_s,
                width_px=result.width_px,
                height_px=result.height_px,
                has_audio=result.has_audio,
                has_video=result.has_video,
                probe=result.to_dict(),
            )
            s.add(asset)
            s.flush()
            return asset.id

    # Missing media --------------------------------------------------------------------
    def missing_for_project(self, project_id: int) -> list[AssetInfo]:
        """Media used by the project whose file is gone."""
        with self.ctx.workspace.session() as s:
            project = s.get(Project, project_id)
            if project is None:
                return []
            ids = {project.narration_asset_id, project.music_asset_id}
            for shot in shots_of(s, project_id):
                ids |= {shot.media_asset_id, shot.picture_asset_id, shot.narration_asset_id}
            ids.discard(None)
            assets = s.scalars(select(MediaAsset).where(MediaAsset.id.in_(ids))).all()
            return [info for info in map(self.info, assets) if info.missing]

    def relink(self, asset_id: int, new_path: Path) -> None:
        """Point a missing asset at a file found elsewhere (its content may differ)."""
        new_path = Path(new_path)
        try:
            result = probe(new_path)
        except MediaUnreadable:
            raise
        with self.ctx.session() as s:
            asset = s.get(MediaAsset, asset_id)
            if asset is None:
                raise NotFound(f"Media {asset_id} tidak ada.", f"Media {asset_id} does not exist.")
            if result.kind != asset.kind and {result.kind, asset.kind} != {"video", "image"}:
                raise InvalidInput(
                    f"{new_path.name} berjenis {result.kind}, bukan {asset.kind}.",
                    f"{new_path.name} is {result.kind}, not {asset.kind}.",
                )
            root = self.ctx.workspace.root
            try:
                asset.path = new_path.absolute().relative_to(root).as_posix()
                asset.inside_workspace = True
            except ValueError:
                asset.path = str(new_path.absolute())
                asset.inside_workspace = False
            asset.content_sha256 = sha256_of(new_path)
            asset.size_bytes = new_path.stat().st_size
            asset.duration_s = result.duration_s
            asset.width_px, asset.height_px = result.width_px, result.height_px
            asset.has_audio, asset.has_video = result.has_audio, result.has_video
            asset.probe = result.to_dict()

    def find_candidates(self, asset_id: int, folder: Path) -> list[Path]:
        """Files under `folder` with the missing asset's name or content hash."""
        with self.ctx.workspace.session() as s:
            asset = s.get(MediaAsset, asset_id)
            if asset is None:
                return []
            name, digest = asset.original_name or Path(asset.path).name, asset.content_sha256
            size = asset.size_bytes
        hits = []
        for path in Path(folder).rglob("*"):
            if not path.is_file():
                continue
            # Hash only files of the same size: cheap enough for a whole drive folder.
            same_content = digest and path.stat().st_size == size and sha256_of(path) == digest
            if path.name == name or same_content:
                hits.append(path)
        return hits

    def assets_in(self, ids: set[int]) -> dict[int, AssetInfo]:
        with self.ctx.workspace.session() as s:
            rows = s.scalars(select(MediaAsset).where(MediaAsset.id.in_(ids))).all()
            return {a.id: self.info(a) for a in rows}
