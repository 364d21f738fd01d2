"""The read model a report is built from, and the hashes that let a report prove which records it came from.

A report's data is everything it shows, gathered once (by services.report_data): the worker, the client, the
assessed figures, the entries, payments, evidence index, the rules applied and the edit history. Each section is
hashed over canonical JSON; `verify-report` rebuilds the same data from the records and names the sections that
changed.

The rows come from services (frozen dataclasses such as services.entries.details.EntryDetails); reports sit below
services, so they name those rows by the Protocols below: exactly the fields a report shows or hashes, and no more.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol

from ..domain.assessment import ClientPay
from ..domain.costs import ClientCosts
from ..domain.holidays import HolidayCalendar
from ..domain.money import Money
from ..domain.times import DateRange, iso_utc


class Worker(Protocol):
    """services.profile.Profile."""

    @property
    def name(self) -> str: ...
    @property
    def jurisdiction(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def contact(self) -> str: ...


class EntryRow(Protocol):
    """services.entries.details.EntryDetails."""

    @property
    def id(self) -> int: ...
    @property
    def client(self) -> str: ...
    @property
    def engagement(self) -> str: ...
    @property
    def start(self) -> datetime: ...
    @property
    def end(self) -> datetime: ...
    @property
    def tz(self) -> str: ...
    @property
    def break_seconds(self) -> int: ...
    @property
    def category(self) -> str: ...
    @property
    def units(self) -> Decimal | None: ...
    @property
    def note(self) -> str | None: ...
    @property
    def source(self) -> str: ...
    @property
    def entered_at(self) -> datetime: ...
    @property
    def edited(self) -> bool: ...
    @property
    def overlaps(self) -> tuple[int, ...]: ...
    @property
    def worked_seconds(self) -> int: ...
    @property
    def recorded_late(self) -> bool: ...


class PaymentRow(Protocol):
    """services.payments.PaymentDetails."""

    @property
    def id(self) -> int: ...
    @property
    def client(self) -> str: ...
    @property
    def received_on(self) -> date: ...
    @property
    def gross(self) -> Money: ...
    @property
    def fees(self) -> Money: ...
    @property
    def net(self) -> Money: ...
    @property
    def method(self) -> str | None: ...
    @property
    def reference(self) -> str | None: ...
    @property
    def period_from(self) -> date | None: ...
    @property
    def period_to(self) -> date | None: ...


class DataRecordRow(Protocol):
    """services.privacy.DataRecordDetails (hashed whole, with dataclasses.asdict)."""

    @property
    def client(self) -> str: ...
    @property
    def direction(self) -> str: ...
    @property
    def categories(self) -> tuple[str, ...]: ...
    @property
    def whose_data(self) -> str | None: ...
    @property
    def sensitivity(self) -> str | None: ...
    @property
    def monitoring_type(self) -> str | None: ...
    @property
    def tool(self) -> str | None: ...
    @property
    def consent(self) -> str | None: ...
    @property
    def retention_told(self) -> str | None: ...
    @property
    def started_on(self) -> date | None: ...
    @property
    def ended_on(self) -> date | None: ...
    @property
    def note(self) -> str | None: ...


class IncidentRow(Protocol):
    """services.incidents.IncidentDetails (hashed whole, with dataclasses.asdict)."""

    @property
    def kind(self) -> str: ...
    @property
    def company(self) -> str: ...
    @property
    def notice_on(self) -> date | None: ...
    @property
    def started_on(self) -> date | None: ...
    @property
    def ended_on(self) -> date | None: ...
    @property
    def data_involved(self) -> str | None: ...
    @property
    def steps_taken(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def note(self) -> str | None: ...
    @property
    def costs(self) -> Money | None: ...
    @property
    def time_spent_minutes(self) -> int | None: ...


class ReceivedFileRow(Protocol):
    """services.access_requests.ReceivedFile."""

    @property
    def name(self) -> str: ...
    @property
    def size(self) -> int: ...
    @property
    def sha256(self) -> str: ...
    @property
    def added_at(self) -> datetime: ...


class AccessRequestRow(Protocol):
    """services.access_requests.AccessRequestDetails (hashed whole, with dataclasses.asdict), its standing reckoned on
    the report's as_of day."""

    @property
    def id(self) -> int: ...
    @property
    def client(self) -> str: ...
    @property
    def law(self) -> str: ...
    @property
    def law_name(self) -> str: ...
    @property
    def citation(self) -> str: ...
    @property
    def sent_on(self) -> date: ...
    @property
    def sent_via(self) -> str: ...
    @property
    def received_on(self) -> date | None: ...
    @property
    def due_on(self) -> date: ...
    @property
    def first_due_on(self) -> date: ...
    @property
    def extended_on(self) -> date | None: ...
    @property
    def answered_on(self) -> date | None: ...
    @property
    def complete(self) -> bool | None: ...
    @property
    def missing(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def files(self) -> tuple[ReceivedFileRow, ...]: ...


@dataclass(frozen=True, slots=True)
class ReportRequest:
    kind: str
    client: str | None
    period: DateRange
    as_of: date  # the day the figures are reckoned on (overdue days count to it)
    paper: str
    # A key of reports.language.LANGUAGES. Not in the signed data: the figures and records are the same in every
    # language, so `verify-report` checks a Spanish packet as it checks an English one.
    language: str = "en"


@dataclass(frozen=True, slots=True)
class ReportClient:
    """The client as a report's header shows it (services.clients.details.ClientDetails is the full record)."""

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
class ClockJumpRow:
    """A change recorded at a time behind the change before it (the computer's clock was set back)."""

    seq: int
    at: str  # ISO UTC
    previous_at: str
    what: str  # "entry #12", "payment #3"


@dataclass(frozen=True, slots=True)
class AnchorRow:
    """An anchor that is the first to cover some of a report's records as they are now, and what proves its time:
    each RFC 3161 time stamp (ISO UTC time, authority) and each place the worker sent it (how, to whom, ISO UTC)."""

    code: str
    day: str
    sha256: str
    covers: int  # records of the report whose latest change it is the first anchor to include
    stamps: tuple[tuple[str, str], ...]
    sent: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True, slots=True)
