"""Data-access requests followed to the end: sent (when and how), the deadline the law gives, an extension the
client claimed, the answer (complete, or what was missing), and the files of the answer kept as evidence.

Each law's answer period is a rule in resources/rules/access_requests.json (with its citation and source); the
date arithmetic is domain/access_deadlines.py. A request's standing (open, overdue, incomplete, answered) is
reckoned on a given day, so the dashboard, `dsar list`, `summary` and the follow-up letter agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.access_deadlines import (
    INCOMPLETE,
    OVERDUE,
    AccessLaw,
    Sentence,
    basis_sentences,
    due_date,
    extension_counts,
    standing,
)
from ..errors import InvalidInput, NotFound
from ..store.models import AccessRequest, Client, Evidence, EvidenceLink
from ..store.vault import Vault
from .changes import ACCESS_REQUESTS, EVIDENCE, announces
from .clients.lookup import find_client
from .holidays import holiday_calendar
from .privacy import MAX_LONG, check_days, clean_text, one_of
from .profile import load_profile
from .rules import rule_file

LAWS = ("gdpr", "uk-gdpr", "ccpa")
CHANNELS = ("email", "post", "web-form", "in-app")
LINK = "access-request"  # the evidence link's entity for a request's answer files
EU_EEA = set("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split())


@dataclass(frozen=True, slots=True)
class NewAccessRequest:
    client: str
    sent_on: date
    sent_via: str  # one of CHANNELS
    law: str | None = None  # one of LAWS; None: from the client's jurisdiction
    received_on: date | None = None  # the delivery day, when known (post)
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ReceivedFile:
    """A file of the client's answer, kept as evidence."""

    evidence_id: int
    name: str
    size: int
    sha256: str
    added_at: datetime


@dataclass(frozen=True, slots=True)
class AccessRequestDetails:
    id: int
    client: str
    law: str
    law_name: str
    citation: str
    sent_on: date
    sent_via: str
    received_on: date | None
    due_on: date  # with the extension, when one was claimed in time (within the first period)
    first_due_on: date  # without it
    extended_on: date | None
    extension_reason: str | None
    answered_on: date | None
    complete: bool | None
    missing: str | None
    note: str | None
    status: str  # open | overdue | incomplete | answered, on the day asked
    entered_at: datetime
    files: tuple[ReceivedFile, ...] = ()
    deadline_basis: str = ""  # how the last day was counted: whose public holidays, or weekends only
    deadline_sentences: tuple[Sentence, ...] = ()  # the same as templates and fields, for the app to translate


@cache
def access_laws() -> dict[str, AccessLaw]:
    """The laws' answer periods, from the shipped rule file."""
    laws = {}
    for value in rule_file("access_requests")["values"]:
        laws[value["law"]] = AccessLaw(
            code=value["law"], name=value["name"], request=value["request"], citation=value["citation"],
            months=value["months"], days=value["days"], extension_months=value["extension_months"],
            extension_days=value["extension_days"], extension_rule=value["extension_rule"], source=value["source"],
            rest_day_moves=value["rest_day_moves"])
    return laws


def law_for(jurisdiction: str | None) -> str | None:
    """The access law where the client (or worker) is: California -> ccpa, UK -> uk-gdpr, EU/EEA -> gdpr."""
    code = (jurisdiction or "").upper()
    if code.startswith("US-CA"):
        return "ccpa"
    country = code.split("-")[0]
    return "uk-gdpr" if country == "GB" else "gdpr" if country in EU_EEA else None


@announces(ACCESS_REQUESTS)
def record_access_request(vault: Vault, new: NewAccessRequest, *, today: date | None = None) -> AccessRequestDetails:
    via = one_of(new.sent_via, CHANNELS, what="How it was sent")
    check_days(new.sent_on, None)
    if new.received_on is not None and new.received_on < new.sent_on:
        raise InvalidInput("It cannot have been received before it was sent.")
    check_days(new.received_on, None)
    note = clean_text(new.note, what="The note", limit=MAX_LONG)
    today = today or worker_today(vault)
    with vault.unit_of_work() as uow:
        client = find_client(uow.session, new.client)
        law = new.law or law_for(client.jurisdiction)
        if law is None:
            raise InvalidInput.said("Say which law the request is made under ({laws}): {client}'s jurisdiction does "
                                    "not tell.", laws=", ".join(LAWS), client=client.name)
        row = AccessRequest(client_id=client.id, law=one_of(law, LAWS, what="The law"), sent_on=new.sent_on,
                            sent_via=via, received_on=new.received_on, note=note,
                            entered_at=datetime.now(UTC).replace(microsecond=0))
        uow.created(row)
        return _view(uow.session, row, client.name, today)


@announces(ACCESS_REQUESTS)
def answer_access_request(vault: Vault, request_id: int, answered_on: date, *, complete: bool,
                          missing: str | None = None, today: date | None = None) -> AccessRequestDetails:
    """Record the client's answer: complete, or incomplete with what was missing (one audited update)."""
    missing = clean_text(missing, what="What was missing", limit=MAX_LONG)
    if not complete and missing is None:
        raise InvalidInput("Say what the answer left out: the follow-up letter names it.")
    if complete and missing is not None:
        raise InvalidInput("A complete answer has nothing missing; leave out what was missing, or mark it incomplete.")
    check_days(answered_on, None)
    today = today or worker_today(vault)
    with vault.unit_of_work() as uow:
        row = _get(uow.session, request_id)
        if answered_on < row.sent_on:
            raise InvalidInput.said("The answer cannot come before the request was sent ({sent_on}).",
                                    sent_on=row.sent_on)
        row.answered_on, row.complete, row.missing = answered_on, complete, missing
        uow.updated(row)
        return _view(uow.session, row, None, today)


