"""Form fields the privacy forms share (the records' and the access requests'): a date that may be unknown, costs
with their currency, time spent, a few lines of text, and choice boxes that keep the stored value beside the label.

Each field reads back plain values (a date or None, a Decimal and a currency, whole minutes) for the services,
which make the final checks.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ...domain.money import parse_decimal
from ..client_form import currency_box
from ..widgets import narrow_combo

DATE_FORMAT = "d MMM yyyy"  # the month as a word, in the locale's language: day and month are never confused


def choice_box(choices: list[tuple[str, str]], accessible_name: str, *, none: str | None = None) -> QComboBox:
    """A combo box of (label, stored value); ``none`` adds a first item standing for no value."""
    box = QComboBox()
    box.setAccessibleName(accessible_name)
    if none is not None:
        box.addItem(none, None)
    for text, value in choices:
        box.addItem(text, value)
    return box


def day_edit(accessible_name: str, value: date | None = None) -> QDateEdit:
    """A day chosen on a calendar and shown with the month as a word (DATE_FORMAT); today when no ``value``."""
    edit = QDateEdit()
    edit.setAccessibleName(accessible_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
    return edit


def day_of(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def text_box(accessible_name: str, placeholder: str, lines: int = 3) -> QPlainTextEdit:
    """A note of a few lines, as tall as ``lines``: Tab moves on to the next field rather than typing a tab."""
    field = QPlainTextEdit()
    field.setAccessibleName(accessible_name)
    field.setPlaceholderText(placeholder)
    field.setTabChangesFocus(True)
    field.setFixedHeight(field.fontMetrics().lineSpacing() * lines + 14)
    return field


def choose(box: QComboBox, value: str | None) -> None:
    """Select the item whose stored value is ``value`` (the first item when there is none)."""
    box.setCurrentIndex(max(box.findData(value), 0))


def client_box(names: list[str], accessible_name: str, *, none: str | None = None) -> QComboBox:
    """The worker's clients in a box that does not grow with a long name; the name is whole in its tooltip."""
    box = narrow_combo(choice_box([(name, name) for name in names], accessible_name, none=none), 24)
    for row in range(box.count()):
        box.setItemData(row, box.itemText(row), Qt.ItemDataRole.ToolTipRole)
    box.currentTextChanged.connect(box.setToolTip)
    box.setToolTip(box.currentText())
    return box


class OptionalDate(QWidget):
    """A day that may not be known: the checkbox (the form row's label) says whether it is, the date edit says
    which day. Unchecked, the day is None."""

    changed = Signal()

    def __init__(self, text: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(text)
        self.known.setAccessibleName(accessible_name + " " + self.tr("known"))
        self.edit = day_edit(accessible_name)
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addStretch(1)

    def value(self) -> date | None:
        return day_of(self.edit) if self.known.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class CostsField(QWidget):
    """What an incident cost: an amount (empty for none) and its currency."""

    changed = Signal()

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Costs"))
        self.amount.setPlaceholderText(self.tr("e.g. 45.00, or empty"))
        self.amount.setMaximumWidth(160)
        self.currency = currency_box(currency)
        self.currency.setAccessibleName(self.tr("Currency of the costs"))
        self.amount.textChanged.connect(self.changed)
        self.currency.currentTextChanged.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount)
        row.addWidget(self.currency)
        row.addStretch(1)

    def value(self) -> tuple[Decimal | None, str | None]:
        """(amount, currency), or (None, None) when no amount is given; a bad number is InvalidInput."""
        text = self.amount.text().strip()
        if not text:
            return None, None
        point = QLocale().decimalPoint()
        if point != "." and "." not in text:
            text = text.replace(point, ".")
        return parse_decimal(text, what=self.tr("Costs")), self.currency.currentText().strip()

    def set_value(self, amount: Decimal | None, currency: str | None) -> None:
        self.amount.setText("" if amount is None else f"{amount:f}")
        if currency:
            self.currency.setCurrentText(currency)


class TimeSpentField(QWidget):
    """The time an incident took, in hours and minutes; nothing (0 h 0 min) is not recorded."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hours = QSpinBox()
        self.hours.setRange(0, 99_999)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setAccessibleName(self.tr("Time spent, hours"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 59)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Time spent, minutes"))
        for box in (self.hours, self.minutes):
            box.valueChanged.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hours)
        row.addWidget(self.minutes)
        row.addStretch(1)

    def value(self) -> int | None:
        total = self.hours.value() * 60 + self.minutes.value()
        return total or None

    def set_value(self, minutes: int | None) -> None:
        hours, rest = divmod(minutes or 0, 60)
        self.hours.setValue(min(hours, self.hours.maximum()))
        self.minutes.setValue(rest)
