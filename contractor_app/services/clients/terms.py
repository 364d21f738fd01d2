"""Engagements and their effective-dated pay terms: the history, new engagements and new terms, and
their corrections (an engagement renamed, terms corrected, removed or put back)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.categories import check_category
from ...domain.pay import KINDS, Terms
from ...domain.times import zone
from ...errors import InvalidInput, NotFound
from ...store.models import Engagement, PayTerms, WorkEntry
from ...store.vault import Vault
from ..changes import CLIENTS, ENTRIES, announces
from .lookup import MAX_FIELD, MAX_NOTE, checked_text, client_by_id, find_client, find_engagement, terms_of


def set_terms(vault: Vault, *, client: str, terms: Terms, engagement: str | None = None) -> str:
    """Record pay terms in force from ``terms.effective_from`` (one audited change). Earlier terms stay in
    force before that day, so a rate change mid-period splits the work. Terms for the same day are replaced."""
    with vault.unit_of_work() as uow:
        found = find_client(uow.session, client)
        if terms.rate.currency != found.currency:
            raise InvalidInput.said("{client} pays in {currency}, not {rate_currency}.", client=found.name,
                                    currency=found.currency, rate_currency=terms.rate.currency)
        target = find_engagement(uow.session, found, engagement)
        existing = uow.session.scalars(select(PayTerms).where(
            PayTerms.engagement_id == target.id, PayTerms.effective_from == terms.effective_from)).first()
        row = existing or PayTerms(engagement_id=target.id, effective_from=terms.effective_from)
        row.kind, row.rate, row.currency = terms.kind, terms.rate.amount, terms.rate.currency
        row.unit_name, row.unpaid_categories = terms.unit_name, list(terms.unpaid_categories)
        if existing is None:
            uow.created(row)
        else:
            uow.updated(row)
        return f"{found.name} / {target.name}: {terms.describe()} from {terms.effective_from}"


MAX_FEE = Decimal(100)


@dataclass(frozen=True, slots=True)
class TermsRecord:
    """One row of an engagement's pay terms history."""

    id: int
    terms: Terms
    platform_fee_percent: Decimal | None
    note: str | None


@dataclass(frozen=True, slots=True)
class EngagementDetails:
    id: int
    name: str
    note: str | None
    history: tuple[TermsRecord, ...]  # newest first

    def in_force(self, day: date) -> TermsRecord | None:
        """The terms that apply to work done on ``day`` (a date in the worker's zone)."""
        return next((record for record in self.history if record.terms.effective_from <= day), None)


@announces(CLIENTS)
def add_engagement(vault: Vault, client_id: int, name: str, *, terms: Terms | None = None,
                   platform_fee_percent: Decimal | None = None, note: str | None = None) -> EngagementDetails:
    """A new project or contract under the client, with its first pay terms if agreed (one audited change)."""
    cleaned = checked_text(name, "The engagement's name", MAX_FIELD)
    if cleaned is None:
        raise InvalidInput("An engagement needs a name, such as the project or contract; nothing was changed.")
    note = checked_text(note, "The note", MAX_NOTE)
    with vault.unit_of_work() as uow:
        client = client_by_id(uow.session, client_id)
        taken = uow.session.scalars(select(Engagement.name).where(
            Engagement.client_id == client.id, func.lower(Engagement.name) == cleaned.lower())).first()
        if taken is not None:
            raise InvalidInput.said("{client} already has an engagement named {name!r}; nothing was changed.",
                                    client=client.name, name=taken)
        engagement = Engagement(client_id=client.id, name=cleaned, note=note, created_at=datetime.now(UTC))
        uow.created(engagement)
        if terms is not None:
            uow.created(_terms_row(engagement.id, terms, client.currency, platform_fee_percent, None))
        return engagement_details(uow.session, engagement)


@announces(CLIENTS)
def add_terms(vault: Vault, engagement_id: int, terms: Terms, *, platform_fee_percent: Decimal | None = None,
              note: str | None = None) -> TermsRecord:
    """New pay terms for an engagement from ``terms.effective_from`` (a raise, a new rate, other unpaid
    categories). Earlier terms stay in force before that day; terms already recorded for that day are kept and
    the new ones refused, so history is never overwritten by accident."""
    with vault.unit_of_work() as uow:
        engagement = uow.session.get(Engagement, engagement_id)
        if engagement is None:
            raise NotFound.said("There is no {what} #{id} in your records; nothing was changed.",
                                what="engagement", id=engagement_id, phrases=("what",))
        client = client_by_id(uow.session, engagement.client_id)
        row = _terms_row(engagement.id, terms, client.currency, platform_fee_percent, note)
        clash = uow.session.scalars(select(PayTerms).where(
            PayTerms.engagement_id == engagement.id, PayTerms.effective_from == terms.effective_from)).first()
        if clash is not None:
            raise InvalidInput.said("{engagement} already has pay terms from {effective_from}; choose another day. "
                                    "Nothing was changed.", engagement=engagement.name,
                                    effective_from=terms.effective_from)
        uow.created(row)
        return _record(row)


