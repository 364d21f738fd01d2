"""The Clients view through its widgets, on a real vault: adding a client paid per task and giving it a raise,
editing contact details, linking the written contract, the empty state and long names."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from contractor_app.domain.money import Money
from contractor_app.domain.pay import FROM_THE_START
from contractor_app.gui.client_form import ClientDialog
from contractor_app.gui.clients.elided import ElidedLabel
from contractor_app.gui.clients.list_model import CLIENT_ID_ROLE
from contractor_app.gui.clients.text import today_in
from contractor_app.gui.controller import Ledger
from contractor_app.services.clients.details import ClientDetails, get_client
from contractor_app.services.clients.directory import list_clients
from contractor_app.services.evidence import add_evidence, list_evidence
from contractor_app.store.vault import Vault

from ...conftest import PASSWORD
from ...sample import SampleWork, Templates
from ..conftest import unlock, unlock_copy
from ..sample import LONG_NAME


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=1)).folder


@pytest.fixture
def opened(ledger: Ledger, template: Path, data_dir: Path) -> Ledger:
    unlock_copy(ledger, template, data_dir, "clients")
    return ledger


def details(ledger: Ledger, name: str) -> ClientDetails:
    assert ledger.session is not None
    info = next(c for c in ledger.session.read(list_clients) if c.name == name)
    return ledger.session.read(get_client, info.id)


def history_texts(view, column: str) -> list[str]:  # type: ignore[no-untyped-def]
    model = view.detail.history
    return [model.index(row, model.column_of(column)).data() for row in range(model.rowCount())]


@pytest.mark.slow
def test_adding_a_client_paid_per_task_then_a_raise(qtbot, qtmodeltester, opened: Ledger) -> None:  # type: ignore[no-untyped-def]
    main = opened.main
    assert main is not None and opened.session is not None
    view = main.clients
    assert main.current_view() is view
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == [
        "Acme Labeling", LONG_NAME, "TaskHive"]
    qtmodeltester.check(view.model)

    dialog = view.add_client()
    qtbot.keyClicks(dialog.form.name, "Clickwork")
    dialog.form.kind.setCurrentIndex(dialog.form.kind.findData("per_unit"))
    assert dialog.form.unit.isVisibleTo(dialog) and dialog.form.rate_label.text() == "&Rate per unit"
    qtbot.keyClicks(dialog.form.rate, "0.3x")
    assert not dialog.add_button.isEnabled() and "not a number" in dialog.form.message.text()
    qtbot.keyClick(dialog.form.rate, Qt.Key.Key_Backspace)
    dialog.form.unit.clear()
    qtbot.keyClicks(dialog.form.unit, "item")
    assert dialog.add_button.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted

    assert view.list.currentIndex().data() == "Clickwork"  # the new client is selected
    assert view.detail.name.full_text() == "Clickwork"
    assert "USD 0.30 per item" in view.list.currentIndex().data(Qt.ItemDataRole.ToolTipRole)
    assert history_texts(view, "engagement") == ["General"]
    assert history_texts(view, "from") == ["the start (in force)"]
    assert history_texts(view, "pay") == ["USD 0.30 per item"]
    assert history_texts(view, "unpaid") == ["every category is paid"]
    qtmodeltester.check(view.detail.history)

    # --- a raise from a day ten days ago, and training no longer paid ------------------------------------
    raise_day = today_in(opened.session.profile.zone) - timedelta(days=10)
    terms = view.new_terms()
    assert terms is not None and terms.engagement.currentText() == "General"
    assert terms.current.text() == "Now: USD 0.30 per item"
    assert terms.terms.rate.text() == "0.30" and terms.terms.unit.text() == "item"  # starts from the current terms
    terms.effective.setDate(QDate(raise_day.year, raise_day.month, raise_day.day))
    terms.terms.rate.clear()
    assert not terms.save_button.isEnabled()
    qtbot.keyClicks(terms.terms.rate, "0.355")
    qtbot.mouseClick(terms.terms.paid["training"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(terms.terms.fee, "20")
    qtbot.keyClicks(terms.terms.note, "new batch pricing")
    assert terms.save_button.isEnabled()
    qtbot.mouseClick(terms.save_button, Qt.MouseButton.LeftButton)
    assert terms.result() == terms.DialogCode.Accepted

    [engagement] = details(opened, "Clickwork").engagements
    assert [(r.terms.effective_from, r.terms.rate) for r in engagement.history] == [
        (raise_day, Money(Decimal("0.355"), "USD")), (FROM_THE_START, Money(Decimal("0.30"), "USD"))]
    assert engagement.history[0].terms.unpaid_categories == ("training",)
    assert engagement.history[0].platform_fee_percent == Decimal("20")
    assert view.list.currentIndex().data() == "Clickwork"
    assert history_texts(view, "pay") == ["USD 0.355 per item", "USD 0.30 per item"]
    assert history_texts(view, "from")[0].endswith("(in force)") and history_texts(view, "from")[1] == "the start"
    assert history_texts(view, "unpaid") == ["Training", "every category is paid"]
    assert history_texts(view, "fee") == ["20 %", ""]
    assert history_texts(view, "note") == ["new batch pricing", ""]
    assert history_texts(view, "engagement") == ["General", ""]
    qtmodeltester.check(view.detail.history)

    # --- terms for a day that already has terms are refused inline; nothing changes ---------------------
    again = view.new_terms()
    assert again is not None
    again.effective.setDate(QDate(raise_day.year, raise_day.month, raise_day.day))
    again.terms.rate.setText("0.40")
    again.save_button.click()
    assert again.isVisible() and "already has pay terms from" in again.message.text()
    assert len(details(opened, "Clickwork").engagements[0].history) == 2
    again.reject()

    # --- a second engagement, whose terms show in the same history ---------------------------------------
    added = view.add_engagement()
    assert added is not None and not added.save_button.isEnabled()
    qtbot.keyClicks(added.name, "Audio tagging")
    qtbot.keyClicks(added.terms.rate, "15")
    added.save_button.click()
    assert added.result() == added.DialogCode.Accepted
    assert history_texts(view, "engagement") == ["General", "", "Audio tagging"]
    assert history_texts(view, "pay")[2] == "USD 15.00 per hour"


def test_editing_contact_details_and_the_worker_id_persists(qtbot, opened: Ledger) -> None:  # type: ignore[no-untyped-def]
    main = opened.main
    assert main is not None
    view = main.clients
    view.select("TaskHive")
    dialog = view.edit_client()
    assert dialog is not None and dialog.name.text() == "TaskHive"
    qtbot.keyClicks(dialog.legal_name, "TaskHive Inc.")
    dialog.address.setPlainText("1 Market St\nSan Francisco, CA")
    qtbot.keyClicks(dialog.contact, "support@taskhive.example")
    qtbot.keyClicks(dialog.worker_ref, "TH-88231")
    dialog.workweek.setCurrentIndex(6)
    dialog.payment_days.setValue(30)
    dialog.classification.setCurrentIndex(dialog.classification.findData("employee"))

    dialog.jurisdiction.setText("California")  # refused as typed: Save is off, the reason is shown
    assert not dialog.save_button.isEnabled() and "not understood" in dialog.message.text()
    dialog.jurisdiction.setText("us-ny-nyc")
    dialog.name.setText("acme labeling")  # a clash only the service knows of: refused inline, nothing changed
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert dialog.isVisible() and "already a client named 'Acme Labeling'" in dialog.message.text()
    assert details(opened, "TaskHive").worker_ref is None
    dialog.name.setText("TaskHive")
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted

    saved = details(opened, "TaskHive")
    assert (saved.legal_name, saved.address, saved.contact, saved.worker_ref) == (
        "TaskHive Inc.", "1 Market St\nSan Francisco, CA", "support@taskhive.example", "TH-88231")
    assert (saved.workweek_start, saved.payment_terms_days, saved.classification, saved.jurisdiction) == (
        6, 30, "employee", "US-NY-NYC")
    assert view.detail.values["worker_ref"].text() == "TH-88231"
    assert view.detail.values["payment_terms"].text() == "30 days"

    # read back after locking and unlocking: it was written to the records, not just shown
    shown = view.model
    main.lock_action.trigger()
    assert opened.main is None and shown.rowCount() == 0  # locking clears the view
    unlock(opened)
    main = opened.main
    assert main is not None
    main.clients.select("TaskHive")
    assert main.clients.detail.values["worker_ref"].text() == "TH-88231"
    assert main.clients.detail.values["contact"].text() == "support@taskhive.example"
    assert main.clients.detail.values["legal_name"].text() == "TaskHive Inc."
    reopened = main.clients.edit_client()
    assert reopened is not None and reopened.worker_ref.text() == "TH-88231"
    assert reopened.address.toPlainText() == "1 Market St\nSan Francisco, CA"
    reopened.reject()


@pytest.mark.slow
def test_linking_a_contract_evidence_file(qtbot, qtmodeltester, opened: Ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    main, session = opened.main, opened.session
    assert main is not None and session is not None
    view = main.clients
    view.select("Acme Labeling")
    panel = view.detail.contract
    assert panel.status.text() == "No written contract on file." and not panel.on_file.isChecked()
    session.call(add_evidence, b"%PDF-1.4 signed agreement", name="Acme agreement.pdf")
    session.call(add_evidence, b"a screenshot", name="pay stub.png")
    kept = {e.name: e for e in session.read(list_evidence)}

    picker = panel.choose_evidence()
    qtmodeltester.check(picker.model)
    assert picker.model.rowCount() == 2 and not picker.link_button.isEnabled()
    picker.choose(kept["Acme agreement.pdf"].id)
    assert picker.link_button.isEnabled()
    picker.link_button.click()

    sha = kept["Acme agreement.pdf"].sha256
    contract = details(opened, "Acme Labeling").contract
    assert contract is not None and (contract.name, contract.sha256) == ("Acme agreement.pdf", sha)
    assert panel.on_file.isChecked()
    assert "Acme agreement.pdf" in panel.status.text() and f"SHA-256 {sha[:12]}…" in panel.status.text()
    assert sha in panel.status.toolTip()
    linked = next(e for e in session.read(list_evidence) if e.name == "Acme agreement.pdf")
    assert [link.label for link in linked.links] == ["Acme Labeling"]  # the Evidence view says what it is about

    # a file from disk, for another client: kept as evidence, then linked
    view.select("TaskHive")
    path = tmp_path / "TaskHive terms of service.pdf"
    path.write_bytes(b"%PDF-1.4 terms")
    panel.add_file(path)
    assert not panel.busy.isVisible() and panel.add_button.isEnabled()
    assert "TaskHive terms of service.pdf" in panel.status.text()
    assert details(opened, "TaskHive").contract is not None
    assert len(session.read(list_evidence)) == 3

    panel.add_file(tmp_path / "missing.pdf")  # refused inline; nothing changed
    assert "There is no file" in panel.message.text()
    assert details(opened, "TaskHive").contract.name == "TaskHive terms of service.pdf"  # type: ignore[union-attr]

    # unmarking forgets which file it was; the file itself stays kept
    panel.on_file.click()
    after = details(opened, "TaskHive")
    assert (after.contract_on_file, after.contract) == (False, None)
    assert panel.status.text() == "No written contract on file." and len(session.read(list_evidence)) == 3


@pytest.mark.slow
def test_the_empty_state_teaches_what_to_do_first(qtbot, ledger: Ledger, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    Vault.create(data_dir, PASSWORD)[0].lock()
    unlock(ledger)
    main = ledger.main
    assert main is not None
    main.show_key("clients")
    view = main.clients
    assert view.stack.currentWidget() is view.empty
    assert view.empty_text.text().startswith("No clients yet. Add the platform or company you work for")
    assert view.detail.client is None and view.edit_client() is None and view.new_terms() is None
    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
    dialog = view._dialog
    assert isinstance(dialog, ClientDialog) and dialog.isVisible()
    dialog.form.name.setText("Acme Labeling")
    dialog.form.rate.setText("20")
    dialog.add_button.click()
    assert view.stack.currentWidget() is view.split and view.list.currentIndex().data() == "Acme Labeling"
    assert view.detail.client is not None and view.list.currentIndex().data(CLIENT_ID_ROLE) == view.detail.client.id


def test_long_client_names_are_elided_with_the_whole_name_in_a_tooltip(qtbot, opened: Ledger) -> None:  # type: ignore[no-untyped-def]
    main = opened.main
    assert main is not None
    view = main.clients
    view.select(LONG_NAME)
    row = view.list.currentIndex()
    assert row.data() == LONG_NAME and row.data(Qt.ItemDataRole.ToolTipRole).startswith(LONG_NAME)
    assert view.detail.name.full_text() == LONG_NAME
    label = ElidedLabel(LONG_NAME)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    label.resize(200, 30)
    assert label.is_elided() and label.text().endswith("…") and label.toolTip() == LONG_NAME
    label.resize(2000, 30)
    assert not label.is_elided() and label.toolTip() == ""
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    view.split.setSizes([220, 600])
    assert view.list.visualRect(row).width() < view.list.fontMetrics().horizontalAdvance(LONG_NAME)


def test_history_marks_the_terms_in_force_today(qtmodeltester, opened: Ledger) -> None:  # type: ignore[no-untyped-def]
    from contractor_app.gui.clients.terms_model import TermsHistoryModel

    acme = details(opened, "Acme Labeling")
    model = TermsHistoryModel()
    model.set_engagements(acme.engagements, date(2020, 1, 1))
    qtmodeltester.check(model)
    assert model.index(0, model.column_of("from")).data() == "the start (in force)"
    assert model.index(0, model.column_of("unpaid")).data() == "Training"
    model.set_engagements([], date(2020, 1, 1))
    assert model.rowCount() == 0


def test_marking_a_client_app_based_in_the_edit_dialog_persists(qtbot, opened: Ledger) -> None:  # type: ignore[no-untyped-def]
    """A pay floor for app-based work applies to the clients the worker marks: the mark is saved and read back."""
    view = opened.main.clients  # type: ignore[union-attr]
    view.select("TaskHive")
    dialog = view.edit_client()
    assert dialog is not None and not dialog.app_based.isChecked()
    assert "pay floor" in dialog.app_based.text()
    dialog.app_based.setChecked(True)
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert details(opened, "TaskHive").app_based
    again = view.edit_client()
    assert again is not None and again.app_based.isChecked()
    again.reject()
