"""A report does each costly thing once (issue 18): the records behind a claim packet are hashed once, though the
packet signs, shows and checks their digest in three places."""

from __future__ import annotations

import gc
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.reports import data as data_module
from contractor_app.reports import rows
from contractor_app.reports.integrity import read_signed
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.reports import ReportRequest, make_report
from contractor_app.store.vault import Vault


def test_a_claim_packet_hashes_its_data_once(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The packet shows and signs the data's digest in three places (payload, sections, integrity block); the
    records are hashed once for all three (issue 18: a year's log is ~2,500 entries to serialise)."""
    add_client(vault, NewClient(name="Acme", currency="USD",
                                terms=Terms(kind="hourly", rate=Money(Decimal(20), "USD"))))
    log_work(vault, NewEntry(client="Acme", start=datetime(2026, 3, 2, 9, tzinfo=UTC),
                             end=datetime(2026, 3, 2, 11, tzinfo=UTC), tz="UTC", note="one"))
    hashed: list[int] = []
    entry = data_module._entry

    def counted(row: data_module.EntryRow) -> list[object]:
        hashed.append(row.id)
        return entry(row)

    monkeypatch.setattr(data_module, "_entry", counted)
    made = make_report(vault, ReportRequest(kind="claim", client="Acme", period=DateRange(), as_of=date(2026, 4, 1),
                                            paper="a4"), tmp_path / "claim.pdf")
    assert len(hashed) == len(made.entries) == 1
    assert read_signed((tmp_path / "claim.pdf").read_bytes())["data_sha256"] == made.data_sha256()


def test_a_report_leaves_nothing_of_its_document_behind(vault: Vault, tmp_path: Path) -> None:
    """The line operators remembered for a document go with it: a desktop session making report after report
    does not keep every one's pages alive. Only this test's documents are counted: an earlier test's canvas that was
    garbage when a command ran in this process was frozen with the database layer (cli/context.py) and stays."""
    gc.collect()
    before = {id(canvas) for canvas in rows._OPERATORS.keys()}
    add_client(vault, NewClient(name="Acme", currency="USD"))
    log_work(vault, NewEntry(client="Acme", start=datetime(2026, 3, 2, 9, tzinfo=UTC),
                             end=datetime(2026, 3, 2, 11, tzinfo=UTC), tz="UTC", note="one"))
    for kind in ("claim", "pay-summary"):
        make_report(vault, ReportRequest(kind=kind, client="Acme", period=DateRange(), as_of=date(2026, 4, 1),
                                         paper="a4"), tmp_path / f"{kind}.pdf")
    gc.collect()
    assert [canvas for canvas in rows._OPERATORS.keys() if id(canvas) not in before] == []
