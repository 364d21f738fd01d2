"""The Dashboard view (placeholder until it is built)."""

from __future__ import annotations

from ..view import Placeholder


class DashboardView(Placeholder):
    TITLE = "Dashboard"
