"""The plain-text script format (naskah teks): parse and export.

A writer can type it in any editor or paste it from Word::

    JUDUL: Cara Menghubungi Call Center 112
    SERI: Layanan Darurat

    # Masalah
    ## Shot 1 | close_up | 5 dtk
    VISUAL: Warga tampak cemas memegang ponsel.
    TEKS: Bingung saat darurat?
    Pernah bingung harus menghubungi siapa saat keadaan darurat?

    # Langkah
    ## Shot 2 | insert | 6 dtk
    LOKASI: Kantor Diskominfo
    TEKS: 1. Buka aplikasi telepon
    Langkah pertama, buka aplikasi telepon di ponsel Anda.

Rules:
- A scene starts with a line `# Title` (or `ADEGAN ...` in capitals, or `Adegan 2: Title`).
- A shot starts with `## ...` (or `SHOT ...` in capitals, or `Shot 3`). The rest of that line may hold a
  shot type and a target duration in any order ("close_up", "CU", "5 dtk", "5s", "5").
- Inside a shot, a line starting with `TEKS:` is on-screen text (repeat it for more lines),
  `VISUAL:` the visual description, `LOKASI:` the location, `DURASI:` the target duration,
  `JENIS:` the shot type. Every other line is narration (voice-over or dialogue); `NARASI:`
  or `VO:` may prefix a narration line explicitly.
- Without any `##` marker, every paragraph (text between blank lines) becomes a shot, so
  plain prose pasted from a document still splits into shots.
- `JUDUL:` and `SERI:` before the first scene or shot name the video and its series.

`parse_script(export_script(doc))` gives back the same shots and words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Shot types shared with the storyboard; Indonesian and abbreviated aliases map to them.
SHOT_TYPES: tuple[str, ...] = (
    "extreme_wide",
    "wide",
    "medium",
    "close_up",
    "extreme_close_up",
    "insert",
    "over_shoulder",
)
_SHOT_TYPE_ALIASES = {
    "ews": "extreme_wide",
    "ekstra_lebar": "extreme_wide",
    "extreme_wide": "extreme_wide",
    "ws": "wide",
    "ls": "wide",
    "lebar": "wide",
    "wide": "wide",
    "long": "wide",
    "ms": "medium",
    "sedang": "medium",
    "medium": "medium",
    "menengah": "medium",
    "cu": "close_up",
    "dekat": "close_up",
    "close_up": "close_up",
    "closeup": "close_up",
    "ecu": "extreme_close_up",
    "sangat_dekat": "extreme_close_up",
    "extreme_close_up": "extreme_close_up",
    "insert": "insert",
    "sisipan": "insert",
    "detail": "insert",
    "ots": "over_shoulder",
    "over_shoulder": "over_shoulder",
}

_FIELD_PREFIXES = {
    "teks": "on_screen_text",
    "teks layar": "on_screen_text",
    "layar": "on_screen_text",
    "text": "on_screen_text",
    "on-screen": "on_screen_text",
    "on screen": "on_screen_text",
    "super": "on_screen_text",
    "teks di layar": "on_screen_text",
    "caption": "on_screen_text",
    "visual": "visual_notes",
    "gambar": "visual_notes",
    "lokasi": "location",
    "location": "location",
    "durasi": "duration",
    "duration": "duration",
    "jenis": "shot_type",
    "tipe": "shot_type",
    "type": "shot_type",
    "narasi": "narration",
    "vo": "narration",
    "narration": "narration",
    "dialog": "narration",
    "suara": "narration",
    "narator": "narration",
    "voice over": "narration",
    "voice-over": "narration",
}
_META_PREFIXES = {"judul": "title", "title": "title", "seri": "series", "series": "series"}

_PREFIX_RE = re.compile(r"^\s*([A-Za-z][A-Za-z \-()/]{0,24}?)\s*:\s?(.*)$")
# Bullets Word puts in front of list lines when a list is pasted as text.
_BULLET_RE = re.compile(r"^\s*[•●▪◦‣∙]\s*")
_SCENE_RE = re.compile(r"^\s*#(?!#)\s*(.*)$")
_SHOT_RE = re.compile(r"^\s*##+\s*(.*)$")
# Capitalised keywords, as writers type them in Word; lower-case "adegan" in a sentence is prose.
# "Adegan 2: …" / "Shot 3" in any case count when a number follows ("Adegan ini …" does not).
_SCENE_WORD_RE = re.compile(
    r"^\s*(?:ADEGAN\b|SCENE\b|(?:[Aa]degan|[Ss]cene)(?=\s+\d))\s*(?:\d+)?\s*[:.\-–—]?\s*(.*)$"
)
_SHOT_WORD_RE = re.compile(r"^\s*(?:SHOT\b|[Ss]hot(?=\s*\d))\s*(.*)$")
_DURATION_RE = re.compile(
    r"^(\d+(?:[.,]\d+)?)\s*(?:s|dtk|detik|d|sec|secs|seconds?)?\.?$", re.IGNORECASE
)
_DURATION_IN_TEXT_RE = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:s|dtk|detik|sec|secs|seconds?)\b", re.IGNORECASE
)
_SHOT_NUMBER_RE = re.compile(r"^(?:shot\s*)?\d+[.:]?$", re.IGNORECASE)


@dataclass
class ShotDraft:
    narration: str = ""
    on_screen_text: str = ""
    visual_notes: str = ""
    location: str = ""
    target_duration_s: float | None = None
    shot_type: str = "medium"


@dataclass
class SceneDraft:
    """A scene; `title is None` holds shots that come before any scene marker."""

    title: str | None
    shots: list[ShotDraft] = field(default_factory=list)


@dataclass
class ScriptDoc:
    title: str = ""
    series: str = ""
    scenes: list[SceneDraft] = field(default_factory=list)

    @property
    def shots(self) -> list[ShotDraft]:
        return [shot for scene in self.scenes for shot in scene.shots]


def normalise_text(text: str) -> str:
    """Line endings, BOM, non-breaking and zero-width spaces as Word and Notepad write them."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\t", " ")
    return text


