"""Data records: the data a worker handled for a client, and the data a platform collected about the worker
(monitoring, ID checks, ratings). The privacy report and access-request letters are built from these.

The desktop app edits a record as a whole (``edit_data_record``: its direction stays) and deletes it with undo
(``delete_data_record``, ``reinstate_data_record``). The text checks here (``clean_text``, ``check_days``) are shared
with incidents and evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.times import DateRange, latest_today
from ..errors import InvalidInput, NotFound, Phrase
from ..store.models import Client, DataRecord
from ..store.vault import Vault
from .changes import DATA, announces
from .clients.lookup import find_client
from .reinstating import put_back, refuse_if_evidence_linked, snapshot

SENSITIVITIES = ("low", "medium", "high", "special-category")
# What platforms monitor, as the EU Platform Work Directive (art. 7, 9) and GDPR access requests ask about.
MONITORING_TYPES = ("screen recording", "screenshots", "webcam", "voice recording", "keystrokes/activity",
                    "location", "ID document", "biometrics", "ratings", "other")
CONSENTS = ("given in writing", "clicked through", "not asked", "refused")
DIRECTIONS = ("handled", "collected")

MAX_SHORT = 1_000  # names, tools, categories, "whose data", retention
MAX_LONG = 20_000  # notes, steps taken, data involved
MAX_CATEGORIES = 50


@dataclass(frozen=True, slots=True)
class NewDataHandled:
    """Data the worker handled for a client: e.g. audio recordings of the client's end users."""

    client: str
    categories: tuple[str, ...]
    whose_data: str | None = None
    sensitivity: str | None = None  # one of SENSITIVITIES
    started_on: date | None = None
    ended_on: date | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class NewDataCollected:
    """Data a client or platform collected about the worker: e.g. screen recordings by a time tracker."""

    client: str
    monitoring_type: str  # one of MONITORING_TYPES
    tool: str
    consent: str  # one of CONSENTS
    retention_told: str | None = None  # what the worker was told about how long it is kept
    started_on: date | None = None
    ended_on: date | None = None
    note: str | None = None
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DataRecordDetails:
    id: int
    client: str
    direction: str  # handled | collected
    categories: tuple[str, ...]
    whose_data: str | None
    sensitivity: str | None
    monitoring_type: str | None
    tool: str | None
    consent: str | None
    retention_told: str | None
    started_on: date | None
    ended_on: date | None
    note: str | None
    entered_at: datetime


@dataclass(frozen=True, slots=True)
class RemovedDataRecord:
    """A deleted data record with every column it had, so that undo can put it back exactly."""

    view: DataRecordDetails
    state: tuple[tuple[str, Any], ...]


@announces(DATA)
def record_data_handled(vault: Vault, new: NewDataHandled) -> DataRecordDetails:
    return _record(vault, new.client, new.started_on, new.ended_on, _handled_fields(new))


@announces(DATA)
def record_data_collected(vault: Vault, new: NewDataCollected) -> DataRecordDetails:
    return _record(vault, new.client, new.started_on, new.ended_on, _collected_fields(new))


@announces(DATA)
def edit_data_record(vault: Vault, record_id: int, new: NewDataHandled | NewDataCollected) -> DataRecordDetails:
    """Replace every field of a data record with ``new``, checked as a new one (one audited update).
    A record of data handled stays one; so does a record of data collected."""
    fields = _handled_fields(new) if isinstance(new, NewDataHandled) else _collected_fields(new)
    check_days(new.started_on, new.ended_on)
    with vault.unit_of_work() as uow:
        row = _get(uow.session, record_id)
        if row.direction != fields["direction"]:
            raise InvalidInput.said("Data record #{id} is about data {direction}, not {wanted}; nothing was changed. "
                                    "Add a new record instead.", id=record_id, direction=row.direction,
                                    wanted=fields["direction"], phrases=("direction", "wanted"))
        client = find_client(uow.session, new.client)
        empty = dict.fromkeys(("whose_data", "sensitivity", "monitoring_type", "tool", "consent", "retention_told"))
        values = {**empty, **fields, "client_id": client.id, "started_on": new.started_on, "ended_on": new.ended_on}
        uow.update(row, values)
        return _view(row, client.name)


@announces(DATA)
def delete_data_record(vault: Vault, record_id: int) -> RemovedDataRecord:
    """Delete a data record (audited); return it whole, for undo. One with evidence linked to it is kept."""
    with vault.unit_of_work() as uow:
        row = _get(uow.session, record_id)
        refuse_if_evidence_linked(uow.session, "data", record_id, Phrase("data record #{id}", id=record_id))
        name = uow.session.scalar(select(Client.name).where(Client.id == row.client_id)) or ""
        removed = RemovedDataRecord(
            view=_view(row, name),
            state=snapshot(row))
        uow.deleted(row)
        return removed


@announces(DATA)
def reinstate_data_record(vault: Vault, removed: RemovedDataRecord) -> DataRecordDetails:
    """Put a deleted data record back as it was (audited as a new create), under its old id when that id is free."""
    with vault.unit_of_work() as uow:
        categories = list(dict(removed.state)["categories"] or ())
        row = put_back(uow, DataRecord, removed.state, "data record", (Client, "client_id"), categories=categories)
        return _view(row, uow.session.get(Client, row.client_id).name)  # type: ignore[union-attr]  # checked


