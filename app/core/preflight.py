"""Preflight rules run before rendering. Pure: the service gathers the facts, these judge.

Each finding names the shot and the element, has a severity (error | warning) and, where a
one-click fix exists, a fix id the service knows how to apply.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from app.core.brand import contrast_ratio
from app.core.platforms import PLATFORMS, strictest_box
from app.core.visual_templates import MIN_TEXT_PX

ERROR = "error"
WARNING = "warning"

# One-click fixes the preflight service can apply.
FIX_MOVE_INTO_SAFE_ZONE = "move_into_safe_zone"
FIX_RAISE_TEXT_SIZE = "raise_text_size"
FIX_CONTRAST = "fix_contrast"
FIX_CAPTION_OUTLINE = "caption_outline"
FIX_MOVE_LOGO = "move_logo"

# WCAG 2.x AA: 4.5:1 for normal text, 3:1 for large text (≥ 24 CSS px, or ≥ 18.7 CSS px bold).
# A 1080-px-wide canvas shows at about 400 CSS px on a phone (factor 2.7).
AA_NORMAL = 4.5
AA_LARGE = 3.0
LARGE_TEXT_PX = 65
LARGE_BOLD_TEXT_PX = 51

# Longest video each platform accepts, in seconds (STANDARDS.md).
PLATFORM_MAX_S = {"tiktok": 600.0, "reels": 180.0, "shorts": 180.0, "whatsapp": 60.0}


@dataclass(frozen=True)
class Area:
    """Something painted on the canvas: a text, a logo or a caption block."""

    element: str  # e.g. "title_card.title", "logo", "captions", "on_screen_text"
    kind: str  # text | logo | caption
    rect: tuple[int, int, int, int]
    shot_id: int | None = None
    shot_number: int | None = None  # 1-based, as the storyboard shows it
    size_px: int = 0
    bold: bool = True
    colour: str = ""
    background: str | None = None  # None: the video shows through behind it
    truncated: bool = False  # even at 55 px the text does not fit its box: it is cut off


@dataclass(frozen=True)
class MissingMedia:
    element: str  # footage | picture | narration | music
    name: str
    shot_id: int | None = None
    shot_number: int | None = None


@dataclass(frozen=True)
class PreflightInput:
    platforms: tuple[str, ...]
    areas: tuple[Area, ...] = ()
    missing_media: tuple[MissingMedia, ...] = ()
    shots_without_media: tuple[tuple[int, int], ...] = ()  # (shot_id, shot_number)
    estimated_s: float = 0.0
    target_s: float = 60.0
    has_narration: bool = False
    has_subtitles: bool = False


@dataclass(frozen=True)
class Finding:
    rule: str  # safe_zone | text_size | text_fit | overlap | contrast | missing_media | duration | subtitles
    severity: str
    element: str
    message_id: str
    message_en: str
    shot_id: int | None = None
    shot_number: int | None = None
    fix: str | None = None

    def message(self, language: str = "id") -> str:
        return self.message_en if language == "en" else self.message_id

    def to_dict(self, language: str = "id") -> dict:
        data = asdict(self)
        data["message"] = self.message(language)
        data["key"] = self.key
        return data

    @property
    def key(self) -> str:
        """Identifies the finding across runs (to apply its fix)."""
        return f"{self.rule}:{self.element}:{self.shot_id or 0}"


# Elements in the user's words (findings never show internal keys like "lower_third.role").
_CARD_WORDS = {
    "title_card": ("kartu judul", "title card"),
    "lower_third": ("keterangan nama", "lower third"),
    "end_card": ("kartu penutup", "end card"),
}
_FIELD_WORDS = {
    "title": ("judul", "title"),
    "date": ("tanggal", "date"),
    "name": ("nama", "name"),
    "role": ("jabatan", "job title"),
    "organisation": ("nama instansi", "organisation"),
    "handle": ("akun", "handle"),
    "cta": ("ajakan", "call to action"),
    "logo": ("logo", "logo"),
}
_ELEMENT_WORDS = {
    "logo": ("logo", "logo"),
    "captions": ("subtitle", "captions"),
    "on_screen_text": ("teks layar", "on-screen text"),
    "footage": ("video/foto shot", "shot footage"),
    "picture": ("gambar", "picture"),
    "narration": ("suara narasi", "narration"),
    "music": ("musik", "music"),
}


def element_words(element: str) -> tuple[str, str]:
    """("jabatan di keterangan nama", "job title in the lower third") for "lower_third.role"."""
    if element in _ELEMENT_WORDS:
        return _ELEMENT_WORDS[element]
    card, _, field = element.partition(".")
    if card in _CARD_WORDS:
        card_id, card_en = _CARD_WORDS[card]
        if not field:
            return card_id, card_en
        field_id, field_en = _FIELD_WORDS.get(field, (field, field))
        return f"{field_id} di {card_id}", f"{field_en} in the {card_en}"
    return element, element


def _where(area_or_shot_number: int | None) -> tuple[str, str]:
    if area_or_shot_number is None:
        return "", ""
    return f"Shot {area_or_shot_number}: ", f"Shot {area_or_shot_number}: "


def outside(rect: tuple[int, int, int, int], box: tuple[int, int, int, int]) -> bool:
    return rect[0] < box[0] or rect[1] < box[1] or rect[2] > box[2] or rect[3] > box[3]


def aa_threshold(size_px: int, bold: bool) -> float:
    large = size_px >= LARGE_TEXT_PX or (bold and size_px >= LARGE_BOLD_TEXT_PX)
    return AA_LARGE if large else AA_NORMAL


def check_safe_zone(data: PreflightInput) -> list[Finding]:
    box = strictest_box(list(data.platforms))
    names = ", ".join(PLATFORMS[k].label for k in data.platforms if k in PLATFORMS) or "semua"
    out = []
    for a in data.areas:
        if not outside(a.rect, box):
            continue
        pid, pen = _where(a.shot_number)
        fix = FIX_MOVE_INTO_SAFE_ZONE if a.element in ("logo", "captions") else None
        out.append(
            Finding(
                "safe_zone",
                ERROR,
                a.element,
                f"{pid}{element_words(a.element)[0]} keluar dari area aman ({names}): tertutup tombol/teks aplikasi. "
                f"Area aman x {box[0]}–{box[2]}, y {box[1]}–{box[3]}; elemen {a.rect}.",
                f"{pen}{element_words(a.element)[1]} is outside the safe area ({names}): app buttons/text cover it. "
                f"Safe area x {box[0]}–{box[2]}, y {box[1]}–{box[3]}; element {a.rect}.",
                a.shot_id,
                a.shot_number,
                fix,
            )
        )
    return out


def check_text_size(data: PreflightInput) -> list[Finding]:
    out = []
    for a in data.areas:
        if a.kind not in ("text", "caption") or a.size_px >= MIN_TEXT_PX:
            continue
        pid, pen = _where(a.shot_number)
        out.append(
            Finding(
                "text_size",
                ERROR,
                a.element,
                f"{pid}teks {element_words(a.element)[0]} {a.size_px} px terlalu kecil untuk layar ponsel (minimal {MIN_TEXT_PX} px).",
                f"{pen}text {element_words(a.element)[1]} at {a.size_px} px is too small on a phone (at least {MIN_TEXT_PX} px).",
                a.shot_id,
                a.shot_number,
                FIX_RAISE_TEXT_SIZE,
            )
        )
    return out


def check_text_fit(data: PreflightInput) -> list[Finding]:
    out = []
    for a in data.areas:
        if not a.truncated:
            continue
        pid, pen = _where(a.shot_number)
        out.append(
            Finding(
                "text_fit",
                WARNING,
                a.element,
                f"{pid}teks {element_words(a.element)[0]} terlalu panjang dan terpotong (…); persingkat.",
                f"{pen}text {element_words(a.element)[1]} is too long and is cut off (…); shorten it.",
                a.shot_id,
                a.shot_number,
                None,
            )
        )
    return out


def _intersects(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def check_logo_overlap(data: PreflightInput) -> list[Finding]:
    """The corner logo shows all along (not during the end card): it must not cover text."""
    logo = next((a for a in data.areas if a.element == "logo"), None)
    if logo is None:
        return []
    out, seen = [], set()
    for a in data.areas:
        if a.kind == "logo" or a.element.startswith("end_card.") or a.element in seen:
            continue
        if _intersects(logo.rect, a.rect):
            seen.add(a.element)
            pid, pen = _where(a.shot_number)
            out.append(
                Finding(
                    "overlap",
                    WARNING,
                    a.element,
                    f"{pid}logo menutupi {element_words(a.element)[0]}; pindahkan atau perkecil logo.",
                    f"{pen}the logo covers {element_words(a.element)[1]}; move or shrink the logo.",
                    a.shot_id,
                    a.shot_number,
                    FIX_MOVE_LOGO,
                )
            )
    return out


def check_contrast(data: PreflightInput) -> list[Finding]:
    out = []
    for a in data.areas:
        if a.kind not in ("text", "caption") or not a.colour:
            continue
        pid, pen = _where(a.shot_number)
        if a.background is None:
            if a.kind == "caption":
                out.append(
                    Finding(
                        "contrast",
                        WARNING,
                        a.element,
                        f"{pid}teks {element_words(a.element)[0]} tanpa garis tepi: keterbacaan tergantung gambar video.",
                        f"{pen}text {element_words(a.element)[1]} has no outline: readability depends on the video.",
                        a.shot_id,
                        a.shot_number,
                        FIX_CAPTION_OUTLINE,
                    )
                )
            continue
        ratio = contrast_ratio(a.colour, a.background)
        need = aa_threshold(a.size_px, a.bold)
        if ratio + 1e-9 >= need:
            continue
        severity = ERROR if ratio < AA_LARGE else WARNING
        fix = FIX_CAPTION_OUTLINE if a.kind == "caption" else FIX_CONTRAST
        out.append(
            Finding(
                "contrast",
                severity,
                a.element,
                f"{pid}kontras {element_words(a.element)[0]} {ratio:.1f}:1 ({a.colour} di atas {a.background}) di bawah "
                f"WCAG AA {need:.1f}:1.",
                f"{pen}contrast of {element_words(a.element)[1]} is {ratio:.1f}:1 ({a.colour} on {a.background}), below "
                f"WCAG AA {need:.1f}:1.",
                a.shot_id,
                a.shot_number,
                fix,
            )
        )
    return out


def check_media(data: PreflightInput) -> list[Finding]:
    out = []
    for m in data.missing_media:
        pid, pen = _where(m.shot_number)
        out.append(
            Finding(
                "missing_media",
                ERROR,
                m.element,
                f"{pid}berkas {element_words(m.element)[0]} {m.name!r} hilang; tautkan ulang di pustaka media.",
                f"{pen}{element_words(m.element)[1]} file {m.name!r} is missing; relink it in the media library.",
                m.shot_id,
                m.shot_number,
                None,
            )
        )
    for shot_id, number in data.shots_without_media:
        out.append(
            Finding(
                "missing_media",
                WARNING,
                "footage",
                f"Shot {number}: belum ada video/gambar; render memakai layar kosong.",
                f"Shot {number}: no video/picture yet; the render uses a blank frame.",
                shot_id,
                number,
                None,
            )
        )
    return out


def check_duration(data: PreflightInput) -> list[Finding]:
    out = []
    limits = [PLATFORM_MAX_S[k] for k in data.platforms if k in PLATFORM_MAX_S]
    limit = min(limits) if limits else None
    if limit is not None and data.estimated_s > limit + 0.05:
        out.append(
            Finding(
                "duration",
                ERROR,
                "project",
                f"Perkiraan durasi {data.estimated_s:.0f} dtk melebihi batas platform {limit:.0f} dtk.",
                f"Estimated length {data.estimated_s:.0f} s exceeds the platform limit of {limit:.0f} s.",
            )
        )
    elif data.target_s and data.estimated_s > data.target_s + 0.5:
        out.append(
            Finding(
                "duration",
                WARNING,
                "project",
                f"Perkiraan durasi {data.estimated_s:.0f} dtk melebihi target {data.target_s:.0f} dtk; "
                "ringkas narasi.",
                f"Estimated length {data.estimated_s:.0f} s is over the {data.target_s:.0f} s target; "
                "shorten the narration.",
            )
        )
    return out


def check_subtitles(data: PreflightInput) -> list[Finding]:
    if data.has_subtitles:
        return []
    return [
        Finding(
            "subtitles",
            WARNING if not data.has_narration else ERROR,
            "captions",
            "Belum ada subtitle: sebagian besar penonton menonton tanpa suara. Buat di layar Subtitle.",
            "No subtitles yet: most viewers watch without sound. Make them in the Subtitles screen.",
        )
    ]


RULES = (
    check_safe_zone,
    check_text_size,
    check_text_fit,
    check_logo_overlap,
    check_contrast,
    check_media,
    check_duration,
    check_subtitles,
)


def run_rules(data: PreflightInput) -> list[Finding]:
    findings = [f for rule in RULES for f in rule(data)]
    order = {ERROR: 0, WARNING: 1}
    return sorted(findings, key=lambda f: (order.get(f.severity, 2), f.shot_number or 0))


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)
