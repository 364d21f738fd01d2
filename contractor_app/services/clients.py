"""Clients (platforms, agencies) with their engagements and effective-dated pay terms, and the written contract.

Every write is one audited change that either happens whole or not at all; bad input raises InvalidInput with a
sentence the worker can act on. Views and the CLI read plain dataclasses, never ORM rows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.categories import check_category
from ..domain.currency import check_currency
from ..domain.jurisdiction import check_jurisdiction
from ..domain.money import Money
from ..domain.pay import FROM_THE_START, KINDS, Terms
from ..domain.times import zone
from ..errors import InvalidInput, NotFound
from ..store.models import Client, Engagement, Evidence, EvidenceLink, PayTerms, WorkEntry
from ..store.vault import Vault
from .changes import CLIENTS, ENTRIES, EVIDENCE, announces

CLASSIFICATIONS = ("contractor", "employee")
DEFAULT_ENGAGEMENT = "General"


@dataclass(frozen=True, slots=True)
class ClientInfo:
    id: int
    name: str
    classification: str
    jurisdiction: str | None
    currency: str
    payment_terms_days: int | None
    engagements: tuple[str, ...]
    terms: str  # the current terms of the first engagement, described
    current_terms: Terms | None = None  # the same terms as a value, for views that format them
    contract_on_file: bool = False


@dataclass(frozen=True, slots=True)
class NewClient:
    name: str
    currency: str
    terms: Terms | None = None
    jurisdiction: str | None = None
    classification: str = "contractor"
    payment_terms_days: int | None = None
    workweek_start: int = 0
    legal_name: str | None = None
    address: str | None = None
    contact: str | None = None
    worker_ref: str | None = None
    engagement: str = DEFAULT_ENGAGEMENT
    contract_on_file: bool = False
    workday_start_minutes: int | None = None  # see set_workday_start
    app_based: bool = False  # an app whose work a pay-floor law covers (NYC delivery, Seattle app-based work)


@announces(CLIENTS)
def add_client(vault: Vault, new: NewClient) -> ClientInfo:
    name = new.name.strip()
    if not name:
        raise InvalidInput("A client needs a name.")
    if new.classification not in CLASSIFICATIONS:
        raise InvalidInput(f"Classification must be contractor or employee, not {new.classification!r}.")
    if new.payment_terms_days is not None and not 0 <= new.payment_terms_days <= 365:
        raise InvalidInput("Payment terms must be between 0 and 365 days.")
    currency = check_currency(new.currency)
    if new.terms and new.terms.rate.currency != currency:
        raise InvalidInput(f"The rate is in {new.terms.rate.currency} but the client pays in {currency}.")
    jurisdiction = check_jurisdiction(new.jurisdiction) if new.jurisdiction else None
    if new.workday_start_minutes is not None and not 0 < new.workday_start_minutes < 24 * 60:
        raise InvalidInput("A workday starts between 00:01 and 23:59, or at midnight.")
    now = datetime.now(UTC)
    with vault.unit_of_work() as uow:
        if _lookup(uow.session, name) is not None:
            raise InvalidInput(f"There is already a client named {name!r}; nothing was changed.")
        client = Client(
            name=name, legal_name=new.legal_name, address=new.address, contact=new.contact,
            worker_ref=new.worker_ref, classification=new.classification, jurisdiction=jurisdiction,
            currency=currency, payment_terms_days=new.payment_terms_days, workweek_start=new.workweek_start,
            contract_on_file=new.contract_on_file, workday_start_minutes=new.workday_start_minutes, created_at=now,
            app_based=bool(new.app_based),
        )
        uow.created(client)
        engagement = Engagement(client_id=client.id, name=new.engagement.strip() or DEFAULT_ENGAGEMENT, created_at=now)
        uow.created(engagement)
        if new.terms:
            uow.created(PayTerms(
                engagement_id=engagement.id, effective_from=new.terms.effective_from, kind=new.terms.kind,
                rate=new.terms.rate.amount, currency=new.terms.rate.currency, unit_name=new.terms.unit_name,
                unpaid_categories=list(new.terms.unpaid_categories),
            ))
        return _info(uow.session, client)


def list_clients(vault: Vault) -> list[ClientInfo]:
    with vault.reading() as session:
        return [_info(session, client) for client in session.scalars(select(Client).order_by(Client.name))]


def find_client(session: Session, name: str) -> Client:
    """The client named ``name`` (any case), or the only one whose name starts with it."""
    client = _lookup(session, name.strip()) or (_lookup_prefix(session, name.strip()) if name.strip() else None)
    if client is None:
        known = session.scalars(select(Client.name).order_by(Client.name)).all()
        hint = f" Known clients: {', '.join(known)}." if known else " Add one with `client add`."
        raise NotFound(f"No client named {name!r}.{hint}")
    return client


def find_engagement(session: Session, client: Client, name: str | None) -> Engagement:
    """The named engagement of ``client``, or its first one when no name is given."""
    query = select(Engagement).where(Engagement.client_id == client.id).order_by(Engagement.id)
    if name:
        query = query.where(func.lower(Engagement.name) == name.strip().lower())
    engagement = session.scalars(query).first()
    if engagement is None:
        raise NotFound(f"{client.name} has no engagement named {name!r}." if name
                       else f"{client.name} has no engagement.")
    return engagement


def terms_of(row: PayTerms) -> Terms:
    return Terms(kind=row.kind, rate=Money(row.rate, row.currency), effective_from=row.effective_from,
                 unit_name=row.unit_name, unpaid_categories=tuple(row.unpaid_categories or ()))


def _lookup(session: Session, name: str) -> Client | None:
    return session.scalars(select(Client).where(func.lower(Client.name) == name.lower())).first()


def _lookup_prefix(session: Session, name: str) -> Client | None:
    """The one client whose name starts with ``name`` (any case), so "acme" finds "Acme Labeling"."""
    matches = [c for c in session.scalars(select(Client)) if c.name.lower().startswith(name.lower())]
    return matches[0] if len(matches) == 1 else None


def _info(session: Session, client: Client) -> ClientInfo:
    engagements = session.scalars(
        select(Engagement).where(Engagement.client_id == client.id).order_by(Engagement.id)
    ).all()
    terms = "no pay terms"
    described = None
    if engagements:
        current = session.scalars(
            select(PayTerms).where(PayTerms.engagement_id == engagements[0].id)
            .order_by(PayTerms.effective_from.desc())
        ).first()
        if current is not None:
            described = terms_of(current)
            terms = described.describe()
            if described.effective_from != FROM_THE_START:
                terms += f" from {described.effective_from}"
    return ClientInfo(
        id=client.id, name=client.name, classification=client.classification, jurisdiction=client.jurisdiction,
        currency=client.currency, payment_terms_days=client.payment_terms_days,
        engagements=tuple(e.name for e in engagements), terms=terms, current_terms=described,
        contract_on_file=client.contract_on_file,
    )


def set_terms(vault: Vault, *, client: str, terms: Terms, engagement: str | None = None) -> str:
    """Record pay terms in force from ``terms.effective_from`` (one audited change). Earlier terms stay in
    force before that day, so a rate change mid-period splits the work. Terms for the same day are replaced."""
    with vault.unit_of_work() as uow:
        found = find_client(uow.session, client)
        if terms.rate.currency != found.currency:
            raise InvalidInput(f"{found.name} pays in {found.currency}, not {terms.rate.currency}.")
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


def set_contract_on_file(vault: Vault, *, client: str, on_file: bool) -> None:
    """Record whether a written contract with ``client`` is on file (freelancer laws entitle the worker to one)."""
    with vault.unit_of_work() as uow:
        found = find_client(uow.session, client)
        found.contract_on_file = on_file
        uow.updated(found)


def set_app_based(vault: Vault, *, client: str, app_based: bool) -> None:
    """Mark ``client`` as an app whose work a pay-floor law covers (NYC delivery, Seattle app-based work), or not:
    the engine applies such a floor to marked clients only."""
    with vault.unit_of_work() as uow:
        found = find_client(uow.session, client)
        if found.app_based != app_based:
            found.app_based = app_based
            uow.updated(found)


def parse_workday_start(text: str) -> int | None:
    """"22:00" -> 1320 minutes after midnight; "midnight" (or "00:00") -> None, the jurisdiction's midnight."""
    value = text.strip().lower()
    if value == "midnight":
        return None
    hours, _, minutes = value.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and int(hours) < 24 and int(minutes) < 60):
        raise InvalidInput(f"Workday start {text!r} is not a time: write HH:MM, e.g. 06:00, or midnight.")
    return int(hours) * 60 + int(minutes) or None


