"""Adding and listing clients, and what the CLI sets on one client by name (contract on file, app-based,
workday start)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.currency import check_currency
from ...domain.jurisdiction import check_jurisdiction
from ...domain.pay import FROM_THE_START, Terms
from ...errors import InvalidInput
from ...store.models import Client, Engagement, PayTerms
from ...store.vault import Vault
from ..changes import CLIENTS, announces
from .lookup import client_named, find_client, terms_of

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
        raise InvalidInput.said("Classification must be contractor or employee, not {classification!r}.",
                                classification=new.classification)
    if new.payment_terms_days is not None and not 0 <= new.payment_terms_days <= 365:
        raise InvalidInput("Payment terms must be between 0 and 365 days.")
    currency = check_currency(new.currency)
    if new.terms and new.terms.rate.currency != currency:
        raise InvalidInput.said("The rate is in {rate_currency} but the client pays in {currency}.",
                                rate_currency=new.terms.rate.currency, currency=currency)
    jurisdiction = check_jurisdiction(new.jurisdiction) if new.jurisdiction else None
    if new.workday_start_minutes is not None and not 0 < new.workday_start_minutes < 24 * 60:
        raise InvalidInput("A workday starts between 00:01 and 23:59, or at midnight.")
    now = datetime.now(UTC)
    with vault.unit_of_work() as uow:
        if client_named(uow.session, name) is not None:
            raise InvalidInput.said("There is already a client named {name!r}; nothing was changed.", name=name)
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
        raise InvalidInput.said("Workday start {text!r} is not a time: write HH:MM, e.g. 06:00, or midnight.",
                                text=text)
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
