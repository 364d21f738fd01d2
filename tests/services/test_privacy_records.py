"""Data records, incidents and evidence: what the privacy report and the claim packet are built from.

Real vaults throughout. Every refused input must leave the records exactly as they were (same audit head, same
rows), and every accepted one must pass the records check, whose replay covers the new tables.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.errors import InvalidInput, NotFound, VaultDamaged
from contractor_app.services import evidence as evidence_service
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.evidence import (
    add_evidence,
    evidence_bytes,
    export_evidence,
    get_evidence,
    link_evidence,
    list_evidence,
)
from contractor_app.services.incidents import (
    IncidentUpdate,
    NewIncident,
    list_incidents,
    record_incident,
    update_incident,
)
from contractor_app.services.payments import NewPayment, record_payment
from contractor_app.services.privacy import (
    NewDataCollected,
    NewDataHandled,
    list_data_records,
    record_data_collected,
    record_data_handled,
)
from contractor_app.services.verify import evidence_problems, verify_vault
from contractor_app.store.audit import read_head
from contractor_app.store.models import AuditEvent, DataRecord, Evidence, EvidenceLink, Incident
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD

TOMORROW = datetime.now(UTC).date() + timedelta(days=2)  # past "today" in every time zone


@pytest.fixture
def acme(vault: Vault) -> Vault:
    """A vault with two clients, Acme (with a legal name) and TaskHive."""
    terms = Terms(kind="hourly", rate=Money(Decimal(20), "USD"))
    add_client(vault, NewClient(name="Acme Labeling", currency="USD", terms=terms, legal_name="Acme Labeling LLC"))
    add_client(vault, NewClient(name="TaskHive", currency="USD", terms=terms))
    return vault


def state(vault: Vault) -> tuple[object, ...]:
    """The audit head and the row counts of the tables these services write."""
    with vault.reading() as session:
        head = read_head(session, vault.vault_id)
        counts = tuple(session.scalar(select(func.count()).select_from(model))
                       for model in (DataRecord, Incident, Evidence, EvidenceLink))
    return head.seq, head.hash, counts


def last_events(vault: Vault, n: int) -> list[tuple[str, str]]:
    with vault.reading() as session:
        rows = session.execute(select(AuditEvent.action, AuditEvent.entity).order_by(AuditEvent.seq.desc()).limit(n))
        return [(action, entity) for action, entity in rows][::-1]


def assert_verified(vault: Vault) -> None:
    report = verify_vault(vault)
    assert report.ok, report.problems


# --- data handled and collected ---------------------------------------------------------------------------

def test_data_handled_and_collected_are_recorded_audited_and_listed(acme: Vault) -> None:
    handled = record_data_handled(acme, NewDataHandled(
        client="acme", categories=(" audio recordings", "medical images", "Audio Recordings", ""),
        whose_data="end users of the client", sensitivity="Special-Category", started_on=date(2026, 3, 1),
        ended_on=date(2026, 6, 30), note="EU patients' voices",
    ))
    assert (handled.client, handled.direction) == ("Acme Labeling", "handled")
    assert handled.categories == ("audio recordings", "medical images")  # trimmed, repeats (any case) dropped
    assert handled.sensitivity == "special-category"
    assert last_events(acme, 1) == [("create", "data_records")]

    collected = record_data_collected(acme, NewDataCollected(
        client="TaskHive", monitoring_type="screen RECORDING", tool="Hubstaff", consent="clicked through",
        retention_told="not told", started_on=date(2026, 1, 5), categories=("screenshots every 10 min",),
    ))
    assert (collected.direction, collected.monitoring_type, collected.consent) == (
        "collected", "screen recording", "clicked through")
    assert collected.sensitivity is None and collected.whose_data is None
    webcam = record_data_collected(acme, NewDataCollected(client="acme", monitoring_type="webcam",
                                                          tool="unknown", consent="not asked"))

    listed = list_data_records(acme)
    assert [r.id for r in listed] == [webcam.id, handled.id, collected.id]  # by client, then start (undated first)
    assert listed[1] == handled  # the view a write returns is the one a read gives
    assert [r.id for r in list_data_records(acme, "taskhive")] == [collected.id]
    assert [r.id for r in list_data_records(acme, direction="collected")] == [webcam.id, collected.id]
    assert_verified(acme)


@pytest.mark.parametrize(
    ("new", "message"),
    [
        (NewDataHandled(client="acme", categories=(" ", "")), "at least one kind of data"),
        (NewDataHandled(client="acme", categories=("chat logs",), sensitivity="secret"), "not one of: low"),
        (NewDataHandled(client="nobody", categories=("chat logs",)), "No client named"),
        (NewDataHandled(client="acme", categories=("chat logs",), started_on=TOMORROW), "in the future"),
        (NewDataHandled(client="acme", categories=("chat logs",), started_on=date(2026, 5, 2),
                        ended_on=date(2026, 5, 1)), "before it starts"),
        (NewDataHandled(client="acme", categories=("chat logs",), note="x" * 20_001), "limited to 20,000"),
        (NewDataHandled(client="acme", categories=tuple(f"kind {i}" for i in range(51))), "at most 50"),
        (NewDataCollected(client="acme", monitoring_type="mind reading", tool="X", consent="not asked"),
         "Monitoring type 'mind reading' is not one of"),
        (NewDataCollected(client="acme", monitoring_type="webcam", tool="X", consent="sort of"), "Consent"),
        (NewDataCollected(client="acme", monitoring_type="webcam", tool="  ", consent="refused"), "Name the tool"),
        (NewDataCollected(client="acme", monitoring_type="webcam", tool="X", consent="refused",
                          ended_on=TOMORROW), "in the future"),
    ],
)
def test_bad_data_records_are_refused_and_change_nothing(acme: Vault, new: object, message: str) -> None:
    before = state(acme)
    record = record_data_handled if isinstance(new, NewDataHandled) else record_data_collected
    with pytest.raises(InvalidInput, match=message):
        record(acme, new)  # type: ignore[arg-type]
    assert state(acme) == before


# --- incidents --------------------------------------------------------------------------------------------

def test_breach_is_recorded_then_steps_added_and_closed_with_audited_updates(acme: Vault) -> None:
    breach = record_incident(acme, NewIncident(
        kind="breach", client="acme", notice_on=date(2026, 4, 10), started_on=date(2026, 3, 1),
        ended_on=date(2026, 3, 9), data_involved="name, SSN, bank account",
        steps_taken="2026-04-10 changed password", note="worker id W-123; claim code ABCD-1234",
    ))
    assert (breach.company, breach.client, breach.status) == ("Acme Labeling LLC", "Acme Labeling", "open")
    dispute = record_incident(acme, NewIncident(kind="Dispute", company="  Payroll Co  "))
    assert (dispute.company, dispute.client, dispute.kind) == ("Payroll Co", None, "dispute")

    updated = update_incident(acme, IncidentUpdate(id=breach.id, steps="2026-04-11 froze credit"))
    assert updated.steps_taken == "2026-04-10 changed password\n2026-04-11 froze credit"  # earlier steps kept
    closed = update_incident(acme, IncidentUpdate(id=breach.id, status="closed"))
    assert closed.status == "closed" and closed.steps_taken == updated.steps_taken
    assert last_events(acme, 2) == [("update", "incidents"), ("update", "incidents")]

    assert list_incidents(acme) == [closed, dispute]
    assert list_incidents(acme, client="acme") == [closed]
    assert_verified(acme)


@pytest.mark.parametrize(
    ("new", "message"),
    [
        (NewIncident(kind="theft", company="X"), "kind of incident"),
        (NewIncident(kind="breach"), "Name the company"),
        (NewIncident(kind="breach", company="X", status="pending"), "Status"),
        (NewIncident(kind="breach", company="X", client="nobody"), "No client named"),
        (NewIncident(kind="breach", company="X", notice_on=TOMORROW), "in the future"),
        (NewIncident(kind="breach", company="X", started_on=date(2026, 3, 9), ended_on=date(2026, 3, 1)),
         "before it starts"),
    ],
)
def test_bad_incidents_are_refused_and_change_nothing(acme: Vault, new: NewIncident, message: str) -> None:
    before = state(acme)
    with pytest.raises(InvalidInput, match=message):
        record_incident(acme, new)
    assert state(acme) == before


def test_bad_incident_updates_are_refused_and_change_nothing(acme: Vault) -> None:
    incident = record_incident(acme, NewIncident(kind="breach", company="X", steps_taken="y" * 19_990))
    before = state(acme)
    with pytest.raises(NotFound, match="no incident #99"):
        update_incident(acme, IncidentUpdate(id=99, status="closed"))
    with pytest.raises(InvalidInput, match="Nothing to change"):
        update_incident(acme, IncidentUpdate(id=incident.id, steps="  "))
    with pytest.raises(InvalidInput, match="Status"):
        update_incident(acme, IncidentUpdate(id=incident.id, status="done"))
    with pytest.raises(InvalidInput, match="in all"):  # the status change in the same update is not kept either
        update_incident(acme, IncidentUpdate(id=incident.id, status="closed", steps="z" * 20))
    assert state(acme) == before
    assert list_incidents(acme)[0].status == "open"


# --- evidence ---------------------------------------------------------------------------------------------

def test_evidence_round_trips_exactly_with_its_fingerprint_and_links(acme: Vault, tmp_path: Path) -> None:
    content = os.urandom(300_000) + "Überstunden März".encode()
    source = tmp_path / "Überstunden_März_合同.pdf"
    source.write_bytes(content)
    start = datetime(2026, 11, 2, 9, tzinfo=UTC)
    entry = log_work(acme, NewEntry(client="acme", start=start, end=start + timedelta(hours=1), tz="UTC")).entry
    payment = record_payment(acme, NewPayment(client="acme", received_on=date(2026, 11, 10), gross=Decimal(20)))
    incident = record_incident(acme, NewIncident(kind="dispute", client="acme"))

    kept = add_evidence(acme, source, note="signed", links=(
        ("client", "acme"), ("entry", entry.id), ("payment", payment.id), ("incident", incident.id), ("client", 1)))
    assert (kept.name, kept.media_type, kept.size) == (source.name, "application/pdf", len(content))
    assert kept.sha256 == hashlib.sha256(content).hexdigest()
    assert [(link.entity, link.entity_id, link.label) for link in kept.links] == [
        ("client", 1, "Acme Labeling"), ("entry", entry.id, f"entry #{entry.id}"),
        ("payment", payment.id, f"payment #{payment.id}"), ("incident", incident.id, f"incident #{incident.id}")]
    assert last_events(acme, 5) == [("create", "evidence")] + [("create", "evidence_links")] * 4

    assert list_evidence(acme) == [kept] == [get_evidence(acme, kept.id)]
    assert evidence_bytes(acme, kept.id) == content
    copy = tmp_path / "out" / "copy of Überstunden.pdf"
    copy.parent.mkdir()
    assert export_evidence(acme, kept.id, copy) == kept
    assert copy.read_bytes() == content
    assert_verified(acme)
    assert evidence_problems(acme) == []


def test_evidence_from_bytes_guesses_or_takes_the_type(acme: Vault) -> None:
    png = add_evidence(acme, b"\x89PNG fake", "screenshot 1.PNG")
    assert png.media_type == "image/png" and png.links == ()
    odd = add_evidence(acme, b"no idea", "notes", media_type="Text/Plain")
    assert odd.media_type == "text/plain"
    unknown = add_evidence(acme, b"what is this", "blob.zzz-unknown")
    assert unknown.media_type == "application/octet-stream"


def test_the_same_file_is_kept_once_and_can_be_linked_again(acme: Vault, tmp_path: Path) -> None:
    source = tmp_path / "stub.pdf"
    source.write_bytes(b"pay stub for November")
    kept = add_evidence(acme, source, links=(("client", "acme"),))
    before = state(acme)
    with pytest.raises(InvalidInput, match=rf"already kept as evidence #{kept.id} \('stub.pdf'"):
        add_evidence(acme, b"pay stub for November", "renamed.pdf", links=(("client", "taskhive"),))
    assert state(acme) == before

    linked = link_evidence(acme, kept.id, (("client", "acme"), ("client", "TaskHive")))
    assert [link.label for link in linked.links] == ["Acme Labeling", "TaskHive"]  # the existing link not doubled
    assert last_events(acme, 1) == [("create", "evidence_links")]
    assert_verified(acme)


def test_bad_evidence_is_refused_and_changes_nothing(acme: Vault, tmp_path: Path) -> None:
    source = tmp_path / "contract.pdf"
    source.write_bytes(b"the contract")
    before = state(acme)
    cases = [
        (lambda: add_evidence(acme, tmp_path / "missing.pdf"), InvalidInput, "There is no file"),
        (lambda: add_evidence(acme, tmp_path), InvalidInput, "not a file"),
        (lambda: add_evidence(acme, b"x"), InvalidInput, "needs a name"),
        (lambda: add_evidence(acme, b"", "empty.pdf"), InvalidInput, "empty.pdf is empty"),
        (lambda: add_evidence(acme, source, name="  "), InvalidInput, "needs a name"),
        (lambda: add_evidence(acme, source, name="a\nb"), InvalidInput, "one line"),
        (lambda: add_evidence(acme, source, media_type="pdf"), InvalidInput, "not understood"),
        (lambda: add_evidence(acme, source, links=(("payment", 99),)), NotFound, "no payment #99"),
        (lambda: add_evidence(acme, source, links=(("client", "nobody"),)), NotFound, "No client named"),
        (lambda: add_evidence(acme, source, links=(("planet", 1),)), InvalidInput, "can be linked to"),
        (lambda: link_evidence(acme, 42, (("client", "acme"),)), NotFound, "no evidence #42"),
        (lambda: export_evidence(acme, 42, tmp_path / "x.pdf"), NotFound, "no evidence #42"),
    ]
    for call, error, message in cases:
        with pytest.raises(error, match=message):
            call()
    assert state(acme) == before

    kept = add_evidence(acme, source)
    with pytest.raises(InvalidInput, match="Say what to link"):
        link_evidence(acme, kept.id, ())
    existing = tmp_path / "exists.pdf"
    existing.write_bytes(b"keep me")
    with pytest.raises(InvalidInput, match="already exists"):
        export_evidence(acme, kept.id, existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(InvalidInput, match="does not exist"):
        export_evidence(acme, kept.id, tmp_path / "no folder" / "x.pdf")
    with pytest.raises(InvalidInput, match="outside your records folder"):
        export_evidence(acme, kept.id, acme.paths.folder / "x.pdf")
    assert not (acme.paths.folder / "x.pdf").exists()


def test_oversize_evidence_is_refused_before_it_is_read(acme: Vault, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    huge = tmp_path / "disk image.iso"
    with huge.open("wb") as handle:  # sparse: one byte over the real cap, without writing 200 MB
        handle.truncate(evidence_service.MAX_EVIDENCE_BYTES + 1)
    before = state(acme)
    with pytest.raises(InvalidInput, match="larger than 200 MB"):
        add_evidence(acme, huge)
    monkeypatch.setattr(evidence_service, "MAX_EVIDENCE_BYTES", 2 * 1024 * 1024)  # the same check on bytes given
    with pytest.raises(InvalidInput, match="larger than 2 MB"):
        add_evidence(acme, b"x" * (2 * 1024 * 1024 + 1), "big.bin")
    assert state(acme) == before
    assert add_evidence(acme, b"x" * (2 * 1024 * 1024), "just fits.bin").size == 2 * 1024 * 1024


def test_evidence_changed_behind_the_apps_back_is_caught_on_the_way_out(acme: Vault, tmp_path: Path) -> None:
    kept = add_evidence(acme, b"original bytes", "stub.pdf")
    with acme.unit_of_work() as uow:  # tampering: the bytes change, the fingerprint does not
        uow.session.execute(update(Evidence).where(Evidence.id == kept.id).values(content=b"forged bytes!!"))
    dest = tmp_path / "copy.pdf"
    with pytest.raises(VaultDamaged, match=f"evidence #{kept.id}"):
        export_evidence(acme, kept.id, dest)
    assert not dest.exists()
    with pytest.raises(VaultDamaged):
        evidence_bytes(acme, kept.id)
    assert evidence_problems(acme) == [f"evidence #{kept.id} (stub.pdf) does not match its SHA-256 fingerprint"]
    assert verify_vault(acme).problems == (
        f"record check: evidence #{kept.id} (stub.pdf) does not match its SHA-256 fingerprint",)


# --- at rest ----------------------------------------------------------------------------------------------

MARKER = b"QZXV-evidence-marker-5521"


def _leaks(folder: Path, needles: list[bytes]) -> list[str]:
    return [f"{path.name}: {needle[:30]!r}" for path in folder.rglob("*") if path.is_file()
            for needle in needles if needle in path.read_bytes()]


def test_evidence_bytes_never_reach_the_disk_in_the_clear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    for name in ("TMPDIR", "TMP", "TEMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    folder = tmp_path / "records"
    vault, _ = Vault.create(folder, PASSWORD)
    add_client(vault, NewClient(name="Acme", currency="USD"))
    body = os.urandom(64 * 1024)
    content = body + MARKER * 50 + body
    needles = [MARKER, MARKER.decode().encode("utf-16-le"), body[:64], body[-64:]]
    source = tmp_path / "source" / "screenshot.png"
    source.parent.mkdir()
    source.write_bytes(content)
    assert _leaks(source.parent, needles)  # the scan finds them where they are in the clear

    kept = add_evidence(vault, source, links=(("client", "acme"),))
    record_data_collected(vault, NewDataCollected(client="acme", monitoring_type="screenshots", tool="Hubstaff",
                                                  consent="clicked through", note=MARKER.decode()))
    record_incident(vault, NewIncident(kind="breach", company="Acme", data_involved=MARKER.decode()))
    assert evidence_bytes(vault, kept.id) == content  # the bytes really are in there
    assert {"vault.db", "vault.db-wal"} <= {p.name for p in folder.iterdir()}
    assert _leaks(folder, needles) == [] and _leaks(private_tmp, needles) == []
    assert_verified(vault)
    vault.lock()
    assert _leaks(folder, needles) == [] and _leaks(private_tmp, needles) == []