def set_workday_start(vault: Vault, *, client: str, minutes: int | None) -> None:
    """Record when ``client``'s workday starts (minutes after midnight in its jurisdiction's zone; None: midnight).
    California's daily overtime and 7th-day rules count hours in these workdays."""
    if minutes is not None and (isinstance(minutes, bool) or not 0 < minutes < 24 * 60):
        raise InvalidInput("A workday starts between 00:01 and 23:59, or at midnight.")
    with vault.unit_of_work() as uow:
        found = find_client(uow.session, client)
        found.workday_start_minutes = minutes
        uow.updated(found)


def currency_of(vault: Vault, client: str) -> str:
    with vault.reading() as session:
        return find_client(session, client).currency


# --- the Clients view: details, edits, engagements, terms history, the written contract -------------------------

MAX_FIELD = 1_000  # names, contact, the worker's id
MAX_NOTE = 20_000
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


@dataclass(frozen=True, slots=True)
class ContractFile:
    """The evidence file holding the written contract."""

    evidence_id: int
    name: str
    sha256: str


@dataclass(frozen=True, slots=True)
class ClientDetails:
    id: int
    name: str
    legal_name: str | None
    address: str | None
    contact: str | None
    worker_ref: str | None
    classification: str
    jurisdiction: str | None
    currency: str
    payment_terms_days: int | None
    workweek_start: int
    note: str | None
    contract_on_file: bool
    contract: ContractFile | None
    engagements: tuple[EngagementDetails, ...]
    app_based: bool = False

    def changes(self, **edits: object) -> ClientChanges:
        """The client's editable details as they are, with ``edits`` applied: the start of an edit."""
        current = ClientChanges(
            name=self.name, legal_name=self.legal_name, address=self.address, contact=self.contact,
            worker_ref=self.worker_ref, classification=self.classification, jurisdiction=self.jurisdiction,
            payment_terms_days=self.payment_terms_days, workweek_start=self.workweek_start, note=self.note,
            app_based=self.app_based)
        return replace(current, **edits)  # type: ignore[arg-type]  # edits are checked field by field above


