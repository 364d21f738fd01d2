"""The report kinds are one registry (reports/kinds.py): the PDF's title and footer, the command line's choices and
the desktop app's cards all come from it, so a new report is one module plus one registry line."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable

from contractor_app.cli.main import build_parser
from contractor_app.domain.times import DateRange
from contractor_app.reports.data import ReportData
from contractor_app.reports.kinds import LEGAL_NOTICE, REPORTS, ReportKind
from contractor_app.reports.layout import para, styles
from contractor_app.services.access_requests import NewAccessRequest, record_access_request
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.reports import ReportRequest, make_report
from contractor_app.store.vault import Vault


def request(kind: str, client: str | None = None) -> ReportRequest:
    return ReportRequest(kind=kind, client=client, period=DateRange(), as_of=datetime.now(UTC).date(), paper="a4")


def first_page(path: Path) -> str:
    return PdfReader(path).pages[0].extract_text()


@pytest.mark.parametrize("kind", list(REPORTS))
def test_each_pdf_carries_its_registry_title_and_legal_notice(vault: Vault, tmp_path: Path, kind: str) -> None:
    add_client(vault, NewClient(name="Acme", currency="USD"))
    if kind == "access-follow-up":  # a follow-up needs a request past its deadline
        record_access_request(vault, NewAccessRequest("Acme", date(2020, 1, 31), "email", law="gdpr"))
    entry = REPORTS[kind]
    path = tmp_path / f"{kind}.pdf"
    make_report(vault, request(kind, "Acme" if entry.needs_client else None), path)
    text = first_page(path)
    assert entry.title in text
    assert (LEGAL_NOTICE in text) == bool(entry.legal_notice)


def test_a_new_kind_is_one_registry_line(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def story(data: ReportData, width: float, fingerprint: str) -> list[Flowable]:
        return [para(f"Hours only for {data.worker.name or 'the worker'}", styles()["body"])]

    monkeypatch.setitem(REPORTS, "hours-only", ReportKind(
        "hours-only", "Hours only", "When only the hours matter.", needs_client=False, private=False,
        legal_notice="A footer of its own.", story=story))
    path = tmp_path / "hours.pdf"
    make_report(vault, request("hours-only"), path)
    text = first_page(path)
    assert "Hours only for the worker" in text and "A footer of its own." in text and LEGAL_NOTICE not in text
    assert build_parser("report").parse_args(["report", "hours-only", "-o", "x.pdf"]).kind == "hours-only"
    from contractor_app.gui.reports.kinds import kinds  # the desktop app's cards, translated where a translation is

    assert [(k.kind, k.title) for k in kinds()][-1] == ("hours-only", "Hours only")


def test_a_kind_that_needs_a_client_refuses_none(vault: Vault, tmp_path: Path) -> None:
    from contractor_app.errors import InvalidInput

    needs = next(name for name, kind in REPORTS.items() if kind.needs_client)
    with pytest.raises(InvalidInput, match="about one client"):
        make_report(vault, request(needs), tmp_path / "x.pdf")
