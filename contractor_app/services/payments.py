"""Payments received: gross, fees and deductions, net, the period they cover and what they pay for (an invoice).

Edits, deletes and restores are each one audited unit of work, so an undo in the app is itself a disclosed change
(the same pattern as entries.py). A payment that pays an invoice is linked to it by an allocation; with no period
of its own it covers the invoice's period, which is how the pay assessment matches payments to claims.
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
from ..errors import InvalidInput, NotFound, Phrase
from ..store.models import Client, Invoice, Payment, PaymentAllocation, StatementLine
from ..store.vault import UnitOfWork, Vault
from .changes import INVOICES, PAYMENTS, announces
from .clients.lookup import find_client
from .reinstating import put_back, refuse_if_evidence_linked, snapshot

MAX_TEXT = 1_000


@dataclass(frozen=True, slots=True)
class NewPayment:
    client: str
    received_on: date
    gross: Decimal
    currency: str | None = None  # None: the client's currency
    fees: Decimal = Decimal(0)
    deductions: Decimal = Decimal(0)
    method: str | None = None
    reference: str | None = None
    period: DateRange | None = None  # None with an invoice: the invoice's period
    note: str | None = None
    invoice_id: int | None = None  # what it pays for


@dataclass(frozen=True, slots=True)
class PaymentDetails:
    id: int
    client: str
    received_on: date
    gross: Money
    fees: Money
    deductions: Money
    net: Money
    method: str | None
    reference: str | None
    period_from: date | None
    period_to: date | None
    note: str | None = None
    invoice_id: int | None = None
    invoice_number: str | None = None


@dataclass(frozen=True, slots=True)
class RemovedPayment:
    """A deleted payment with every column it had and its allocations, so that undo can put it back exactly."""

    view: PaymentDetails
    state: tuple[tuple[str, Any], ...]
    allocations: tuple[tuple[tuple[str, Any], ...], ...]
    statement_lines: tuple[int, ...] = ()  # the imported statement lines it recorded (they wait to be matched)


@announces(PAYMENTS, INVOICES)
def record_payment(vault: Vault, new: NewPayment) -> PaymentDetails:
    _check_text(new)
    with vault.unit_of_work() as uow:
        client, values, invoice = _validated(uow.session, new)
        row = Payment(**values, entered_at=datetime.now(UTC))
        uow.created(row)
        _allocate(uow, row, invoice)
        return _view(row, client.name, invoice)


@announces(PAYMENTS, INVOICES)
def update_payment(vault: Vault, payment_id: int, new: NewPayment) -> PaymentDetails:
    """Replace a payment's fields with ``new`` (checked like a new payment) and re-link what it pays for."""
    _check_text(new)
    with vault.unit_of_work() as uow:
        row = _payment_row(uow.session, payment_id)
        client, values, invoice = _validated(uow.session, new)
        entry_links = uow.session.scalar(select(PaymentAllocation.id).where(
            PaymentAllocation.payment_id == row.id, PaymentAllocation.work_entry_id.is_not(None)).limit(1))
        if entry_links is not None and client.id != row.client_id:
            raise InvalidInput("This payment is linked to entries of its client; it cannot move to another "
                               "client. Nothing was changed.")
        uow.update(row, values)
        old = _invoice_links(uow.session, row.id)
        if [link.invoice_id for link in old] != ([invoice.id] if invoice else []) or (
                invoice and old[0].amount != _allocated(row, invoice)):
            for link in old:
                uow.deleted(link)
            _allocate(uow, row, invoice)
        return _view(row, client.name, invoice)


@announces(PAYMENTS, INVOICES)
def delete_payment(vault: Vault, payment_id: int) -> RemovedPayment:
    """Delete one payment and its links (audited); return it whole, for undo."""
    with vault.unit_of_work() as uow:
        row = _payment_row(uow.session, payment_id)
        refuse_if_evidence_linked(uow.session, "payment", payment_id, Phrase("payment #{id}", id=payment_id))
        name = uow.session.get_one(Client, row.client_id).name
        links = uow.session.scalars(select(PaymentAllocation).where(PaymentAllocation.payment_id == row.id)
                                    .order_by(PaymentAllocation.id)).all()
        invoice = next((uow.session.get(Invoice, link.invoice_id) for link in links if link.invoice_id), None)
        lines = uow.session.scalars(select(StatementLine).where(StatementLine.payment_id == row.id)).all()
        removed = RemovedPayment(view=_view(row, name, invoice), state=snapshot(row),
                                 allocations=tuple(snapshot(link) for link in links),
                                 statement_lines=tuple(line.id for line in lines))
        for line in lines:  # an imported payment deleted goes back to "to match", not lost
            line.payment_id = None
            uow.updated(line)
        for link in links:
            uow.deleted(link)
        uow.deleted(row)
        return removed


@announces(PAYMENTS, INVOICES)
def reinstate_payment(vault: Vault, removed: RemovedPayment) -> PaymentDetails:
    """Put a deleted payment back as it was (audited as a new create), under its old id when that id is free."""
    with vault.unit_of_work() as uow:
        row = put_back(uow, Payment, removed.state, "payment", (Client, "client_id"))
        client = uow.session.get(Client, row.client_id)
        invoice = None
        for state in removed.allocations:
            link = dict(state, id=None, payment_id=row.id)
            if link["invoice_id"] is not None:
                invoice = uow.session.get(Invoice, link["invoice_id"])
                if invoice is None:
                    continue  # the invoice was deleted meanwhile: the payment comes back unlinked
            uow.created(PaymentAllocation(**link))
        for line_id in removed.statement_lines:
            line = uow.session.get(StatementLine, line_id)
            if line is not None and line.payment_id is None:  # not matched again meanwhile
                line.payment_id = row.id
                uow.updated(line)
        return _view(row, client.name, invoice)  # type: ignore[union-attr]  # put_back checked it


