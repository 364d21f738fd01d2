"""Importing a payment statement: preview it, then record it in one unit of work, or nothing at all.

Every incoming payment of the statement is kept as a statement line under its transaction id, unique per
source, so the same statement imported twice adds nothing and overlapping statements add only what is new.
A line matched to a client (services/matching.py) is recorded as that client's payment, with the platform's
fees, linked to the invoice it pays; one that is not waits in the Pay view with why. The conversions the
statement shows are recorded as exchange rates (source "statement FILE ID"), each once. A bad row anywhere
stops the import before anything is written, naming its line.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.money import Money
from ..errors import InvalidInput
from ..interchange.generic_csv import mapping_fields
from ..interchange.statements import mapped, paypal, upwork, wise
from ..interchange.statements.common import ParsedStatement, StatementPayment, read_table
from ..interchange.statements.mapped import PaymentMapping as PaymentMapping  # re-exported, as above
from ..store.models import Client, ExchangeRate, Payment, PaymentAllocation, StatementLine
from ..store.vault import Vault
from .changes import INVOICES, PAYMENTS, announces
from .clients.lookup import find_client
from .matching import ClientFinder, InvoiceFinder, InvoiceMatch, payment_values
from .settings import saved_column_mapping, source_name, write_setting

PARSERS: dict[str, Callable[[Path], ParsedStatement]] = {
    "paypal": paypal.parse, "wise": wise.parse, "upwork": upwork.parse,
}
MAPPED = ("payoneer", mapped.FORMAT)
MAPPING_FIELDS = mapped.FIELDS  # the fields a mapped file's columns are chosen for (the desktop app lists them)
FORMATS = (*PARSERS, *MAPPED)
MAPPING_KEY = "import.payments-csv.{source}"


@dataclass(frozen=True, slots=True)
class StatementRequest:
    format: str
    path: Path
    client: str | None = None  # every payment is this client's
    source: str | None = None  # payments-csv: the name its column mapping is saved under
    mapping: PaymentMapping | None = None  # payments-csv and payoneer: a new mapping, saved with the import


@dataclass(frozen=True, slots=True)
class Total:
    currency: str
    payments: int
    gross: Decimal
    fees: Decimal
    net: Decimal


@dataclass(frozen=True, slots=True)
class LineOutcome:
    """One new statement payment: the client and invoice it was matched to, or why not."""

    line: int
    transaction_id: str
    received_on: str
    amount: Money
    payer: str | None
    client: str | None
    invoice: InvoiceMatch | None
    why: str | None  # why no client, or why no invoice


@dataclass(frozen=True, slots=True)
class StatementPreview:
    format: str
    path: Path
    new: int  # statement payments not imported before
    already_imported: int
    recorded: int  # of the new ones, matched to a client and recorded as payments
    skipped: tuple[tuple[str, int], ...]  # (reason, count): withdrawals, transfers, refunds, holds, ...
    totals: tuple[Total, ...]  # of the new payments, per currency
    outcomes: tuple[LineOutcome, ...]
    rates: int  # exchange rates newly recorded
    committed: bool

    @property
    def unmatched(self) -> tuple[LineOutcome, ...]:
        return tuple(outcome for outcome in self.outcomes if outcome.client is None)


def preview_statement(vault: Vault, request: StatementRequest) -> StatementPreview:
    """Read the statement and compare it with the records; write nothing."""
    parsed, source = _read(vault, request)
    with vault.reading() as session:
        plan = _Plan(session, parsed, source, request.client)
    return plan.preview(committed=False)


@announces(PAYMENTS, INVOICES)
def import_statement(vault: Vault, request: StatementRequest) -> StatementPreview:
    """Record every new payment of the statement, its links and rates, in one unit of work."""
    parsed, source = _read(vault, request)
    with vault.unit_of_work() as uow:
        plan = _Plan(uow.session, parsed, source, request.client)
        payment_ids = uow.created_rows(Payment, [item.payment for item in plan.recorded])
        uow.created_rows(PaymentAllocation, [
            {"payment_id": payment_id, "invoice_id": item.invoice.invoice_id, "amount": item.share}
            for payment_id, item in zip(payment_ids, plan.recorded, strict=True) if item.invoice is not None])
        payment_of = {item.line: payment_id for payment_id, item in zip(payment_ids, plan.recorded, strict=True)}
        uow.created_rows(StatementLine, [{**values, "payment_id": payment_of.get(index)}
                                          for index, values in enumerate(plan.lines)])
        uow.created_rows(ExchangeRate, plan.rates)
        if request.mapping is not None:
            write_setting(uow, MAPPING_KEY.format(source=source.split(":", 1)[-1]), request.mapping.fields())
    return plan.preview(committed=True)


def payment_mapping(pairs: list[str]) -> PaymentMapping:
    """A payments-csv or payoneer mapping from `--map FIELD=COLUMN` pairs (the CLI's; the GUI builds its own)."""
    return PaymentMapping.from_fields(mapping_fields(pairs))


@dataclass(frozen=True, slots=True)
class MappingChoices:
    """What the desktop app needs to map a payments-csv or Payoneer file's columns: its header, and the mapping
    saved under its source name (None the first time)."""

    columns: tuple[str, ...]
    saved: PaymentMapping | None


def mapping_choices(vault: Vault, format: str, path: Path, source: str | None = None) -> MappingChoices:
    """The file's columns (it is read and checked as the import will read it) and the saved mapping, if any."""
    if format not in MAPPED:
        raise InvalidInput.said("{format!r} statements need no column mapping.", format=format)
    columns = tuple(read_table(path).header)
    name = source if format == mapped.FORMAT else format
    return MappingChoices(columns, saved_payment_mapping(vault, name) if name and name.strip() else None)


def saved_payment_mapping(vault: Vault, source: str) -> PaymentMapping | None:
    fields = saved_column_mapping(vault, MAPPING_KEY.format(source=source_name(source)), source)
    return PaymentMapping.from_fields(fields) if fields is not None else None


def _read(vault: Vault, request: StatementRequest) -> tuple[ParsedStatement, str]:
    """The parsed statement and its source name (what transaction ids are unique within)."""
    if request.format in PARSERS:
        return PARSERS[request.format](request.path), request.format
    if request.format not in MAPPED:
        raise InvalidInput.said("Unknown statement format {format!r}: use one of {formats}.", format=request.format,
                                formats=", ".join(FORMATS))
    if request.format == mapped.FORMAT and not request.source:
        raise InvalidInput("A payments-csv import needs --source NAME: its column mapping is saved under it.")
    name = source_name(request.source or request.format)
    mapping = request.mapping or saved_payment_mapping(vault, name)
    if mapping is None:
        raise InvalidInput.said("No column mapping saved for {name!r} yet: give one with --map FIELD=COLUMN for the "
                                "fields {fields} (date, amount and id needed).", name=name,
                                fields=", ".join(mapped.FIELDS))
    currency = None
    if request.client:
        with vault.reading() as session:
            currency = find_client(session, request.client).currency
    source = name if request.format == "payoneer" else f"{mapped.FORMAT}:{name}"
    return mapped.parse(request.path, mapping, currency=currency, source=source), source


@dataclass(frozen=True, slots=True)
class _Recorded:
    line: int  # index into _Plan.lines
    payment: dict[str, Any]  # the payment's column values
    invoice: InvoiceMatch | None
    share: Decimal  # what it counts towards that invoice


class _Plan:
    """The statement's new payments matched to clients and invoices, and its new rates; nothing written."""

    def __init__(self, session: Session, parsed: ParsedStatement, source: str, chosen: str | None) -> None:
        self.parsed = parsed
        self.source = source
        self.now = datetime.now(UTC)
        chosen_client = find_client(session, chosen) if chosen else None
        known = set(session.scalars(select(StatementLine.transaction_id).where(StatementLine.source == source)))
        known_rates = set(session.scalars(select(ExchangeRate.source)))
        clients = ClientFinder(session)
        invoices = InvoiceFinder(session)
        self.already = 0
        self.lines: list[dict[str, Any]] = []
        self.recorded: list[_Recorded] = []
        self.outcomes: list[LineOutcome] = []
        for payment in parsed.payments:
            if payment.transaction_id in known:
                self.already += 1
                continue
            known.add(payment.transaction_id)
            self.lines.append(self._values(payment))
            self._match(payment, chosen_client or clients.find(payment.payer_name, payment.payer_email), invoices)
        # A conversion can appear in several statements (Wise writes it in both currencies' files): once each.
        recorded_ids = {label.rsplit(" ", 1)[-1] for label in known_rates if label.startswith("statement ")}
        self.rates: list[dict[str, Any]] = []
        for rate in parsed.rates:
            label = f"statement {parsed.path.name[:100]} {rate.transaction_id}"
            # The label too: an id with a space in it is not the last word of its label (the source is unique).
            if rate.transaction_id in recorded_ids or label in known_rates:
                continue
            recorded_ids.add(rate.transaction_id)
            known_rates.add(label)
            self.rates.append({"on": rate.on, "from_currency": rate.from_currency, "to_currency": rate.to_currency,
                               "rate": rate.rate, "entered_at": self.now,
                               "source": label})

    def _values(self, payment: StatementPayment) -> dict[str, Any]:
        return {"source": self.source, "transaction_id": payment.transaction_id,
                "file_name": self.parsed.path.name[:200], "line": payment.line, "received_on": payment.received_on,
                "gross": payment.gross, "fees": payment.fees, "currency": payment.currency,
                "converted_amount": payment.converted_amount, "converted_currency": payment.converted_currency,
                "exchange_rate": payment.exchange_rate, "payer_name": payment.payer_name,
                "payer_email": payment.payer_email, "reference": payment.reference,
                "period_from": payment.period_from, "period_to": payment.period_to, "entered_at": self.now}

    def _match(self, payment: StatementPayment, client: Client | None, invoices: InvoiceFinder) -> None:
        values = self.lines[-1]
        where = (payment.line, payment.transaction_id, payment.received_on.isoformat(),
                 Money(payment.gross, payment.currency), payment.payer_name or payment.payer_email)
        if client is None:
            shown = " ".join(part for part in (payment.payer_name, f"<{payment.payer_email}>" if payment.payer_email
                                               else None) if part) or "no payer named"
            self.outcomes.append(LineOutcome(*where, None, None, f"no client known as {shown}"))
            return
        try:
            row = payment_values(values, client, entered_at=self.now)
        except InvalidInput as error:
            self.outcomes.append(LineOutcome(*where, None, None, str(error)))
            return
        match, why, invoice_amount = invoices.match(client, row["gross"], row["currency"], payment.received_on,
                                                    payment.reference, payment.period_to)
        share = min(row["gross"], invoice_amount) if match else Decimal(0)
        self.recorded.append(_Recorded(len(self.lines) - 1, row, match, share))
        self.outcomes.append(LineOutcome(*where, client.name, match, why))

    def preview(self, *, committed: bool) -> StatementPreview:
        sums: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0), Decimal(0)])
        for values in self.lines:
            total = sums[values["currency"]]
            total[0] += 1
            total[1] += values["gross"]
            total[2] += values["fees"]
        skipped: Counter[str] = self.parsed.skipped
        return StatementPreview(
            format=self.parsed.format, path=self.parsed.path, new=len(self.lines), already_imported=self.already,
            recorded=len(self.recorded), skipped=tuple(sorted(skipped.items())),
            totals=tuple(Total(currency, int(count), gross, fees, gross - fees)
                         for currency, (count, gross, fees) in sorted(sums.items())),
            outcomes=tuple(self.outcomes), rates=len(self.rates), committed=committed,
        )
