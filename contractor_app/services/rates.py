"""Exchange rates the worker records (`rate add`), and every rate their own records hold, for the rights engine.

A minimum wage in another currency than the pay (a worker in Manila paid in USD) is compared at a rate from the
worker's own records, never one from the network: rates recorded here or read from a statement (the
``exchange_rates`` table), else the rates of payments that were converted on the way. Each rate keeps its day and
where it came from, so a report can show both beside the figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.currency import check_currency
from ..domain.exchange import PAYMENT, RECORDED, ExchangeRate, Rates
from ..errors import InvalidInput
from ..store.models import ExchangeRate as RateRow
from ..store.models import Payment
from ..store.vault import Vault

YOUR_RECORD = "your record"
MAX_RATE = Decimal(10) ** 9  # beyond any real currency pair; a typo such as 5810000000000 is refused


@dataclass(frozen=True, slots=True)
class NewRate:
    from_currency: str
    to_currency: str
    rate: Decimal  # 1 from_currency = rate to_currency
    on: date


def record_rate(vault: Vault, new: NewRate) -> ExchangeRate:
    """Record the rate the worker was paid at (or read on their bank's statement) on a day: one per pair and day."""
    base, target = check_currency(new.from_currency), check_currency(new.to_currency)
    if base == target:
        raise InvalidInput.said("A rate converts between two currencies: {base} to {base} is not one.", base=base)
    if not new.rate.is_finite() or new.rate <= 0 or new.rate >= MAX_RATE:
        raise InvalidInput.said("Rate {rate} is not a positive number of {target} for 1 {base}.", rate=new.rate,
                                target=target, base=base)
    if -new.rate.as_tuple().exponent > 10:  # type: ignore[operator]
        raise InvalidInput.said("Rate {rate} has more than 10 decimal places.", rate=new.rate)
    source = f"{YOUR_RECORD} {base}/{target} {new.on.isoformat()}"
    with vault.unit_of_work() as uow:
        if uow.session.scalar(select(RateRow.id).where(RateRow.source == source)) is not None:
            raise InvalidInput.said("A rate from {base} to {target} on {on} is already recorded (see `rate list`).",
                                    base=base, target=target, on=new.on)
        row = RateRow(on=new.on, from_currency=base, to_currency=target, rate=new.rate, source=source,
                      entered_at=datetime.now(UTC))
        uow.created(row)
    return ExchangeRate(new.on, base, target, new.rate, YOUR_RECORD)


def list_rates(vault: Vault) -> tuple[ExchangeRate, ...]:
    """Every rate the records hold, recorded ones and converted payments', by day."""
    with vault.reading() as session:
        return tuple(sorted(read_rates(session), key=lambda r: (r.on, r.from_currency, r.to_currency, r.source)))


def load_rates(session: Session) -> Rates:
    return Rates(read_rates(session))


def read_rates(session: Session) -> list[ExchangeRate]:
    rates = [ExchangeRate(row.on, row.from_currency, row.to_currency, row.rate, _label(row.source), RECORDED)
             for row in session.scalars(select(RateRow))]
    for payment in session.scalars(select(Payment).where(Payment.exchange_rate.is_not(None),
                                                         Payment.converted_currency.is_not(None))):
        rate, other = payment.exchange_rate, payment.converted_currency  # both set: the query asks for it
        if rate is not None and other is not None and rate > 0 and other != payment.currency:
            label = f"payment of {payment.received_on}" + (f" {payment.reference}" if payment.reference else "")
            rates.append(ExchangeRate(payment.received_on, payment.currency, other, rate, label[:120], PAYMENT))
    return rates


def _label(source: str) -> str:
    """"your record" for the worker's own rates; a statement's source as it was recorded."""
    return YOUR_RECORD if source.startswith(YOUR_RECORD + " ") else source
