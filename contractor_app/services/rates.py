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

from ..domain.currency import check_currency
from ..domain.exchange import PAYMENT, RECORDED, ExchangeRate, Rates
from ..errors import InvalidInput
from ..store.engine import Connection, driver_connection
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
    from ..store.models import ExchangeRate as RateRow  # the model for the write alone: the reads are plain SQL

    with vault.unit_of_work() as uow:
        found = driver_connection(uow.session).execute("SELECT id FROM exchange_rates WHERE source = ?", (source,))
        if found.fetchone() is not None:
            raise InvalidInput.said("A rate from {base} to {target} on {on} is already recorded (see `rate list`).",
                                    base=base, target=target, on=new.on)
        row = RateRow(on=new.on, from_currency=base, to_currency=target, rate=new.rate, source=source,
                      entered_at=datetime.now(UTC))
        uow.created(row)
    return ExchangeRate(new.on, base, target, new.rate, YOUR_RECORD)


def list_rates(vault: Vault) -> tuple[ExchangeRate, ...]:
    """Every rate the records hold, recorded ones and converted payments', by day."""
    with vault.querying() as conn:
        return tuple(sorted(read_rates(conn), key=lambda r: (r.on, r.from_currency, r.to_currency, r.source)))


def load_rates(conn: Connection) -> Rates:
    return Rates(read_rates(conn))


def read_rates(conn: Connection) -> list[ExchangeRate]:
    """The recorded rates, then the converted payments', in plain SQL (the summary reads them without SQLAlchemy)."""
    rates = [ExchangeRate(date.fromisoformat(on), base, target, Decimal(rate), _label(source), RECORDED)
             for on, base, target, rate, source in conn.execute(
                 'SELECT "on", from_currency, to_currency, rate, source FROM exchange_rates ORDER BY id')]
    for received_on, currency, other, stored_rate, reference in conn.execute(
            "SELECT received_on, currency, converted_currency, exchange_rate, reference FROM payments "
            "WHERE exchange_rate IS NOT NULL AND converted_currency IS NOT NULL ORDER BY id"):
        rate, on = Decimal(stored_rate), date.fromisoformat(received_on)
        if rate > 0 and other != currency:
            label = f"payment of {on}" + (f" {reference}" if reference else "")
            rates.append(ExchangeRate(on, currency, other, rate, label[:120], PAYMENT))
    return rates


def _label(source: str) -> str:
    """"your record" for the worker's own rates; a statement's source as it was recorded."""
    return YOUR_RECORD if source.startswith(YOUR_RECORD + " ") else source
