"""Invoices and claims: what was billed or is expected for a period, when it is due, and whether it was paid.

The due date is the invoice's own, else the contract's payment terms, else the deadline of the freelancer law in
force (the same order the pay assessment uses, so the Pay view and the reports agree). An invoice is paid by the
payments linked to it, or, like the assessment reckons, by payments covering the same period.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.money import Money, checked_amount
from ..domain.rules import RuleBook
from ..domain.times import DateRange, zone
from ..errors import InvalidInput, NotFound, Phrase
from ..store.models import Client, Invoice, Payment, PaymentAllocation
from ..store.vault import UnitOfWork, Vault
from .changes import INVOICES, announces
from .clients.lookup import find_client
from .profile import load_profile
from .reinstating import put_back, refuse_if_evidence_linked, snapshot
from .rules import load_rules

MAX_TEXT = 1_000
STATUSES = ("paid", "part_paid", "open", "overdue")


@dataclass(frozen=True, slots=True)
class NewInvoice:
    client: str
    issued_on: date
    amount: Decimal
    covers: DateRange
    number: str | None = None
    due_on: date | None = None  # None: the contract's terms, else the statutory default, decide
    note: str | None = None


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    id: int
    client: str
    number: str | None
    issued_on: date
    period_from: date
    period_to: date
    amount: Money
    due_on: date | None  # the date that applies (None: no terms and no law to say)
    due_basis: str | None  # "invoice", "contract" or the law's name
    law_citation: str | None
    paid: Money
    paid_on: date | None  # the last payment towards it
    status: str  # one of STATUSES
    days_late: int  # overdue: days past due today; paid: days it came late (0 on time)
    note: str | None

    @property
    def label(self) -> str:
        return self.number or f"#{self.id}"

    @property
    def outstanding(self) -> Money:
        return Money(max(self.amount.amount - self.paid.amount, Decimal(0)), self.amount.currency)


@dataclass(frozen=True, slots=True)
class RemovedInvoice:
    view: InvoiceRow
    state: tuple[tuple[str, Any], ...]


@announces(INVOICES)
def add_invoice(vault: Vault, new: NewInvoice) -> int:
    with vault.unit_of_work() as uow:
        row = Invoice(**_validated(uow.session, new), entered_at=datetime.now(UTC))
        uow.created(row)
        return row.id


@announces(INVOICES)
def update_invoice(vault: Vault, invoice_id: int, new: NewInvoice) -> int:
    """Replace an invoice's fields with ``new``, checked like a new invoice."""
    with vault.unit_of_work() as uow:
        row = _invoice_row(uow.session, invoice_id)
        values = _validated(uow.session, new)
        if values["client_id"] != row.client_id and _links(uow.session, row.id):
            raise InvalidInput("A payment is linked to this invoice; it cannot move to another client. "
                               "Nothing was changed.")
        if uow.update(row, values):
            _recap_links(uow, row)
        return row.id


@announces(INVOICES)
def delete_invoice(vault: Vault, invoice_id: int, *, tz: str = "UTC") -> RemovedInvoice:
    """Delete an invoice no payment is linked to (audited); return it whole, for undo."""
    rules = load_rules(vault)
    fallback = load_profile(vault).jurisdiction or None
    today = datetime.now(zone(tz)).date()
    with vault.unit_of_work() as uow:
        row = _invoice_row(uow.session, invoice_id)
        if _links(uow.session, row.id):
            raise InvalidInput("A payment is linked to this invoice; edit that payment first. Nothing was deleted.")
        refuse_if_evidence_linked(uow.session, "invoice", invoice_id, Phrase("invoice {number}",
                                                                                   number=row.number or f"#{row.id}"))
        client = uow.session.get_one(Client, row.client_id)
        view = _views(uow.session, [(row, client)], rules, fallback, today)[0]
        removed = RemovedInvoice(view=view, state=snapshot(row))
        uow.deleted(row)
        return removed


@announces(INVOICES)
def reinstate_invoice(vault: Vault, removed: RemovedInvoice) -> int:
    """Put a deleted invoice back (audited as a new create), under its old id when that id is free."""
    with vault.unit_of_work() as uow:
        return put_back(uow, Invoice, removed.state, "invoice", (Client, "client_id")).id


def as_new(view: InvoiceRow) -> NewInvoice:
    """A recorded invoice's values as a NewInvoice (``due_on`` only when the invoice set it itself)."""
    return NewInvoice(client=view.client, issued_on=view.issued_on, amount=view.amount.amount,
                      covers=DateRange(view.period_from, view.period_to), number=view.number,
                      due_on=view.due_on if view.due_basis == "invoice" else None, note=view.note)


def list_invoices(vault: Vault, *, client: str | None = None, tz: str = "UTC",
                  today: date | None = None) -> list[InvoiceRow]:
    """Every invoice (of one client), newest first, with its due date, what was paid towards it and its status."""
    today = today or datetime.now(zone(tz)).date()
    rules = load_rules(vault)
    fallback = load_profile(vault).jurisdiction or None
    with vault.reading() as session:
        query = select(Invoice, Client).join(Client).order_by(Invoice.issued_on.desc(), Invoice.id.desc())
        if client:
            query = query.where(Invoice.client_id == find_client(session, client).id)
        return _views(session, list(session.execute(query).all()), rules, fallback, today)


