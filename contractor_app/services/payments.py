"""Payments received: gross, fees and deductions, net, and the period they cover."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select

from ..domain.currency import check_currency
from ..domain.money import Money, checked_amount
from ..domain.times import DateRange
from ..errors import InvalidInput
from ..store.models import Client, Payment
from ..store.vault import Vault
from .clients import find_client

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
    period: DateRange | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class PaymentView:
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


def record_payment(vault: Vault, new: NewPayment) -> PaymentView:
    if new.received_on > datetime.now(UTC).date():
        raise InvalidInput("The payment date is in the future; record a payment once it has arrived.")
    for text in (new.method, new.reference, new.note):
        if text and len(text) > MAX_TEXT:
            raise InvalidInput(f"A payment's method, reference and note are limited to {MAX_TEXT} characters.")
    with vault.unit_of_work() as uow:
        client = find_client(uow.session, new.client)
        currency = check_currency(new.currency or client.currency)
        if currency != client.currency:
            raise InvalidInput(
                f"{client.name} pays in {client.currency}; record the amount that arrived in {client.currency}."
            )
        gross = checked_amount(new.gross, currency).amount
        fees = checked_amount(new.fees, currency, what="Fees").amount
        deductions = checked_amount(new.deductions, currency, what="Deductions").amount
        if fees + deductions > gross:
            raise InvalidInput("Fees and deductions add up to more than the amount paid.")
        row = Payment(
            client_id=client.id, received_on=new.received_on, gross=gross, fees=fees,
            deductions=deductions, net=gross - fees - deductions, currency=currency, method=new.method, reference=new.reference,
            period_from=new.period.start if new.period else None,
            period_to=new.period.end if new.period else None, note=new.note, entered_at=datetime.now(UTC),
        )
        uow.created(row)
        return _view(row, client.name)


def list_payments(vault: Vault, *, period: DateRange, client: str | None = None) -> list[PaymentView]:
    """Payments received within ``period``, oldest first."""
    with vault.reading() as session:
        query = select(Payment, Client.name).join(Client).order_by(Payment.received_on, Payment.id)
        if client:
            query = query.where(Payment.client_id == find_client(session, client).id)
        if period.start:
            query = query.where(Payment.received_on >= period.start)
        if period.end:
            query = query.where(Payment.received_on <= period.end)
        return [_view(row, name) for row, name in session.execute(query)]


def _view(row: Payment, client: str) -> PaymentView:
    def money(amount: Decimal) -> Money:
        return Money(amount, row.currency)

    return PaymentView(
        id=row.id, client=client, received_on=row.received_on, gross=money(row.gross), fees=money(row.fees),
        deductions=money(row.deductions), net=money(row.net), method=row.method, reference=row.reference,
        period_from=row.period_from, period_to=row.period_to,
    )
