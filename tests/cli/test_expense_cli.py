"""`expense add`, `expense list` and `expense delete` end to end, with one-line errors."""

from __future__ import annotations

import json

import pytest

from ..conftest import Cli


@pytest.fixture
def ready(cli: Cli) -> Cli:
    return cli.prepared(("--name", "Test Worker", "--currency", "USD"),
                        ("client", "add", "Acme Labeling", "--rate", "20/h"))


def test_add_list_and_delete(ready: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    receipt = tmp_path / "receipt.txt"
    receipt.write_bytes(b"Internet, March: 45.00")
    assert ready("evidence", "add", str(receipt)).code == 0
    added = ready("expense", "add", "--client", "acme", "--date", "2026-03-31", "--amount", "45.00",
                  "--category", "internet", "--note", "March", "--receipt", "1")
    assert added.code == 0, added.err
    assert added.out == "Recorded expense #1: USD 45.00 internet for Acme Labeling on 2026-03-31.\n"
    assert ready("expense", "add", "--client", "acme", "--date", "2026-03-01", "--amount", "12",
                 "--currency", "EUR", "--category", "software").code == 0
    listed = json.loads(ready("expense", "list", "--format", "json").out)
    assert listed["format"] == "contractor-ledger-expenses" and listed["version"] == 1
    assert [(e["id"], e["date"], e["amount"], e["currency"], e["category"], e["receipt_evidence_id"])
            for e in listed["expenses"]] == [(2, "2026-03-01", "12", "EUR", "software", None),
                                             (1, "2026-03-31", "45.00", "USD", "internet", 1)]
    table = ready("expense", "list", "--from", "2026-03-02").out
    assert "internet" in table and "software" not in table and "#1" in table
    deleted = ready("expense", "delete", "1")
    assert deleted.code == 0 and "Deleted expense #1" in deleted.out
    assert [e["id"] for e in json.loads(ready("expense", "list", "--format", "json").out)["expenses"]] == [2]
    assert ready("verify").code == 0


def test_errors_are_one_line(ready: Cli) -> None:
    missing = ready("expense", "delete", "9")
    assert missing.code == 1 and missing.err.count("\n") == 1 and "does not exist" in missing.err
    bad = ready("expense", "add", "--client", "acme", "--date", "2026-03-01", "--amount", "ten")
    assert bad.code == 1 and "not a number" in bad.err
    usage = ready("expense", "add", "--client", "acme", "--date", "2026-03-01", "--amount", "1", "--category", "x")
    assert usage.code == 2
