"""Production status of a project (one video) and its order on the board."""

from enum import StrEnum


class ProductionStatus(StrEnum):
    IDEA = "idea"
    SCRIPT = "script"
    STORYBOARD = "storyboard"
    PRODUCTION = "production"
    REVIEW = "review"
    APPROVED = "approved"
    PUBLISHED = "published"


STATUS_ORDER: tuple[ProductionStatus, ...] = tuple(ProductionStatus)

# The one name of each status, (Indonesian, English), for the board, the calendar, the
# report and exports alike. "Tinjauan" is the word the script's review panel uses too.
STATUS_LABELS: dict[str, tuple[str, str]] = {
    "idea": ("Ide", "Idea"),
    "script": ("Naskah", "Script"),
    "storyboard": ("Storyboard", "Storyboard"),
    "production": ("Produksi", "Production"),
    "review": ("Tinjauan", "Review"),
    "approved": ("Disetujui", "Approved"),
    "published": ("Tayang", "Published"),
}


def status_label(status: str, language: str) -> str:
    id_text, en_text = STATUS_LABELS.get(status, (status, status))
    return en_text if language == "en" else id_text


def status_labels(language: str) -> dict[str, str]:
    return {key: status_label(key, language) for key in STATUS_LABELS}


def parse_status(value: str) -> ProductionStatus:
    """Accepts the stored value; raises ValueError naming the allowed ones."""
    try:
        return ProductionStatus(value)
    except ValueError:
        allowed = ", ".join(s.value for s in STATUS_ORDER)
        raise ValueError(f"unknown status {value!r}; allowed: {allowed}") from None
