"""Gathering a report's data (reports/data.py's read model) from the records: everything the report shows, once.

`verify-report` gathers again from the records as they are now and compares the sections' hashes.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from ..domain.assessment import ClientPay, counts_in_period
from ..domain.times import DateRange, iso_utc, zone
from ..errors import InvalidInput
from ..reports.data import Edit, EvidenceItem, ReportClient, ReportData, ReportRequest
from ..reports.kinds import REPORTS
from ..store.audit import read_head
from ..store.models import AuditEvent, Client, Evidence
from ..store.vault import Vault
from .access_requests import list_access_requests
from .entries.details import EntryDetails
from .entries.listing import list_entries
from .holidays import holiday_calendar
from .incidents import list_incidents
from .payments import PaymentDetails, list_payments
from .privacy import list_data_records
from .profile import load_profile
from .summary import summarize
from .time_evidence import gather_time


def gather(vault: Vault, request: ReportRequest) -> ReportData:
    kind = REPORTS.get(request.kind)
    if kind is None:
        raise InvalidInput.said("Unknown report {kind!r}: choose one of {kinds}.", kind=request.kind,
                                kinds=", ".join(REPORTS))
    if kind.needs_client and not request.client:
        raise InvalidInput.said("A {kind} report is about one client: add --client NAME.", kind=request.kind)
    profile = load_profile(vault)
    summary = summarize(vault, period=request.period, tz=profile.timezone, client=request.client,
                        today=request.as_of)
    entries = list_entries(vault, period=summary_period(summary.clients, request.period), tz=profile.timezone,
                           client=request.client)
    figures_period = summary_period(summary.clients, request.period)
    payments = [p for p in list_payments(vault, period=DateRange(), client=request.client)
                if counts_in_period(p.received_on, p.period_to, figures_period)]  # the payments the figures count
    with vault.reading() as session:
        head = read_head(session, vault.vault_id)
        details = None
        if request.client:
            row = session.scalars(select(Client).where(Client.name == _client_name(summary.clients, request))).one()
            details = ReportClient(
                name=row.name, legal_name=row.legal_name, address=row.address, contact=row.contact,
                worker_ref=row.worker_ref, classification=row.classification, jurisdiction=row.jurisdiction,
                currency=row.currency, payment_terms_days=row.payment_terms_days,
                contract_on_file=row.contract_on_file,
            )
        evidence = tuple(
            EvidenceItem(id=i, name=n, media_type=t, size=s, added_at=iso_utc(a), sha256=h)
            for i, n, t, s, a, h in session.execute(
                select(Evidence.id, Evidence.name, Evidence.media_type, Evidence.size, Evidence.added_at,
                       Evidence.sha256).order_by(Evidence.id))
        )
        edits = _edits(session, {str(e.id) for e in entries if e.edited})
        time = gather_time(session, _names(entries, payments, evidence))
    private = kind.private
    return ReportData(request=request, worker=profile, vault_id=vault.vault_id, audit_seq=head.seq,
                      audit_head=head.hash, client=details, pay=summary.clients, entries=tuple(entries),
                      payments=tuple(payments), evidence=evidence, edits=edits,
                      data_records=tuple(list_data_records(vault, request.client)) if private else (),
                      incidents=tuple(list_incidents(vault, request.client)) if private else (),
                      access_requests=tuple(list_access_requests(vault, request.client, today=request.as_of))
                      if private else (),
                      costs={item.client.name: summary.costs_of(item) for item in summary.clients
                             if item.client.id in summary.costs},
                      time=time,
                      holidays=holiday_calendar((details.jurisdiction if details else None) or profile.jurisdiction))


def _names(entries: list[EntryDetails], payments: list[PaymentDetails],
           evidence: tuple[EvidenceItem, ...]) -> dict[tuple[str, str], str]:
    """(table, id) -> how the report names that record, as its tables show it (they have no id column)."""
    names = {("work_entries", str(e.id)): f"entry of {e.start.astimezone(zone(e.tz)):%Y-%m-%d %H:%M}"
             for e in entries}
    names.update({("payments", str(p.id)): f"payment {p.reference or ''} received {p.received_on}".replace("  ", " ")
                  for p in payments})
    names.update({("evidence", str(item.id)): f"evidence {item.name}" for item in evidence})
    return names


def summary_period(pay: tuple[ClientPay, ...], asked: DateRange) -> DateRange:
    """The period the figures were reckoned over (an open period closes at the first record and today)."""
    return pay[0].period if pay else asked


def _client_name(pay: tuple[ClientPay, ...], request: ReportRequest) -> str:
    if pay:
        return pay[0].client.name
    raise InvalidInput.said("Nothing recorded for {client!r} in this period.", client=request.client)


def _edits(session: Any, entry_ids: set[str]) -> tuple[Edit, ...]:
    """The history of every edited entry: each change after its creation, with the fields it changed."""
    if not entry_ids:
        return ()
    events = session.execute(
        select(AuditEvent.entity_id, AuditEvent.seq, AuditEvent.at, AuditEvent.action, AuditEvent.data)
        .where(AuditEvent.entity == "work_entries", AuditEvent.entity_id.in_(sorted(entry_ids)))
        .order_by(AuditEvent.seq)
    ).all()
    previous: dict[str, dict[str, Any]] = {}
    edits = []
    for entry_id, seq, at, action, data in events:
        state = json.loads(data)
        before = previous.get(entry_id)
        if before is not None:
            changes = tuple((name, str(before.get(name)), str(state.get(name)))
                            for name in sorted(state) if state.get(name) != before.get(name)
                            and name not in ("updated_at",))
            edits.append(Edit(entry_id=entry_id, seq=seq, at=iso_utc(at), action=action, changes=changes))
        previous[entry_id] = state
    return tuple(edits)
