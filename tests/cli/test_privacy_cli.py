"""`data`, `incident` and `evidence` end to end through `contractor-app`, in-process against real vaults."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from ..conftest import Cli, vault_files

MARKER = b"QZXV-cli-evidence-marker-7730"


@pytest.fixture
def ready(cli: Cli) -> Cli:
    return cli.prepared(("--name", "Test Worker", "--currency", "USD"),
                        ("client", "add", "Acme Labeling", "--rate", "20/h"))


def ok(cli: Cli, *args: str) -> str:
    result = cli(*args)
    assert result.code == 0, result.err
    return result.out


def test_data_records_are_added_and_listed(ready: Cli) -> None:
    out = ok(ready, "data", "handled", "--client", "acme", "--categories", "audio recordings, medical images",
             "--whose", "end users of the client", "--sensitivity", "special-category", "--from", "2026-03-01")
    assert out == "Recorded data record #1: you handled audio recordings, medical images for Acme Labeling.\n"
    out = ok(ready, "data", "collected", "--client", "acme", "--type", "Screen Recording", "--tool", "Hubstaff",
             "--consent", "clicked through", "--retention", "90 days", "--from", "2026-01-05", "--to", "2026-06-30")
    assert "collected screen recording with Hubstaff (consent: clicked through)" in out

    table = ok(ready, "data", "list")
    assert "audio recordings, medical images" in table and "screen recording (Hubstaff)" in table
    records = json.loads(ok(ready, "data", "list", "--client", "acme", "--format", "json"))
    assert records["format"] == "contractor-ledger-data-records" and records["version"] == 1
    handled, collected = sorted(records["records"], key=lambda r: r["id"])
    assert handled["categories"] == ["audio recordings", "medical images"]
    assert (handled["direction"], handled["sensitivity"], handled["started_on"]) == (
        "handled", "special-category", "2026-03-01")
    assert (collected["monitoring_type"], collected["retention_told"], collected["ended_on"]) == (
        "screen recording", "90 days", "2026-06-30")
    assert ok(ready, "verify")


def test_empty_lists_say_how_to_start(ready: Cli) -> None:
    assert "data handled --client" in ok(ready, "data", "list")
    assert "incident add" in ok(ready, "incident", "list")
    assert "evidence add FILE" in ok(ready, "evidence", "list")
    assert json.loads(ok(ready, "evidence", "list", "--format", "json"))["evidence"] == []


def test_incidents_are_added_updated_and_listed(ready: Cli) -> None:
    out = ok(ready, "incident", "add", "--kind", "breach", "--client", "acme", "--notice-date", "2026-04-10",
             "--from", "2026-03-01", "--to", "2026-03-09", "--data", "name, SSN", "--steps", "changed password",
             "--note", "claim code ABCD-1234")
    assert out == "Recorded incident #1: breach at Acme Labeling (open).\n"
    ok(ready, "incident", "add", "--kind", "dispute", "--company", "Payroll Co")
    assert ok(ready, "incident", "update", "1", "--steps", "froze credit") == (
        "Updated incident #1: breach at Acme Labeling (open).\n")
    assert "(closed)" in ok(ready, "incident", "update", "#1", "--status", "closed")

    listed = json.loads(ok(ready, "incident", "list", "--format", "json"))["incidents"]
    assert [(i["id"], i["kind"], i["status"], i["client"]) for i in listed] == [
        (1, "breach", "closed", "Acme Labeling"), (2, "dispute", "open", None)]
    assert listed[0]["steps_taken"] == "changed password\nfroze credit"
    assert listed[0]["notice_on"] == "2026-04-10" and listed[0]["note"] == "claim code ABCD-1234"
    assert "Payroll Co" in ok(ready, "incident", "list")
    assert ok(ready, "verify")


def test_evidence_round_trips_through_add_and_export(ready: Cli, tmp_path: Path) -> None:
    content = os.urandom(50_000) + MARKER * 20 + os.urandom(50_000)
    source = tmp_path / "Überstunden März – 合同.pdf"
    source.write_bytes(content)
    digest = hashlib.sha256(content).hexdigest()
    ok(ready, "log", "--client", "acme", "--start", "2026-11-02T09:00", "--end", "2026-11-02T10:00")
    ok(ready, "pay", "--client", "acme", "--date", "2026-11-10", "--amount", "20")
    ok(ready, "incident", "add", "--kind", "dispute", "--client", "acme")

    out = ok(ready, "evidence", "add", str(source), "--note", "signed contract", "--client", "acme",
             "--entry", "1", "--payment", "1", "--incident", "1")
    assert out.splitlines() == [
        f"Kept evidence #1: {source.name} (application/pdf, 98.2 KB).", f"SHA-256: {digest}",
        "Linked to: Acme Labeling, entry #1, payment #1, incident #1."]

    listed = json.loads(ok(ready, "evidence", "list", "--format", "json"))
    assert listed["format"] == "contractor-ledger-evidence"
    (item,) = listed["evidence"]
    assert (item["id"], item["name"], item["media_type"], item["size"], item["sha256"]) == (
        1, source.name, "application/pdf", len(content), digest)
    assert [(link["entity"], link["id"]) for link in item["links"]] == [
        ("client", 1), ("entry", 1), ("payment", 1), ("incident", 1)]
    assert item["added_at"].endswith("Z")
    table = ok(ready, "evidence", "list")
    assert digest in table and source.name in table and "Acme Labeling, entry #1" in table

    copy = tmp_path / "copy" / "exported.pdf"
    copy.parent.mkdir()
    out = ok(ready, "evidence", "export", "1", "-o", str(copy))
    assert copy.read_bytes() == content and f"SHA-256: {digest} (checked)" in out

    assert ok(ready, "verify")
    # Encrypted at rest: not the marker, nor any run of the file's bytes, in any file of the data folder
    # (database, -wal, key file, and the automatic backup the change triggered).
    files = [path for path in ready.data_dir.rglob("*") if path.is_file()]
    assert any(path.parent.name == "backups" for path in files)
    needles = [MARKER, content[:64], content[-64:]]
    assert [path.name for path in files for needle in needles if needle in path.read_bytes()] == []


def test_evidence_can_be_linked_after_it_was_added(ready: Cli, tmp_path: Path) -> None:
    source = tmp_path / "stub.png"
    source.write_bytes(b"pay stub")
    ok(ready, "evidence", "add", str(source))
    ok(ready, "client", "add", "TaskHive", "--rate", "0.40/task")
    assert ok(ready, "evidence", "link", "1", "--client", "acme", "--client", "taskhive") == (
        "Evidence #1 (stub.png) is linked to: Acme Labeling, TaskHive.\n")


@pytest.fixture
def with_records(ready: Cli, tmp_path: Path) -> Cli:
    ok(ready, "incident", "add", "--kind", "breach", "--company", "Acme")
    (tmp_path / "kept.pdf").write_bytes(b"kept")
    ok(ready, "evidence", "add", str(tmp_path / "kept.pdf"))
    (tmp_path / "exists.pdf").write_bytes(b"do not overwrite")
    (tmp_path / "other.pdf").write_bytes(b"other")
    (tmp_path / "empty.pdf").write_bytes(b"")
    return ready


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("data", "handled", "--client", "nobody", "--categories", "chat logs"), "No client named 'nobody'"),
        (("data", "handled", "--client", "acme", "--categories", " , "), "at least one kind of data"),
        (("data", "handled", "--client", "acme", "--categories", "x", "--from", "2026-05-02", "--to", "2026-05-01"),
         "before it starts"),
        (("data", "handled", "--client", "acme", "--categories", "x", "--from", "2999-01-01"), "in the future"),
        (("data", "handled", "--client", "acme", "--categories", "x", "--from", "01/05/2026"), "not understood"),
        (("data", "collected", "--client", "acme", "--type", "mind reading", "--tool", "X", "--consent", "refused"),
         "not one of: screen recording"),
        (("data", "collected", "--client", "acme", "--type", "webcam", "--tool", "X", "--consent", "maybe"),
         "Consent 'maybe'"),
        (("data", "list", "--client", "nobody"), "No client named"),
        (("incident", "add", "--kind", "breach"), "Name the company"),
        (("incident", "add", "--kind", "breach", "--company", "X", "--notice-date", "2999-01-01"), "in the future"),
        (("incident", "update", "99", "--status", "closed"), "no incident #99"),
        (("incident", "update", "1"), "Nothing to change"),
        (("evidence", "add", "{tmp}/missing.pdf"), "There is no file"),
        (("evidence", "add", "{tmp}"), "not a file"),
        (("evidence", "add", "{tmp}/kept.pdf", "--name", "copy.pdf"), "already kept as evidence #1 ('kept.pdf'"),
        (("evidence", "add", "{tmp}/empty.pdf"), "is empty"),
        (("evidence", "add", "{tmp}/other.pdf", "--payment", "99"), "no payment #99"),
        (("evidence", "add", "{tmp}/other.pdf", "--type", "pdf"), "not understood"),
        (("evidence", "link", "1"), "Say what to link"),
        (("evidence", "export", "99", "-o", "{tmp}/new.pdf"), "no evidence #99"),
        (("evidence", "export", "1", "-o", "{tmp}/exists.pdf"), "already exists"),
    ],
)
def test_bad_input_is_one_line_exit_1_and_changes_nothing(with_records: Cli, tmp_path: Path,
                                                          args: tuple[str, ...], message: str) -> None:
    before = vault_files(with_records.data_dir)
    result = with_records(*(arg.replace("{tmp}", str(tmp_path)) for arg in args))
    assert (result.code, result.out) == (1, "")
    assert message in result.err and result.err.count("\n") == 1
    assert vault_files(with_records.data_dir) == before
    assert (tmp_path / "exists.pdf").read_bytes() == b"do not overwrite"
    assert not (tmp_path / "new.pdf").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("data", "handled", "--categories", "chat logs"),
        ("data", "handled", "--client", "acme", "--categories", "x", "--sensitivity", "secret"),
        ("data", "collected", "--client", "acme", "--type", "webcam"),
        ("incident", "add", "--kind", "theft", "--company", "X"),
        ("incident", "update", "one", "--status", "closed"),
        ("incident", "update", "1", "--status", "done"),
        ("evidence", "add", "x.pdf", "--entry", "abc"),
        ("evidence", "export", "1"),
        ("evidence",),
    ],
)
def test_usage_errors_exit_2_in_one_line(ready: Cli, args: tuple[str, ...]) -> None:
    before = vault_files(ready.data_dir)
    result = ready(*args)
    assert result.code == 2 and result.err.count("\n") == 1, result.err
    assert vault_files(ready.data_dir) == before


def test_messages_use_plain_words(ready: Cli) -> None:
    help_text = "".join(ready(*command, "--help").out for command in (("data",), ("incident",), ("evidence",)))
    assert help_text and not any(word in help_text.lower() for word in ("sqlcipher", "audit", "dek"))


def test_incident_costs_and_time_spent(ready: Cli) -> None:
    out = ok(ready, "incident", "add", "--kind", "breach", "--client", "acme", "--costs", "45.5",
             "--time-spent", "2h30m")
    assert out == "Recorded incident #1: breach at Acme Labeling (open), costs USD 45.50, time spent 2 h 30 min.\n"
    ok(ready, "incident", "add", "--kind", "dispute", "--company", "Payroll Co", "--costs", "12", "--currency", "eur",
       "--time-spent", "0:45")
    # The update replaces them; a cost without a currency keeps the one recorded.
    assert ok(ready, "incident", "update", "2", "--costs", "20") == (
        "Updated incident #2: dispute at Payroll Co (open), costs EUR 20.00, time spent 45 min.\n")
    assert "time spent 3 h." in ok(ready, "incident", "update", "1", "--time-spent", "180")

    listed = json.loads(ok(ready, "incident", "list", "--format", "json"))["incidents"]
    assert [(i["costs"], i["costs_currency"], i["time_spent_minutes"]) for i in listed] == [
        ("45.5", "USD", 180), ("20", "EUR", 45)]
    table = ok(ready, "incident", "list")
    assert "USD 45.50" in table and "3 h" in table and "EUR 20.00" in table and "45 min" in table
    assert ok(ready, "verify")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("incident", "add", "--kind", "breach", "--company", "X", "--costs", "-5"), "negative"),
        (("incident", "add", "--kind", "breach", "--company", "X", "--costs", "five"), "not a number"),
        (("incident", "add", "--kind", "breach", "--company", "X", "--costs", "5", "--currency", "bucks"),
         "Unknown currency code"),
        (("incident", "add", "--kind", "breach", "--company", "X", "--currency", "EUR"), "without the costs"),
        (("incident", "add", "--kind", "breach", "--company", "X", "--time-spent", "a while"), "not understood"),
        (("incident", "update", "1", "--time-spent", "-3"), "not understood"),
        (("incident", "update", "1", "--status", "closed", "--costs", "1.234"), "decimal places"),
    ],
)
def test_bad_costs_or_time_spent_are_refused(with_records: Cli, args: tuple[str, ...], message: str) -> None:
    before = vault_files(with_records.data_dir)
    result = with_records(*args)
    assert (result.code, result.out) == (1, "")
    assert message in result.err and result.err.count("\n") == 1, result.err
    assert vault_files(with_records.data_dir) == before