def parse_shot_type(value: str) -> str | None:
    key = value.strip().lower().replace("-", "_").replace(" ", "_")
    return _SHOT_TYPE_ALIASES.get(key)


def parse_duration_s(value: str) -> float | None:
    match = _DURATION_RE.match(value.strip())
    if not match:
        return None
    seconds = float(match.group(1).replace(",", "."))
    return seconds if seconds > 0 else None


def _apply_shot_header(shot: ShotDraft, rest: str) -> None:
    """`## Shot 3 | close_up | 5 dtk`: pick out a shot type and a duration, ignore the rest."""
    for part in re.split(r"[|,;/]", rest):
        part = part.strip()
        if not part or _SHOT_NUMBER_RE.match(part):
            continue
        duration = parse_duration_s(part)
        if duration is None:
            found = _DURATION_IN_TEXT_RE.search(part)
            duration = parse_duration_s(found.group(0)) if found else None
        if duration is not None:
            shot.target_duration_s = duration
        words = part.split()
        candidates = [part, *(" ".join(words[i : i + 2]) for i in range(len(words))), *words]
        for word in candidates:
            shot_type = parse_shot_type(word)
            if shot_type:
                shot.shot_type = shot_type
                break


def _append(current: str, line: str) -> str:
    return f"{current}\n{line}" if current else line


class _Builder:
    def __init__(self) -> None:
        self.doc = ScriptDoc()
        self.scene: SceneDraft | None = None
        self.shot: ShotDraft | None = None
        self.narration: list[str] = []  # lines of the current shot, blank lines kept

    def start_scene(self, title: str | None) -> None:
        self.end_shot()
        self.scene = SceneDraft(title=title)
        self.doc.scenes.append(self.scene)

    def start_shot(self) -> ShotDraft:
        self.end_shot()
        if self.scene is None:
            self.start_scene(None)
        self.shot = ShotDraft()
        return self.shot

    def end_shot(self) -> None:
        if self.shot is None:
            return
        lines = self.narration
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        self.shot.narration = "\n".join(lines)
        assert self.scene is not None
        self.scene.shots.append(self.shot)
        self.shot = None
        self.narration = []


def _has_shot_markers(lines: list[str]) -> bool:
    return any(_SHOT_RE.match(ln) or _SHOT_WORD_RE.match(ln) for ln in lines)


