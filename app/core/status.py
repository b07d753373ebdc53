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


def parse_status(value: str) -> ProductionStatus:
    """Accepts the stored value; raises ValueError naming the allowed ones."""
    try:
        return ProductionStatus(value)
    except ValueError:
        allowed = ", ".join(s.value for s in STATUS_ORDER)
        raise ValueError(f"unknown status {value!r}; allowed: {allowed}") from None