@announces(CLIENTS)
def rename_engagement(vault: Vault, engagement_id: int, name: str) -> EngagementDetails:
    """A new name for an engagement (one audited change). Its entries, terms and payments refer to it by id and
    stay with it."""
    cleaned = checked_text(name, "The engagement's name", MAX_FIELD)
    if cleaned is None:
        raise InvalidInput("An engagement needs a name, such as the project or contract; nothing was changed.")
    with vault.unit_of_work() as uow:
        engagement = _engagement_row(uow.session, engagement_id)
        taken = uow.session.scalars(select(Engagement.name).where(
            Engagement.client_id == engagement.client_id, Engagement.id != engagement.id,
            func.lower(Engagement.name) == cleaned.lower())).first()
        if taken is not None:
            raise InvalidInput.said("This client already has an engagement named {name!r}; nothing was changed.",
                                    name=taken)
        if engagement.name != cleaned:
            engagement.name = cleaned
            uow.updated(engagement)
        return engagement_details(uow.session, engagement)


@dataclass(frozen=True, slots=True)
class RemovedTerms:
    """Pay terms as they were before they were removed: what undoing the removal puts back."""

    engagement_id: int
    record: TermsRecord


@announces(CLIENTS, ENTRIES)
def update_terms(vault: Vault, terms_id: int, terms: Terms, *, platform_fee_percent: Decimal | None = None,
                 note: str | None = None) -> TermsRecord:
    """Correct recorded pay terms (a rate typed wrong, a start day that was another): one audited change. Entries
    keep their engagement and are priced again by what is in force on their day; a change that would leave
    entries with no terms at all (a first start moved later) is refused."""
    with vault.unit_of_work() as uow:
        row = _terms(uow.session, terms_id)
        engagement = _engagement_row(uow.session, row.engagement_id)
        client = client_by_id(uow.session, engagement.client_id)
        new = _terms_row(engagement.id, terms, client.currency, platform_fee_percent, note)
        clash = uow.session.scalars(select(PayTerms).where(
            PayTerms.engagement_id == engagement.id, PayTerms.effective_from == terms.effective_from,
            PayTerms.id != row.id)).first()
        if clash is not None:
            raise InvalidInput.said("{engagement} already has pay terms from {effective_from}; choose another day. "
                                    "Nothing was changed.", engagement=engagement.name,
                                    effective_from=terms.effective_from)
        others = [day for day in _starts(uow.session, engagement.id) if day != row.effective_from]
        first = min([*others, new.effective_from])
        unpriced = _entry_days(uow.session, engagement.id, before=first)
        if len(unpriced) == 1:
            raise InvalidInput.said("Your entry of {day} would have no pay terms (the first would start on {first}). "
                                    "Choose an earlier day. Nothing was changed.", day=unpriced[0], first=first)
        if unpriced:
            raise InvalidInput.said("{count} entries from {start} to {end} would have no pay terms (the first would "
                                    "start on {first}). Choose an earlier day. Nothing was changed.",
                                    count=len(unpriced), start=unpriced[0], end=unpriced[-1], first=first)
        columns = ("effective_from", "kind", "rate", "currency", "unit_name", "unpaid_categories",
                   "platform_fee_percent", "note")
        if any(getattr(row, key) != getattr(new, key) for key in columns):
            for key in columns:
                setattr(row, key, getattr(new, key))
            uow.updated(row)
        return _record(row)


