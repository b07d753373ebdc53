"""What to do when a file Kilas is about to write already exists (see app.media.outputs)."""

from __future__ import annotations

from enum import StrEnum


class Overwrite(StrEnum):
    REFUSE = "refuse"  # an error that names the file: the default for every export
    REPLACE = "replace"  # the user said so: a save dialog that asked, or `--overwrite`
    NEW_NAME = "new-name"  # take the next free name, video-2.mp4 (renders, imported media)