class TimeEvidence:
    """What the records can prove about when they were written (issue 16), for a report's integrity section.
    Not hashed into the report's sections: the whole file is signed, and anchors made later must not make an
    older report look changed."""

    clock_jumps: tuple[ClockJumpRow, ...] = ()
    anchors: tuple[AnchorRow, ...] = ()
    unanchored: tuple[str, ...] = ()  # records written (or last changed) after the latest anchor, as named


@dataclass(frozen=True, slots=True)
class ReportData:
    request: ReportRequest
    worker: Worker
    vault_id: str
    audit_seq: int
    audit_head: str
    client: ReportClient | None
    pay: tuple[ClientPay, ...]
    entries: tuple[EntryRow, ...]
    payments: tuple[PaymentRow, ...]
    evidence: tuple[EvidenceItem, ...]
    edits: tuple[Edit, ...]
    data_records: tuple[DataRecordRow, ...] = ()
    incidents: tuple[IncidentRow, ...] = ()
    access_requests: tuple[AccessRequestRow, ...] = ()
    costs: dict[str, ClientCosts] = field(default_factory=dict)  # client name -> costs, when any were recorded
    time: TimeEvidence = TimeEvidence()
    holidays: HolidayCalendar | None = None  # public holidays where the client is, for a letter's deadline
    # sections(), worked out once: a packet signs, shows and checks them in three places, over ~2,500 entries a year
    _digests: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def costs_of(self, item: ClientPay) -> ClientCosts | None:
        """The client's recorded costs (expenses, distance) with the fees withheld; None when none were recorded,
        so that a report without them reads, and hashes, as it did before costs were kept."""
        return self.costs.get(item.client.name)

    def sections(self) -> dict[str, str]:
        """SHA-256 of each section's canonical JSON (the data is frozen: the digests are worked out once)."""
        if not self._digests:
            self._digests.update(self._hash_sections())
        return dict(self._digests)

    def _hash_sections(self) -> dict[str, str]:
        parts = {
            # The worker, data records and incidents are services' dataclasses, named here by their Protocols.
            "worker": asdict(self.worker),  # type: ignore[call-overload]  # a Protocol: the value is a services dataclass
            "client": asdict(self.client) if self.client else None,
            "figures": [_figures(item, self.costs_of(item)) for item in self.pay],
            "entries": [_entry(e) for e in self.entries],
            "payments": [_payment(p) for p in self.payments],
            "evidence": [asdict(e) for e in self.evidence],
            "edits": [asdict(e) for e in self.edits],
            "privacy": [[asdict(r) for r in self.data_records],  # type: ignore[call-overload]  # a Protocol: the values are services dataclasses
                        [asdict(i) for i in self.incidents]],  # type: ignore[call-overload]  # as above
        }
        if self.access_requests:  # only then: a report made before requests were recorded still checks
            parts["privacy"].append([_request(a) for a in self.access_requests])
        return {name: _sha256(value) for name, value in parts.items()}

    def data_sha256(self) -> str:
        request = self.request
        return _sha256({"kind": request.kind, "client": request.client, "from": str(request.period.start),
                        "to": str(request.period.end), "as_of": str(request.as_of), "sections": self.sections()})