@announces(CLIENTS, ENTRIES)
def remove_terms(vault: Vault, terms_id: int) -> RemovedTerms:
    """Remove pay terms recorded by mistake (one audited change); returned whole, for undo. Terms that price
    entries are kept: removing them would price that work at other terms, or at none, without a word."""
    with vault.unit_of_work() as uow:
        row = _terms(uow.session, terms_id)
        engagement = _engagement_row(uow.session, row.engagement_id)
        later = [day for day in _starts(uow.session, engagement.id) if day > row.effective_from]
        priced = _entry_days(uow.session, engagement.id, since=row.effective_from, before=min(later, default=None))
        if priced:
            if len(priced) == 1:
                raise InvalidInput.said("Your entry of {day} is paid at these terms. Correct the terms instead of "
                                        "removing them. Nothing was changed.", day=priced[0])
            raise InvalidInput.said("{count} entries from {start} to {end} are paid at these terms. Correct the terms "
                                    "instead of removing them. Nothing was changed.", count=len(priced),
                                    start=priced[0], end=priced[-1])
        removed = RemovedTerms(engagement_id=engagement.id, record=_record(row))
        uow.deleted(row)
        return removed


@announces(CLIENTS, ENTRIES)
def reinstate_terms(vault: Vault, removed: RemovedTerms) -> TermsRecord:
    """Put removed terms back as they were (audited as a new record): the undo of ``remove_terms``."""
    record = removed.record
    return add_terms(vault, removed.engagement_id, record.terms, platform_fee_percent=record.platform_fee_percent,
                     note=record.note)


def _engagement_row(session: Session, engagement_id: int) -> Engagement:
    engagement = session.get(Engagement, engagement_id) if not isinstance(engagement_id, bool) else None
    if engagement is None:
        raise NotFound.said("There is no {what} #{id} in your records; nothing was changed.", what="engagement",
                            id=engagement_id, phrases=("what",))
    return engagement


def _terms(session: Session, terms_id: int) -> PayTerms:
    row = session.get(PayTerms, terms_id) if not isinstance(terms_id, bool) else None
    if row is None:
        raise NotFound.said("There are no pay terms #{id} in your records; nothing was changed.", id=terms_id)
    return row


def _starts(session: Session, engagement_id: int) -> list[date]:
    return list(session.scalars(select(PayTerms.effective_from).where(PayTerms.engagement_id == engagement_id)))


def _entry_days(session: Session, engagement_id: int, *, since: date | None = None,
                before: date | None = None) -> list[date]:
    """The days (each in its entry's own zone, as pricing reads them) of the engagement's entries in
    [since, before)."""
    days = []
    for start_at, tz in session.execute(select(WorkEntry.start_at, WorkEntry.tz)
                                        .where(WorkEntry.engagement_id == engagement_id)):
        day = start_at.astimezone(zone(tz)).date()
        if (since is None or day >= since) and (before is None or day < before):
            days.append(day)
    return sorted(days)


def _terms_row(engagement_id: int, terms: Terms, currency: str, fee: Decimal | None, note: str | None) -> PayTerms:
    """A checked PayTerms row: the client's currency, a positive rate, a unit name, known categories."""
    if terms.kind not in KINDS:
        raise InvalidInput.said("Pay type must be hourly, per unit or fixed, not {kind!r}.", kind=terms.kind)
    if terms.rate.currency != currency:
        raise InvalidInput.said("The client pays in {currency}, not {rate_currency}; nothing was changed.",
                                currency=currency, rate_currency=terms.rate.currency)
    if terms.rate.amount <= 0:
        raise InvalidInput("A rate must be more than zero; nothing was changed.")
    unit = None
    if terms.kind == "per_unit":
        unit = (terms.unit_name or "").strip().lower()
        if not unit.isalpha() or len(unit) > 20:
            raise InvalidInput("Name the unit of work with one word, such as task or item.")
    if fee is not None and not Decimal(0) <= fee <= MAX_FEE:
        raise InvalidInput("The platform fee is a percentage from 0 to 100; nothing was changed.")
    unpaid = sorted({check_category(name) for name in terms.unpaid_categories})
    return PayTerms(engagement_id=engagement_id, effective_from=terms.effective_from, kind=terms.kind,
                    rate=terms.rate.amount, currency=terms.rate.currency, unit_name=unit, unpaid_categories=unpaid,
                    platform_fee_percent=fee, note=checked_text(note, "The note", MAX_NOTE))


def _record(row: PayTerms) -> TermsRecord:
    return TermsRecord(id=row.id, terms=terms_of(row), platform_fee_percent=row.platform_fee_percent, note=row.note)


def engagement_details(session: Session, engagement: Engagement) -> EngagementDetails:
    rows = session.scalars(select(PayTerms).where(PayTerms.engagement_id == engagement.id)
                           .order_by(PayTerms.effective_from.desc()))
    return EngagementDetails(id=engagement.id, name=engagement.name, note=engagement.note,
                             history=tuple(_record(row) for row in rows))
