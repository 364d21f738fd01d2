"""The read-only list set-up the Pay, Clients and Data & privacy tables share (gui/widgets.read_only_table): a list
the worker reads and picks rows from, never edits, without row numbers, its columns sized to their contents and
the last one taking the rest; and the row of buttons that acts on a list."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QTableWidget, QWidget

from contractor_app.gui.fitted_table import FittedTable
from contractor_app.gui.widgets import button_row, read_only_table


def test_a_view_given_a_model_reads_whole_rows_and_edits_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = QStandardItemModel(2, 3)
    model.setItem(0, 0, QStandardItem("Acme Labeling"))
    table = read_only_table(QTableView(), "Expenses", model)
    qtbot.addWidget(table)
    assert table.model() is model and table.accessibleName() == "Expenses"
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection  # Qt's own: not narrowed
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.verticalHeader().isHidden()
    header = table.horizontalHeader()
    assert header.stretchLastSection()
    assert all(header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents for column in range(3))


def test_one_row_at_a_time_or_cells_as_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    requests = read_only_table(QTableWidget(1, 7), "Data-access requests", single=True)
    qtbot.addWidget(requests)
    assert isinstance(requests, QTableWidget)  # the table it was given, to fill with items
    assert requests.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert requests.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert requests.horizontalHeader().sectionResizeMode(6) == QHeaderView.ResizeMode.ResizeToContents
    preview = read_only_table(QTableView(), "Payments in the statement", QStandardItemModel(1, 6), whole_rows=False)
    qtbot.addWidget(preview)
    assert preview.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectItems
    assert preview.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


def test_the_buttons_sit_in_order_from_the_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = QWidget()
    qtbot.addWidget(panel)
    add, delete = QPushButton("Add trip…"), QPushButton("Delete trip")
    row = button_row(add, delete)
    panel.setLayout(row)
    items = [row.itemAt(number) for number in range(row.count())]
    assert all(item is not None for item in items) and len(items) == 3
    assert [item.widget() for item in items[:2] if item is not None] == [add, delete]
    stretch = items[2]
    assert stretch is not None and stretch.spacerItem() is not None and row.stretch(2) == 1


def test_a_fitted_table_keeps_sharing_out_its_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = read_only_table(FittedTable(leftover=(2,)), "Distance log", QStandardItemModel(1, 3))
    qtbot.addWidget(table)
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers and table.verticalHeader().isHidden()
    header = table.horizontalHeader()
    assert not header.stretchLastSection()
    assert all(header.sectionResizeMode(column) == QHeaderView.ResizeMode.Fixed for column in range(3))
