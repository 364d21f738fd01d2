"""Fields that several form dialogs build the same way: a date with a calendar, a client chooser, and a row of
fields side by side with a label that jumps to the first of them.

Kept apart from the dialog base (form_dialog.py) because views use them too (the Pay view's period dates).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QWidget

from .widgets import narrow_combo


def date_edit(name: str, day: QDate) -> QDateEdit:
    """A day, with a calendar to pick it from; ``name`` is what a screen reader says."""
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setAccessibleName(name)
    return edit


def client_picker(name: str, clients: Iterable[str], chosen: str | None = None) -> QComboBox:
    """The clients by name (each its own data), ``chosen`` or else the first one selected.

    The box does not grow with the longest name; each item's tooltip holds the whole name, which the box elides."""
    box = narrow_combo(QComboBox(), 24)
    box.setAccessibleName(name)
    for client in clients:
        box.addItem(client, client)
        box.setItemData(box.count() - 1, client, Qt.ItemDataRole.ToolTipRole)
    box.setCurrentIndex(max(box.findData(chosen), 0) if chosen else 0)
    return box


def side_by_side(*widgets: QWidget, grow: QWidget | None = None) -> QHBoxLayout:
    """``widgets`` in one form row: ``grow`` takes the room left over, or with none the room is left at the end."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget, 1 if widget is grow else 0)
    if grow is None:
        row.addStretch(1)
    return row


def add_labelled_row(form: QFormLayout, text: str, buddy: QWidget, row: QHBoxLayout) -> None:
    """A form row holding a layout: its label is given ``buddy`` (such a row gets no buddy by itself, so the
    label's Alt shortcut went nowhere)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, row)