def overdue_count(vault: Vault, *, tz: str = "UTC", today: date | None = None) -> int:
    return sum(1 for invoice in list_invoices(vault, tz=tz, today=today) if invoice.status == "overdue")


def _views(session: Session, rows: list[tuple[Invoice, Client]], rules: RuleBook, fallback: str | None,
           today: date) -> list[InvoiceRow]:
    ids = [row.id for row, _ in rows]
    allocated: dict[int, list[tuple[Decimal, date]]] = defaultdict(list)
    linked_payments: set[int] = set()
    for invoice_id, amount, received, payment_id in session.execute(
        select(PaymentAllocation.invoice_id, PaymentAllocation.amount, Payment.received_on, Payment.id)
        .join(Payment, Payment.id == PaymentAllocation.payment_id).where(PaymentAllocation.invoice_id.is_not(None))
    ):
        linked_payments.add(payment_id)
        if invoice_id in ids:
            allocated[invoice_id].append((amount, received))
    covering: dict[tuple[int, date], list[tuple[Decimal, date]]] = defaultdict(list)
    for payment in session.scalars(select(Payment).where(Payment.period_to.is_not(None))):
        if payment.id not in linked_payments:  # unlinked: it pays whatever claim covers the same period
            key = (payment.client_id, payment.period_to)
            covering[key].append((payment.gross, payment.received_on))  # type: ignore[index]  # the query keeps payments with period_to set
    return [_view(row, client, allocated[row.id] + covering.get((row.client_id, _end(row)), []), rules,
                  fallback, today) for row, client in rows]


def _end(row: Invoice) -> date:
    return row.period_to or row.issued_on


def _view(row: Invoice, client: Client, payments: list[tuple[Decimal, date]], rules: RuleBook,
          fallback: str | None, today: date) -> InvoiceRow:
    completed = _end(row)
    jurisdiction = client.jurisdiction or fallback
    contractor = client.classification == "contractor"  # the freelancer laws protect no employee
    law = rules.freelancer_law(jurisdiction, completed) if jurisdiction and contractor else None
    due: date | None
    if row.due_on is not None:
        due, basis = row.due_on, "invoice"
    elif client.payment_terms_days is not None:
        due, basis = completed + timedelta(days=client.payment_terms_days), "contract"
    elif law is not None:
        due, basis = completed + timedelta(days=law.deadline_days), law.name
    else:
        due, basis = None, None
    paid = sum((amount for amount, _ in payments), Decimal(0))
    paid_on = max((day for _, day in payments), default=None)
    if paid >= row.amount:
        status = "paid"
        late = max((paid_on - due).days, 0) if due and paid_on else 0
    elif due is not None and today > due:
        status, late = "overdue", (today - due).days
    else:
        status, late = ("part_paid" if paid else "open"), 0
    return InvoiceRow(
        id=row.id, client=client.name, number=row.number, issued_on=row.issued_on,
        period_from=row.period_from or completed, period_to=completed, amount=Money(row.amount, row.currency),
        due_on=due, due_basis=basis, law_citation=law.citation if law and basis == law.name else None,
        paid=Money(min(paid, row.amount) if status == "paid" else paid, row.currency), paid_on=paid_on,
        status=status, days_late=late, note=row.note,
    )


def _validated(session: Session, new: NewInvoice) -> dict[str, Any]:
    if new.covers.start is None or new.covers.end is None:
        raise InvalidInput("An invoice covers a period with both ends: FROM..TO.")
    if new.due_on is not None and new.due_on < new.covers.end:
        raise InvalidInput("The due date is before the work it bills was finished.")
    for text in (new.number, new.note):
        if text and len(text) > MAX_TEXT:
            raise InvalidInput.said("An invoice's number and note are limited to {limit} characters.", limit=MAX_TEXT)
    client = find_client(session, new.client)
    return dict(client_id=client.id, number=new.number or None, issued_on=new.issued_on,
                period_from=new.covers.start, period_to=new.covers.end,
                amount=checked_amount(new.amount, client.currency).amount, currency=client.currency,
                due_on=new.due_on, note=new.note or None)


def _invoice_row(session: Session, invoice_id: int) -> Invoice:
    row = session.get(Invoice, invoice_id)
    if row is None:
        raise NotFound.said("{what} {id} does not exist (it may have been deleted).", what="Invoice", id=invoice_id,
                            phrases=("what",))
    return row


def _recap_links(uow: UnitOfWork, invoice: Invoice) -> None:
    """A payment counts towards an invoice up to the invoice's amount: after the amount changes, each linked
    payment's share follows it (as editing the payment does)."""
    links = uow.session.scalars(select(PaymentAllocation).where(PaymentAllocation.invoice_id == invoice.id)).all()
    for link in links:
        payment = uow.session.get_one(Payment, link.payment_id)
        share = min(payment.gross, invoice.amount)
        if link.amount != share:
            link.amount = share
            uow.updated(link)


def _links(session: Session, invoice_id: int) -> bool:
    return session.scalar(select(PaymentAllocation.id).where(PaymentAllocation.invoice_id == invoice_id)
                          .limit(1)) is not None
