"""The vault's tables as SQLAlchemy 2 typed models. The schema itself is owned by the Alembic migrations.

Services use these inside a unit of work and hand plain dataclasses to callers; no ORM object leaves services/.

No ``from __future__ import annotations`` here: with the annotations already evaluated, SQLAlchemy does not parse
and evaluate each ``Mapped[...]`` string, which was a tenth of mapping these classes on every command's start
(issue 18). A class referred to before it is defined needs its name in quotes.
"""

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, LargeBinary, MetaData, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .types import DecimalText, IsoDate, UtcSeconds

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """The worker's profile and preferences (name, currency, time zone, jurisdiction), one JSON value per key."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Client(Base):
    """A platform, agency or client the worker works for."""

    __tablename__ = "clients"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    legal_name: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(Text)
    worker_ref: Mapped[str | None] = mapped_column(Text)  # the worker's id or username at this client
    classification: Mapped[str] = mapped_column(Text)  # contractor | employee
    jurisdiction: Mapped[str | None] = mapped_column(Text)  # ISO 3166 code, e.g. US-CA, US-NY-NYC
    currency: Mapped[str] = mapped_column(Text)
    payment_terms_days: Mapped[int | None]
    workweek_start: Mapped[int] = mapped_column(default=0)  # 0 = Monday
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcSeconds)
    # A written contract is on file: freelancer laws entitle the worker to one above a threshold.
    contract_on_file: Mapped[bool] = mapped_column(default=False, info={"added_by": "0002", "filled_with": False})
    # The evidence file holding that contract (checked by the service; evidence is never deleted).
    contract_evidence_id: Mapped[int | None] = mapped_column(info={"added_by": "0003", "filled_with": None})
    # When the client's workday starts, minutes after midnight in its jurisdiction's zone (None: midnight); a law
    # that counts hours per workday (California's daily overtime) splits a shift there.
    workday_start_minutes: Mapped[int | None] = mapped_column(info={"added_by": "0004", "filled_with": None})
    # The worker marks an app (delivery, rideshare) whose work a pay-floor law covers (NYC, Seattle): the engine
    # applies such a floor to marked clients only.
    app_based: Mapped[bool] = mapped_column(default=False, info={"added_by": "0009", "filled_with": False})
    __table_args__ = (
        CheckConstraint("classification IN ('contractor', 'employee')", name="classification"),
        CheckConstraint("workweek_start BETWEEN 0 AND 6", name="workweek_start"),
    )


class Engagement(Base):
    """A project or contract under a client; work is logged against an engagement."""

    __tablename__ = "engagements"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcSeconds)
    __table_args__ = (UniqueConstraint("client_id", "name"),)


class PayTerms(Base):
    """Pay terms in force from ``effective_from`` until the next terms of the same engagement."""

    __tablename__ = "pay_terms"
    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int] = mapped_column(ForeignKey("engagements.id"), index=True)
    effective_from: Mapped[date] = mapped_column(IsoDate)
    kind: Mapped[str] = mapped_column(Text)  # hourly | per_unit | fixed
    rate: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(Text)
    unit_name: Mapped[str | None] = mapped_column(Text)  # "task", "item", ... for per_unit
    unpaid_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    platform_fee_percent: Mapped[Decimal | None] = mapped_column(DecimalText)
    note: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (
        UniqueConstraint("engagement_id", "effective_from"),
        CheckConstraint("kind IN ('hourly', 'per_unit', 'fixed')", name="kind"),
    )


class WorkEntry(Base):
    __tablename__ = "work_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int] = mapped_column(ForeignKey("engagements.id"))
    start_at: Mapped[datetime] = mapped_column(UtcSeconds)
    end_at: Mapped[datetime] = mapped_column(UtcSeconds)
    tz: Mapped[str] = mapped_column(Text)  # IANA zone the worker was in
    break_seconds: Mapped[int] = mapped_column(default=0)
    category: Mapped[str] = mapped_column(Text)
    units: Mapped[Decimal | None] = mapped_column(DecimalText)
    note: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)  # timer | manual | import:<format>
    source_ref: Mapped[str | None] = mapped_column(Text)  # the original id in an imported file
    entered_at: Mapped[datetime] = mapped_column(UtcSeconds)  # when it was recorded
    updated_at: Mapped[datetime | None] = mapped_column(UtcSeconds)  # last edit, if any
    __table_args__ = (
        CheckConstraint("end_at > start_at", name="end_after_start"),
        CheckConstraint("break_seconds >= 0 AND break_seconds < end_at - start_at", name="break_within"),
        Index("ix_work_entries_start_at", "start_at"),
        Index("ix_work_entries_engagement_start", "engagement_id", "start_at"),
        # Lets the overlap check bound its search by the longest entry without scanning the table.
        Index("ix_work_entries_span", text("(end_at - start_at)")),
    )


class RunningTimer(Base):
    """The live timer. It lives in the vault so it survives the app being closed or killed; at most one row."""

    __tablename__ = "running_timer"
    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int] = mapped_column(ForeignKey("engagements.id"))
    category: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column(UtcSeconds)
    tz: Mapped[str] = mapped_column(Text)
    __table_args__ = (CheckConstraint("id = 1", name="single"),)


class Invoice(Base):
    """What was billed or claimed, with its due date (from the contract, or a statutory default)."""

    __tablename__ = "invoices"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    number: Mapped[str | None] = mapped_column(Text)
    issued_on: Mapped[date] = mapped_column(IsoDate)
    period_from: Mapped[date | None] = mapped_column(IsoDate)
    period_to: Mapped[date | None] = mapped_column(IsoDate)
    amount: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(IsoDate)
    note: Mapped[str | None] = mapped_column(Text)
    entered_at: Mapped[datetime] = mapped_column(UtcSeconds)


class Payment(Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    received_on: Mapped[date] = mapped_column(IsoDate)
    gross: Mapped[Decimal] = mapped_column(DecimalText)
    fees: Mapped[Decimal] = mapped_column(DecimalText)
    deductions: Mapped[Decimal] = mapped_column(DecimalText)
    net: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(Text)
    method: Mapped[str | None] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(Text)
    period_from: Mapped[date | None] = mapped_column(IsoDate)
    period_to: Mapped[date | None] = mapped_column(IsoDate)
    note: Mapped[str | None] = mapped_column(Text)
    entered_at: Mapped[datetime] = mapped_column(UtcSeconds)
    # A payment converted on the way (a statement's currency conversion): the same money in the conversion's other
    # currency, and the rate (converted_currency per 1 ``currency``), as the statement stated them.
    converted_amount: Mapped[Decimal | None] = mapped_column(DecimalText,
                                                             info={"added_by": "0005", "filled_with": None})
    converted_currency: Mapped[str | None] = mapped_column(Text, info={"added_by": "0005", "filled_with": None})
    exchange_rate: Mapped[Decimal | None] = mapped_column(DecimalText, info={"added_by": "0005", "filled_with": None})


class Adjustment(Base):
    """A bonus or an adjustment (positive or negative) to what a client owes, dated to the day it applies."""

    __tablename__ = "adjustments"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    on: Mapped[date] = mapped_column(IsoDate)
    kind: Mapped[str] = mapped_column(Text)
    amount: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    entered_at: Mapped[datetime] = mapped_column(UtcSeconds)
    __table_args__ = (CheckConstraint("kind IN ('bonus', 'adjustment')", name="kind"),)


class PaymentAllocation(Base):
    """Part of a payment assigned explicitly to a work entry or an invoice."""

    __tablename__ = "payment_allocations"
    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id", ondelete="CASCADE"), index=True)
    work_entry_id: Mapped[int | None] = mapped_column(ForeignKey("work_entries.id"), index=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(DecimalText)
    __table_args__ = (
        CheckConstraint("(work_entry_id IS NULL) <> (invoice_id IS NULL)", name="one_target"),
    )


class DataRecord(Base):
    """Data the worker handled for a client (direction 'handled') or that the platform collected about them
    (direction 'collected': monitoring type, tool, consent, retention told)."""

    __tablename__ = "data_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    direction: Mapped[str] = mapped_column(Text)
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    whose_data: Mapped[str | None] = mapped_column(Text)
    sensitivity: Mapped[str | None] = mapped_column(Text)
    monitoring_type: Mapped[str | None] = mapped_column(Text)
    tool: Mapped[str | None] = mapped_column(Text)
    consent: Mapped[str | None] = mapped_column(Text)
    retention_told: Mapped[str | None] = mapped_column(Text)
    started_on: Mapped[date | None] = mapped_column(IsoDate)
    ended_on: Mapped[date | None] = mapped_column(IsoDate)
    note: Mapped[str | None] = mapped_column(Text)
    entered_at: Mapped[datetime] = mapped_column(UtcSeconds)
    __table_args__ = (CheckConstraint("direction IN ('handled', 'collected')", name="direction"),)


class Evidence(Base):
    """A file kept as proof; its bytes live inside the encrypted database."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(Text)
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(Text, index=True)
    added_at: Mapped[datetime] = mapped_column(UtcSeconds)
    note: Mapped[str | None] = mapped_column(Text)
    # Last (migration 0011): a row's columns are stored in order and the bytes spill onto overflow pages, so any
    # column after them costs a walk through the whole file.
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class EvidenceLink(Base):
    """What a piece of evidence is about: a client, an entry, a payment, an incident, ..."""

    __tablename__ = "evidence_links"
    id: Mapped[int] = mapped_column(primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), index=True)
    entity: Mapped[str] = mapped_column(Text)
    entity_id: Mapped[int]


