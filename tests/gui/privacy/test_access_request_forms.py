"""The Access requests tab's forms against a real vault: a request added, its answer recorded (incomplete, with
what was missing) and an extension claimed, each through gui/form_dialog.FormDialog (Enter saves or says what is
missing), and the table, the badge and the stored records agree (issue 16)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from contractor_app.gui.controller import Ledger
from contractor_app.gui.privacy import PrivacyView
from contractor_app.gui.privacy.request_forms import AddRequestDialog, AnswerDialog, ExtendDialog
from contractor_app.gui.privacy.requests import AccessRequestsTab
from contractor_app.services.access_requests import list_access_requests

from ...sample import SampleWork, Templates
from ..conftest import open_vault, unlock


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=1)).folder


@pytest.fixture
def view(ledger: Ledger, template: Path, data_dir: Path) -> PrivacyView:
    shutil.copytree(template, data_dir)
    unlock(ledger)
    assert ledger.main is not None
    ledger.main.show_key("privacy")
    return ledger.main.privacy


def _text(tab: AccessRequestsTab, row: int, column: int) -> str:
    return tab.model.text(row, column)


def row_of(view: PrivacyView, client: str) -> int:
    return next(row for row in range(view.requests.model.rowCount()) if _text(view.requests, row, 0) == client)


def test_a_request_is_added_answered_in_part_and_extended_from_the_tab(  # type: ignore[no-untyped-def]
        qtbot, view: PrivacyView, ledger: Ledger, data_dir: Path, tmp_path: Path) -> None:
    tab = view.requests
    assert "Add a request" in tab.notice.text()
    assert not tab.answer_button.isEnabled() and not tab.extend_button.isEnabled()  # nothing selected
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, AddRequestDialog) and dialog.isVisible()

    qtbot.keyClick(dialog.sent_on, Qt.Key.Key_Return)  # Enter with no client: says what is missing, stays open
    assert "Choose the client" in dialog.message.text() and dialog.isVisible()
    dialog.client.setCurrentIndex(dialog.client.findData("Acme Labeling"))
    dialog.law.setCurrentIndex(dialog.law.findData("gdpr"))
    dialog.sent_on.setDate(QDate(2020, 1, 31))
    dialog.via.setCurrentIndex(dialog.via.findData("post"))
    dialog.note.setPlainText("ref DSAR-1")
    assert dialog.message.text() == ""  # the message about the form as it was goes once it is edited
    dialog.grab().save(str(tmp_path / "add-request.png"))
    qtbot.keyClick(dialog.sent_on, Qt.Key.Key_Return)  # Enter saves

    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert not dialog.isVisible()
    assert _text(tab, 0, 4) == "OVERDUE: no answer" and _text(tab, 0, 3) == "2020-03-02"
    assert tab.notice.text().startswith("\u26a0 1 data-access request")
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "Access requests (1)"
    assert ledger.main is not None
    sidebar = ledger.main.sidebar.item(ledger.main.index_of(view))
    qtbot.waitUntil(lambda: sidebar.text().endswith("! 1"))

    tab.table.selectRow(row_of(view, "Acme Labeling"))
    qtbot.mouseClick(tab.extend_button, Qt.MouseButton.LeftButton)
    extend = tab.dialog
    assert isinstance(extend, ExtendDialog)
    extend.told_on.setDate(QDate(2020, 2, 20))
    extend.reason.setPlainText("many requests")
    qtbot.keyClick(extend.told_on, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "(extended)" in _text(tab, 0, 3))
    extended_due = _text(tab, 0, 3)
    assert extended_due.startswith("2020-04-")  # the law's two more months (domain/access_deadlines.py reckons it)

    tab.table.selectRow(row_of(view, "Acme Labeling"))
    qtbot.mouseClick(tab.answer_button, Qt.MouseButton.LeftButton)
    answer = tab.dialog
    assert isinstance(answer, AnswerDialog)
    answer.answered_on.setDate(QDate(2020, 4, 1))
    answer.complete.setChecked(False)
    qtbot.keyClick(answer.answered_on, Qt.Key.Key_Return)  # incomplete, but nothing said missing: says so
    assert "Say what the answer left out" in answer.message.text() and answer.isVisible()
    answer.missing.setPlainText("ratings and the deactivation reasons")
    answer.grab().save(str(tmp_path / "answer.png"))
    qtbot.keyClick(answer.answered_on, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _text(tab, 0, 4) == "answered in part")
    assert _text(tab, 0, 5) == "2020-04-01: missing ratings and the deactivation reasons"
    assert tab.letter_button.isEnabled()  # answered in part still wants the follow-up letter

    ledger.lock()
    with open_vault(data_dir) as vault:
        [stored] = list_access_requests(vault)
    assert (stored.law, stored.sent_on, stored.sent_via, stored.note) == ("gdpr", date(2020, 1, 31), "post",
                                                                           "ref DSAR-1")
    assert (stored.extended_on, stored.extension_reason) == (date(2020, 2, 20), "many requests")
    assert extended_due == f"{stored.due_on} (extended)"
    assert (stored.answered_on, stored.complete, stored.missing) == (date(2020, 4, 1), False,
                                                                     "ratings and the deactivation reasons")


def test_a_refusal_by_the_service_keeps_the_dialog_open_with_its_line(  # type: ignore[no-untyped-def]
        qtbot, view: PrivacyView) -> None:
    tab = view.requests
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, AddRequestDialog)
    dialog.client.setCurrentIndex(dialog.client.findData("Acme Labeling"))
    dialog.law.setCurrentIndex(dialog.law.findData("gdpr"))
    dialog.sent_on.setDate(QDate(2020, 3, 10))
    dialog.received.set_value(date(2020, 3, 1))  # before it was sent
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "received before it was sent" in dialog.message.text())
    assert dialog.isVisible() and tab.model.rowCount() == 0 and dialog.save_button.isEnabled()
