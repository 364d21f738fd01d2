"""Clients (platforms, agencies) with their first engagement and its pay terms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.currency import check_currency
from ..domain.jurisdiction import check_jurisdiction
from ..domain.money import Money
from ..domain.pay import FROM_THE_START, Terms
from ..errors import InvalidInput, NotFound
from ..store.models import Client, Engagement, PayTerms
from ..store.vault import Vault

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
    now = datetime.now(UTC)
    with vault.unit_of_work() as uow:
        if _lookup(uow.session, name) is not None:
            raise InvalidInput(f"There is already a client named {name!r}; nothing was changed.")
        client = Client(
            name=name, legal_name=new.legal_name, address=new.address, contact=new.contact,
            worker_ref=new.worker_ref, classification=new.classification, jurisdiction=jurisdiction,
            currency=currency, payment_terms_days=new.payment_terms_days, workweek_start=new.workweek_start,
            contract_on_file=new.contract_on_file, created_at=now,
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
        raise NotFound(f"{client.name} has no engagement named {name!r}." if name else f"{client.name} has no engagement.")
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
        engagements=tuple(e.name for e in engagements), terms=terms,
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


def currency_of(vault: Vault, client: str) -> str:
    with vault.reading() as session:
        return find_client(session, client).currency