def get_data_record(vault: Vault, record_id: int) -> DataRecordDetails:
    with vault.reading() as session:
        row = _get(session, record_id)
        return _view(row, session.scalar(select(Client.name).where(Client.id == row.client_id)) or "")


def _handled_fields(new: NewDataHandled) -> dict[str, Any]:
    categories = clean_list(new.categories, item="A data category")
    if not categories:
        raise InvalidInput("Name at least one kind of data you handled, e.g. audio recordings or chat logs.")
    return dict(
        direction="handled", categories=list(categories),
        whose_data=clean_text(new.whose_data, what="Whose data", limit=MAX_SHORT),
        sensitivity=one_of(new.sensitivity, SENSITIVITIES, what="Sensitivity") if new.sensitivity else None,
        note=clean_text(new.note, what="The note", limit=MAX_LONG),
    )


def _collected_fields(new: NewDataCollected) -> dict[str, Any]:
    tool = clean_text(new.tool, what="The tool", limit=MAX_SHORT)
    if tool is None:
        raise InvalidInput("Name the tool or system that collected it, e.g. Hubstaff, or \"unknown\".")
    return dict(
        direction="collected", categories=list(clean_list(new.categories, item="A data category")),
        monitoring_type=one_of(new.monitoring_type, MONITORING_TYPES, what="Monitoring type"), tool=tool,
        consent=one_of(new.consent, CONSENTS, what="Consent"),
        retention_told=clean_text(new.retention_told, what="What you were told about retention", limit=MAX_SHORT),
        note=clean_text(new.note, what="The note", limit=MAX_LONG),
    )


def list_data_records(vault: Vault, client: str | None = None, *, direction: str | None = None
                      ) -> list[DataRecordDetails]:
    """Data records, by client name then start date (undated first), optionally of one client or direction."""
    if direction is not None and direction not in DIRECTIONS:
        raise InvalidInput.said("Direction must be handled or collected, not {direction!r}.", direction=direction)
    with vault.reading() as session:
        query = select(DataRecord, Client.name).join(Client).order_by(
            Client.name, DataRecord.started_on.is_not(None), DataRecord.started_on, DataRecord.id)
        if client:
            query = query.where(DataRecord.client_id == find_client(session, client).id)
        if direction:
            query = query.where(DataRecord.direction == direction)
        return [_view(row, name) for row, name in session.execute(query)]


def _record(vault: Vault, client: str, started_on: date | None, ended_on: date | None,
            fields: dict[str, object]) -> DataRecordDetails:
    check_days(started_on, ended_on)
    with vault.unit_of_work() as uow:
        found = find_client(uow.session, client)
        row = DataRecord(client_id=found.id, started_on=started_on, ended_on=ended_on,
                         entered_at=datetime.now(UTC).replace(microsecond=0), **fields)
        uow.created(row)
        return _view(row, found.name)


def _get(session: Session, record_id: int) -> DataRecord:
    row = session.get(DataRecord, record_id)
    if row is None:
        raise NotFound.said("There is no data record #{id} in your records; `data list` shows them.", id=record_id)
    return row


def _view(row: DataRecord, client: str) -> DataRecordDetails:
    return DataRecordDetails(
        id=row.id, client=client, direction=row.direction, categories=tuple(row.categories or ()),
        whose_data=row.whose_data, sensitivity=row.sensitivity, monitoring_type=row.monitoring_type, tool=row.tool,
        consent=row.consent, retention_told=row.retention_told, started_on=row.started_on, ended_on=row.ended_on,
        note=row.note, entered_at=row.entered_at,
    )


# --- checks shared with incidents and evidence --------------------------------------------------------------

def clean_text(text: str | None, *, what: str, limit: int) -> str | None:
    """Stripped text, None when empty; too long is bad input."""
    cleaned = (text or "").strip()
    if len(cleaned) > limit:
        raise InvalidInput.said("{what} is limited to {limit:,} characters.", what=what, limit=limit,
                                phrases=("what",))
    return cleaned or None


def clean_list(items: Iterable[str], *, item: str) -> tuple[str, ...]:
    """Stripped, non-empty, without repeats (any case), in the order given. ``item`` names one of them whole ("A data
    category"): a too-long one's message starts with it, and the app translates it as one phrase."""
    result: list[str] = []
    for text in items:
        cleaned = clean_text(text, what=item, limit=MAX_SHORT)
        if cleaned and cleaned.casefold() not in {seen.casefold() for seen in result}:
            result.append(cleaned)
    if len(result) > MAX_CATEGORIES:
        raise InvalidInput.said("Give at most {most} of them; group similar kinds of data together.",
                                most=MAX_CATEGORIES)
    return tuple(result)


def one_of(value: str, allowed: tuple[str, ...], *, what: str) -> str:
    """``value`` spelled as in ``allowed`` (any case, spaces trimmed), or bad input listing the choices."""
    for choice in allowed:
        if value.strip().casefold() == choice.casefold():
            return choice
    raise InvalidInput.said("{what} {value!r} is not one of: {allowed}.", what=what, value=value,
                            allowed=", ".join(allowed), phrases=("what",))


def check_days(start: date | None, end: date | None, *, today: date | None = None) -> None:
    """Days of something that happened: not in the future, and not ending before they start."""
    today = today or latest_today()
    for day in (start, end):
        if day is not None and day > today:
            raise InvalidInput.said("{day} is in the future; record what has already happened (leave the end date "
                                    "empty while it goes on).", day=day)
    DateRange(start, end)  # raises when the end is before the start
