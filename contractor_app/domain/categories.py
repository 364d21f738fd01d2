"""Activity categories of work entries. Which of them are paid is a matter of each engagement's pay terms."""

from __future__ import annotations

from ..errors import InvalidInput

CATEGORIES = (
    "productive", "training", "onboarding", "assessment", "waiting", "rework", "admin", "travel",
)
DEFAULT_CATEGORY = "productive"


def check_category(name: str) -> str:
    normalized = name.strip().lower()
    if normalized not in CATEGORIES:
        raise InvalidInput.said("Unknown category {name!r}: choose one of {categories}.", name=name,
                                categories=", ".join(CATEGORIES))
    return normalized
