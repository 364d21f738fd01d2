"""The read model a report is built from, and the hashes that let a report prove which records it came from.

A report's data is everything it shows, gathered once: the worker, the client, the assessed figures, the entries,
payments, evidence index, the rules applied and the edit history. Each section is hashed over canonical JSON;
`verify-report` rebuilds the same data from the records and names the sections that changed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from ..domain.assessment import ClientPay, counts_in_period
from ..domain.times import DateRange, iso_utc
from ..errors import InvalidInput
from ..store.audit import read_head
from ..store.models import AuditEvent, Client, Evidence
from ..store.vault import Vault
from .entries import EntryView, list_entries
from .incidents import IncidentView, list_incidents
from .payments import PaymentView, list_payments
from .privacy import DataRecordView, list_data_records
from .profile import Profile, load_profile
from .summary import summarize

KINDS = ("pay-summary", "claim", "privacy", "access-request")
NEEDS_CLIENT = ("claim", "access-request")


@dataclass(frozen=True, slots=True)
class ReportRequest:
    kind: str
    client: str | None
    period: DateRange
    as_of: date  # the day the figures are reckoned on (overdue days count to it)
    paper: str


@dataclass(frozen=True, slots=True)
class ClientDetails:
    name: str
    legal_name: str | None
    address: str | None
    contact: str | None
    worker_ref: str | None
    classification: str
    jurisdiction: str | None
    currency: str
    payment_terms_days: int | None
    contract_on_file: bool


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    id: int
    name: str
    media_type: str
    size: int
    added_at: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Edit:
    """One change to an entry after it was recorded: which fields, from what, to what."""

    entry_id: str
    seq: int
    at: str
    action: str
    changes: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True, slots=True)
class ReportData:
    request: ReportRequest
    worker: Profile
    vault_id: str
    audit_seq: int
    audit_head: str
    client: ClientDetails | None
    pay: tuple[ClientPay, ...]
    entries: tuple[EntryView, ...]
    payments: tuple[PaymentView, ...]
    evidence: tuple[EvidenceItem, ...]
    edits: tuple[Edit, ...]
    data_records: tuple[DataRecordView, ...] = ()
    incidents: tuple[IncidentView, ...] = ()

    def sections(self) -> dict[str, str]:
        """SHA-256 of each section's canonical JSON."""
        parts = {
            "worker": asdict(self.worker),
            "client": asdict(self.client) if self.client else None,
            "figures": [_figures(item) for item in self.pay],
            "entries": [_entry(e) for e in self.entries],
            "payments": [_payment(p) for p in self.payments],
            "evidence": [asdict(e) for e in self.evidence],
            "edits": [asdict(e) for e in self.edits],
            "privacy": [[asdict(r) for r in self.data_records], [asdict(i) for i in self.incidents]],
        }
        return {name: _sha256(value) for name, value in parts.items()}

    def data_sha256(self) -> str:
        request = self.request
        return _sha256({"kind": request.kind, "client": request.client, "from": str(request.period.start),
                        "to": str(request.period.end), "as_of": str(request.as_of), "sections": self.sections()})


def gather(vault: Vault, request: ReportRequest) -> ReportData:
    if request.kind not in KINDS:
        raise InvalidInput(f"Unknown report {request.kind!r}: choose one of {', '.join(KINDS)}.")
    if request.kind in NEEDS_CLIENT and not request.client:
        raise InvalidInput(f"A {request.kind} report is about one client: add --client NAME.")
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
            details = ClientDetails(
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
    private = request.kind in ("privacy", "access-request")
    return ReportData(request=request, worker=profile, vault_id=vault.vault_id, audit_seq=head.seq,
                      audit_head=head.hash, client=details, pay=summary.clients, entries=tuple(entries),
                      payments=tuple(payments), evidence=evidence, edits=edits,
                      data_records=tuple(list_data_records(vault, request.client)) if private else (),
                      incidents=tuple(list_incidents(vault, request.client)) if private else ())


def summary_period(pay: tuple[ClientPay, ...], asked: DateRange) -> DateRange:
    """The period the figures were reckoned over (an open period closes at the first record and today)."""
    return pay[0].period if pay else asked


def _client_name(pay: tuple[ClientPay, ...], request: ReportRequest) -> str:
    if pay:
        return pay[0].client.name
    raise InvalidInput(f"Nothing recorded for {request.client!r} in this period.")


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


def _figures(item: ClientPay) -> dict[str, Any]:
    check = item.minimum_wage
    return {
        "client": item.client.name, "earned": str(item.earned.amount), "paid": str(item.paid.amount),
        "worked_seconds": item.worked_seconds, "unpaid_seconds": item.unpaid_seconds,
        "overtime_premium": str(item.overtime_premium.amount),
        "minimum_wage": [str(check.wage.amount), check.wage.source, str(check.shortfall.amount)] if check else None,
        "late": [[late.reference, str(late.due_on), late.days_late] for late in item.late_payments],
        "short": [[str(s.covers.start), str(s.covers.end), str(s.short.amount)] for s in item.short_payments],
    }


def _entry(e: EntryView) -> list[Any]:
    return [e.id, e.client, e.engagement, iso_utc(e.start), iso_utc(e.end), e.tz, e.break_seconds, e.category,
            str(e.units) if e.units is not None else None, e.note, e.source, iso_utc(e.entered_at), e.edited]


def _payment(p: PaymentView) -> list[Any]:
    return [p.id, p.client, str(p.received_on), str(p.gross.amount), str(p.fees.amount), str(p.net.amount),
            p.gross.currency, p.method, p.reference, str(p.period_from), str(p.period_to)]


def _sha256(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                                     default=str).encode("utf-8")).hexdigest()