class Incident(Base):
    """A data breach notice or a dispute, with what the worker did about it."""

    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[str] = mapped_column(Text)  # breach | dispute
    company: Mapped[str] = mapped_column(Text)
    notice_on: Mapped[date | None] = mapped_column(IsoDate)
    started_on: Mapped[date | None] = mapped_column(IsoDate)
    ended_on: Mapped[date | None] = mapped_column(IsoDate)
    data_involved: Mapped[str | None] = mapped_column(Text)
    steps_taken: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text, default="open")
    note: Mapped[str | None] = mapped_column(Text)
    entered_at: Mapped[datetime] = mapped_column(UtcSeconds)
    # What the incident cost the worker (money spent, e.g. on credit monitoring) and the time it took them.
    costs: Mapped[Decimal | None] = mapped_column(DecimalText, info={"added_by": "0003", "filled_with": None})
    costs_currency: Mapped[str | None] = mapped_column(Text, info={"added_by": "0003", "filled_with": None})
    time_spent_minutes: Mapped[int | None] = mapped_column(info={"added_by": "0003", "filled_with": None})
    __table_args__ = (CheckConstraint("kind IN ('breach', 'dispute')", name="kind"),)


class AccessRequest(Base):
    """A data-access request the worker sent a client (GDPR Art. 15, UK GDPR, CCPA right to know): when and how it
    went, the answer when it came (complete or not, and what was missing), and an extension the client claimed.
    The deadline is computed from the law (services/access_requests.py), not stored. The files of the answer are
    evidence linked to the request (entity "access-request")."""

    __tablename__ = "access_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    law: Mapped[str] = mapped_column(Text)  # gdpr | uk-gdpr | ccpa
    sent_on: Mapped[date] = mapped_column(IsoDate)
    sent_via: Mapped[str] = mapped_column(Text)  # email | post | web-form | in-app
    received_on: Mapped[date | None] = mapped_column(IsoDate)  # delivery day, when known (post); else sent_on
    answered_on: Mapped[date | None] = mapped_column(IsoDate)
    complete: Mapped[bool | None] = mapped_column()  # None until answered
    missing: Mapped[str | None] = mapped_column(Text)  # what the answer left out
    extended_on: Mapped[date | None] = mapped_column(IsoDate)  # the day the client said it needs longer
    extension_reason: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    entered_at: Mapped[datetime] = mapped_column(UtcSeconds)
    __table_args__ = (
        CheckConstraint("law IN ('gdpr', 'uk-gdpr', 'ccpa')", name="law"),
        CheckConstraint("sent_via IN ('email', 'post', 'web-form', 'in-app')", name="sent_via"),
        CheckConstraint("(answered_on IS NULL) = (complete IS NULL)", name="answer"),
    )


