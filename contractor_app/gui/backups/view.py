"""The Backups view (placeholder until it is built)."""

from __future__ import annotations

from ..view import Placeholder


class BackupsView(Placeholder):
    TITLE = "Backups"