@announces(ACCESS_REQUESTS)
def extend_access_request(vault: Vault, request_id: int, told_on: date, reason: str | None = None, *,
                          today: date | None = None) -> AccessRequestDetails:
    """Record that the client claimed the law's extension (told the worker on ``told_on``)."""
    reason = clean_text(reason, what="The reason given", limit=MAX_LONG)
    check_days(told_on, None)
    today = today or worker_today(vault)
    with vault.unit_of_work() as uow:
        row = _get(uow.session, request_id)
        if told_on < row.sent_on:
            raise InvalidInput.said("The extension cannot come before the request was sent ({sent_on}).",
                                    sent_on=row.sent_on)
        row.extended_on, row.extension_reason = told_on, reason
        uow.updated(row)
        return _view(uow.session, row, None, today)


def list_access_requests(vault: Vault, client: str | None = None, *, today: date | None = None
                         ) -> list[AccessRequestDetails]:
    """Requests in the order they were sent, each with its standing on ``today`` and the files received."""
    today = today or worker_today(vault)
    with vault.reading() as session:
        query = select(AccessRequest, Client.name).join(Client).order_by(AccessRequest.sent_on, AccessRequest.id)
        if client:
            query = query.where(AccessRequest.client_id == find_client(session, client).id)
        return [_view(session, row, name, today) for row, name in session.execute(query).all()]


def get_access_request(vault: Vault, request_id: int, *, today: date | None = None) -> AccessRequestDetails:
    today = today or worker_today(vault)
    with vault.reading() as session:
        return _view(session, _get(session, request_id), None, today)


def needing_attention(vault: Vault, client: str | None = None, *, today: date | None = None
                      ) -> list[AccessRequestDetails]:
    """Requests past their deadline without an answer, or answered in part: each wants a follow-up letter."""
    return [view for view in list_access_requests(vault, client, today=today) if view.status in (OVERDUE, INCOMPLETE)]


@announces(EVIDENCE, ACCESS_REQUESTS)
def import_answer(vault: Vault, request_id: int, path: Path, *, today: date | None = None) -> AccessRequestDetails:
    """Keep the client's answer (a zip or a folder) as evidence linked to the request, all files or none."""
    from .answer_files import read_answer  # the zip reader loads only for an import
    from .evidence import keep_files

    get_access_request(vault, request_id)  # a wrong number fails before the files are read
    files = read_answer(path)
    keep_files(vault, files, links=[(LINK, request_id)], note=f"Answer to access request #{request_id}: {path.name}")
    return get_access_request(vault, request_id, today=today)


def _get(session: Session, request_id: int) -> AccessRequest:
    row = session.get(AccessRequest, request_id)
    if row is None:
        raise NotFound.said("There is no access request #{id} in your records; `dsar list` shows them.",
                            id=request_id)
    return row


def _files(session: Session, request_id: int) -> tuple[ReceivedFile, ...]:
    query = (select(Evidence.id, Evidence.name, Evidence.size, Evidence.sha256, Evidence.added_at)
             .join(EvidenceLink, EvidenceLink.evidence_id == Evidence.id)
             .where(EvidenceLink.entity == LINK, EvidenceLink.entity_id == request_id).order_by(Evidence.id))
    return tuple(ReceivedFile(*row) for row in session.execute(query))


def worker_today(vault: Vault) -> date:
    """Today where the worker is: a deadline passes at the worker's midnight, not UTC's."""
    return datetime.now(load_profile(vault).zone).date()


def _view(session: Session, row: AccessRequest, client: str | None, today: date) -> AccessRequestDetails:
    law = access_laws()[row.law]
    start = row.received_on or row.sent_on
    name, jurisdiction = session.execute(select(Client.name, Client.jurisdiction)
                                         .where(Client.id == row.client_id)).one()
    holidays = holiday_calendar(jurisdiction)  # where the company answers (Regulation 1182/71 art. 2(1))
    first = due_date(law, start, holidays=holidays)
    extended = extension_counts(row.extended_on, first)
    due = due_date(law, start, extended=True, holidays=holidays) if extended else first
    late = row.extended_on if row.extended_on is not None and not extended else None
    basis = basis_sentences(law, holidays, late_extension=late, first_due=first)
    if client is None:
        client = name or ""
    return AccessRequestDetails(
        id=row.id, client=client, law=row.law, law_name=law.name, citation=law.citation, sent_on=row.sent_on,
        sent_via=row.sent_via, received_on=row.received_on, due_on=due, first_due_on=first,
        extended_on=row.extended_on, extension_reason=row.extension_reason, answered_on=row.answered_on,
        complete=row.complete, missing=row.missing, note=row.note,
        status=standing(due, row.answered_on, row.complete, today), entered_at=row.entered_at,
        files=_files(session, row.id),
        deadline_basis=" ".join(sentence.text for sentence in basis), deadline_sentences=basis)
