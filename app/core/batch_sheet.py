"""Batch sheets: one row per video (pure validation, no file access).

A sheet is a table whose header row names the columns below (exactly these names, any
order, letter case and surrounding spaces ignored). Paths are relative to the sheet's
folder; the service layer checks that the files exist and are readable media.

Row numbers are the ones a spreadsheet program shows: the header is row 1, the first
video is row 2.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

REQUIRED_COLUMNS: tuple[str, ...] = (
    "title",
    "narration",
    "clips",
    "lower_third_name",
    "lower_third_role",
    "preset",
    "output",
)
OPTIONAL_COLUMNS: tuple[str, ...] = (
    "music",
    "template",
    "brand",
    "caption",
    "hashtags",
    "subtitles",
)
ALL_COLUMNS: tuple[str, ...] = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
# Cells that must not be empty (lower-third texts may be, to have no lower third).
NON_EMPTY: tuple[str, ...] = ("title", "narration", "clips", "output")

_YES = {"yes", "y", "ya", "true", "1", "iya"}
_NO = {"no", "n", "tidak", "tdk", "false", "0", ""}
# Characters Windows refuses in file names, plus path separators.
_BAD_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_WINDOWS_RESERVED = (
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)


@dataclass(frozen=True)
class RowProblem:
    """Why a row fails; row_number 1 is the header (a problem with the whole sheet)."""

    row_number: int
    reason_id: str
    reason_en: str
    column: str = ""

    def message(self, language: str = "id") -> str:
        return self.reason_en if language == "en" else self.reason_id


@dataclass(frozen=True)
class SheetRow:
    """A valid row: cleaned values, paths still as written (relative to the sheet)."""

    row_number: int
    title: str
    narration: str
    clips: tuple[str, ...]
    lower_third_name: str
    lower_third_role: str
    preset: str
    output: str
    music: str = ""
    template: str = ""
    brand: str = ""
    caption: str = ""
    hashtags: tuple[str, ...] = ()
    subtitles: bool = False

    def files(self) -> list[tuple[str, str]]:
        """(column, relative path) of every media file the row uses."""
        out = [("narration", self.narration)] + [("clips", c) for c in self.clips]
        if self.music:
            out.append(("music", self.music))
        return out


@dataclass(frozen=True)
class SheetPlan:
    rows: tuple[SheetRow, ...] = ()
    problems: tuple[RowProblem, ...] = ()
    # True when the sheet as a whole cannot be used (missing columns, no rows).
    fatal: bool = False

    def problems_for(self, row_number: int) -> list[RowProblem]:
        return [p for p in self.problems if p.row_number == row_number]


@dataclass
class _Builder:
    problems: list[RowProblem] = field(default_factory=list)

    def add(self, row: int, column: str, reason_id: str, reason_en: str) -> None:
        self.problems.append(RowProblem(row, reason_id, reason_en, column))


def normalise_header(name: object) -> str:
    return str(name or "").strip().lower().replace(" ", "_")


def split_clips(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in str(cell or "").split(";") if part.strip())


def parse_hashtags(cell: str) -> tuple[str, ...]:
    """'#a #b', 'a, b' or 'a;b' -> ('#a', '#b') without duplicates, order kept."""
    seen: dict[str, None] = {}
    for token in re.split(r"[\s,;]+", str(cell or "")):
        token = token.strip().lstrip("#")
        if token:
            seen.setdefault("#" + token, None)
    return tuple(seen)


def parse_yes_no(cell: str) -> bool | None:
    value = str(cell or "").strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    return None


def output_name_problem(name: str) -> tuple[str, str] | None:
    """(id, en) reason when `name` cannot be a file/folder base name on every system."""
    if _BAD_NAME.search(name):
        return (
            f'Nama keluaran {name!r} memuat karakter terlarang (< > : " / \\ | ? *).',
            f'Output name {name!r} contains a forbidden character (< > : " / \\ | ? *).',
        )
    stem = name.split(".")[0].lower()
    if stem in _WINDOWS_RESERVED or name.endswith((".", " ")) or name in {".", ".."}:
        return (
            f"Nama keluaran {name!r} tidak bisa dipakai sebagai nama berkas.",
            f"Output name {name!r} cannot be used as a file name.",
        )
    return None


def validate_sheet(
    header: Sequence[object],
    rows: Iterable[Sequence[object] | Mapping[str, object]],
    known_presets: Iterable[str] = (),
    default_preset: str = "",
    first_row_number: int = 2,
) -> SheetPlan:
    """Check the header and each row; good rows come back cleaned, bad ones as problems.

    `rows` are lists in header order (or dicts keyed by header). Blank rows are skipped.
    `default_preset` fills an empty `preset` cell (and the CLI's --preset overrides all).
    """
    b = _Builder()
    names = [normalise_header(h) for h in header]
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    unknown = [n for n in names if n and n not in ALL_COLUMNS]
    dupes = sorted({n for n in names if n and names.count(n) > 1})
    if missing:
        b.add(
            1,
            "",
            "Kolom wajib tidak ada: "
            + ", ".join(missing)
            + ". Kolom yang dibutuhkan: "
            + ", ".join(REQUIRED_COLUMNS)
            + ".",
            "Required columns missing: "
            + ", ".join(missing)
            + ". Needed columns: "
            + ", ".join(REQUIRED_COLUMNS)
            + ".",
        )
    if unknown:
        b.add(
            1,
            "",
            "Kolom tidak dikenal: " + ", ".join(unknown) + " (periksa ejaan nama kolom).",
            "Unknown columns: " + ", ".join(unknown) + " (check the column names' spelling).",
        )
    if dupes:
        b.add(
            1,
            "",
            "Kolom ganda: " + ", ".join(dupes) + ".",
            "Duplicate columns: " + ", ".join(dupes) + ".",
        )
    if missing or dupes:
        return SheetPlan((), tuple(b.problems), fatal=True)

    presets = {p.lower() for p in known_presets}
    good: list[SheetRow] = []
    seen_outputs: dict[str, int] = {}
    for offset, raw in enumerate(rows):
        number = first_row_number + offset
        if isinstance(raw, Mapping):
            cells = {normalise_header(k): v for k, v in raw.items()}
        else:
            cells = {n: (raw[i] if i < len(raw) else "") for i, n in enumerate(names) if n}
        values = {c: _text(cells.get(c)) for c in ALL_COLUMNS}
        if not any(values.values()):
            continue  # an empty line at the end of an Excel sheet
        before = len(b.problems)
        for col in NON_EMPTY:
            if not values[col]:
                b.add(number, col, f"Kolom '{col}' kosong.", f"Column '{col}' is empty.")
        clips = split_clips(values["clips"])
        if values["clips"] and not clips:
            b.add(
                number,
                "clips",
                "Kolom 'clips' tidak berisi berkas.",
                "Column 'clips' lists no file.",
            )
        preset = (values["preset"] or default_preset).lower()
        if not preset:
            b.add(number, "preset", "Kolom 'preset' kosong.", "Column 'preset' is empty.")
        elif presets and preset not in presets:
            choices = ", ".join(sorted(presets))
            b.add(
                number,
                "preset",
                f"Preset {preset!r} tidak dikenal. Pilihan: {choices}.",
                f"Unknown preset {preset!r}. Choices: {choices}.",
            )
        subtitles = parse_yes_no(values["subtitles"])
        if subtitles is None:
            b.add(
                number,
                "subtitles",
                f"Kolom 'subtitles' harus yes/no (atau ya/tidak), bukan {values['subtitles']!r}.",
                f"Column 'subtitles' must be yes/no, not {values['subtitles']!r}.",
            )
        output = values["output"]
        if output.lower().endswith(".mp4"):
            output = output[:-4].rstrip()
        if output:
            bad = output_name_problem(output)
            if bad:
                b.add(number, "output", *bad)
            key = output.casefold()  # Windows and macOS folders ignore letter case
            if key in seen_outputs:
                first = seen_outputs[key]
                b.add(
                    number,
                    "output",
                    f"Nama keluaran {output!r} sudah dipakai baris {first}.",
                    f"Output name {output!r} is already used by row {first}.",
                )
            else:
                seen_outputs[key] = number
        if len(b.problems) > before:
            continue
        good.append(
            SheetRow(
                row_number=number,
                title=values["title"],
                narration=values["narration"],
                clips=clips,
                lower_third_name=values["lower_third_name"],
                lower_third_role=values["lower_third_role"],
                preset=preset,
                output=output,
                music=values["music"],
                template=values["template"],
                brand=values["brand"],
                caption=values["caption"],
                hashtags=parse_hashtags(values["hashtags"]),
                subtitles=bool(subtitles),
            )
        )
    if not good and not b.problems:
        b.add(1, "", "Lembar tidak berisi baris video.", "The sheet has no video rows.")
        return SheetPlan((), tuple(b.problems), fatal=True)
    return SheetPlan(tuple(good), tuple(b.problems))


def sniff_delimiter(first_line: str) -> str:
    """`;` from an Indonesian-locale Excel, `,` elsewhere, tab from a copy-paste."""
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def clip_durations_s(total_s: float, clip_count: int) -> list[float]:
    """The narration's length shared by the clips, in order (the last absorbs rounding)."""
    if clip_count <= 0:
        return []
    each = round(total_s / clip_count, 3)
    out = [each] * clip_count
    out[-1] = round(total_s - each * (clip_count - 1), 3)
    return out


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # XLSX numbers: 1.0 -> "1"
    return str(value).strip()
