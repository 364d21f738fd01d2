"""Matching incoming statement payments to clients and to the invoices they pay, and by hand when that fails.

To a client: the client chosen for the whole import, else a payer name or e-mail the worker confirmed before
(a payer alias), else a client whose name or legal name is the payer's name, or whose contact is the payer's
e-mail. To an invoice of that client, in its currency, still open: the invoice whose number the payment's
reference names; else the one for the work period it pays (an Upwork hourly week); else one whose outstanding
amount it pays exactly; else one it pays short (by up to
``SHORT_TOLERANCE`` of the invoice, as when a fee was taken before the money arrived), the closest first.
Invoices issued after the payment (beyond ``ISSUED_AFTER_GRACE``) or long before it (``LOOK_BACK``) are not
candidates. What is not matched is said with why, naming the closest invoice, so the worker can decide.

Matching by hand records the payment, remembers the payer's name and e-mail as the client's aliases, and can be
undone (the payment, its links and the new aliases are removed again, each change audited).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.money import Money, checked_amount
from ..errors import InvalidInput, NotFound
from ..store.models import Client, Invoice, PayerAlias, Payment, PaymentAllocation, StatementLine
from ..store.vault import UnitOfWork, Vault
from .changes import INVOICES, PAYMENTS, announces
from .clients.lookup import find_client

SHORT_TOLERANCE = Decimal("0.05")
LOOK_BACK = timedelta(days=180)
ISSUED_AFTER_GRACE = timedelta(days=7)
EXACT, SHORT = "exact", "short"


@dataclass(frozen=True, slots=True)
class InvoiceMatch:
    invoice_id: int
    label: str
    kind: str  # EXACT or SHORT
    shortfall: Money  # zero when exact


@dataclass(frozen=True, slots=True)
class UnmatchedLine:
    """An imported statement payment not yet recorded as a client's payment, with why."""

    id: int
    source: str
    transaction_id: str
    received_on: date
    gross: Money
    fees: Money
    payer_name: str | None
    payer_email: str | None
    reference: str | None
    why: str


@dataclass(frozen=True, slots=True)
class ManualMatch:
    """What matching a line by hand created: what its undo removes."""

    line_id: int
    payment_id: int
    alias_ids: tuple[int, ...]


class ClientFinder:
    """Clients by payer alias, name, legal name and contact e-mail, loaded once for a whole statement."""

    def __init__(self, session: Session) -> None:
        clients = {client.id: client for client in session.scalars(select(Client))}
        self.by_alias = {row.alias: clients[row.client_id] for row in session.scalars(select(PayerAlias))}
        self.by_name: dict[str, Client] = {}
        for client in clients.values():
            for name in (client.name, client.legal_name, client.contact):
                if name:
                    self.by_name.setdefault(name.strip().lower(), client)

    def find(self, payer_name: str | None, payer_email: str | None) -> Client | None:
        for key in (payer_email, payer_name):
            if key and key.strip().lower() in self.by_alias:
                return self.by_alias[key.strip().lower()]
        for key in (payer_name, payer_email):
            if key and key.strip().lower() in self.by_name:
                return self.by_name[key.strip().lower()]
        return None


@dataclass
class _Open:
    row: Invoice
    outstanding: Decimal

    @property
    def label(self) -> str:
        return self.row.number or f"#{self.row.id}"


