"""The Data & privacy view (placeholder until it is built)."""

from __future__ import annotations

from ..view import Placeholder


class PrivacyView(Placeholder):
    TITLE = "Data & privacy"
