"""The column choices of a payments-csv or Payoneer import: which column of the file holds each field.

A bank's or Payoneer's CSV has no layout we can rely on, so the worker says once which column is the date, the
amount, the transaction id and so on; the import saves that mapping under the file's source name (payments-csv)
or under "payoneer", and the next file of the same kind comes with the columns already chosen. The first time,
columns whose names say what they hold ("Booking date", "Amount", "Ref") are chosen as a starting point.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from ...services.statement_imports import MAPPING_FIELDS, MappingChoices, PaymentMapping

# Words in a column's name that suggest a field, tried in this order (the first field to claim a column keeps it).
HINTS = {"date": ("date", "datum", "fecha"), "amount": ("amount", "gross", "betrag", "importe", "monto"),
         "id": ("transaction id", "id", "ref"), "currency": ("currency", "währung", "moneda"),
         "fees": ("fee",), "payer": ("payer", "name", "counterparty", "from"), "email": ("email", "e-mail"),
         "reference": ("description", "reference", "memo", "details")}
REQUIRED = ("date", "amount", "id")


class ColumnMapping(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Columns of this file"))
        labels = {"date": self.tr("&Date"), "amount": self.tr("&Amount"), "id": self.tr("Transaction &ID"),
                  "currency": self.tr("&Currency"), "fees": self.tr("F&ees"), "payer": self.tr("&Payer name"),
                  "email": self.tr("Payer emai&l"), "reference": self.tr("Reference (&memo)")}
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. my bank"))
        self.source.setAccessibleName(self.tr("Name for this kind of file"))
        self.source.setToolTip(self.tr("The column choices are saved under this name for the next file."))
        self.combos: dict[str, QComboBox] = {}
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("&Name for this kind of file"), self.source)
        for name in MAPPING_FIELDS:
            combo = QComboBox()
            combo.setAccessibleName(labels[name].replace("&", ""))
            self.combos[name] = combo
            self.form.addRow(labels[name], combo)
        self.columns: tuple[str, ...] = ()

    def show_source(self, shown: bool) -> None:
        """payments-csv files are told apart by a name the worker gives; Payoneer has one mapping."""
        self.form.setRowVisible(self.source, shown)

    def set_choices(self, choices: MappingChoices) -> None:
        self.columns = choices.columns
        chosen = choices.saved.fields() if choices.saved is not None else guess(choices.columns)
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(choose a column)") if name in REQUIRED else self.tr("(not in this file)"), None)
            for column in choices.columns:
                combo.addItem(column, column)
            index = combo.findData(chosen.get(name))
            combo.setCurrentIndex(max(index, 0))

    def forget(self) -> None:
        self.columns = ()
        for combo in self.combos.values():
            combo.clear()

    def mapping(self) -> PaymentMapping | None:
        """The chosen columns, or None when the file's columns were not read (the saved mapping then applies).
        InvalidInput names a required field left unchosen."""
        if not self.columns:
            return None
        return PaymentMapping.from_fields({name: combo.currentData() for name, combo in self.combos.items()
                                           if combo.currentData() is not None})

    def source_name(self) -> str | None:
        return self.source.text().strip() or None


def guess(columns: Sequence[str]) -> dict[str, str]:
    """A first choice of columns by their names: each column to at most one field."""
    taken: set[str] = set()
    chosen: dict[str, str] = {}
    for name, words in HINTS.items():
        for word in words:
            column = next((c for c in columns if c not in taken and word in c.casefold()), None)
            if column is not None:
                chosen[name] = column
                taken.add(column)
                break
    return chosen
