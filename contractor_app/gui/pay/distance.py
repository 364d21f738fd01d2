"""The distance log in the Pay view's Costs tab: the trips of the period and client shown, each with its cost at the
official per-distance rate; "Add trip" (a form), "Import GPX…" (a track file: one trip per track and day) and
"Delete trip". Adding and deleting are undoable with Ctrl+Z; an import is one step of its own (delete its trips to
take it back)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.distance import UNITS
from ...domain.money import parse_decimal
from ...domain.times import DateRange
from ...errors import InvalidInput
from ...services.clients.directory import ClientInfo
from ...services.trips import (
    GpxImport,
    TripRow,
    add_trip,
    delete_trip,
    import_gpx,
    list_trips,
    preferred_unit,
    reinstate_trip,
)
from .. import formatting as fmt
from ..dialogs import error_text
from ..fitted_table import FittedTable
from ..form_dialog import FormDialog
from ..form_fields import add_labelled_row, client_picker, date_edit, side_by_side
from ..session import Session
from ..undo import AddRecord, DeleteRecord, Failure
from ..widgets import InlineMessage, button_row, read_only_table, small
from .models import Cell, Column, Row, RowsModel
from .text import day_text, pydate, qdate


def tr(text: str) -> str:
    return QCoreApplication.translate("pay", text)


class TripsModel(RowsModel):
    def _columns(self) -> tuple[Column, ...]:
        return (Column(tr("Date")), Column(tr("Client")), Column(tr("Distance"), True), Column(tr("Cost"), True),
                Column(tr("Rate")), Column(tr("Note")))

    def set_trips(self, trips: Sequence[TripRow]) -> None:
        self._set([Row(key=t.id, cells=(
            Cell(day_text(t.on)), Cell(t.client, t.client), Cell(f"{t.distance} {t.unit}"),
            Cell(fmt.money(t.cost.rounded()) if t.cost else tr("not priced")),
            Cell(t.rate.label if t.rate else "", t.rate.source if t.rate else tr("No official rate is known for "
                                                                                "your country on that day.")),
            Cell(t.note or "", t.note or ""))) for t in trips])


class TripDialog(FormDialog):
    """"Add trip": client, date, distance in km or mi, note (where to, odometer readings)."""

    def __init__(self, session: Session, undo: QUndoStack, clients: Sequence[ClientInfo],
                 on_failure: Callable[[BaseException], None], client: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.undo, self._on_failure = session, undo, on_failure
        self.setWindowTitle(self.tr("Add trip"))
        today = datetime.now(UTC).astimezone(session.profile.zone).date()
        self.client = client_picker(self.tr("Client"), (info.name for info in clients), client)
        self.day = date_edit(self.tr("Date driven"), qdate(today))
        self.distance = QLineEdit()
        self.distance.setAccessibleName(self.tr("Distance"))
        self.distance.setPlaceholderText(self.tr("e.g. 42.5"))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit"))
        for unit in UNITS:
            self.unit.addItem(unit, unit)
        self.unit.setCurrentIndex(max(self.unit.findData(session.read(preferred_unit)), 0))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("optional, e.g. depot to city centre, odometer 10230-10272"))
        form = QFormLayout()
        form.addRow(self.tr("C&lient"), self.client)
        form.addRow(self.tr("&Date"), self.day)
        add_labelled_row(form, self.tr("Di&stance"), self.distance, side_by_side(self.distance, self.unit,
                                                                                grow=self.distance))
        form.addRow(self.tr("N&ote"), self.note)
        form.addRow("", small(self.tr("Priced at the official per-distance rate of your country.")))
        self.add_save_button(self.tr("Add trip"))
        self.lay_out(form, 460)
        for field in (self.distance, self.note):
            field.textChanged.connect(self.check)

    def value(self) -> dict[str, Any]:
        if self.client.currentData() is None:
            raise InvalidInput(self.tr("Add a client first: a trip is for the work of a client."))
        if not self.distance.text().strip():
            raise InvalidInput(self.tr("Enter the distance you drove."))
        return {"client": self.client.currentData(), "on": pydate(self.day.date()),
                "distance": parse_decimal(self.distance.text().strip(), what=self.tr("Distance")),
                "unit": self.unit.currentData(), "note": self.note.text().strip() or None}

    def typed_enough(self) -> bool:
        return bool(self.distance.text().strip())

    def save(self, value: dict[str, Any]) -> None:
        self.session.call(add_trip, **value, on_error=self.failed, on_result=lambda view: self.close_saved(
            AddRecord(self.session, tr("Add trip"), self._on_failure, delete=delete_trip, reinstate=reinstate_trip,
                      record_id=view.id)))


class TripsPanel(QWidget):
    """The distance log of the period and client the Pay view shows, with Add, Import GPX and Delete."""

    def __init__(self, session: Session, undo: QUndoStack, on_failure: Failure,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.undo, self._on_failure = session, undo, on_failure
        self.clients: tuple[ClientInfo, ...] = ()
        self.client: str | None = None
        self.choose_file: Callable[[], str] = lambda: QFileDialog.getOpenFileName(
            self, self.tr("Import a GPX track"), "", self.tr("GPX tracks (*.gpx)"))[0]
        self.model = TripsModel(self)
        note = self.model.columnCount() - 1  # free text: it takes the room left, and may be cut to fit
        self.table = read_only_table(FittedTable(leftover=(note,), free=(note,), most_lines=3),
                                     self.tr("Distance log"), self.model)
        self.add_button = QPushButton(self.tr("Add trip…"))
        self.import_button = QPushButton(self.tr("Import GPX…"))
        self.delete_button = QPushButton(self.tr("Delete trip"))
        self.empty = small(self.tr("No distance driven in this period. Add a trip from your odometer, or import a "
                                   "GPX track from your phone or bike computer."))
        self.empty.setWordWrap(True)
        self.message = InlineMessage()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(button_row(self.add_button, self.import_button, self.delete_button))
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        column.addWidget(self.message)
        self.add_button.clicked.connect(lambda: self.add_trip())
        self.import_button.clicked.connect(self.import_track)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def show_for(self, period: DateRange, client: str | None, clients: Sequence[ClientInfo]) -> None:
        self.clients, self.client = tuple(clients), client
        self.add_button.setEnabled(bool(clients))
        self.import_button.setEnabled(bool(clients))
        if self.session.is_open:
            self.session.fetch(list_trips, period=period, client=client, on_result=self._show,
                               on_error=lambda error: self.message.problem(error_text(error)))

    def _show(self, trips: Sequence[TripRow]) -> None:
        self.model.set_trips(trips)
        self.table.setVisible(bool(trips))
        self.empty.setVisible(not trips)
        self._selection_changed()

    def clear(self) -> None:
        self.model.set_trips(())

    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def add_trip(self) -> TripDialog:
        dialog = TripDialog(self.session, self.undo, self.clients, self._on_failure, self.client, self)
        dialog.open()
        return dialog

    def import_track(self) -> None:
        """Import a GPX file for the client shown (or the first client): one trip per track and day."""
        client = self.client or (self.clients[0].name if self.clients else None)
        name = self.choose_file() if client else ""
        if not name:
            return
        self.message.clear()
        self.session.call(import_gpx, Path(name), client=client, unit=self.session.read(preferred_unit),
                          on_result=self._imported, on_error=lambda error: self.message.problem(error_text(error)))

    def _imported(self, result: GpxImport) -> None:
        text = self.tr("Imported %n trip(s) from the GPX track.", "", len(result.added))
        if result.skipped:
            text += " " + self.tr("%n track day(s) were already in the log and were skipped.", "", result.skipped)
        self.message.hint(text)

    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.session.call(delete_trip, self.model.key_at(rows[0].row()),
                          on_result=lambda removed: self.undo.push(DeleteRecord(
                              self.session, tr("Delete trip"), self._on_failure, delete=delete_trip,
                              reinstate=reinstate_trip, record_id=removed.view.id, removed=removed)),
                          on_error=lambda error: self.message.problem(error_text(error)))
