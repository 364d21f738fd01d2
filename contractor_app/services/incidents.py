"""Incidents: a data breach notice or a dispute with a client, with what the worker did about it.

What RIGHTS.md says a worker logs for a breach maps onto the columns so: the company and its relationship
(company, client), notice date (notice_on), breach date range (started_on..ended_on), the data types listed
(data_involved), protective steps (steps_taken, appended to over time), and everything else (account or worker
id, claim or activation code, fraud events, costs, time spent) in the note. Receipts and letters are evidence
linked to the incident (services/evidence.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..store.models import Client, Incident
from ..store.vault import Vault
from .clients import find_client
from .privacy import MAX_LONG, MAX_SHORT, check_days, clean_text, one_of

KINDS = ("breach", "dispute")
STATUSES = ("open", "closed")


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


@dataclass(frozen=True, slots=True)
class IncidentUpdate:
    id: int
    status: str | None = None  # open | closed; None leaves it
    steps: str | None = None  # appended as a new line to the steps taken so far


@dataclass(frozen=True, slots=True)
class IncidentView:
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


def record_incident(vault: Vault, new: NewIncident) -> IncidentView:
    kind = one_of(new.kind, KINDS, what="The kind of incident")
    status = one_of(new.status, STATUSES, what="Status")
    company = clean_text(new.company, what="The company's name", limit=MAX_SHORT)
    if company is None and not new.client:
        raise InvalidInput("Name the company involved (or the client it concerns).")
    check_days(new.started_on, new.ended_on)
    check_days(new.notice_on, None)
    fields = dict(
        kind=kind, status=status, notice_on=new.notice_on, started_on=new.started_on, ended_on=new.ended_on,
        data_involved=clean_text(new.data_involved, what="The data involved", limit=MAX_LONG),
        steps_taken=clean_text(new.steps_taken, what="The steps taken", limit=MAX_LONG),
        note=clean_text(new.note, what="The note", limit=MAX_LONG),
    )
    with vault.unit_of_work() as uow:
        client = find_client(uow.session, new.client) if new.client else None
        row = Incident(client_id=client.id if client else None,
                       company=company or (client.legal_name or client.name if client else ""),
                       entered_at=datetime.now(UTC).replace(microsecond=0), **fields)
        uow.created(row)
        return _view(row, client.name if client else None)


def update_incident(vault: Vault, update: IncidentUpdate) -> IncidentView:
    """Change the status and/or add steps taken (one audited update; earlier steps are kept)."""
    status = one_of(update.status, STATUSES, what="Status") if update.status is not None else None
    steps = clean_text(update.steps, what="The steps taken", limit=MAX_LONG)
    if status is None and steps is None:
        raise InvalidInput("Nothing to change: give a new status or the steps you took.")
    with vault.unit_of_work() as uow:
        row = _get(uow.session, update.id)
        if status is not None:
            row.status = status
        if steps is not None:
            combined = f"{row.steps_taken}\n{steps}" if row.steps_taken else steps
            if len(combined) > MAX_LONG:
                raise InvalidInput(f"The steps taken are limited to {MAX_LONG:,} characters in all.")
            row.steps_taken = combined
        uow.updated(row)
        return _view(row, _client_name(uow.session, row))


def list_incidents(vault: Vault, client: str | None = None) -> list[IncidentView]:
    """Incidents in the order they were recorded, optionally only those about one client."""
    with vault.reading() as session:
        query = select(Incident, Client.name).outerjoin(Client).order_by(Incident.id)
        if client:
            query = query.where(Incident.client_id == find_client(session, client).id)
        return [_view(row, name) for row, name in session.execute(query)]


def get_incident(vault: Vault, incident_id: int) -> IncidentView:
    with vault.reading() as session:
        row = _get(session, incident_id)
        return _view(row, _client_name(session, row))


def _get(session: Session, incident_id: int) -> Incident:
    row = session.get(Incident, incident_id)
    if row is None:
        raise NotFound(f"There is no incident #{incident_id} in your records; `incident list` shows them.")
    return row


def _client_name(session: Session, row: Incident) -> str | None:
    return session.scalar(select(Client.name).where(Client.id == row.client_id)) if row.client_id else None


def _view(row: Incident, client: str | None) -> IncidentView:
    return IncidentView(
        id=row.id, kind=row.kind, company=row.company, client=client, notice_on=row.notice_on,
        started_on=row.started_on, ended_on=row.ended_on, data_involved=row.data_involved,
        steps_taken=row.steps_taken, status=row.status, note=row.note, entered_at=row.entered_at,
    )
