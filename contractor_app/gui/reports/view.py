"""The Reports view (placeholder until it is built)."""

from __future__ import annotations

from ..view import Placeholder


class ReportsView(Placeholder):
    TITLE = "Reports"