class StatementLine(Base):
    """An incoming payment read from a payment statement (PayPal, Wise, Upwork, ...), kept by its transaction id
    so that the same statement imported twice adds nothing. ``payment_id`` is set once it is matched to a client
    (and so recorded as a payment); an unmatched line waits in the Pay view for the worker to match it by hand."""

    __tablename__ = "statement_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(Text)  # paypal | wise | upwork | payoneer | payments-csv:<name>
    transaction_id: Mapped[str] = mapped_column(Text)
    file_name: Mapped[str] = mapped_column(Text)
    line: Mapped[int]
    received_on: Mapped[date] = mapped_column(IsoDate)
    gross: Mapped[Decimal] = mapped_column(DecimalText)
    fees: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(Text)
    converted_amount: Mapped[Decimal | None] = mapped_column(DecimalText)
    converted_currency: Mapped[str | None] = mapped_column(Text)
    exchange_rate: Mapped[Decimal | None] = mapped_column(DecimalText)
    payer_name: Mapped[str | None] = mapped_column(Text)
    payer_email: Mapped[str | None] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(Text)
    period_from: Mapped[date | None] = mapped_column(IsoDate)  # the work period it pays, when the statement says
    period_to: Mapped[date | None] = mapped_column(IsoDate)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), index=True)
    entered_at: Mapped[datetime] = mapped_column(UtcSeconds)
    __table_args__ = (UniqueConstraint("source", "transaction_id"),)