def as_new(view: PaymentDetails) -> NewPayment:
    """The values of a recorded payment as a NewPayment: what an edit starts from, and what its undo restores."""
    period = DateRange(view.period_from, view.period_to) if view.period_from or view.period_to else None
    return NewPayment(client=view.client, received_on=view.received_on, gross=view.gross.amount,
                      currency=view.gross.currency, fees=view.fees.amount, deductions=view.deductions.amount,
                      method=view.method, reference=view.reference, period=period, note=view.note,
                      invoice_id=view.invoice_id)


def list_payments(vault: Vault, *, period: DateRange, client: str | None = None) -> list[PaymentDetails]:
    """Payments received within ``period``, oldest first."""
    with vault.reading() as session:
        query = select(Payment, Client.name).join(Client).order_by(Payment.received_on, Payment.id)
        if client:
            query = query.where(Payment.client_id == find_client(session, client).id)
        if period.start:
            query = query.where(Payment.received_on >= period.start)
        if period.end:
            query = query.where(Payment.received_on <= period.end)
        rows = session.execute(query).all()
        linked = {payment: invoice for payment, invoice in session.execute(
            select(PaymentAllocation.payment_id, PaymentAllocation.invoice_id)
            .where(PaymentAllocation.invoice_id.is_not(None))) if invoice is not None}
        invoices = {i.id: i for i in session.scalars(select(Invoice).where(Invoice.id.in_(set(linked.values()))))}
        return [_view(row, name, invoices.get(linked.get(row.id, -1))) for row, name in rows]


def _check_text(new: NewPayment) -> None:
    for text in (new.method, new.reference, new.note):
        if text and len(text) > MAX_TEXT:
            raise InvalidInput.said("A payment's method, reference and note are limited to {limit} characters.",
                                    limit=MAX_TEXT)


def _validated(session: Session, new: NewPayment) -> tuple[Client, dict[str, Any], Invoice | None]:
    """The client, the payment's column values and the invoice it pays, all checked; nothing is written."""
    if new.received_on > latest_today():
        raise InvalidInput("The payment date is in the future; record a payment once it has arrived.")
    client = find_client(session, new.client)
    currency = check_currency(new.currency or client.currency)
    if currency != client.currency:
        raise InvalidInput.said("{client} pays in {currency}; record the amount that arrived in {currency}.",
                                client=client.name, currency=client.currency)
    gross = checked_amount(new.gross, currency).amount
    fees = checked_amount(new.fees, currency, what="Fees").amount
    deductions = checked_amount(new.deductions, currency, what="Deductions").amount
    if fees + deductions > gross:
        raise InvalidInput("Fees and deductions add up to more than the amount paid.")
    invoice = None
    period = new.period
    if new.invoice_id is not None:
        invoice = session.get(Invoice, new.invoice_id)
        if invoice is None or invoice.client_id != client.id:
            raise InvalidInput.said("That invoice is not one of {client}'s; choose one of theirs or none.",
                                    client=client.name)
        if period is None:
            period = DateRange(invoice.period_from, invoice.period_to or invoice.issued_on)
    values = dict(client_id=client.id, received_on=new.received_on, gross=gross, fees=fees, deductions=deductions,
                  net=gross - fees - deductions, currency=currency, method=new.method or None,
                  reference=new.reference or None, period_from=period.start if period else None,
                  period_to=period.end if period else None, note=new.note or None)
    return client, values, invoice


def _allocated(row: Payment, invoice: Invoice) -> Decimal:
    return min(row.gross, invoice.amount)


def _allocate(uow: UnitOfWork, row: Payment, invoice: Invoice | None) -> None:
    if invoice is not None and _allocated(row, invoice) > 0:
        uow.created(PaymentAllocation(payment_id=row.id, invoice_id=invoice.id, amount=_allocated(row, invoice)))


def _invoice_links(session: Session, payment_id: int) -> list[PaymentAllocation]:
    return list(session.scalars(select(PaymentAllocation).where(
        PaymentAllocation.payment_id == payment_id, PaymentAllocation.invoice_id.is_not(None))
        .order_by(PaymentAllocation.id)))


def _payment_row(session: Session, payment_id: int) -> Payment:
    row = session.get(Payment, payment_id)
    if row is None:
        raise NotFound.said("{what} {id} does not exist (it may have been deleted).", what="Payment", id=payment_id,
                            phrases=("what",))
    return row


def _view(row: Payment, client: str, invoice: Invoice | None = None) -> PaymentDetails:
    def money(amount: Decimal) -> Money:
        return Money(amount, row.currency)

    return PaymentDetails(
        id=row.id, client=client, received_on=row.received_on, gross=money(row.gross), fees=money(row.fees),
        deductions=money(row.deductions), net=money(row.net), method=row.method, reference=row.reference,
        period_from=row.period_from, period_to=row.period_to, note=row.note,
        invoice_id=invoice.id if invoice else None, invoice_number=_invoice_label(invoice) if invoice else None,
    )


def _invoice_label(invoice: Invoice) -> str:
    return invoice.number or f"#{invoice.id}"
