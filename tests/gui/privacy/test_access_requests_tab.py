"""The Data & privacy view's "Access requests" tab against a real vault: a request past its deadline is marked and
badges the sidebar, the follow-up button leads to Reports, and the platform's answer imports as evidence."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from contractor_app.gui.controller import Ledger
from contractor_app.gui.privacy import PrivacyView
from contractor_app.gui.privacy.requests import AccessRequestsTab
from contractor_app.services.access_requests import (
    NewAccessRequest,
    extend_access_request,
    list_access_requests,
    record_access_request,
)
from contractor_app.services.evidence import list_evidence

from ..conftest import open_vault, unlock
from ..sample import sample_vault


def cell(tab: AccessRequestsTab, row: int, column: int) -> str:
    return tab.model.text(row, column)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample") / "records"
    sample_vault(folder, days=1)
    with open_vault(folder) as vault:
        record_access_request(vault, NewAccessRequest("Acme Labeling", date(2020, 1, 31), "email", law="gdpr"))
        record_access_request(vault, NewAccessRequest("TaskHive", date.today(), "web-form", law="ccpa"))
    return folder


def opened_view(ledger: Ledger, template: Path, data_dir: Path) -> PrivacyView:
    shutil.copytree(template, data_dir)
    unlock(ledger)
    assert ledger.main is not None
    ledger.main.show_key("privacy")
    return ledger.main.privacy


def test_an_overdue_request_shows_and_badges_the_sidebar(  # type: ignore[no-untyped-def]
        qtbot, ledger: Ledger, template: Path, data_dir: Path, tmp_path: Path) -> None:
    view = opened_view(ledger, template, data_dir)
    tab = view.requests
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "Access requests (2)"
    rows = {cell(tab, row, 0): cell(tab, row, 4) for row in range(tab.model.rowCount())}
    assert rows == {"Acme Labeling": "OVERDUE: no answer", "TaskHive": "waiting, in time"}
    overdue = next(row for row in range(tab.model.rowCount()) if cell(tab, row, 0) == "Acme Labeling")
    assert cell(tab, overdue, 3) == "2020-03-02"  # Sat 29 Feb -> Monday
    assert tab.notice.text().startswith("\u26a0 1 data-access request") and "need a follow-up" in tab.notice.text()
    assert not tab.notice.isHidden()
    assert ledger.main is not None
    sidebar = ledger.main.sidebar.item(ledger.main.index_of(view))
    qtbot.waitUntil(lambda: sidebar.text().endswith("! 1"))
    assert tab.letter_button.isEnabled()
    with qtbot.waitSignal(view.navigate) as navigated:
        qtbot.mouseClick(tab.letter_button, Qt.MouseButton.LeftButton)
    assert navigated.args == ["reports"]

    answer = tmp_path / "answer.zip"
    with zipfile.ZipFile(answer, "w") as archive:
        archive.writestr("ratings.csv", "date,rating\n2020-01-02,4.2\n")
    assert not tab.import_button.isEnabled()  # nothing selected yet
    assert cell(tab, overdue, 5) == "—"  # the answer: none, and no files of it
    tab.table.selectRow(overdue)
    assert tab.import_button.isEnabled()
    tab.import_from(answer)
    assert cell(tab, overdue, 5).startswith("1 file")  # kept before the answer's day is recorded ("1 files" without
    # the English catalogue, which the tests do not load)
    chosen = tab.selected()  # the list was read again: the same request stays selected
    assert chosen is not None and chosen.client == "Acme Labeling" and tab.import_button.isEnabled()
    assert "kept as evidence of the request to Acme Labeling" in tab.notice.text()
    ledger.lock()
    with open_vault(data_dir) as vault:
        [kept] = list_evidence(vault)
        assert kept.name == "ratings.csv" and kept.links[0].entity == "access-request"
        assert [len(r.files) for r in list_access_requests(vault)] == [1, 0]


def test_an_extension_claimed_too_late_is_not_shown_as_extended(  # type: ignore[no-untyped-def]
        qtbot, ledger: Ledger, template: Path, data_dir: Path) -> None:
    """GDPR art. 12(3) lets the client extend only within the first month: an extension it claims later is kept on
    record but moves nothing, so the due date must not read "(extended)" (the CLI's `dsar list` says the same)."""
    shutil.copytree(template, data_dir)
    with open_vault(data_dir) as vault:
        [acme] = [r for r in list_access_requests(vault) if r.client == "Acme Labeling"]
        late = extend_access_request(vault, acme.id, date(2020, 3, 10), "many requests")
        assert late.due_on == late.first_due_on == date(2020, 3, 2)
    unlock(ledger)
    assert ledger.main is not None
    ledger.main.show_key("privacy")
    tab = ledger.main.privacy.requests
    row = next(row for row in range(tab.model.rowCount()) if cell(tab, row, 0) == "Acme Labeling")
    assert cell(tab, row, 3) == "2020-03-02"
