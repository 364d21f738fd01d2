"""The worker's full JSON export: every table, a documented stable shape, and a byte-identical round trip
through new records (apart from the export timestamp)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from contractor_app.errors import InvalidInput
from contractor_app.services.entries.timer import start_timer
from contractor_app.services.exports import export_json
from contractor_app.services.imports import ImportRequest, run_import
from contractor_app.services.json_restore import preview_restore, run_restore
from contractor_app.services.payments import NewPayment, record_payment
from contractor_app.services.profile import Profile, load_profile, save_profile
from contractor_app.services.record_tables import record_tables
from contractor_app.services.verify import verify_vault
from contractor_app.store import models
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from .conftest import ACME, FIXTURES, ZONE, row_counts

PDF = b"%PDF-1.4 a pay stub\x00\xff"
AT = datetime(2024, 4, 1, 12, 0, tzinfo=UTC)


def fill_every_table(vault: Vault) -> None:
    run_import(vault, ImportRequest(format="toggl", path=FIXTURES / "toggl_detailed.csv"))
    run_import(vault, ImportRequest(format="watson", path=FIXTURES / "watson_frames.json", client=ACME))
    record_payment(vault, NewPayment(client=ACME, received_on=date(2024, 3, 20), gross=Decimal("100.50"),
                                     fees=Decimal("2.25"), reference="=HYPERLINK(1)", note="März, «paid»"))
    start_timer(vault, client=ACME, engagement=None, category="waiting", note=None, tz=ZONE, at=AT)
    with vault.unit_of_work() as uow:
        uow.created(models.Invoice(client_id=1, number="INV-1", issued_on=date(2024, 3, 15), amount=Decimal("120"),
                                   currency="USD", due_on=date(2024, 3, 30), entered_at=AT))
        uow.created(models.PaymentAllocation(payment_id=1, work_entry_id=1, amount=Decimal("50.08")))
        uow.created(models.Adjustment(client_id=1, on=date(2024, 3, 31), kind="bonus", amount=Decimal("-5.00"),
                                      currency="USD", note=None, entered_at=AT))
        uow.created(models.DataRecord(client_id=1, direction="collected", categories=["webcam", "screen"],
                                      monitoring_type="screenshots", consent="clicked through", entered_at=AT))
        evidence = models.Evidence(name="pay stub (March).pdf", media_type="application/pdf", size=len(PDF),
                                   sha256=hashlib.sha256(PDF).hexdigest(), content=PDF, added_at=AT)
        uow.created(evidence)
        uow.created(models.EvidenceLink(evidence_id=evidence.id, entity="payments", entity_id=1))
        uow.created(models.Incident(client_id=1, kind="breach", company="Acme Labeling", notice_on=date(2024, 3, 1),
                                    status="open", entered_at=AT))
        payment = uow.session.get(models.Payment, 1)
        assert payment is not None
        payment.converted_amount, payment.converted_currency, payment.exchange_rate = (
            Decimal("92.46"), "EUR", Decimal("0.92"))
        uow.updated(payment)
        uow.created(models.StatementLine(
            source="wise", transaction_id="TRANSFER-1", file_name="statement.csv", line=2,
            received_on=date(2024, 3, 20), gross=Decimal("100.50"), fees=Decimal("2.25"), currency="USD",
            converted_amount=Decimal("92.46"), converted_currency="EUR", exchange_rate=Decimal("0.92"),
            payer_name="Acme Labeling Inc", payer_email="ap@acme.example", reference="INV-1", payment_id=1,
            entered_at=AT))
        uow.created(models.ExchangeRate(on=date(2024, 3, 20), from_currency="USD", to_currency="EUR",
                                        rate=Decimal("0.92"), source="statement statement.csv TRANSFER-1",
                                        entered_at=AT))
        uow.created(models.PayerAlias(alias="acme labeling inc", client_id=1, entered_at=AT))
        uow.created(models.AccessRequest(client_id=1, law="gdpr", sent_on=date(2024, 1, 31), sent_via="post",
                                         received_on=date(2024, 2, 2), answered_on=date(2024, 3, 1), complete=False,
                                         missing="ratings", extended_on=date(2024, 2, 20), extension_reason="many",
                                         note="ref 7", entered_at=AT))
        uow.created(models.Expense(client_id=1, on=date(2024, 3, 5), amount=Decimal("59.99"), currency="EUR",
                                   kind="internet", note="router", receipt_evidence_id=evidence.id, entered_at=AT))
        uow.created(models.Trip(client_id=1, on=date(2024, 3, 6), distance=Decimal("12.4"), unit="mi",
                                source="manual", note="to the office", entered_at=AT))
        anchor = models.Anchor(day=date(2024, 4, 1), seq=1, head="ab" * 32, code="CL1-20240401-1-ABCD-EF01-2345",
                               sha256="cd" * 32, created_at=AT)
        uow.created(anchor)
        uow.created(models.AnchorSending(anchor_id=anchor.id, how="email", recipient="me@example.org", at=AT))
        uow.created(models.AnchorTimestamp(anchor_id=anchor.id, stamped_at=AT, authority="Test TSA", serial="7",
                                           response="MAMCAQA=", sha256="ef" * 32, imported_at=AT))


def strip_timestamp(document: bytes) -> bytes:
    lines = document.split(b"\n")
    assert lines[4].startswith(b' "exported_at": "')
    return b"\n".join(lines[:4] + lines[5:])


def new_records(folder: Path) -> Vault:
    vault, _ = Vault.create(folder, PASSWORD)
    save_profile(vault, Profile(name="Someone Else", currency="EUR", timezone="UTC"))
    return vault


def test_export_import_export_is_byte_identical(ready: Vault, tmp_path: Path) -> None:
    fill_every_table(ready)
    first, files = tmp_path / "first.json", tmp_path / "evidence"
    result = export_json(ready, first, evidence_dir=files)
    assert set(result.counts) == {table.name for table in record_tables()}
    assert all(result.counts.values()), f"a table has no rows to round-trip: {result.counts}"
    assert result.evidence_files == 1
    assert (files / "000001-pay_stub_March_.pdf").read_bytes() == PDF

    with new_records(tmp_path / "elsewhere") as restored:
        preview = preview_restore(restored, first, evidence_dir=files)
        assert preview.added == result.counts and not preview.committed
        assert run_restore(restored, first, evidence_dir=files).committed
        second = tmp_path / "second.json"
        export_json(restored, second)
        assert strip_timestamp(second.read_bytes()) == strip_timestamp(first.read_bytes())
        assert load_profile(restored).timezone == ZONE  # the export's profile replaced the new records' own
        assert verify_vault(restored).ok
        # Importing the same export again adds nothing.
        counts = row_counts(restored)
        again = run_restore(restored, first, evidence_dir=files)
        assert again.added == {} and again.present == result.counts
        assert row_counts(restored) == counts


def test_document_shape_is_stable_and_documented(ready: Vault, tmp_path: Path) -> None:
    fill_every_table(ready)
    path = tmp_path / "export.json"
    export_json(ready, path, exported_at=AT)
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    assert list(document) == ["format", "version", "app", "exported_at", "records"]
    assert (document["format"], document["version"], document["exported_at"]) == (
        "contractor-ledger-export", 1, "2024-04-01T12:00:00Z")
    assert list(document["records"])[:5] == ["settings", "clients", "engagements", "pay_terms", "work_entries"]
    entry = document["records"]["work_entries"][0]
    assert list(entry)[:5] == ["id", "engagement_id", "start_at", "end_at", "tz"]
    assert (entry["start_at"], entry["tz"], entry["source"]) == ("2024-03-08T14:00:00Z", ZONE, "import:toggl")
    payment = document["records"]["payments"][0]
    assert (payment["gross"], payment["fees"], payment["net"]) == ("100.50", "2.25", "98.25")
    assert payment["note"] == "März, «paid»" and "März" in text  # UTF-8, not \\u escapes
    evidence = document["records"]["evidence"][0]
    assert "content" not in evidence and evidence["file"] == "000001-pay_stub_March_.pdf"
    # One record per line.
    assert text.count("\n") == 8 + sum(len(rows) + 2 * bool(rows) for rows in document["records"].values())


def test_evidence_must_come_with_its_files_and_match_them(ready: Vault, tmp_path: Path) -> None:
    fill_every_table(ready)
    path, files = tmp_path / "export.json", tmp_path / "evidence"
    export_json(ready, path, evidence_dir=files)
    with new_records(tmp_path / "elsewhere") as restored:
        counts = row_counts(restored)
        with pytest.raises(InvalidInput, match="evidence record 1: the export holds evidence files; give"):
            run_restore(restored, path)
        (files / "000001-pay_stub_March_.pdf").write_bytes(PDF.replace(b"stub", b"STUB"))
        with pytest.raises(InvalidInput, match="evidence record 1, field 'sha256': the file 000001-pay_stub_March_"
                                               ".pdf in .* does not match its fingerprint"):
            run_restore(restored, path, evidence_dir=files)
        assert row_counts(restored) == counts


def test_a_different_record_with_the_same_id_is_a_conflict(ready: Vault, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    export_json(ready, path)
    with new_records(tmp_path / "elsewhere") as other:
        with other.unit_of_work() as uow:
            uow.created(models.Client(name="Someone", classification="contractor", currency="EUR", created_at=AT))
        counts = row_counts(other)
        with pytest.raises(InvalidInput, match="clients record 1: your records already hold a different clients "
                                               "record with id 1"):
            run_restore(other, path)
        assert row_counts(other) == counts


def test_exports_never_land_in_the_records_folder(ready: Vault, ready_dir: Path) -> None:
    with pytest.raises(InvalidInput, match="outside your records folder"):
        export_json(ready, ready_dir / "vault.db")
    assert (ready_dir / "vault.db").read_bytes()[:16] != b'{\n "format": "co'
