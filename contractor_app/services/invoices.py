"""Invoices and claims: what was billed or is expected for a period, and when it is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from ..domain.money import checked_amount
from ..domain.times import DateRange
from ..errors import InvalidInput
from ..store.models import Invoice
from ..store.vault import Vault
from .clients import find_client


@dataclass(frozen=True, slots=True)
class NewInvoice:
    client: str
    issued_on: date
    amount: Decimal
    covers: DateRange
    number: str | None = None
    due_on: date | None = None  # None: the contract's terms, else the statutory default, decide
    note: str | None = None


def add_invoice(vault: Vault, new: NewInvoice) -> int:
    if new.covers.start is None or new.covers.end is None:
        raise InvalidInput("An invoice covers a period with both ends: FROM..TO.")
    if new.due_on is not None and new.due_on < new.covers.end:
        raise InvalidInput("The due date is before the work it bills was finished.")
    with vault.unit_of_work() as uow:
        client = find_client(uow.session, new.client)
        row = Invoice(client_id=client.id, number=new.number, issued_on=new.issued_on,
                      period_from=new.covers.start, period_to=new.covers.end,
                      amount=checked_amount(new.amount, client.currency).amount, currency=client.currency,
                      due_on=new.due_on, note=new.note, entered_at=datetime.now(UTC))
        uow.created(row)
        return row.id
