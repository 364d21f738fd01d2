"""The Reports view through its widgets: a claim packet previewed, saved, read back with pypdf, and checked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt

from contractor_app.domain.times import DateRange
from contractor_app.gui.controller import Ledger
from contractor_app.gui.reports import ReportsView
from contractor_app.gui.reports.options import preset_period
from contractor_app.gui.reports.verify_panel import ALTERED, CHANGED, OTHER_RECORDS, VALID
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.payments import NewPayment, record_payment
from contractor_app.services.report_settings import set_paper_preference
from contractor_app.services.reports import ReportRequest, make_report
from contractor_app.store.vault import Vault

from ...conftest import PASSWORD
from ...sample import SampleWork, Templates
from ..conftest import unlock_copy


def paid_yesterday(vault: Vault) -> None:
    record_payment(vault, NewPayment(client="Acme Labeling", gross=Decimal("100.00"), reference="ACME-1",
                                     received_on=datetime.now(UTC).date() - timedelta(days=1)))


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=4), paid_yesterday).folder


@pytest.fixture
def opened(ledger: Ledger, template: Path, data_dir: Path) -> Ledger:
    unlock_copy(ledger, template, data_dir, "reports")
    return ledger


def view_of(ledger: Ledger) -> ReportsView:
    assert ledger.main is not None
    return ledger.main.reports


def choose_claim_for_acme(view: ReportsView) -> None:
    view.cards.choose("claim")
    assert view.options.client.findData(None) == -1  # a claim is about one client: no "All clients"
    view.options.client.setCurrentIndex(view.options.client.findData("Acme Labeling"))
    view.options.period.setCurrentIndex(view.options.period.findData("last-3-months"))


def test_a_claim_packet_is_previewed_saved_and_checked(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, opened: Ledger, tmp_path: Path) -> None:
    view = view_of(opened)
    assert [card.radio.text() for card in view.cards.cards] == [
        "Pay summary", "Claim packet", "Privacy report", "Data access request", "Data access follow-up"]
    claim_card = view.cards.cards[1]
    assert claim_card.when.text().startswith("For a wage claim or a lawyer")
    qtbot.mouseClick(claim_card, Qt.MouseButton.LeftButton)  # the whole card is the target
    assert view.cards.kind() == "claim"
    choose_claim_for_acme(view)
    assert view.options.paper_name() == "letter"  # US-CA, preference "auto"

    view.refresh_preview()
    assert view.preview.has_image and view.preview_note.text() == "Page 1, as it will be saved"

    saved = tmp_path / "out" / "acme claim"
    saved.parent.mkdir()
    steps = []
    view.saving.progressed.connect(lambda number, total: steps.append((number, total, view.saving.isVisibleTo(view))))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *args: (str(saved), ""))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    pdf = saved.with_name("acme claim.pdf")
    assert pdf.exists() and sorted(p.name for p in pdf.parent.iterdir()) == ["acme claim.pdf"]
    assert steps == [(0, 2, True), (1, 2, True), (2, 2, True)] and not view.saving.isVisibleTo(view)
    assert "Saved" in view.message.text() and "payments" in view.message.text()
    reader = PdfReader(pdf)
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    assert "Dana Rivera" in text and "Acme Labeling" in text
    assert "id on the platform" in text  # the words the Clients view uses ("Your id on the platform")
    assert reader.metadata is not None and reader.metadata.author == "Dana Rivera"

    view.verify.check(pdf)
    assert view.verify.verdict is not None and view.verify.verdict.state == VALID
    assert view.verify.result.text().startswith("\u2714 Valid: this is the report as it was made")
    assert "Claim packet · Acme Labeling" in view.verify.result.text()

    content = bytearray(pdf.read_bytes())
    middle = len(content) // 2
    content[middle] ^= 0x01
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(content))
    view.verify.check(altered)
    assert view.verify.verdict.state == ALTERED and "Altered" in view.verify.result.text()

    # the records move on: the same untouched file now says what changed since
    session = opened.session
    assert session is not None
    zone = session.profile.zone
    day = datetime.now(UTC).astimezone(zone) - timedelta(days=2)
    start = day.replace(hour=18, minute=0, second=0, microsecond=0).astimezone(UTC)
    session.call(log_work, NewEntry(client="Acme Labeling", start=start, end=start + timedelta(hours=1),
                                    tz=session.profile.timezone))
    view.verify.check(pdf)
    assert view.verify.verdict.state == CHANGED and "the work entries" in view.verify.result.text()


def test_cancel_leaves_no_file(qtbot, opened: Ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = view_of(opened)
    choose_claim_for_acme(view)
    folder = tmp_path / "out"
    folder.mkdir()
    dest = folder / "claim.pdf"
    cancelled_at: list[int] = []

    def cancel_mid_way(number: int, total: int) -> None:
        if number == 1:
            cancelled_at.append(number)
            view.saving.cancel_button.click()

    view.saving.progressed.connect(cancel_mid_way)
    view.save_to(dest)
    assert cancelled_at == [1]
    assert not dest.exists() and list(folder.iterdir()) == []  # no temp file either
    assert view.message.text() == "Cancelled: no file was saved." and view.save_button.isEnabled()
    assert not view.busy


def test_a_report_from_other_records_and_a_missing_folder(  # type: ignore[no-untyped-def]
        qtbot, opened: Ledger, tmp_path: Path) -> None:
    view = view_of(opened)
    other, _ = Vault.create(tmp_path / "other", PASSWORD)
    with other:
        foreign = tmp_path / "foreign.pdf"
        make_report(other, ReportRequest(kind="pay-summary", client=None, period=DateRange(),
                                         as_of=datetime.now(UTC).date(), paper="a4"), foreign)
    view.verify.check(foreign)
    assert view.verify.verdict is not None and view.verify.verdict.state == OTHER_RECORDS
    assert "someone else's records" in view.verify.result.text()
    view.verify.check(tmp_path / "nothing here.pdf")
    assert "Cannot read nothing here.pdf" in view.verify.result.text()
    view.save_to(tmp_path / "missing" / "r.pdf")
    assert "The report was not saved" in view.message.text() and "does not exist" in view.message.text()


def test_paper_follows_the_preference_until_chosen_here(qtbot, opened: Ledger) -> None:  # type: ignore[no-untyped-def]
    view = view_of(opened)
    session = opened.session
    assert session is not None and view.options.paper_name() == "letter"  # "auto" in US-CA
    session.call(set_paper_preference, "a4")
    assert view.options.paper_name() == "a4"
    session.call(set_paper_preference, "auto")
    assert view.options.paper_name() == "letter"
    paper = view.options.paper
    paper.setCurrentIndex(paper.findData("a4"))  # a click on the list: the index changes, then "activated"
    paper.activated.emit(paper.currentIndex())
    view.cards.choose("claim")
    view.options.client.setCurrentIndex(view.options.client.findData("TaskHive"))
    session.call(set_paper_preference, "letter")
    assert view.options.paper_name() == "a4" and view.options.paper_touched


def test_periods_are_reckoned_in_calendar_months() -> None:
    from datetime import date

    today = date(2026, 3, 15)
    assert preset_period("this-month", today) == DateRange(date(2026, 3, 1), today)
    assert preset_period("last-month", today) == DateRange(date(2026, 2, 1), date(2026, 2, 28))
    assert preset_period("last-3-months", today) == DateRange(date(2026, 1, 1), today)
    assert preset_period("last-year", today) == DateRange(date(2025, 1, 1), date(2025, 12, 31))
    assert preset_period("all", today) == DateRange()


def test_the_preview_waits_until_the_view_is_shown(qtbot, opened: Ledger) -> None:  # type: ignore[no-untyped-def]
    view = view_of(opened)
    assert opened.main is not None
    opened.main.show()
    opened.main.show_key("reports")
    qtbot.waitUntil(lambda: view.preview.has_image, timeout=10_000)


def test_reports_are_asked_for_in_the_language_chosen_for_the_app(  # type: ignore[no-untyped-def]
        qtbot, opened: Ledger) -> None:
    """gui/app.py makes the language chosen in Settings Qt's default locale; the view passes it to the service."""
    view = view_of(opened)
    choose_claim_for_acme(view)
    before = QLocale()
    try:
        for name, language in (("pt_BR", "pt_BR"), ("fr_CA", "fr"), ("fil_PH", "fil"), ("de_DE", "en")):
            QLocale.setDefault(QLocale(name))
            assert view.request().language == language
    finally:
        QLocale.setDefault(before)
