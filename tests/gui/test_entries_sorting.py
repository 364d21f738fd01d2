"""Sorting the Entries table by clicking a column's header: the service sorts (the rows come back in that order,
paged), the header shows the sort, a second click turns it round, totals of a selection follow the sorted rows,
and the choice is remembered for the next time the view is built."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QUndoStack

from contractor_app.gui.entries.view import EntriesView
from contractor_app.gui.session import Session
from contractor_app.gui.settings import Settings
from contractor_app.gui.tasks import SyncRunner

from ..sample import SampleWork, Templates
from .conftest import open_vault


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=12)).folder


@pytest.fixture
def session(template: Path, data_dir: Path) -> Iterator[Session]:
    shutil.copytree(template, data_dir)
    opened = Session(open_vault(data_dir), SyncRunner())
    yield opened
    opened.lock(on_backup_error=lambda error: None)


def build(qtbot, session: Session, settings: Settings) -> EntriesView:  # type: ignore[no-untyped-def]
    view = EntriesView(session, QUndoStack(), settings)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def click_header(qtbot, view: EntriesView, key: str) -> None:  # type: ignore[no-untyped-def]
    header = view.table.horizontalHeader()
    column = view.model.column_of(key)
    middle = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)


def column_texts(view: EntriesView, key: str) -> list[str]:
    column = view.model.column_of(key)
    return [str(view.model.index(row, column).data()) for row in range(view.model.rowCount())]


def test_clicking_a_header_sorts_by_it_and_it_is_remembered(qtbot, session: Session, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    view = build(qtbot, session, settings)
    header = view.table.horizontalHeader()
    assert header.isSortIndicatorShown() and header.sectionsClickable()
    assert header.sortIndicatorSection() == view.model.column_of("date")  # newest first, as before
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    count = view.model.rowCount()

    click_header(qtbot, view, "duration")
    assert view.model.query is not None and view.model.query.order == "duration"
    assert header.sortIndicatorSection() == view.model.column_of("duration")
    seconds = [view.model.listed_at(row).entry.worked_seconds for row in range(count)]  # type: ignore[union-attr]
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert seconds == sorted(seconds, reverse=not ascending) and len(set(seconds)) > 1
    assert view.model.rowCount() == count  # sorting filters nothing

    click_header(qtbot, view, "duration")  # again: the other way round
    turned = [view.model.listed_at(row).entry.worked_seconds for row in range(count)]  # type: ignore[union-attr]
    assert turned == sorted(seconds, reverse=ascending)

    click_header(qtbot, view, "client")
    clients = column_texts(view, "client")
    assert clients == sorted(clients, key=str.casefold, reverse=header.sortIndicatorOrder()
                              == Qt.SortOrder.DescendingOrder) and len(set(clients)) > 1
    # Totals of a selection are of the rows as sorted: the first three shown.
    for row in (0, 1, 2):
        view.table.selectionModel().select(view.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                           | QItemSelectionModel.SelectionFlag.Rows)
    view.update_totals()
    assert view.footer.text().startswith("3 selected · ")
    chosen = (view.model.query.order, view.model.query.descending)

    again = build(qtbot, session, settings)  # the next time the view is built: the same sort
    assert again.model.query is not None and (again.model.query.order, again.model.query.descending) == chosen
    assert again.table.horizontalHeader().sortIndicatorSection() == again.model.column_of("client")
    assert column_texts(again, "client") == clients


def test_sorting_keeps_the_filters_and_the_empty_state_says_so(qtbot, session: Session,  # type: ignore[no-untyped-def]
                                                               settings: Settings) -> None:
    view = build(qtbot, session, settings)
    click_header(qtbot, view, "note")
    view.search.setText("no such note anywhere")
    view.apply_filters()
    assert view.model.rowCount() == 0 and view.clear_filters_button.isVisible()
    view.clear_filters()
    assert view.model.rowCount() > 0 and view.model.query is not None and view.model.query.order == "note"
