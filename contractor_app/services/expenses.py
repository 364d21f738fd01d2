"""Work-related expenses per client: equipment, internet, software, a platform's or a transfer's fee. Fair pay is
measured after them (services/costs.py sums them for the net hourly rate).

Adding, editing, deleting and putting back are each one audited unit of work (the pattern of payments.py), so an
undo in the app is itself a disclosed change. An expense may name its receipt, kept as evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.currency import check_currency
from ..domain.money import Money, checked_amount
from ..domain.times import DateRange, latest_today
from ..errors import InvalidInput, NotFound
from ..store.models import Client, Evidence, Expense
from ..store.vault import Vault
from .changes import EXPENSES, announces
from .clients.lookup import find_client
from .reinstating import free_id

# The schema's CHECK on expenses.kind holds the same list.
KINDS = ("equipment", "internet", "software", "platform fee", "transfer fee", "other")
MAX_NOTE = 1_000


@dataclass(frozen=True, slots=True)
class NewExpense:
    client: str
    on: date
    amount: Money | Decimal  # a Decimal is in the client's currency
    kind: str = "other"
    note: str | None = None
    receipt_evidence_id: int | None = None


@dataclass(frozen=True, slots=True)
class ExpenseRow:
    id: int
    client: str
    on: date
    amount: Money
    kind: str
    note: str | None
    receipt_evidence_id: int | None


@dataclass(frozen=True, slots=True)
class RemovedExpense:
    """A deleted expense with every column it had, so that undo can put it back exactly."""

    view: ExpenseRow
    state: tuple[tuple[str, Any], ...]


@announces(EXPENSES)
def add_expense(vault: Vault, new: NewExpense) -> ExpenseRow:
    with vault.unit_of_work() as uow:
        client, values = _validated(uow.session, new)
        row = Expense(**values, entered_at=datetime.now(UTC))
        uow.created(row)
        return _view(row, client.name)


@announces(EXPENSES)
def update_expense(vault: Vault, expense_id: int, new: NewExpense) -> ExpenseRow:
    """Replace an expense's fields with ``new``, checked like a new one."""
    with vault.unit_of_work() as uow:
        row = _row(uow.session, expense_id)
        client, values = _validated(uow.session, new)
        uow.update(row, values)
        return _view(row, client.name)


@announces(EXPENSES)
def delete_expense(vault: Vault, expense_id: int) -> RemovedExpense:
    """Delete one expense (audited); return it whole, for undo. Its receipt stays kept as evidence."""
    with vault.unit_of_work() as uow:
        row = _row(uow.session, expense_id)
        name = uow.session.get(Client, row.client_id).name  # type: ignore[union-attr]
        removed = RemovedExpense(view=_view(row, name), state=_state(row))
        uow.deleted(row)
        return removed


@announces(EXPENSES)
def reinstate_expense(vault: Vault, removed: RemovedExpense) -> ExpenseRow:
    """Put a deleted expense back as it was (audited as a new create), under its old id when that id is free."""
    with vault.unit_of_work() as uow:
        values = dict(removed.state)
        free_id(uow.session, Expense, values, "expense")
        client = uow.session.get(Client, values["client_id"])
        if client is None:
            raise NotFound("The client of a deleted expense no longer exists; it cannot be put back.")
        row = Expense(**values)
        uow.created(row)
        return _view(row, client.name)


def as_new(view: ExpenseRow) -> NewExpense:
    """The values of a recorded expense as a NewExpense: what an edit starts from."""
    return NewExpense(client=view.client, on=view.on, amount=view.amount, kind=view.kind, note=view.note,
                      receipt_evidence_id=view.receipt_evidence_id)


def list_expenses(vault: Vault, *, period: DateRange | None = None, client: str | None = None) -> list[ExpenseRow]:
    """Expenses dated within ``period`` (None: all), oldest first."""
    period = period or DateRange()
    with vault.reading() as session:
        query = select(Expense, Client.name).join(Client).order_by(Expense.on, Expense.id)
        if client:
            query = query.where(Expense.client_id == find_client(session, client).id)
        if period.start:
            query = query.where(Expense.on >= period.start)
        if period.end:
            query = query.where(Expense.on <= period.end)
        return [_view(row, name) for row, name in session.execute(query)]


def _validated(session: Session, new: NewExpense) -> tuple[Client, dict[str, Any]]:
    """The client and the expense's column values, all checked; nothing is written."""
    if new.kind not in KINDS:
        raise InvalidInput.said("An expense's category is one of {kinds}; not {kind!r}.", kinds=", ".join(KINDS),
                                kind=new.kind)
    if new.on > latest_today():
        raise InvalidInput("The expense date is in the future; record an expense once you have paid it.")
    if new.note and len(new.note) > MAX_NOTE:
        raise InvalidInput.said("An expense's note is limited to {limit} characters.", limit=MAX_NOTE)
    client = find_client(session, new.client)
    if isinstance(new.amount, Money):
        amount = checked_amount(new.amount.amount, check_currency(new.amount.currency))
    else:
        amount = checked_amount(new.amount, client.currency)
    if amount.amount == 0:
        raise InvalidInput("An expense of zero costs nothing; give the amount you paid.")
    if new.receipt_evidence_id is not None and session.get(Evidence, new.receipt_evidence_id) is None:
        raise NotFound.said("There is no evidence #{id} in your records; keep the receipt with `evidence add` "
                            "first, then name its number.", id=new.receipt_evidence_id)
    values = dict(client_id=client.id, on=new.on, amount=amount.amount, currency=amount.currency, kind=new.kind,
                  note=new.note or None, receipt_evidence_id=new.receipt_evidence_id)
    return client, values


def _row(session: Session, expense_id: int) -> Expense:
    row = session.get(Expense, expense_id)
    if row is None:
        raise NotFound.said("{what} {id} does not exist (it may have been deleted).", what="Expense", id=expense_id,
                            phrases=("what",))
    return row


def _state(row: Expense) -> tuple[tuple[str, Any], ...]:
    return tuple((column.key, getattr(row, column.key)) for column in Expense.__mapper__.column_attrs)


def _view(row: Expense, client: str) -> ExpenseRow:
    return ExpenseRow(id=row.id, client=client, on=row.on, amount=Money(row.amount, row.currency), kind=row.kind,
                       note=row.note, receipt_evidence_id=row.receipt_evidence_id)
