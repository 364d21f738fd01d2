"""The Entries view: filters, inline edits with undo, multi-select totals, delete with undo, empty states."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QUndoStack

from contractor_app.gui.entries.models import ENTRY_ID_ROLE
from contractor_app.gui.entries.view import EntriesView, period_of
from contractor_app.gui.session import Session
from contractor_app.gui.tasks import SyncRunner
from contractor_app.services.entries.queries import EntryQuery, count_entries
from contractor_app.store.vault import Vault

from ..sample import SampleWork, Templates
from .conftest import open_vault
from .sample import LONG_NAME


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=12)).folder


@pytest.fixture
def view(qtbot, template: Path, data_dir: Path) -> Iterator[EntriesView]:  # type: ignore[no-untyped-def]
    shutil.copytree(template, data_dir)  # a locked vault is two files: copies are independent records
    vault = open_vault(data_dir)
    session = Session(vault, SyncRunner())
    widget = EntriesView(session, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    yield widget
    failures: list[BaseException] = []
    session.lock(on_backup_error=failures.append)
    assert failures == []  # the automatic backup on lock worked (or was not due)


def total(view: EntriesView) -> int:
    return view.session.read(count_entries, EntryQuery())


def test_filters_narrow_the_rows(qtbot, qtmodeltester, view: EntriesView) -> None:  # type: ignore[no-untyped-def]
    everything = view.model.rowCount()
    assert everything == total(view) > 30
    assert view.footer.text() == f"{everything} entries"
    qtmodeltester.check(view.model)
    view.client.setCurrentIndex(view.client.findData(LONG_NAME))
    assert 0 < view.model.rowCount() < everything
    assert {view.model.index(r, 4).data() for r in range(view.model.rowCount())} == {LONG_NAME}
    view.category.setCurrentIndex(view.category.findData("assessment"))
    assert view.model.rowCount() == 1
    view.client.setCurrentIndex(0)
    view.category.setCurrentIndex(0)
    qtbot.keyClicks(view.search, "street")
    qtbot.waitUntil(lambda: view.model.query is not None and view.model.query.text == "street")
    assert 0 < view.model.rowCount() < everything
    assert all("street" in view.model.index(r, view.model.column_of("note")).data()
               for r in range(view.model.rowCount()))
    view.search.setText("no such words anywhere")
    view.apply_filters()
    assert view.model.rowCount() == 0 and view.body.currentIndex() == 1
    assert view.empty.text() == "No entries match these filters." and view.clear_filters_button.isVisibleTo(view)
    view.clear_filters_button.click()
    assert view.model.rowCount() == everything and view.search.text() == ""
    view.period.setCurrentIndex(view.period.findData("today"))
    assert 0 < view.model.rowCount() <= 2
    qtmodeltester.check(view.model)


def test_period_presets() -> None:
    from datetime import date

    thursday = date(2026, 11, 26)
    assert (period_of("this_week", thursday).start, period_of("this_week", thursday).end) == (date(2026, 11, 23),
                                                                                           date(2026, 11, 29))
    assert period_of("last_week", thursday).start == date(2026, 11, 16)
    assert period_of("this_month", thursday).end == date(2026, 11, 30)
    assert (period_of("last_month", date(2026, 1, 5)).start, period_of("last_month", date(2026, 1, 5)).end) == (
        date(2025, 12, 1), date(2025, 12, 31))


def test_selection_totals_and_delete_with_undo(view: EntriesView) -> None:
    before = total(view)
    for row in (0, 1, 2):
        view.table.selectionModel().select(view.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                           | QItemSelectionModel.SelectionFlag.Rows)
    view.update_totals()
    assert view.footer.text().startswith("3 selected · ")
    ids = [view.model.index(row, 0).data(ENTRY_ID_ROLE) for row in (0, 1, 2)]
    view.delete_selected()
    assert total(view) == before - 3 and view.model.rowCount() == before - 3
    assert view.undo.undoText() == "Delete entries"
    view.undo.undo()
    assert total(view) == before
    assert {view.model.index(row, 0).data(ENTRY_ID_ROLE) for row in range(3)} == set(ids)  # the same entries back
    view.undo.redo()
    assert total(view) == before - 3
    view.undo.undo()
    assert total(view) == before


def row_of(view: EntriesView, entry_id: int) -> int:
    row = view.model.row_of(entry_id)
    assert row is not None, entry_id
    return row


def test_inline_edits_are_checked_and_undone(view: EntriesView) -> None:
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.index(r, model.column_of("client")).data() == "TaskHive")
    entry_id = model.index(row, 0).data(ENTRY_ID_ROLE)
    end = model.index(row, model.column_of("end"))
    assert not model.setData(end, "99:99")
    assert "like 09:30" in view.message.text()
    assert model.setData(model.index(row, model.column_of("units")), "50")
    row = row_of(view, entry_id)
    assert model.index(row, model.column_of("units")).data() == "50"
    assert model.index(row, model.column_of("earned")).data() == "USD 22.50"
    assert model.setData(model.index(row, model.column_of("category")), "rework")
    assert model.index(row_of(view, entry_id), model.column_of("category")).data() == "Rework"
    assert model.setData(model.index(row_of(view, entry_id), model.column_of("client")), "Acme Labeling")
    row = row_of(view, entry_id)
    assert (model.index(row, 4).data(), model.index(row, 5).data()) == ("Acme Labeling", "Image annotation")
    for _ in range(3):
        view.undo.undo()
    row = row_of(view, entry_id)
    assert [model.index(row, model.column_of(key)).data() for key in ("client", "category", "units")] == [
        "TaskHive", "Productive", model.index(row, model.column_of("units")).data()]
    assert model.index(row, model.column_of("units")).data() != "50"


def test_an_empty_vault_teaches(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    vault, _ = Vault.create(data_dir, "correct horse battery")
    session = Session(vault, SyncRunner())
    view = EntriesView(session, QUndoStack())
    qtbot.addWidget(view)
    assert view.body.currentIndex() == 1 and "No entries yet. Start the timer" in view.empty.text()
    assert not view.clear_filters_button.isVisibleTo(view)
    session.lock(on_backup_error=lambda error: pytest.fail(str(error)))
    assert view.model.rowCount() == 0 and view.footer.text() == ""
