"""Part 2's leftovers in the Clients view: client details, an engagement's name and pay terms corrected or
removed, each undone and redone with the main window's Undo / Redo; terms that price work are kept, with the
reason shown."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.services.clients.details import ClientDetails, get_client
from contractor_app.services.clients.directory import list_clients
from contractor_app.services.clients.terms import add_terms
from contractor_app.services.entries.queries import EntryQuery, page_entries

from ...sample import SampleWork, Templates
from ..conftest import unlock_copy


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=1)).folder


@pytest.fixture
def main(ledger: Ledger, template: Path, data_dir: Path) -> MainWindow:
    window = unlock_copy(ledger, template, data_dir, "clients")
    window.clients.select("Acme Labeling")
    return window


def acme(main: MainWindow) -> ClientDetails:
    info = next(c for c in main.session.read(list_clients) if c.name == "Acme Labeling")
    return main.session.read(get_client, info.id)


def select_history_row(main: MainWindow, row: int) -> None:
    main.clients.detail.table.selectRow(row)


def engagements_of_entries(main: MainWindow) -> list[str]:
    rows = main.session.read(page_entries, EntryQuery(client="Acme Labeling"), offset=0, limit=500)
    return sorted({row.entry.engagement for row in rows})


def test_client_details_edit_undoes_and_redoes(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = main.clients.edit_client()
    assert dialog is not None
    qtbot.keyClicks(dialog.contact, "help@acme.example")
    dialog.save_button.click()
    assert acme(main).contact == "help@acme.example"
    assert main.undo_action.text() == "&Undo Edit client details"
    main.undo_action.trigger()
    assert acme(main).contact is None and main.clients.detail.values["contact"].text() == "—"
    main.redo_action.trigger()
    assert acme(main).contact == "help@acme.example"
    assert main.clients.detail.values["contact"].text() == "help@acme.example"


def test_an_engagement_renamed_keeps_its_entries_and_the_rename_undoes(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = acme(main).engagements[0].name
    assert engagements_of_entries(main) == [before]
    detail = main.clients.detail
    assert not detail.rename_button.isEnabled()  # nothing selected yet
    select_history_row(main, 0)
    assert detail.rename_button.isEnabled()
    detail.rename_button.click()
    dialog = main.clients._dialog
    assert dialog is not None and dialog.name.text() == before  # type: ignore[attr-defined]
    dialog.name.setText("Image QA")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert acme(main).engagements[0].name == "Image QA"
    assert engagements_of_entries(main) == ["Image QA"]
    assert main.clients.detail.history.index(0, 0).data() == "Image QA"
    main.undo_action.trigger()
    assert acme(main).engagements[0].name == before and engagements_of_entries(main) == [before]
    main.redo_action.trigger()
    assert engagements_of_entries(main) == ["Image QA"]


def test_terms_corrected_then_undone(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    record = acme(main).engagements[0].history[-1]
    select_history_row(main, 0)
    main.clients.detail.correct_button.click()
    dialog = main.clients._dialog
    assert dialog is not None
    rate = dialog.terms.rate  # type: ignore[attr-defined]
    rate.setText(str(record.terms.rate.amount + 1))
    qtbot.keyClick(rate, Qt.Key.Key_Return)
    corrected = acme(main).engagements[0].history[-1]
    assert corrected.id == record.id and corrected.terms.rate.amount == record.terms.rate.amount + 1
    assert main.undo_action.text() == "&Undo Correct pay terms"
    main.undo_action.trigger()
    assert acme(main).engagements[0].history[-1] == record


def test_terms_that_price_work_are_kept_and_a_mistake_is_removed_with_undo(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    failures: list[str] = []
    main.clients.failed.connect(lambda error: failures.append(str(error)))
    engagement = acme(main).engagements[0]
    select_history_row(main, 0)
    main.clients.detail.remove_button.click()
    assert failures and "are paid at these terms" in failures[0] and "Nothing was changed" in failures[0]
    assert acme(main).engagements[0].history == engagement.history

    currency = engagement.history[0].terms.rate.currency
    main.session.call(add_terms, engagement.id, Terms(kind="hourly", rate=Money(Decimal(99), currency),
                                                      effective_from=date(2099, 1, 1)))  # a year typed wrong
    assert len(acme(main).engagements[0].history) == len(engagement.history) + 1
    select_history_row(main, 0)  # newest first: the mistake
    main.clients.detail.remove_button.click()
    assert len(failures) == 1
    assert acme(main).engagements[0].history == engagement.history
    assert main.undo_action.text() == "&Undo Remove pay terms"
    main.undo_action.trigger()
    history = acme(main).engagements[0].history
    assert history[0].terms.effective_from == date(2099, 1, 1) and history[1:] == engagement.history