def _figures(item: ClientPay, costs: ClientCosts | None = None) -> dict[str, Any]:
    check = item.minimum_wage
    net: dict[str, Any] = {}
    if costs is not None:
        rate = costs.net_hourly_rate(item.paid, item.worked_seconds)
        net = {"costs": [str(costs.fees.amount), str(costs.expenses.amount), str(costs.distance.amount),
                         [str(m) for m in costs.other_currencies], costs.unpriced_trips],
               "net_hourly_rate": str(rate.amount) if rate is not None else None}
    return {**net,
        "client": item.client.name, "earned": str(item.earned.amount), "paid": str(item.paid.amount),
        "worked_seconds": item.worked_seconds, "unpaid_seconds": item.unpaid_seconds,
        "overtime_premium": str(item.overtime_premium.amount),
        "minimum_wage": [str(check.wage.amount), check.wage.source, str(check.shortfall.amount)]
        + ([check.rate.rate.describe()] if check.rate else []) if check else None,
        "late": [[late.reference, str(late.due_on), late.days_late] for late in item.late_payments],
        "short": [[str(s.covers.start), str(s.covers.end), str(s.short.amount)] for s in item.short_payments],
    }


def _entry(e: EntryRow) -> list[Any]:
    return [e.id, e.client, e.engagement, iso_utc(e.start), iso_utc(e.end), e.tz, e.break_seconds, e.category,
            str(e.units) if e.units is not None else None, e.note, e.source, iso_utc(e.entered_at), e.edited]


def _payment(p: PaymentRow) -> list[Any]:
    return [p.id, p.client, str(p.received_on), str(p.gross.amount), str(p.fees.amount), str(p.net.amount),
            p.gross.currency, p.method, p.reference, str(p.period_from), str(p.period_to)]


def _sha256(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                                     default=str).encode("utf-8")).hexdigest()


def _request(row: AccessRequestRow) -> dict[str, Any]:
    """A request as hashed: without ``deadline_basis`` (and its ``deadline_sentences``), the sentence saying how its
    deadline was counted, which is worded by the app rather than recorded, so a report made before it existed still
    checks."""
    fields = asdict(row)  # type: ignore[call-overload]  # a Protocol: the value is a services dataclass
    fields.pop("deadline_basis", None)
    fields.pop("deadline_sentences", None)
    return fields

