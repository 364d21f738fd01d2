"""Incidents: a data breach notice or a dispute with a client, with what the worker did about it.

What RIGHTS.md says a worker logs for a breach maps onto the columns so: the company and its relationship
(company, client), notice date (notice_on), breach date range (started_on..ended_on), the data types listed
(data_involved), protective steps (steps_taken, appended to over time), and everything else (account or worker
id, claim or activation code, fraud events) in the note. What it cost the worker (money spent, e.g. on credit
monitoring, with its currency) and the time it took them have columns of their own (costs, time_spent_minutes),
so reports can add them up. Receipts and letters are evidence linked to the incident (services/evidence.py).

The desktop app edits an incident as a whole (``edit_incident``) and deletes it with undo (``delete_incident``,
``reinstate_incident``); the command line appends steps and changes single fields (``update_incident``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.money import Money, checked_amount
from ..errors import InvalidInput, NotFound, Phrase
from ..store.models import Client, Incident
from ..store.vault import Vault
from .changes import INCIDENTS, announces
from .clients.lookup import find_client
from .privacy import MAX_LONG, MAX_SHORT, check_days, clean_text, one_of
from .reinstating import put_back, refuse_if_evidence_linked, snapshot

KINDS = ("breach", "dispute")
STATUSES = ("open", "closed")
MAX_MINUTES = 100_000 * 60  # time spent: far beyond any incident, short of nonsense


@dataclass(frozen=True, slots=True)
class NewIncident:
    kind: str  # breach | dispute
    company: str | None = None  # None or empty: the client's legal name, else its name
    client: str | None = None
    notice_on: date | None = None  # the day the notice (letter, email) reached the worker
    started_on: date | None = None
    ended_on: date | None = None
    data_involved: str | None = None
    steps_taken: str | None = None
    status: str = "open"
    note: str | None = None
    costs: Decimal | None = None  # money the incident cost the worker; needs costs_currency
    costs_currency: str | None = None
    time_spent_minutes: int | None = None  # time the worker spent dealing with it, in all


@dataclass(frozen=True, slots=True)
class IncidentUpdate:
    id: int
    status: str | None = None  # open | closed; None leaves it
    steps: str | None = None  # appended as a new line to the steps taken so far
    costs: Decimal | None = None  # replaces the costs (with costs_currency); None leaves them
    costs_currency: str | None = None
    time_spent_minutes: int | None = None  # replaces the time spent; None leaves it


@dataclass(frozen=True, slots=True)
class IncidentDetails:
    id: int
    kind: str
    company: str
    client: str | None
    notice_on: date | None
    started_on: date | None
    ended_on: date | None
    data_involved: str | None
    steps_taken: str | None
    status: str
    note: str | None
    entered_at: datetime
    costs: Money | None = None
    time_spent_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class RemovedIncident:
    """A deleted incident with every column it had, so that undo can put it back exactly."""

    view: IncidentDetails
    state: tuple[tuple[str, Any], ...]


@announces(INCIDENTS)
def record_incident(vault: Vault, new: NewIncident) -> IncidentDetails:
    fields = _fields(new)
    with vault.unit_of_work() as uow:
        client = find_client(uow.session, new.client) if new.client else None
        row = Incident(client_id=client.id if client else None, company=_company(fields.pop("company"), client),
                       entered_at=datetime.now(UTC).replace(microsecond=0), **fields)
        uow.created(row)
        return _view(row, client.name if client else None)


@announces(INCIDENTS)
def edit_incident(vault: Vault, incident_id: int, new: NewIncident) -> IncidentDetails:
    """Replace every field of an incident with ``new``, checked as a new one (one audited update)."""
    fields = _fields(new)
    with vault.unit_of_work() as uow:
        row = _get(uow.session, incident_id)
        client = find_client(uow.session, new.client) if new.client else None
        values = {"client_id": client.id if client else None, "company": _company(fields.pop("company"), client),
                  **fields}
        uow.update(row, values)
        return _view(row, client.name if client else None)


@announces(INCIDENTS)
def delete_incident(vault: Vault, incident_id: int) -> RemovedIncident:
    """Delete an incident (audited); return it whole, for undo. One with evidence linked to it is kept."""
    with vault.unit_of_work() as uow:
        row = _get(uow.session, incident_id)
        refuse_if_evidence_linked(uow.session, "incident", incident_id, Phrase("incident #{id}", id=incident_id),
                                  " Close it instead if it is over.")
        removed = RemovedIncident(view=_view(row, _client_name(uow.session, row)), state=snapshot(row))
        uow.deleted(row)
        return removed


@announces(INCIDENTS)
def reinstate_incident(vault: Vault, removed: RemovedIncident) -> IncidentDetails:
    """Put a deleted incident back as it was (audited as a new create), under its old id when that id is free."""
    with vault.unit_of_work() as uow:
        row = put_back(uow, Incident, removed.state, "incident", (Client, "client_id"))
        return _view(row, _client_name(uow.session, row))


@announces(INCIDENTS)
def update_incident(vault: Vault, update: IncidentUpdate) -> IncidentDetails:
    """Change the status, costs or time spent and/or add steps taken (one audited update; earlier steps are kept)."""
    status = one_of(update.status, STATUSES, what="Status") if update.status is not None else None
    steps = clean_text(update.steps, what="The steps taken", limit=MAX_LONG)
    costs = check_costs(update.costs, update.costs_currency)
    minutes = check_minutes(update.time_spent_minutes)
    if status is None and steps is None and costs is None and minutes is None:
        raise InvalidInput("Nothing to change: give a new status, the steps you took, the costs or the time spent.")
    with vault.unit_of_work() as uow:
        row = _get(uow.session, update.id)
        if status is not None:
            row.status = status
        if costs is not None:
            row.costs, row.costs_currency = costs.amount, costs.currency
        if minutes is not None:
            row.time_spent_minutes = minutes
        if steps is not None:
            combined = f"{row.steps_taken}\n{steps}" if row.steps_taken else steps
            if len(combined) > MAX_LONG:
                raise InvalidInput.said("The steps taken are limited to {limit:,} characters in all.", limit=MAX_LONG)
            row.steps_taken = combined
        uow.updated(row)
        return _view(row, _client_name(uow.session, row))


def list_incidents(vault: Vault, client: str | None = None) -> list[IncidentDetails]:
    """Incidents in the order they were recorded, optionally only those about one client."""
    with vault.reading() as session:
        query = select(Incident, Client.name).outerjoin(Client).order_by(Incident.id)
        if client:
            query = query.where(Incident.client_id == find_client(session, client).id)
        return [_view(row, name) for row, name in session.execute(query)]


def get_incident(vault: Vault, incident_id: int) -> IncidentDetails:
    with vault.reading() as session:
        row = _get(session, incident_id)
        return _view(row, _client_name(session, row))


def check_costs(amount: Decimal | None, currency: str | None) -> Money | None:
    """What an incident cost, as Money: not negative, no finer than the currency allows, and with a currency."""
    if amount is None:
        if currency is not None and currency.strip():
            raise InvalidInput("A currency was given without the costs; give the amount too, or no currency.")
        return None
    if currency is None or not currency.strip():
        raise InvalidInput("Costs need a currency, e.g. USD or EUR.")
    return checked_amount(amount, currency, what="Costs")


def check_minutes(minutes: int | None) -> int | None:
    """The time an incident took, in whole minutes, not negative."""
    if minutes is None:
        return None
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise InvalidInput("Give the time spent in whole minutes.")
    if minutes < 0:
        raise InvalidInput("The time spent cannot be negative.")
    if minutes > MAX_MINUTES:
        raise InvalidInput.said("The time spent is limited to {hours:,} hours.", hours=MAX_MINUTES // 60)
    return minutes


def _fields(new: NewIncident) -> dict[str, Any]:
    """The checked columns of a new or edited incident (the company as typed: ``_company`` fills it in)."""
    kind = one_of(new.kind, KINDS, what="The kind of incident")
    status = one_of(new.status, STATUSES, what="Status")
    company = clean_text(new.company, what="The company's name", limit=MAX_SHORT)
    if company is None and not (new.client or "").strip():
        raise InvalidInput("Name the company involved (or the client it concerns).")
    check_days(new.started_on, new.ended_on)
    check_days(new.notice_on, None)
    costs = check_costs(new.costs, new.costs_currency)
    return dict(
        kind=kind, status=status, company=company, notice_on=new.notice_on, started_on=new.started_on,
        ended_on=new.ended_on, data_involved=clean_text(new.data_involved, what="The data involved", limit=MAX_LONG),
        steps_taken=clean_text(new.steps_taken, what="The steps taken", limit=MAX_LONG),
        note=clean_text(new.note, what="The note", limit=MAX_LONG),
        costs=costs.amount if costs else None, costs_currency=costs.currency if costs else None,
        time_spent_minutes=check_minutes(new.time_spent_minutes),
    )


def _company(typed: str | None, client: Client | None) -> str:
    return typed or (client.legal_name or client.name if client else "")


def _get(session: Session, incident_id: int) -> Incident:
    row = session.get(Incident, incident_id)
    if row is None:
        raise NotFound.said("There is no incident #{id} in your records; `incident list` shows them.", id=incident_id)
    return row


def _client_name(session: Session, row: Incident) -> str | None:
    return session.scalar(select(Client.name).where(Client.id == row.client_id)) if row.client_id else None


def _view(row: Incident, client: str | None) -> IncidentDetails:
    return IncidentDetails(
        id=row.id, kind=row.kind, company=row.company, client=client, notice_on=row.notice_on,
        started_on=row.started_on, ended_on=row.ended_on, data_involved=row.data_involved,
        steps_taken=row.steps_taken, status=row.status, note=row.note, entered_at=row.entered_at,
        costs=Money(row.costs, row.costs_currency) if row.costs is not None and row.costs_currency else None,
        time_spent_minutes=row.time_spent_minutes,
    )