class ExchangeRate(Base):
    """A rate the worker's own records show was applied: 1 ``from_currency`` = ``rate`` ``to_currency`` on ``on``.
    ``source`` says where it was read ("statement wise.csv CONVERSION-123"); the rights engine uses these."""

    __tablename__ = "exchange_rates"
    id: Mapped[int] = mapped_column(primary_key=True)
    on: Mapped[date] = mapped_column(IsoDate)
    from_currency: Mapped[str] = mapped_column(Text)
    to_currency: Mapped[str] = mapped_column(Text)
    rate: Mapped[Decimal] = mapped_column(DecimalText)
    source: Mapped[str] = mapped_column(Text, unique=True)
    entered_at: Mapped[datetime] = mapped_column(UtcSeconds)


class PayerAlias(Base):
    """A payer name or e-mail address (lower case) the worker confirmed belongs to a client."""

    __tablename__ = "payer_aliases"
    id: Mapped[int] = mapped_column(primary_key=True)
    alias: Mapped[str] = mapped_column(Text, unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    entered_at: Mapped[datetime] = mapped_column(UtcSeconds)


class Expense(Base):
    """A work-related cost the worker paid (equipment, internet, software, a platform's or a transfer's fee...):
    fair pay is measured after these. ``receipt_evidence_id`` is the receipt kept as evidence, if any."""

    __tablename__ = "expenses"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    on: Mapped[date] = mapped_column(IsoDate)
    amount: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text)  # see services/expenses.py KINDS
    note: Mapped[str | None] = mapped_column(Text)
    receipt_evidence_id: Mapped[int | None] = mapped_column(ForeignKey("evidence.id"))
    entered_at: Mapped[datetime] = mapped_column(UtcSeconds)
    __table_args__ = (
        CheckConstraint("kind IN ('equipment', 'internet', 'software', 'platform fee', 'transfer fee', 'other')",
                        name="kind"),
    )


class Trip(Base):
    """Distance driven or ridden for a client on a day (the worker's odometer log, or a GPX track's length); its
    cost is the distance times the official per-distance rate of the worker's country and year."""

    __tablename__ = "trips"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    on: Mapped[date] = mapped_column(IsoDate)
    distance: Mapped[Decimal] = mapped_column(DecimalText)
    unit: Mapped[str] = mapped_column(Text)  # km | mi
    source: Mapped[str] = mapped_column(Text)  # manual | gpx
    note: Mapped[str | None] = mapped_column(Text)
    entered_at: Mapped[datetime] = mapped_column(UtcSeconds)
    __table_args__ = (
        CheckConstraint("unit IN ('km', 'mi')", name="unit"),
        CheckConstraint("source IN ('manual', 'gpx')", name="source"),
    )


class Anchor(Base):
    """The records as they stood at one moment, as a code a worker can send somewhere outside their control (issue
    16): the audit chain's head after ``seq`` changes, the worker's local day, and the SHA-256 of those (see
    services/anchors.py for the exact text hashed). One per day the records change."""

    __tablename__ = "anchors"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(IsoDate)
    seq: Mapped[int] = mapped_column(unique=True)  # the changes it covers: events 1..seq of the audit chain
    head: Mapped[str] = mapped_column(Text)  # the hash of event ``seq``
    code: Mapped[str] = mapped_column(Text)  # the short human-readable form
    sha256: Mapped[str] = mapped_column(Text, unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcSeconds)


class AnchorSending(Base):
    """Where an anchor went: e-mailed (to whom), copied, printed. The app only records what the worker did."""

    __tablename__ = "anchor_sendings"
    id: Mapped[int] = mapped_column(primary_key=True)
    anchor_id: Mapped[int] = mapped_column(ForeignKey("anchors.id"), index=True)
    how: Mapped[str] = mapped_column(Text)  # email | copy | print
    recipient: Mapped[str | None] = mapped_column(Text)  # an e-mail address, "my union", ...
    at: Mapped[datetime] = mapped_column(UtcSeconds)
    __table_args__ = (CheckConstraint("how IN ('email', 'copy', 'print')", name="how"),)


