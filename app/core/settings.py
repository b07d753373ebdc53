"""Workspace settings, declared once with key, type and default.

Values are stored in the `settings` table as JSON; `coerce` turns a stored value back into
the declared type and falls back to the default when it does not fit.
"""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type_: type
    default: Any
    description: str

    def coerce(self, value: Any) -> Any:
        if value is None:
            return self.default
        try:
            if self.type_ is bool:
                return bool(value)
            return self.type_(value)
        except (TypeError, ValueError):
            return self.default


SETTINGS: dict[str, SettingSpec] = {
    s.key: s
    for s in [
        SettingSpec(
            "narration_wpm", float, 140.0, "narration pace in words per minute (Indonesian 130–160)"
        ),
        SettingSpec("target_duration_s", float, 60.0, "default target length of a new project"),
        SettingSpec("ffmpeg_path", str, "", "another ffmpeg executable (empty: bundled)"),
        SettingSpec("reviewer_name", str, "", "name written on review decisions"),
        SettingSpec("render_parallel_jobs", int, 0, "parallel render jobs (0: from CPU count)"),
        SettingSpec("whisper_model_path", str, "", "Whisper model in use"),
        SettingSpec("render_queue_paused", bool, False, "the render queue is paused"),
        SettingSpec(
            "team_workspace_id", str, "", "a team workspace's id, also in its media root's marker"
        ),
        SettingSpec(
            "default_platforms", list, ["tiktok", "reels", "shorts"], "new project targets"
        ),
    ]
}


def spec(key: str) -> SettingSpec:
    try:
        return SETTINGS[key]
    except KeyError:
        raise KeyError(f"undeclared setting {key!r}") from None