class InvoiceFinder:
    """Each client's invoices with what is still outstanding, updated as payments are matched to them."""

    def __init__(self, session: Session) -> None:
        paid: dict[int, Decimal] = defaultdict(Decimal)
        for invoice_id, amount in session.execute(  # amounts are decimal text: summed here, exactly
            select(PaymentAllocation.invoice_id, PaymentAllocation.amount)
            .where(PaymentAllocation.invoice_id.is_not(None))
        ):
            if invoice_id is not None:  # always (the query's filter), said for the type checker
                paid[invoice_id] += amount
        self.by_client: dict[int, list[_Open]] = defaultdict(list)
        for row in session.scalars(select(Invoice).order_by(Invoice.issued_on, Invoice.id)):
            self.by_client[row.client_id].append(_Open(row, row.amount - paid[row.id]))

    def match(self, client: Client, gross: Decimal, currency: str, on: date, reference: str | None,
              period_to: date | None = None) -> tuple[InvoiceMatch | None, str | None, Decimal]:
        """The invoice this payment pays and that invoice's amount, or None, why not and zero; the payment's
        share is taken from what remains outstanding."""
        candidates = [item for item in self.by_client.get(client.id, ())
                      if item.row.currency == currency and item.outstanding > 0
                      and on - LOOK_BACK <= item.row.issued_on <= on + ISSUED_AFTER_GRACE]
        chosen = None
        if reference:
            wanted = reference.lower()
            chosen = next((item for item in candidates if item.row.number and item.row.number.lower() in wanted),
                          None)
        if chosen is None and period_to is not None:
            chosen = next((item for item in candidates if item.row.period_to == period_to), None)
        if chosen is None:
            exact = [item for item in candidates if item.outstanding == gross]
            short = [item for item in candidates
                     if item.outstanding > gross >= item.outstanding - item.row.amount * SHORT_TOLERANCE]
            pool = exact or sorted(short, key=lambda item: item.outstanding - gross)
            chosen = min(pool, key=lambda item: abs((item.row.issued_on - on).days)) if exact else (
                pool[0] if pool else None)
        if chosen is None:
            return None, _why_not(client, gross, currency, on, self.by_client.get(client.id, ())), Decimal(0)
        shortfall = max(chosen.outstanding - gross, Decimal(0))
        chosen.outstanding -= min(gross, chosen.outstanding)
        match = InvoiceMatch(chosen.row.id, chosen.label, SHORT if shortfall else EXACT, Money(shortfall, currency))
        return match, None, chosen.row.amount


def _why_not(client: Client, gross: Decimal, currency: str, on: date, invoices: list[_Open] | tuple[()]) -> str:
    text = f"no invoice of {Money(gross, currency)} near {on.isoformat()}"
    same = [item for item in invoices if item.row.currency == currency and item.outstanding > 0]
    if not same:
        return text + f"; {client.name} has no open invoice in {currency}"
    closest = min(same, key=lambda item: (abs(item.outstanding - gross), abs((item.row.issued_on - on).days)))
    return text + f"; closest: {closest.label} {Money(closest.outstanding, currency)}"


def payment_values(line: StatementLine | dict[str, Any], client: Client, *, entered_at: datetime) -> dict[str, Any]:
    """The column values of the payment a statement line records for ``client``, in the client's currency (the
    line's own, or the other side of its conversion); InvalidInput when it cannot be theirs."""
    get: Callable[[str], Any] = line.get if isinstance(line, dict) else lambda key: getattr(line, key)
    gross, fees, currency = get("gross"), get("fees"), get("currency")
    converted_amount, converted_currency = get("converted_amount"), get("converted_currency")
    rate = get("exchange_rate")
    if currency != client.currency and converted_currency == client.currency and rate:
        fees = (fees * rate).quantize(Decimal("0.01"))
        gross, converted_amount = converted_amount + fees, gross
        currency, converted_currency, rate = client.currency, get("currency"), (1 / rate).quantize(Decimal("0.000001"))
    if currency != client.currency:
        raise InvalidInput.said("{amount} cannot be {client}'s payment: they pay in {currency}.",
                                amount=Money(gross, currency), client=client.name, currency=client.currency)
    checked_amount(gross, currency)
    checked_amount(fees, currency, what="Fees")
    source, txid = get("source"), get("transaction_id")
    return dict(client_id=client.id, received_on=get("received_on"), gross=gross, fees=fees, deductions=Decimal(0),
                net=gross - fees, currency=currency, method=str(source).split(":")[0],
                reference=get("reference") or txid, period_from=get("period_from"), period_to=get("period_to"),
                note=f"From the {source} statement {get('file_name')}, transaction {txid}.",
                entered_at=entered_at, converted_amount=converted_amount, converted_currency=converted_currency,
                exchange_rate=rate)


