"""What changed in a script since a snapshot (for "changed since approval").

A snapshot's content is `{"version": int, "title": str, "shots": [{"id", "scene", "narration",
"on_screen_text", "visual_notes", "location", "target_duration_s", "shot_type"}, ...]}`.
Shots are matched by id, so a reordered or edited shot is reported as such; without ids
they are matched by position.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

COMPARED_FIELDS: tuple[str, ...] = (
    "scene",
    "narration",
    "on_screen_text",
    "visual_notes",
    "location",
    "target_duration_s",
    "shot_type",
)
FIELD_LABELS_ID = {
    "scene": "adegan",
    "narration": "narasi",
    "on_screen_text": "teks layar",
    "visual_notes": "visual",
    "location": "lokasi",
    "target_duration_s": "durasi target",
    "shot_type": "jenis shot",
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any
    # For text fields: words removed and added, in order ("- lama + baru").
    words_removed: tuple[str, ...] = ()
    words_added: tuple[str, ...] = ()


@dataclass(frozen=True)
class ShotChange:
    kind: str  # added | removed | changed | moved
    shot_id: Any  # the shot id, or its 1-based number when snapshots have no ids
    number_before: int | None  # 1-based position in the snapshot
    number_after: int | None  # 1-based position now
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class ScriptDiff:
    changes: tuple[ShotChange, ...] = field(default_factory=tuple)

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    def summary_id(self) -> str:
        """A short Indonesian summary line."""
        counts: dict[str, int] = {}
        for c in self.changes:
            counts[c.kind] = counts.get(c.kind, 0) + 1
        labels = {
            "added": "ditambah",
            "removed": "dihapus",
            "changed": "diubah",
            "moved": "dipindah",
        }
        parts = [f"{n} shot {labels[k]}" for k, n in counts.items()]
        return ", ".join(parts) if parts else "tidak ada perubahan"


def _word_diff(before: str, after: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    a, b = (before or "").split(), (after or "").split()
    removed: list[str] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag in ("replace", "delete"):
            removed.extend(a[i1:i2])
        if tag in ("replace", "insert"):
            added.extend(b[j1:j2])
    return tuple(removed), tuple(added)


def diff_scripts(before: dict[str, Any], after: dict[str, Any]) -> ScriptDiff:
    old_shots, new_shots = before.get("shots", []), after.get("shots", [])
    # Snapshots written without shot ids (older or hand-made ones) are compared by position.
    by_id = all("id" in s for s in (*old_shots, *new_shots))

    def key(i: int, s: dict[str, Any]) -> Any:
        return s["id"] if by_id else i + 1

    old = {key(i, s): (i + 1, s) for i, s in enumerate(old_shots)}
    new = {key(i, s): (i + 1, s) for i, s in enumerate(new_shots)}
    changes: list[ShotChange] = []
    old_order = [sid for sid in old if sid in new]
    new_order = [sid for sid in new if sid in old]
    moved = set()
    if old_order != new_order:
        matcher = difflib.SequenceMatcher(a=old_order, b=new_order, autojunk=False)
        kept = {
            old_order[i]
            for blk in matcher.get_matching_blocks()
            for i in range(blk.a, blk.a + blk.size)
        }
        moved = set(new_order) - kept
    for sid, (num_after, shot) in new.items():
        if sid not in old:
            changes.append(ShotChange("added", sid, None, num_after))
            continue
        num_before, prev = old[sid]
        fields = []
        for name in COMPARED_FIELDS:
            if name not in prev or name not in shot:
                continue  # a snapshot that did not record a field says nothing about it
            a, b = prev.get(name), shot.get(name)
            if (a or None) == (b or None):
                continue
            removed, added = _word_diff(a, b) if isinstance(a or b, str) else ((), ())
            fields.append(FieldChange(name, a, b, removed, added))
        if fields:
            changes.append(ShotChange("changed", sid, num_before, num_after, tuple(fields)))
        elif sid in moved:
            changes.append(ShotChange("moved", sid, num_before, num_after))
    for sid, (num_before, _shot) in old.items():
        if sid not in new:
            changes.append(ShotChange("removed", sid, num_before, None))
    changes.sort(key=lambda c: (c.number_after or c.number_before or 0, c.kind != "removed"))
    return ScriptDiff(tuple(changes))


def describe_change_id(change: ShotChange) -> str:
    """One line in Indonesian for the review panel."""
    if change.kind == "added":
        return f"Shot {change.number_after} ditambahkan"
    if change.kind == "removed":
        return f"Shot {change.number_before} (lama) dihapus"
    if change.kind == "moved":
        return f"Shot {change.number_before} dipindah ke nomor {change.number_after}"
    parts = []
    for f in change.fields:
        label = FIELD_LABELS_ID.get(f.field, f.field)
        if f.words_removed or f.words_added:
            detail = []
            if f.words_removed:
                detail.append("− " + " ".join(f.words_removed))
            if f.words_added:
                detail.append("+ " + " ".join(f.words_added))
            parts.append(f"{label}: {' '.join(detail)}")
        else:
            parts.append(f"{label}: {f.before} → {f.after}")
    return f"Shot {change.number_after} diubah — " + "; ".join(parts)
