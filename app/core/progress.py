"""The one progress callback type: `report(fraction 0..1, label)`.

Long work in every layer (ffmpeg runs, Whisper, exports, GUI jobs) reports progress with it.
"""

from collections.abc import Callable

ProgressFn = Callable[[float, str], None]
