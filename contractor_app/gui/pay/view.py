"""The Pay view (placeholder until it is built)."""

from __future__ import annotations

from ..view import Placeholder


class PayView(Placeholder):
    TITLE = "Pay"