class AnchorTimestamp(Base):
    """An RFC 3161 time stamp over an anchor's SHA-256, checked when imported (interchange/timestamps.py): the
    authority's response as it came (base64 DER, so the JSON export carries it), and what it proves."""

    __tablename__ = "anchor_timestamps"
    id: Mapped[int] = mapped_column(primary_key=True)
    anchor_id: Mapped[int] = mapped_column(ForeignKey("anchors.id"), index=True)
    stamped_at: Mapped[datetime] = mapped_column(UtcSeconds)  # the authority's time (genTime)
    authority: Mapped[str] = mapped_column(Text)  # the signing certificate's common name
    serial: Mapped[str] = mapped_column(Text)
    response: Mapped[str] = mapped_column(Text)  # the .tsr, base64
    sha256: Mapped[str] = mapped_column(Text, unique=True)  # of the .tsr's bytes
    imported_at: Mapped[datetime] = mapped_column(UtcSeconds)


class SyncConfig(Base):
    """This device's part in a sync folder (services/sync.py): where the folder is, who this device is, the key the
    devices share and how far this device has written. At most one row; device-local, never exported."""

    __tablename__ = "sync_config"
    id: Mapped[int] = mapped_column(primary_key=True)
    folder: Mapped[str] = mapped_column(Text)
    device_id: Mapped[str] = mapped_column(Text)  # a UUID
    device_name: Mapped[str] = mapped_column(Text)
    device_key: Mapped[bytes] = mapped_column(LargeBinary)  # this device's Ed25519 private key (raw 32 bytes)
    sync_key: Mapped[bytes] = mapped_column(LargeBinary)  # the AES-256 key every paired device holds
    exported_seq: Mapped[int] = mapped_column(default=0)  # the audit event this device has written changes up to
    next_file: Mapped[int] = mapped_column(default=1)  # the number of this device's next change file
    __table_args__ = (CheckConstraint("id = 1", name="single"),)


class SyncDevice(Base):
    """Another device of the same worker, paired through the sync folder: its files are read, until removed."""

    __tablename__ = "sync_devices"
    device_id: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    public_key: Mapped[str] = mapped_column(Text)  # Ed25519, hex: the signature its files must carry
    paired_at: Mapped[datetime] = mapped_column(UtcSeconds)
    removed_at: Mapped[datetime | None] = mapped_column(UtcSeconds)
    applied_file: Mapped[int] = mapped_column(default=0)  # its change files read so far, in order


class SyncRecord(Base):
    """A record's stable id across devices, and the state both sides last agreed on (its hash)."""

    __tablename__ = "sync_records"
    uid: Mapped[str] = mapped_column(Text, primary_key=True)
    entity: Mapped[str] = mapped_column(Text)
    local_id: Mapped[int]
    synced_hash: Mapped[str | None] = mapped_column(Text)  # None: never exchanged yet
    resolving: Mapped[bool] = mapped_column(default=False)  # the worker chose a version: send it as the answer
    __table_args__ = (Index("ix_sync_records_entity_local", "entity", "local_id"),)


class SyncConflict(Base):
    """The same record changed on two devices: this device's version stays, the other's is kept here until the
    worker chooses (Entries view, `sync conflicts`)."""

    __tablename__ = "sync_conflicts"
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(Text)
    uid: Mapped[str] = mapped_column(Text, index=True)
    local_id: Mapped[int | None]  # None: deleted here, changed there
    remote_state: Mapped[str | None] = mapped_column(Text)  # canonical JSON; None: deleted there
    remote_device: Mapped[str] = mapped_column(Text)
    found_at: Mapped[datetime] = mapped_column(UtcSeconds)


# Tables that belong to this device and vault rather than to the records: never exported or restored.
DEVICE_LOCAL_TABLES = frozenset({"audit_events", "sync_config", "sync_devices", "sync_records", "sync_conflicts"})


class AuditEvent(Base):
    """One link of the audit chain: hash = SHA-256(prev_hash || canonical event). See store/audit.py."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UtcSeconds)
    action: Mapped[str] = mapped_column(Text)  # create | update | delete
    entity: Mapped[str] = mapped_column(Text)  # table name
    entity_id: Mapped[str] = mapped_column(Text)  # the row's primary key as text (settings are keyed by name)
    data: Mapped[str] = mapped_column(Text)  # canonical JSON of the state after (or before, for delete)
    prev_hash: Mapped[str] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(Text)
    __table_args__ = (
        CheckConstraint("action IN ('create', 'update', 'delete')", name="action"),
        Index("ix_audit_events_entity", "entity", "entity_id", "seq"),
    )
