"""Subtitles of a project: transcription, script-aware correction, caption styles, cue
editing, SRT import/export (pysrt) and ASS for the renderer.

Transcription runs in a child process (app.media.whisper); this service combines its raw
segments with the pure filters and segmentation in app.core.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core import cue_edits
from app.core import subtitle_formats as fmt
from app.core.align import AlignmentStats, align_to_script, prompt_terms
from app.core.brand import BrandStyle, CaptionStyle
from app.core.captions import CaptionRules, Cue, Word, segment
from app.core.errors import InvalidInput, KilasError
from app.core.hallucination import FilterReport, filter_segments, words_of
from app.core.overwrite import Overwrite
from app.core.progress import ProgressFn
from app.media.outputs import write_text_output
from app.services.context import AppContext
from app.services.subtitle_files import (  # noqa: F401 - part of this service's API
    CAPTION_TEMPLATES_DIR,
    caption_templates,
    load_rules,
    read_srt,
    write_srt,
)
from app.store.models import (
    MediaAsset,
    SubtitleCue,
    SubtitleTrack,
)
from app.store.queries.projects import get_project_or_raise
from app.store.queries.shots import shots_of


class EditedCuesExist(KilasError):
    """Re-running transcription would replace cues the user edited."""

    def __init__(self, count: int) -> None:
        super().__init__(
            f"{count} takarir sudah disunting. Timpa hasil suntingan?",
            f"{count} captions were edited by hand. Overwrite the edits?",
        )
        self.count = count


class NoNarration(KilasError):
    """The project has no narration or footage with sound to transcribe."""


@dataclass
class TranscriptOutcome:
    events: list[Cue]
    words: list[Word]
    stats: AlignmentStats | None
    filtered: FilterReport
    engine: str
    duration_s: float
    load_s: float = 0.0
    transcribe_s: float = 0.0
    track_id: int | None = None
    raw_text: str = ""  # Whisper's words before correction (benchmarks, diagnostics)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SrtImport:
    count: int
    encoding: str
    problems: list[str]


def process_transcript(
    segments: list,
    regions: list[tuple[int, int]] | None,
    rules: CaptionRules,
    script_text: str = "",
) -> tuple[list[Cue], list[Word], AlignmentStats | None, FilterReport, str]:
    """Raw segments → filtered, script-corrected words → caption events."""
    report = FilterReport()
    kept = filter_segments(segments, regions, report)
    words = words_of(kept)
    raw_text = " ".join(w.text for w in words)
    stats = None
    if script_text.strip():
        words, stats = align_to_script(words, script_text)
    return segment(words, rules), words, stats, report, raw_text


class SubtitleService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # Project data ---------------------------------------------------------------------
    def script_text(self, project_id: int) -> str:
        from app.services.script import ScriptService

        return self.ctx.service(ScriptService).plain_text(project_id)

    def glossary_terms(self) -> list[str]:
        from app.services.script import ScriptService

        return self.ctx.service(ScriptService).glossary_terms()

    def caption_style(self, project_id: int | None) -> CaptionStyle:
        """The caption style of the project's brand kit (with its overrides); without a
        project, the default kit's. A missing project or kit raises (NotFound)."""
        from app.services.brand import BrandService

        brand = self.ctx.service(BrandService)
        if project_id is not None:
            return brand.project_style(project_id).caption
        kit_id = brand.ensure_default()
        return brand.get(kit_id).style.caption if kit_id else BrandStyle().caption

    def narration_media(self, project_id: int) -> Path | None:
        """The audio to transcribe: the project's narration, else the first shot narration
        or footage that has sound."""
        from app.services.media_library import MediaLibrary

        lib = self.ctx.service(MediaLibrary)
        with self.ctx.workspace.session() as s:
            p = get_project_or_raise(s, project_id)
            ids = [p.narration_asset_id]
            shots = shots_of(s, project_id)
            ids += [sh.narration_asset_id for sh in shots] + [sh.media_asset_id for sh in shots]
            for asset_id in ids:
                asset = s.get(MediaAsset, asset_id) if asset_id else None
                if asset is not None and asset.has_audio:
                    path = lib.resolve(asset)
                    if path.is_file():
                        return path
        return None

    def waveform(self, project_id: int, buckets: int = 1500) -> tuple[list[float], float]:
        """Peaks (0..1) and duration of the narration, for the editor's waveform."""
        from app.media.whisper.audio import waveform_peaks

        media = self.narration_media(project_id)
        if media is None:
            return [], 0.0
        try:
            return waveform_peaks(media, buckets, self.ctx.setting("ffmpeg_path"))
        except KilasError:
            return [], 0.0

    # Transcription --------------------------------------------------------------------
    def transcribe_media(
        self,
        media_path: Path,
        model_path: Path,
        style: str = "short",
        language: str = "id",
        script_text: str = "",
        glossary: list[str] | None = None,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        beam_size: int = 5,
        gate: str = "vad",
        temperature: tuple[float, ...] | None = None,
        max_tokens_per_window: int = 0,
    ) -> TranscriptOutcome:
        from app.media.whisper import TranscribeOptions, transcribe

        rules = load_rules(style)
        options = TranscribeOptions(
            language=language or "id",
            beam_size=beam_size,
            initial_prompt=prompt_terms(script_text, glossary or []),
            gate=gate,
            ffmpeg=self.ctx.setting("ffmpeg_path"),
            max_tokens_per_window=max_tokens_per_window,
        )
        if temperature is not None:
            options.temperature = temperature
        result = transcribe(Path(media_path), Path(model_path), options, progress, cancel)
        events, words, stats, report, raw = process_transcript(
            result.segments, result.speech_regions, rules, script_text
        )
        return TranscriptOutcome(
            events,
            words,
            stats,
            report,
            result.engine,
            result.duration_s,
            result.load_s,
            result.transcribe_s,
            raw_text=raw,
            extra=dict(result.extra),
        )

    def transcribe_project(
        self,
        project_id: int,
        model_path: Path | None = None,
        style: str | None = None,
        language: str = "id",
        media_path: Path | None = None,
        overwrite_edited: bool = False,
        use_script: bool = True,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        **kwargs: Any,
    ) -> TranscriptOutcome:
        """Transcribe the project's narration and store the cues as its active track.

        Raises EditedCuesExist before any work when edited cues would be replaced and
        `overwrite_edited` is False (the GUI asks, the CLI needs --overwrite).
        """
        if not overwrite_edited and (n := self.edited_count(project_id)):
            raise EditedCuesExist(n)
        if model_path is None:
            from app.services.whisper_models import WhisperModelService

            model_path = self.ctx.service(WhisperModelService).require_in_use()
        media = media_path or self.narration_media(project_id)
        if media is None:
            raise NoNarration(
                "Proyek ini belum punya narasi atau video bersuara untuk ditranskripsi.",
                "This project has no narration or footage with sound to transcribe.",
            )
        track = self.active_track(project_id)
        style = style or (track["style"] if track else "short")
        script = self.script_text(project_id) if use_script else ""
        outcome = self.transcribe_media(
            media,
            model_path,
            style,
            language,
            script,
            self.glossary_terms(),
            progress,
            cancel,
            **kwargs,
        )
        if cancel is not None and cancel.is_set():
            from app.core.errors import Canceled

            raise Canceled()
        if not overwrite_edited and (n := self.edited_count(project_id)):
            raise EditedCuesExist(n)  # edited while transcription ran
        outcome.track_id = self.store_events(
            project_id,
            outcome.events,
            style=style,
            source="whisper",
            model_name=Path(model_path).name,
            language=language,
        )
        return outcome

    # Tracks and cues ------------------------------------------------------------------
    def active_track(self, project_id: int) -> dict[str, Any] | None:
        with self.ctx.workspace.session() as s:
            t = s.scalars(
                select(SubtitleTrack)
                .where(SubtitleTrack.project_id == project_id, SubtitleTrack.is_active)
                .order_by(SubtitleTrack.id.desc())
            ).first()
            if t is None:
                return None
            return {
                "id": t.id,
                "style": t.style,
                "source": t.source,
                "model_name": t.model_name,
                "language": t.language,
            }

    def _track(
        self, s, project_id: int, create: bool = True, **values: Any
    ) -> SubtitleTrack | None:
        t = s.scalars(
            select(SubtitleTrack)
            .where(SubtitleTrack.project_id == project_id, SubtitleTrack.is_active)
            .order_by(SubtitleTrack.id.desc())
        ).first()
        if t is None and create:
            get_project_or_raise(s, project_id)
            t = SubtitleTrack(project_id=project_id, **values)
            s.add(t)
            s.flush()
        elif t is not None:
            for k, v in values.items():
                setattr(t, k, v)
        return t

    def cues(self, project_id: int) -> list[Cue]:
        """The active track's cues in time order (also what undo keeps: cues are frozen)."""
        with self.ctx.workspace.session() as s:
            t = self._track(s, project_id, create=False)
            if t is None:
                return []
            return [self._cue(c) for c in t.cues]

    @staticmethod
    def _cue(c: SubtitleCue) -> Cue:
        words = tuple(Word.from_dict(w) for w in c.words or [])
        return Cue(c.start_ms, c.end_ms, c.text, words, c.edited)

    @staticmethod
    def _row(c: Cue) -> SubtitleCue:
        return SubtitleCue(
            start_ms=c.start_ms,
            end_ms=c.end_ms,
            text=c.text,
            words=[w.to_dict() for w in c.words],
            departs_from_script=c.departs_from_script,
            edited=c.edited,
        )

    def edited_count(self, project_id: int) -> int:
        return sum(1 for c in self.cues(project_id) if c.edited)

    def store_events(
        self,
        project_id: int,
        events: list[Cue],
        style: str = "short",
        source: str = "whisper",
        model_name: str = "",
        language: str = "id",
    ) -> int:
        """Replace the active track's cues with `events`; returns the track id."""
        with self.ctx.session() as s:
            t = self._track(
                s, project_id, style=style, source=source, model_name=model_name, language=language
            )
            t.cues.clear()
            s.flush()
            t.cues.extend(self._row(replace(e, edited=False)) for e in events)
            return t.id

    def restore(self, project_id: int, cues: list[Cue]) -> None:
        with self.ctx.session() as s:
            t = self._track(s, project_id, source="manual")
            t.cues.clear()
            s.flush()
            t.cues.extend(self._row(c) for c in cues)

    def _edit(self, project_id: int, fn: Callable[[list[Cue]], list[Cue]]) -> None:
        cues = sorted(fn(self.cues(project_id)), key=lambda c: (c.start_ms, c.end_ms))
        self.restore(project_id, cues)

    # Edits (by index in time order: the editor's rows) -------------------------------------
    def set_text(self, project_id: int, index: int, text: str) -> None:
        def fn(cues):
            cues[index] = replace(cues[index], text=text.strip(), edited=True)
            return cues

        self._edit(project_id, fn)

    def set_times(self, project_id: int, index: int, start_ms: int, end_ms: int) -> None:
        if end_ms <= start_ms or start_ms < 0:
            raise InvalidInput(
                "Waktu akhir harus setelah waktu mulai.", "The end must come after the start."
            )

        def fn(cues):
            cues[index] = replace(
                cues[index], start_ms=int(start_ms), end_ms=int(end_ms), edited=True
            )
            return cues

        self._edit(project_id, fn)

    def nudge(
        self, project_id: int, index: int, start_delta_ms: int = 0, end_delta_ms: int = 0
    ) -> None:
        c = self.cues(project_id)[index]
        self.set_times(
            project_id, index, max(0, c.start_ms + start_delta_ms), c.end_ms + end_delta_ms
        )

    def split(self, project_id: int, index: int, at_ms: int | None = None) -> None:
        """Split a cue in two: at a word boundary nearest `at_ms` (default: the middle)."""
        self._edit(project_id, lambda cues: cue_edits.split(cues, index, at_ms))

    def merge_with_next(self, project_id: int, index: int) -> None:
        self._edit(project_id, lambda cues: cue_edits.merge_with_next(cues, index))

    def shift_all(self, project_id: int, delta_ms: int) -> None:
        self._edit(project_id, lambda cues: cue_edits.shift_all(cues, delta_ms))

    def find_replace(
        self, project_id: int, find: str, replacement: str, case_sensitive: bool = False
    ) -> int:
        """Replace text in every cue (also in its words, so karaoke keeps working)."""
        cues, count = cue_edits.find_replace(
            self.cues(project_id), find, replacement, case_sensitive
        )
        if count:
            self._edit(project_id, lambda _old: cues)
        return count

    def delete_cue(self, project_id: int, index: int) -> None:
        self._edit(project_id, lambda cues: [*cues[:index], *cues[index + 1 :]])

    def add_cue(self, project_id: int, start_ms: int, end_ms: int, text: str) -> None:
        entry = Cue(int(start_ms), int(end_ms), text, edited=True)
        self._edit(project_id, lambda cues: [*cues, entry])

    def restyle(self, project_id: int, style: str, overwrite_edited: bool = False) -> None:
        """Re-segment the stored words with another caption style."""
        if not overwrite_edited and (n := self.edited_count(project_id)):
            raise EditedCuesExist(n)
        words = [w for c in self.cues(project_id) for w in c.words]
        track = self.active_track(project_id) or {}
        self.store_events(
            project_id,
            segment(words, load_rules(style)),
            style=style,
            source=track.get("source", "whisper"),
            model_name=track.get("model_name", ""),
        )

    # Files ----------------------------------------------------------------------------
    def export_srt(
        self, project_id: int, out_path: Path, overwrite: Overwrite = Overwrite.REFUSE
    ) -> int:
        cues = self.cues(project_id)
        write_srt(cues, Path(out_path), overwrite)
        return len(cues)

    def import_srt(self, project_id: int, path: Path, overwrite_edited: bool = False) -> SrtImport:
        if not overwrite_edited and (n := self.edited_count(project_id)):
            raise EditedCuesExist(n)
        cues, encoding, problems = read_srt(Path(path))
        events = list(cues)
        video_s = self._video_duration_s(project_id)
        if video_s is not None:  # captions after the video ends would never be seen
            late = [n for n, c in enumerate(events, 1) if c.start_ms >= (video_s + 1.0) * 1000]
            events = [c for c in events if c.start_ms < (video_s + 1.0) * 1000]
            problems += [f"{n}: after the end of the video" for n in late]
            if not events:
                raise InvalidInput(
                    f"Semua takarir di {Path(path).name} mulai setelah video berakhir "
                    f"({video_s:.0f} dtk); tidak ada yang diimpor.",
                    f"Every caption in {Path(path).name} starts after the video ends "
                    f"({video_s:.0f} s); nothing was imported.",
                )
        self.store_events(
            project_id,
            events,
            style=(self.active_track(project_id) or {}).get("style", "short"),
            source="import",
        )
        return SrtImport(len(events), encoding, problems)

    def _video_duration_s(self, project_id: int) -> float | None:
        """The length of the project's video timeline, or None while it cannot be built
        (no media yet): the captions are burned against this timeline."""
        from app.services.render import RenderService

        try:
            return (
                self.ctx.service(RenderService).build_plan(project_id, quality="draft").duration_s
            )
        except KilasError:
            return None

    def ass_document(self, project_id: int) -> str | None:
        """The project's captions as ASS text (None when there are no cues)."""
        cues = self.cues(project_id)
        if not cues:
            return None
        track = self.active_track(project_id) or {}
        return self.ass_for(cues, track.get("style", "short"), self.caption_style(project_id))

    @staticmethod
    def ass_for(cues: list[Cue], style: str, caption: CaptionStyle) -> str:
        """ASS for `cues` in caption template `style`, laid out with the bundled fonts."""
        from app.media.caption_fonts import font_measure

        return fmt.ass_text(cues, caption, load_rules(style), font_measure)

    def write_ass_for(
        self, cues: list[Cue], style: str, out_path: Path, overwrite: Overwrite = Overwrite.REFUSE
    ) -> None:
        """`cues` (not a project's) as an ASS file in the default caption look."""
        write_text_output(
            Path(out_path), self.ass_for(cues, style, self.caption_style(None)), overwrite
        )

    def write_ass(
        self, project_id: int, out_path: Path, overwrite: Overwrite = Overwrite.REFUSE
    ) -> bool:
        """Write the project's captions as an ASS file; False when there are none."""
        doc = self.ass_document(project_id)
        if doc is None:
            return False
        write_text_output(Path(out_path), doc, overwrite)
        return True