@dataclass(frozen=True, slots=True)
class ClientChanges:
    """Everything about a client the worker can edit; the currency stays (terms and payments are recorded in it)."""

    name: str
    legal_name: str | None = None
    address: str | None = None
    contact: str | None = None
    worker_ref: str | None = None
    classification: str = "contractor"
    jurisdiction: str | None = None
    payment_terms_days: int | None = None
    workweek_start: int = 0
    note: str | None = None
    app_based: bool = False  # an app whose work a pay-floor law covers


def get_client(vault: Vault, client_id: int) -> ClientDetails:
    with vault.reading() as session:
        return _details(session, _client(session, client_id))


@announces(CLIENTS)
def update_client(vault: Vault, client_id: int, changes: ClientChanges) -> ClientDetails:
    """Replace the client's editable details (one audited change; nothing changes if anything is wrong)."""
    name = _text(changes.name, "The name", MAX_FIELD)
    if name is None:
        raise InvalidInput("A client needs a name; nothing was changed.")
    if changes.classification not in CLASSIFICATIONS:
        raise InvalidInput(f"Classification must be contractor or employee, not {changes.classification!r}.")
    days = changes.payment_terms_days
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 365):
        raise InvalidInput("Payment terms must be between 0 and 365 days; nothing was changed.")
    if isinstance(changes.workweek_start, bool) or changes.workweek_start not in range(7):
        raise InvalidInput("The workweek starts on a day from Monday (0) to Sunday (6).")
    values = {
        "name": name,
        "legal_name": _text(changes.legal_name, "The legal name", MAX_FIELD),
        "address": _text(changes.address, "The address", MAX_FIELD),
        "contact": _text(changes.contact, "The contact", MAX_FIELD),
        "worker_ref": _text(changes.worker_ref, "Your id on the platform", MAX_FIELD),
        "classification": changes.classification,
        "jurisdiction": (check_jurisdiction(changes.jurisdiction)
                         if changes.jurisdiction and changes.jurisdiction.strip() else None),
        "payment_terms_days": days,
        "workweek_start": changes.workweek_start,
        "note": _text(changes.note, "The note", MAX_NOTE),
        "app_based": bool(changes.app_based),
    }
    with vault.unit_of_work() as uow:
        client = _client(uow.session, client_id)
        other = _lookup(uow.session, name)
        if other is not None and other.id != client.id:
            raise InvalidInput(f"There is already a client named {other.name!r}; nothing was changed.")
        if any(getattr(client, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(client, key, value)
            uow.updated(client)
        return _details(uow.session, client)


@announces(CLIENTS)
def add_engagement(vault: Vault, client_id: int, name: str, *, terms: Terms | None = None,
                   platform_fee_percent: Decimal | None = None, note: str | None = None) -> EngagementDetails:
    """A new project or contract under the client, with its first pay terms if agreed (one audited change)."""
    cleaned = _text(name, "The engagement's name", MAX_FIELD)
    if cleaned is None:
        raise InvalidInput("An engagement needs a name, such as the project or contract; nothing was changed.")
    note = _text(note, "The note", MAX_NOTE)
    with vault.unit_of_work() as uow:
        client = _client(uow.session, client_id)
        taken = uow.session.scalars(select(Engagement.name).where(
            Engagement.client_id == client.id, func.lower(Engagement.name) == cleaned.lower())).first()
        if taken is not None:
            raise InvalidInput(f"{client.name} already has an engagement named {taken!r}; nothing was changed.")
        engagement = Engagement(client_id=client.id, name=cleaned, note=note, created_at=datetime.now(UTC))
        uow.created(engagement)
        if terms is not None:
            uow.created(_terms_row(engagement.id, terms, client.currency, platform_fee_percent, None))
        return _engagement(uow.session, engagement)


@announces(CLIENTS)
def add_terms(vault: Vault, engagement_id: int, terms: Terms, *, platform_fee_percent: Decimal | None = None,
              note: str | None = None) -> TermsRecord:
    """New pay terms for an engagement from ``terms.effective_from`` (a raise, a new rate, other unpaid
    categories). Earlier terms stay in force before that day; terms already recorded for that day are kept and
    the new ones refused, so history is never overwritten by accident."""
    with vault.unit_of_work() as uow:
        engagement = uow.session.get(Engagement, engagement_id)
        if engagement is None:
            raise NotFound(f"There is no engagement #{engagement_id} in your records; nothing was changed.")
        client = _client(uow.session, engagement.client_id)
        row = _terms_row(engagement.id, terms, client.currency, platform_fee_percent, note)
        clash = uow.session.scalars(select(PayTerms).where(
            PayTerms.engagement_id == engagement.id, PayTerms.effective_from == terms.effective_from)).first()
        if clash is not None:
            raise InvalidInput(f"{engagement.name} already has pay terms from {terms.effective_from}; choose "
                               "another day. Nothing was changed.")
        uow.created(row)
        return _record(row)


@announces(CLIENTS)
def rename_engagement(vault: Vault, engagement_id: int, name: str) -> EngagementDetails:
    """A new name for an engagement (one audited change). Its entries, terms and payments refer to it by id and
    stay with it."""
    cleaned = _text(name, "The engagement's name", MAX_FIELD)
    if cleaned is None:
        raise InvalidInput("An engagement needs a name, such as the project or contract; nothing was changed.")
    with vault.unit_of_work() as uow:
        engagement = _engagement_row(uow.session, engagement_id)
        taken = uow.session.scalars(select(Engagement.name).where(
            Engagement.client_id == engagement.client_id, Engagement.id != engagement.id,
            func.lower(Engagement.name) == cleaned.lower())).first()
        if taken is not None:
            raise InvalidInput(f"This client already has an engagement named {taken!r}; nothing was changed.")
        if engagement.name != cleaned:
            engagement.name = cleaned
            uow.updated(engagement)
        return _engagement(uow.session, engagement)


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
        client = _client(uow.session, engagement.client_id)
        new = _terms_row(engagement.id, terms, client.currency, platform_fee_percent, note)
        clash = uow.session.scalars(select(PayTerms).where(
            PayTerms.engagement_id == engagement.id, PayTerms.effective_from == terms.effective_from,
            PayTerms.id != row.id)).first()
        if clash is not None:
            raise InvalidInput(f"{engagement.name} already has pay terms from {terms.effective_from}; choose "
                               "another day. Nothing was changed.")
        others = [day for day in _starts(uow.session, engagement.id) if day != row.effective_from]
        first = min([*others, new.effective_from])
        unpriced = _entry_days(uow.session, engagement.id, before=first)
        if unpriced:
            gap = f"would have no pay terms (the first would start on {first})"
            raise InvalidInput(_entries_text(unpriced, gap, gap) + " Choose an earlier day. Nothing was changed.")
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
            raise InvalidInput(_entries_text(priced, "is paid at these terms", "are paid at these terms")
                               + " Correct the terms instead of removing them. Nothing was changed.")
        removed = RemovedTerms(engagement_id=engagement.id, record=_record(row))
        uow.deleted(row)
        return removed


@announces(CLIENTS, ENTRIES)
def reinstate_terms(vault: Vault, removed: RemovedTerms) -> TermsRecord:
    """Put removed terms back as they were (audited as a new record): the undo of ``remove_terms``."""
    record = removed.record
    return add_terms(vault, removed.engagement_id, record.terms, platform_fee_percent=record.platform_fee_percent,
                     note=record.note)


@announces(CLIENTS, EVIDENCE)
def set_contract(vault: Vault, client_id: int, *, on_file: bool, evidence_id: int | None = None) -> ClientDetails:
    """Record whether a written contract is on file and which kept evidence file holds it (one audited change).

    The file is also linked to the client, so the evidence list says what it is about. Without a contract on file
    no file can hold it: unmarking it also forgets the file (the file itself stays kept as evidence)."""
    if evidence_id is not None and not on_file:
        raise InvalidInput("A contract file can only be linked while the contract is marked as on file.")
    with vault.unit_of_work() as uow:
        client = _client(uow.session, client_id)
        if evidence_id is not None:
            if isinstance(evidence_id, bool) or uow.session.get(Evidence, evidence_id) is None:
                raise NotFound(f"There is no evidence #{evidence_id} in your records; nothing was changed.")
            linked = uow.session.scalars(select(EvidenceLink.id).where(
                EvidenceLink.evidence_id == evidence_id, EvidenceLink.entity == "client",
                EvidenceLink.entity_id == client.id)).first()
            if linked is None:
                uow.created(EvidenceLink(evidence_id=evidence_id, entity="client", entity_id=client.id))
        if (client.contract_on_file, client.contract_evidence_id) != (on_file, evidence_id):
            client.contract_on_file, client.contract_evidence_id = on_file, evidence_id
            uow.updated(client)
        return _details(uow.session, client)


def _text(value: str | None, what: str, limit: int) -> str | None:
    cleaned = (value or "").strip()
    if len(cleaned) > limit:
        raise InvalidInput(f"{what} is limited to {limit:,} characters; nothing was changed.")
    return cleaned or None


def _engagement_row(session: Session, engagement_id: int) -> Engagement:
    engagement = session.get(Engagement, engagement_id) if not isinstance(engagement_id, bool) else None
    if engagement is None:
        raise NotFound(f"There is no engagement #{engagement_id} in your records; nothing was changed.")
    return engagement


def _terms(session: Session, terms_id: int) -> PayTerms:
    row = session.get(PayTerms, terms_id) if not isinstance(terms_id, bool) else None
    if row is None:
        raise NotFound(f"There are no pay terms #{terms_id} in your records; nothing was changed.")
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


def _entries_text(days: list[date], one: str, many: str) -> str:
    """"Your entry of 2026-03-02 is …" or "12 entries from 2026-03-02 to 2026-04-10 are …"."""
    if len(days) == 1:
        return f"Your entry of {days[0]} {one}."
    return f"{len(days)} entries from {days[0]} to {days[-1]} {many}."


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id) if not isinstance(client_id, bool) else None
    if client is None:
        raise NotFound(f"There is no client #{client_id} in your records; nothing was changed.")
    return client


def _terms_row(engagement_id: int, terms: Terms, currency: str, fee: Decimal | None, note: str | None) -> PayTerms:
    """A checked PayTerms row: the client's currency, a positive rate, a unit name, known categories."""
    if terms.kind not in KINDS:
        raise InvalidInput(f"Pay type must be hourly, per unit or fixed, not {terms.kind!r}.")
    if terms.rate.currency != currency:
        raise InvalidInput(f"The client pays in {currency}, not {terms.rate.currency}; nothing was changed.")
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
                    platform_fee_percent=fee, note=_text(note, "The note", MAX_NOTE))


