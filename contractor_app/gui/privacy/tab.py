"""One list of the Data & privacy view: its buttons, its table, the selected record in full, and an empty state
that teaches.

The tab lists one kind of record for the client chosen in the view, opens the add and edit dialogs, deletes with
undo, and keeps the selection on the same record across reloads. Long texts (steps taken, notes) are elided in
the table and shown whole in the details below it. Lists are short, so they are read on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..dialogs import error_text
from ..fitted_table import FittedTable
from ..session import Session
from ..widgets import InlineMessage
from .commands import AddRecord, DeleteRecord, EditRecord
from .forms import DIALOGS, RecordDialog
from .models import Column, RecordsModel, details
from .records import RecordKind


class RecordsTab(QWidget):
    failed = Signal(object)
    show_all_requested = Signal()
    count_changed = Signal(int)

    def __init__(self, session: Session, undo: QUndoStack, kind: RecordKind, columns: list[Column], *,
                 name: str, add_text: str, empty_text: str, clients: Callable[[], list[str]],
                 stretch: tuple[int, ...], parent: QWidget | None = None) -> None:
        """``stretch``: the columns of free text, which take the room left and may be cut after three lines (the
        details below the list show the whole record)."""
        super().__init__(parent)
        self.session, self.undo, self.kind = session, undo, kind
        self._clients = clients
        self._empty_text = empty_text
        self.client: str | None = None
        self.model = RecordsModel(columns, self)
        self.table = FittedTable(leftover=stretch, free=stretch, most_lines=3)
        self.table.setModel(self.model)
        self.table.setAccessibleName(name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.activated.connect(lambda _: self.edit())  # double-click or Enter, as the platform has it
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected record"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected record"))
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)

        self.details = QLabel()
        self.details.setObjectName("recordDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setContentsMargins(8, 6, 8, 6)
        self.details.setAutoFillBackground(True)  # a panel in the palette's base colour, light or dark
        self.details.setBackgroundRole(QPalette.ColorRole.Base)
        self.details_area = QScrollArea()
        self.details_area.setWidget(self.details)
        self.details_area.setWidgetResizable(True)
        self.details_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.details_area.setAccessibleName(self.tr("The selected record in full"))
        list_page = QWidget()
        list_column = QVBoxLayout(list_page)
        list_column.setContentsMargins(0, 0, 0, 0)
        list_column.addLayout(buttons)
        list_column.addWidget(self.table, 3)
        list_column.addWidget(self.details_area, 2)

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumWidth(420)
        self.empty.setMaximumWidth(620)
        self.empty_add = QPushButton(add_text)
        self.empty_add.setAccessibleName(add_text.replace("&", "") + " " + self.tr("(empty list)"))
        self.empty_add.clicked.connect(self.add)
        self.show_all = QPushButton(self.tr("Show all clients"))
        self.show_all.clicked.connect(self.show_all_requested)
        empty_page = QWidget()
        empty_column = QVBoxLayout(empty_page)
        empty_column.addStretch(1)
        centred = QHBoxLayout()  # stretches, not an alignment: a wrapped label then gets the height it needs
        centred.addStretch(1)
        centred.addWidget(self.empty, 4)
        centred.addStretch(1)
        empty_column.addLayout(centred)
        empty_column.addSpacing(8)
        for button in (self.empty_add, self.show_all):
            empty_column.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_column.addStretch(2)
        self.body = QStackedWidget()
        self.body.addWidget(list_page)
        self.body.addWidget(empty_page)
        self.message = InlineMessage()

        column = QVBoxLayout(self)
        column.addWidget(self.body, 1)
        column.addWidget(self.message)
        self._selection_changed()

    # --- listing ----------------------------------------------------------------------------------------------

    def reload(self, client: str | None = None, *, select: int | None = None) -> None:
        """List the records (of ``client``, or all), keeping the selected record selected (or ``select``)."""
        self.client = client
        keep = select if select is not None else self.selected_id()
        self.model.show(self.session.read(self.kind.listing, client))
        self._show_body()
        row = self.model.row_of(keep) if keep is not None else -1
        if self.model.rowCount():
            self.table.selectRow(max(row, 0))  # something is always shown in full below the list
        self._selection_changed()
        self.count_changed.emit(self.model.rowCount())

    def clear(self) -> None:
        self.model.clear()
        self.message.clear()
        self._selection_changed()

    def _show_body(self) -> None:
        if self.model.rowCount():
            self.body.setCurrentIndex(0)
            return
        if self.client:
            self.empty.setText(self.tr("Nothing recorded here for %1.").replace("%1", self.client))
        else:
            self.empty.setText(self._empty_text)
        self.show_all.setVisible(bool(self.client))
        self.body.setCurrentIndex(1)

    # --- selection --------------------------------------------------------------------------------------------

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        record = self.selected()
        return record.id if record is not None else None

    def _selection_changed(self, *_: Any) -> None:
        record = self.selected()
        self.edit_button.setEnabled(record is not None)
        self.delete_button.setEnabled(record is not None)
        if record is None:
            self.details.setText(self.tr("Select a record to see it in full."))
            return
        rows = "".join(f"<tr><td style='padding-right:12px'><b>{escape(title)}</b></td>"
                       f"<td>{escape(text).replace(chr(10), '<br>')}</td></tr>"
                       for title, text in details(self.model.all_columns, record))
        self.details.setText(f"<table>{rows}</table>")

    # --- changes ----------------------------------------------------------------------------------------------

    def add(self) -> RecordDialog:
        return self._open(None)

    def edit(self) -> RecordDialog | None:
        record = self.selected()
        return self._open(record) if record is not None else None

    def _open(self, record: Any) -> RecordDialog:
        self.message.clear()
        dialog = DIALOGS[self.kind.key](self.session, self.kind, self._clients(), record, self)
        if record is None and self.client:
            dialog.client.setCurrentIndex(max(dialog.client.findData(self.client), 0))
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, stored: Any, before: Any) -> None:
        if before is None:
            self.undo.push(AddRecord(self.session, self.kind, stored.id, self._undo_failed))
        else:
            self.undo.push(EditRecord(self.session, self.kind, stored.id, before, self.kind.as_new(stored),
                                      self._undo_failed))
        if (row := self.model.row_of(stored.id)) >= 0:
            self.table.selectRow(row)
        else:
            self.message.hint(self.tr("Saved. It is not shown for the client chosen above."))

    def delete(self) -> None:
        record = self.selected()
        if record is None:
            return
        self.session.call(self.kind.delete, record.id, on_result=self._deleted,
                          on_error=lambda error: self.message.problem(error_text(error)))

    def _deleted(self, removed: Any) -> None:
        self.undo.push(DeleteRecord(self.session, self.kind, removed, self._undo_failed))
        self.message.hint(self.tr("Deleted. Undo with Ctrl+Z."))

    def _undo_failed(self, error: BaseException) -> None:
        self.undo.clear()
        self.failed.emit(error)
