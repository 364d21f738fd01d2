"""The Clients view (placeholder until it is built)."""

from __future__ import annotations

from ..view import Placeholder


class ClientsView(Placeholder):
    TITLE = "Clients"
