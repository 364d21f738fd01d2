"""What the Pay view shows, read in one go off the UI thread: the assessment of the period, its payments, and
every invoice (the overdue badge counts them all, whatever the filters)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ...domain.times import DateRange
from ...services.clients.directory import ClientInfo, list_clients
from ...services.invoices import InvoiceRow, list_invoices
from ...services.payments import PaymentDetails, list_payments
from ...services.summary import Summary, summarize
from ...services.vault import Vault


@dataclass(frozen=True, slots=True)
class PayData:
    period: DateRange
    client: str | None
    summary: Summary
    payments: tuple[PaymentDetails, ...]
    invoices: tuple[InvoiceRow, ...]
    clients: tuple[ClientInfo, ...]
    payments_elsewhere: int = 0  # payments outside the period (counted only when none is inside): why it is empty


def pay_data(vault: Vault, *, period: DateRange, client: str | None, tz: str) -> PayData:
    payments = tuple(list_payments(vault, period=period, client=client))
    elsewhere = 0 if payments or period == DateRange() else len(list_payments(vault, period=DateRange(), client=client))
    return PayData(
        period=period, client=client, summary=summarize(vault, period=period, tz=tz, client=client),
        payments=payments, invoices=tuple(list_invoices(vault, tz=tz)), clients=tuple(list_clients(vault)),
        payments_elsewhere=elsewhere,
    )


def period_of(preset: str, today: date) -> DateRange:
    """The Pay view's periods: this month, last month, this year, all time."""
    first = today.replace(day=1)
    match preset:
        case "this_month":
            return DateRange(first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1))
        case "last_month":
            return DateRange((first - timedelta(days=1)).replace(day=1), first - timedelta(days=1))
        case "this_year":
            return DateRange(date(today.year, 1, 1), date(today.year, 12, 31))
    return DateRange()


def shown_invoices(invoices: tuple[InvoiceRow, ...], period: DateRange, client: str | None) -> list[InvoiceRow]:
    """The client's invoices issued in the period, and every one still to be paid (those never hide)."""
    def in_period(day: date) -> bool:
        return (period.start is None or period.start <= day) and (period.end is None or day <= period.end)

    return [i for i in invoices if (client is None or i.client == client)
            and (in_period(i.issued_on) or i.status in ("open", "part_paid", "overdue"))]
