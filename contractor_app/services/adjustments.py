"""Bonuses and adjustments to what a client owes (an adjustment may be negative, e.g. a correction)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from ..domain.money import checked_amount
from ..errors import InvalidInput
from ..store.models import Adjustment
from ..store.vault import Vault
from .clients.lookup import find_client

KINDS = ("bonus", "adjustment")


def add_adjustment(vault: Vault, *, client: str, on: date, amount: Decimal, kind: str = "bonus",
                   note: str | None = None) -> int:
    if kind not in KINDS:
        raise InvalidInput.said("Kind must be bonus or adjustment, not {kind!r}.", kind=kind)
    if kind == "bonus" and amount <= 0:
        raise InvalidInput("A bonus is a positive amount; record a reduction as an adjustment.")
    if amount == 0:
        raise InvalidInput("An adjustment of zero changes nothing.")
    with vault.unit_of_work() as uow:
        found = find_client(uow.session, client)
        checked_amount(abs(amount), found.currency)  # precision of the client's currency
        row = Adjustment(client_id=found.id, on=on, kind=kind, amount=amount, currency=found.currency, note=note,
                         entered_at=datetime.now(UTC))
        uow.created(row)
        return row.id
