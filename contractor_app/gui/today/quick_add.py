"""The quick add form of the Today view: work already done, checked as it is typed.

It only builds a NewEntry and emits ``submitted``; the view records it. The preview line says how long the entry
is, or what is wrong, in words.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...domain.money import parse_decimal
from ...errors import InvalidInput, LedgerError
from ...services.entries.log import FUTURE_TOLERANCE, NewEntry
from .. import formatting as fmt
from ..dialogs import error_text
from ..entries.columns import at_clock
from ..icon_set import icon
from ..widgets import InlineMessage, narrow_combo


class QuickAddForm(QWidget):
    submitted = Signal(object)  # NewEntry

    def __init__(self, zone: tzinfo, tz_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone, self.tz_name = zone, tz_name
        # Ten characters: with the default twelve, the row was wider than the view at 200% text in Spanish.
        self.client = narrow_combo(QComboBox(), 10)
        self.client.setAccessibleName(self.tr("Client for the new entry"))
        self.category = narrow_combo(QComboBox(), 10)
        self.category.setAccessibleName(self.tr("Category for the new entry"))
        for label, name in fmt.categories():
            self.category.addItem(label, name)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setAccessibleName(self.tr("Date of the new entry"))
        self.start = QLineEdit()
        self.start.setPlaceholderText("09:00")
        self.start.setAccessibleName(self.tr("Start time"))
        self.end = QLineEdit()
        self.end.setPlaceholderText("11:30")
        self.end.setAccessibleName(self.tr("End time"))
        self.units = QLineEdit()
        self.units.setPlaceholderText(self.tr("tasks (optional)"))
        self.units.setAccessibleName(self.tr("Units done"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setAccessibleName(self.tr("Note for the new entry"))
        self.add = QPushButton(self.tr("Add entry"))
        self.add.setIcon(icon("newEntry"))
        self.add.setEnabled(False)
        self.add.clicked.connect(self.submit)
        self.preview = InlineMessage()
        for line in (self.start, self.end, self.units, self.note):
            line.textChanged.connect(self.check)
            line.returnPressed.connect(self.submit)
        self.day.dateChanged.connect(self.check)
        self.client.currentIndexChanged.connect(self.check)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        labels = (self.tr("Client"), self.tr("Category"), self.tr("Date"), self.tr("From"), self.tr("To"),
                  self.tr("Units"))
        for column, (text, field) in enumerate(zip(labels, (self.client, self.category, self.day, self.start,
                                                            self.end, self.units), strict=True)):
            caption = QLabel(text)
            caption.setBuddy(field)
            grid.addWidget(caption, 0, column)
            grid.addWidget(field, 1, column)
        grid.addWidget(self.note, 2, 0, 1, 5)
        grid.addWidget(self.add, 2, 5)
        grid.addWidget(self.preview, 3, 0, 1, 6)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        self.reset()

    def set_clients(self, names: list[str], preferred: str | None = None) -> None:
        current = preferred or self.client.currentText()
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItems(names)
        if current in names:
            self.client.setCurrentText(current)
        self.client.blockSignals(False)
        self.check()

    def reset(self) -> None:
        today = datetime.now(UTC).astimezone(self.zone).date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        for field in (self.start, self.end, self.units, self.note):
            field.clear()
        self.preview.clear()
        self.add.setEnabled(False)

    def focus(self) -> None:
        self.start.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def value(self) -> NewEntry:
        if not self.client.currentText():
            raise InvalidInput(self.tr("Add a client first."))
        qdate = self.day.date()
        day = date(qdate.year(), qdate.month(), qdate.day())
        start = at_clock(day, self.start.text(), self.zone)
        end = at_clock(day, self.end.text(), self.zone)
        if end <= start:
            end = at_clock(day + timedelta(days=1), self.end.text(), self.zone)  # past midnight
        if end > datetime.now(UTC) + FUTURE_TOLERANCE:
            raise InvalidInput(self.tr("That ends later than now. Log work once it is done, or use the timer."))
        units = parse_decimal(self.units.text(), what=self.tr("Units")) if self.units.text().strip() else None
        if units is not None and units < 0:
            raise InvalidInput(self.tr("Units must be a positive number."))
        return NewEntry(client=self.client.currentText(), start=start, end=end, tz=self.tz_name,
                        category=self.category.currentData(), units=units, note=self.note.text().strip() or None)

    def check(self) -> bool:
        if not self.start.text().strip() or not self.end.text().strip():
            self.preview.clear()
            self.add.setEnabled(False)
            return False
        try:
            new = self.value()
        except LedgerError as error:
            self.preview.problem(error_text(error))
            self.add.setEnabled(False)
            return False
        overnight = self.tr(" (ends the next day)") if new.end.astimezone(self.zone).date() != \
            new.start.astimezone(self.zone).date() else ""
        self.preview.hint(fmt.duration(int((new.end - new.start).total_seconds())) + overnight)
        self.add.setEnabled(True)
        return True

    def submit(self) -> None:
        if not self.check():
            return
        self.submitted.emit(self.value())

    def show_problem(self, text: str) -> None:
        self.preview.problem(text)
