"""Shared by the backup tests: a vault holding every kind of record, its backups, and row-by-row table dumps."""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from contractor_app.backup.create import create_backup
from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.services.backups.schedule import BackupSettings, save_settings
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.entries.timer import start_timer
from contractor_app.services.payments import NewPayment, record_payment
from contractor_app.services.profile import Profile, save_profile
from contractor_app.store.models import (
    Client,
    DataRecord,
    Evidence,
    EvidenceLink,
    Incident,
    Invoice,
    Payment,
    PaymentAllocation,
    Setting,
    WorkEntry,
)
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..sample import build_vault

MARKERS = ("QZXV-backup-marker-8812", "Ŋøŧę-Дмитрий-Đặng-backup-8812")
# Tables the full vault fills; the round trip compares every table there is, these and any others.
FILLED = ("clients", "engagements", "pay_terms", "work_entries", "running_timer", "invoices", "payments",
          "payment_allocations", "data_records", "evidence", "evidence_links", "incidents", "settings",
          "audit_events", "alembic_version")


def fill_every_kind(vault: Vault, *, evidence_bytes: int = 300_000) -> None:
    """Records of every kind, through the services where they exist and the models (in a unit of work) elsewhere."""
    ascii_marker, unicode_marker = MARKERS
    save_profile(vault, Profile(name=f"Worker {unicode_marker}", currency="USD", timezone="America/New_York"))
    save_settings(vault, BackupSettings(keep_daily=5))
    add_client(vault, NewClient(name="Acme Labeling", currency="USD", jurisdiction="US-CA", payment_terms_days=30,
                                terms=Terms(kind="hourly", rate=Money(Decimal("21.50"), "USD"))))
    add_client(vault, NewClient(name=f"TaskHive {unicode_marker}", currency="EUR",
                                terms=Terms(kind="per_unit", rate=Money(Decimal("0.40"), "EUR"), unit_name="task")))
    start = datetime(2026, 11, 2, 14, tzinfo=UTC)
    for day in range(5):
        log_work(vault, NewEntry(client="Acme Labeling", start=start + timedelta(days=day),
                                 end=start + timedelta(days=day, hours=3), tz="America/New_York",
                                 category="productive" if day % 2 else "training", break_seconds=600,
                                 note=f"batch {day} {ascii_marker}"))
    record_payment(vault, NewPayment(client="Acme Labeling", received_on=date(2026, 11, 20), gross=Decimal("120.00"),
                                     fees=Decimal("2.50"), reference=ascii_marker, note=unicode_marker))
    start_timer(vault, client="Acme Labeling", tz="America/New_York", note="still going",
                at=datetime(2026, 11, 25, 13, tzinfo=UTC))
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)
    files = [(b"%PDF-1.4 contract " + ascii_marker.encode(), "contract.pdf", "application/pdf"),
             (unicode_marker.encode() * 40, "notice.txt", "text/plain"),
             (os.urandom(evidence_bytes), "screen.png", "image/png")]
    with vault.unit_of_work() as uow:
        session = uow.session
        client_id = session.query(Client).filter_by(name="Acme Labeling").one().id
        invoice = Invoice(client_id=client_id, number="INV-7", issued_on=date(2026, 11, 10), amount=Decimal("64.50"),
                          currency="USD", due_on=date(2026, 12, 10), note=ascii_marker, entered_at=now)
        uow.created(invoice)
        payment = session.query(Payment).one()
        entry = session.query(WorkEntry).order_by(WorkEntry.id).first()
        assert entry is not None
        uow.created(PaymentAllocation(payment_id=payment.id, invoice_id=invoice.id, amount=Decimal("60.00")))
        uow.created(PaymentAllocation(payment_id=payment.id, work_entry_id=entry.id, amount=Decimal("57.50")))
        uow.created(DataRecord(client_id=client_id, direction="collected", categories=["screen", "webcam"],
                               monitoring_type="screenshots", tool="Hubstaff", consent="clickwrap",
                               retention_told="unknown", started_on=date(2026, 10, 1), note=unicode_marker,
                               entered_at=now))
        uow.created(DataRecord(client_id=client_id, direction="handled", categories=["faces"], whose_data="public",
                               sensitivity="biometric", entered_at=now))
        uow.created(Incident(client_id=client_id, kind="breach", company="Acme Labeling", notice_on=date(2026, 11, 3),
                             data_involved="ID scans", steps_taken="froze credit", note=ascii_marker, entered_at=now))
        for content, name, media_type in files:
            evidence = Evidence(name=name, media_type=media_type, size=len(content),
                                sha256=hashlib.sha256(content).hexdigest(), content=content, added_at=now)
            uow.created(evidence)
            uow.created(EvidenceLink(evidence_id=evidence.id, entity="clients", entity_id=client_id))
        uow.created(Setting(key="ui", value={"theme": "dark", "marker": ascii_marker}))


def table_rows(db: Path, data_key: bytes) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in rowid (or key) order: two equal dumps mean two equal databases."""
    conn = sqlcipher.connect(str(db))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        names = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {name: conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall() for name in names}
    finally:
        conn.close()


def data_key_of(folder: Path, password: str = PASSWORD) -> bytes:
    with Vault.unlock(folder, password) as vault:
        return vault._key()


@dataclass(frozen=True)
class Built:
    folder: Path  # a locked vault holding every kind of record
    recovery_key: str
    backup: Path  # a backup of it


def build(root: Path, *, evidence_bytes: int = 300_000) -> Built:
    def fill_and_back_up(vault: Vault) -> None:
        fill_every_kind(vault, evidence_bytes=evidence_bytes)
        create_backup(vault, root / "full.clbackup")

    sample = build_vault(root / "records", fill_and_back_up)
    return Built(sample.folder, sample.recovery_key, root / "full.clbackup")


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """Built once for all backup tests: tests that change it work on a copy (``copy_of``)."""
    return build(tmp_path_factory.mktemp("built"))


def copy_of(built: Built, dest: Path) -> Path:
    shutil.copytree(built.folder, dest)
    return dest