def _record(row: PayTerms) -> TermsRecord:
    return TermsRecord(id=row.id, terms=terms_of(row), platform_fee_percent=row.platform_fee_percent, note=row.note)


def _engagement(session: Session, engagement: Engagement) -> EngagementDetails:
    rows = session.scalars(select(PayTerms).where(PayTerms.engagement_id == engagement.id)
                           .order_by(PayTerms.effective_from.desc()))
    return EngagementDetails(id=engagement.id, name=engagement.name, note=engagement.note,
                             history=tuple(_record(row) for row in rows))


def _details(session: Session, client: Client) -> ClientDetails:
    contract = None
    if client.contract_evidence_id is not None:
        found = session.execute(select(Evidence.id, Evidence.name, Evidence.sha256)
                                .where(Evidence.id == client.contract_evidence_id)).first()
        if found is not None:
            contract = ContractFile(evidence_id=found.id, name=found.name, sha256=found.sha256)
    engagements = session.scalars(select(Engagement).where(Engagement.client_id == client.id).order_by(Engagement.id))
    return ClientDetails(
        id=client.id, name=client.name, legal_name=client.legal_name, address=client.address,
        contact=client.contact, worker_ref=client.worker_ref, classification=client.classification,
        jurisdiction=client.jurisdiction, currency=client.currency, payment_terms_days=client.payment_terms_days,
        workweek_start=client.workweek_start, note=client.note, contract_on_file=client.contract_on_file,
        contract=contract, engagements=tuple(_engagement(session, e) for e in engagements),
        app_based=client.app_based,
    )