def list_unmatched(vault: Vault) -> list[UnmatchedLine]:
    """Imported payments waiting to be matched to a client, oldest first, each with why it was not matched."""
    with vault.reading() as session:
        finder = ClientFinder(session)
        rows = session.scalars(select(StatementLine).where(StatementLine.payment_id.is_(None))
                               .order_by(StatementLine.received_on, StatementLine.id)).all()
        return [_unmatched(row, finder) for row in rows]


def _unmatched(row: StatementLine, finder: ClientFinder) -> UnmatchedLine:
    client = finder.find(row.payer_name, row.payer_email)
    if client is None:
        payer = " ".join(part for part in (row.payer_name, f"<{row.payer_email}>" if row.payer_email else None)
                         if part) or "no payer named"
        why = f"no client known as {payer}"
    else:
        why = (f"{client.name} pays in {client.currency}, this came in {row.currency}"
               if row.currency != client.currency else "not matched yet")
    return UnmatchedLine(row.id, row.source, row.transaction_id, row.received_on, Money(row.gross, row.currency),
                         Money(row.fees, row.currency), row.payer_name, row.payer_email, row.reference, why)


@announces(PAYMENTS, INVOICES)
def match_by_hand(vault: Vault, line_id: int, client: str, *, invoice_id: int | None = None) -> ManualMatch:
    """Record an unmatched statement payment as ``client``'s, paying ``invoice_id`` (else the invoice an import
    would have matched it to, if any), and remember the payer's name and e-mail for that client."""
    with vault.unit_of_work() as uow:
        line = _line(uow.session, line_id)
        if line.payment_id is not None:
            raise InvalidInput("That statement payment is already matched; undo that match first.")
        target = find_client(uow.session, client)
        row = Payment(**payment_values(line, target, entered_at=datetime.now(UTC)))
        uow.created(row)
        if invoice_id is None:  # the invoice it pays, found as an import finds it
            found, _, _ = InvoiceFinder(uow.session).match(target, row.gross, row.currency, row.received_on,
                                                           line.reference, line.period_to)
            invoice_id = found.invoice_id if found else None
        if invoice_id is not None:
            invoice = uow.session.get(Invoice, invoice_id)
            if invoice is None or invoice.client_id != target.id or invoice.currency != row.currency:
                raise InvalidInput.said("That invoice is not one of {client}'s in {currency}.", client=target.name,
                                        currency=row.currency)
            uow.created(PaymentAllocation(payment_id=row.id, invoice_id=invoice.id,
                                          amount=min(row.gross, invoice.amount)))
        line.payment_id = row.id
        uow.updated(line)
        aliases = _remember(uow, target, line.payer_name, line.payer_email)
        return ManualMatch(line.id, row.id, tuple(alias.id for alias in aliases))


@announces(PAYMENTS, INVOICES)
def undo_match(vault: Vault, match: ManualMatch) -> None:
    """Take a match by hand back: the payment and its links go, the new aliases go, the line waits again."""
    with vault.unit_of_work() as uow:
        line = _line(uow.session, match.line_id)
        payment = uow.session.get(Payment, match.payment_id)
        if payment is None or line.payment_id != payment.id:
            raise NotFound("That match was changed since; nothing was undone.")
        line.payment_id = None
        uow.updated(line)
        for link in uow.session.scalars(select(PaymentAllocation).where(PaymentAllocation.payment_id == payment.id)):
            uow.deleted(link)
        uow.deleted(payment)
        for alias_id in match.alias_ids:
            alias = uow.session.get(PayerAlias, alias_id)
            if alias is not None:
                uow.deleted(alias)


def _remember(uow: UnitOfWork, client: Client, *names: str | None) -> list[PayerAlias]:
    added = []
    for name in names:
        key = name.strip().lower() if name else ""
        if not key or key == client.name.lower():
            continue
        existing = uow.session.scalar(select(PayerAlias).where(PayerAlias.alias == key))
        if existing is None:
            alias = PayerAlias(alias=key, client_id=client.id, entered_at=datetime.now(UTC))
            uow.created(alias)
            added.append(alias)
    return added


def _line(session: Session, line_id: int) -> StatementLine:
    line = session.get(StatementLine, line_id)
    if line is None:
        raise NotFound.said("Statement payment {id} does not exist.", id=line_id)
    return line
