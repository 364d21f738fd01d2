"""Pay type, rate and unit: asked the same way when a client is added (client_form.py) and when pay terms are
entered (clients/terms_form.py), and checked with the same rules the services apply.

Its strings are the pay terms form's, translated in its context ("TermsForm", spelled out at each call so that
lupdate sees it). The rate's label is each form's own: its keyboard shortcut must differ from the other labels of
that form in every language.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from ..domain.money import RATE_EXTRA_DIGITS, Money, parse_amount
from ..errors import InvalidInput


class RateFields:
    """The pay type box, the rate with its label and the unit with its label, for a form to lay out."""

    def __init__(self, rate_labels: Mapping[str, str], placeholder: str) -> None:
        """``rate_labels``: the rate's label for each pay type ("hourly", "per_unit", "fixed")."""
        self.rate_labels = rate_labels
        self.kind = QComboBox()
        self.kind.setAccessibleName(QCoreApplication.translate("TermsForm", "Pay type"))
        for label, kind in ((QCoreApplication.translate("TermsForm", "Hourly"), "hourly"),
                            (QCoreApplication.translate("TermsForm", "Per task"), "per_unit"),
                            (QCoreApplication.translate("TermsForm", "Fixed price"), "fixed")):
            self.kind.addItem(label, kind)
        self.rate = QLineEdit()
        self.rate.setAccessibleName(QCoreApplication.translate("TermsForm", "Rate"))
        self.rate.setPlaceholderText(placeholder)
        self.rate_label = QLabel()
        self.rate_label.setBuddy(self.rate)
        self.unit = QLineEdit("task")
        self.unit.setAccessibleName(QCoreApplication.translate("TermsForm", "What one unit of work is called"))
        self.unit_label = QLabel(QCoreApplication.translate("TermsForm", "&Unit"))
        self.unit_label.setBuddy(self.unit)

    def show_kind(self) -> str:
        """Label the rate for the pay type chosen and show the unit only for pay per unit; the pay type."""
        kind: str = self.kind.currentData()
        self.rate_label.setText(self.rate_labels[kind])
        self.unit.setVisible(kind == "per_unit")
        self.unit_label.setVisible(kind == "per_unit")
        return kind

    def rate_and_unit(self, currency: str) -> tuple[Money, str | None]:
        """The rate typed (not empty) in ``currency``, and the unit's name for pay per unit; InvalidInput when
        either is wrong."""
        kind = self.kind.currentData()
        if kind == "fixed":
            what = QCoreApplication.translate("TermsForm", "Price")
        else:
            what = QCoreApplication.translate("TermsForm", "Rate")
        rate = parse_amount(self.rate.text(), currency, what=what, extra_digits=RATE_EXTRA_DIGITS)
        if rate.amount == 0:
            raise InvalidInput(QCoreApplication.translate(
                "TermsForm", "A rate of zero is not a rate; leave it empty if the work is unpaid."))
        unit = None
        if kind == "per_unit":
            unit = self.unit.text().strip().lower() or "task"
            if not unit.isalpha() or len(unit) > 20:
                raise InvalidInput(QCoreApplication.translate(
                    "TermsForm", "Name the unit with one word, such as task or item."))
        return rate, unit