def parse_script(text: str) -> ScriptDoc:
    """Split plain text into scenes and shots (see the module docstring for the format)."""
    lines = normalise_text(text).split("\n")
    paragraph_mode = not _has_shot_markers(lines)
    b = _Builder()
    for raw in lines:
        line = raw.rstrip()
        scene_m = _SCENE_RE.match(line) or _SCENE_WORD_RE.match(line)
        shot_m = _SHOT_RE.match(line) or _SHOT_WORD_RE.match(line)
        if shot_m:
            _apply_shot_header(b.start_shot(), shot_m.group(1))
            continue
        if scene_m:
            title = scene_m.group(1).strip()
            b.start_scene(title)
            continue
        if not line.strip():
            if paragraph_mode:
                b.end_shot()
            elif b.shot is not None:
                b.narration.append("")
            continue
        line = _BULLET_RE.sub("", line)
        prefix = _PREFIX_RE.match(line)
        key = _prefix_key(prefix)
        if b.shot is None and b.scene is None and key in _META_PREFIXES:
            setattr(b.doc, _META_PREFIXES[key], prefix.group(2).strip())
            continue
        shot = b.shot or b.start_shot()
        field_name = _FIELD_PREFIXES.get(key)
        value = prefix.group(2).strip() if prefix else ""
        if field_name == "on_screen_text":
            shot.on_screen_text = _append(shot.on_screen_text, value)
        elif field_name == "visual_notes":
            shot.visual_notes = _append(shot.visual_notes, value)
        elif field_name == "location":
            shot.location = _append(shot.location, value)
        elif field_name == "duration" and parse_duration_s(value) is not None:
            shot.target_duration_s = parse_duration_s(value)
        elif field_name == "shot_type" and parse_shot_type(value):
            shot.shot_type = parse_shot_type(value) or shot.shot_type
        elif field_name == "narration":
            b.narration.append(prefix.group(2))
        else:
            b.narration.append(line.strip())
    b.end_shot()
    # Drop scene markers that hold no shot only when they are the implicit leading scene.
    b.doc.scenes = [sc for sc in b.doc.scenes if sc.shots or sc.title is not None]
    return b.doc


def _prefix_key(prefix: re.Match[str] | None) -> str:
    """'Narasi (VO)' → 'narasi', 'TEKS  LAYAR' → 'teks layar'."""
    if prefix is None:
        return ""
    return " ".join(re.sub(r"\([^)]*\)", " ", prefix.group(1)).lower().split())


def _needs_escape(line: str) -> bool:
    """A narration line that would be read back as a marker or a field gets `NARASI:`."""
    if _SCENE_RE.match(line) or _SHOT_RE.match(line):
        return True
    if _SCENE_WORD_RE.match(line) or _SHOT_WORD_RE.match(line):
        return True
    if _BULLET_RE.match(line):
        return True
    return _prefix_key(_PREFIX_RE.match(line)) in (_FIELD_PREFIXES | _META_PREFIXES)


def format_duration(seconds: float) -> str:
    return f"{seconds:g} dtk"


def export_script(doc: ScriptDoc) -> str:
    """Write `doc` as plain text that `parse_script` reads back to the same shots and words."""
    out: list[str] = []
    if doc.title:
        out.append(f"JUDUL: {doc.title}")
    if doc.series:
        out.append(f"SERI: {doc.series}")
    number = 0
    for scene in doc.scenes:
        if out:
            out.append("")
        if scene.title is not None:
            out.append(f"# {scene.title}".rstrip())
        for shot in scene.shots:
            number += 1
            header = [f"## Shot {number}", shot.shot_type or "medium"]
            if shot.target_duration_s:
                header.append(format_duration(shot.target_duration_s))
            out.append(" | ".join(header))
            for name, label in (("visual_notes", "VISUAL"), ("location", "LOKASI")):
                for value_line in getattr(shot, name).split("\n"):
                    if value_line.strip():
                        out.append(f"{label}: {value_line.strip()}")
            for value_line in shot.on_screen_text.split("\n"):
                if value_line.strip():
                    out.append(f"TEKS: {value_line.strip()}")
            for value_line in shot.narration.split("\n"):
                stripped = value_line.strip()
                out.append(f"NARASI: {stripped}" if _needs_escape(stripped) else stripped)
            out.append("")
        if out and out[-1] == "":
            out.pop()
    return "\n".join(out).rstrip() + "\n"


def narration_text(doc: ScriptDoc) -> str:
    """All narration in order, one shot per paragraph."""
    return "\n\n".join(s.narration for s in doc.shots if s.narration.strip())
