"""The worker's profile form: name, time zone, currency, country or region.

The place is chosen by name from a searchable list (gui/places.py), with the minimum wage that will apply shown
under it; the time zone from a searchable list with this computer's zone first chosen. A problem is shown when the
worker has finished typing in a field, not at each key ("America/" is half a zone, not a mistake).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.currency import check_currency
from ..domain.money import Money
from ..domain.times import zone
from ..errors import LedgerError
from ..services.profile import MAX_CONTACT, Profile, system_timezone
from ..services.rules import shipped_rules
from . import formatting as fmt
from .client_form import currency_box
from .dialogs import error_text
from .places import code_for, place_name, places
from .widgets import InlineMessage, small


@cache
def zone_names() -> list[str]:
    return sorted(name for name in available_timezones() if "/" in name or name == "UTC")


class AboutYouForm(QWidget):
    validity_changed = Signal(bool)

    def __init__(self, profile: Profile | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        profile = profile or Profile(timezone=system_timezone())
        self.name = QLineEdit(profile.name)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("As reports should show it (optional)"))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(zone_names())
        self.timezone.setCurrentText(profile.timezone)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.timezone.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone.setAccessibleName(self.tr("Time zone"))
        self.currency = currency_box(profile.currency)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.jurisdiction = QLineEdit(place_name(profile.jurisdiction) if profile.jurisdiction else "")
        self.jurisdiction.setAccessibleName(self.tr("Country or region"))
        self.jurisdiction.setPlaceholderText(self.tr("Where you work: a country, state or city, e.g. California"))
        places_completer = QCompleter(QStringListModel([name for name, _ in places()], self), self)
        places_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        places_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.jurisdiction.setCompleter(places_completer)
        self.wage = small("")
        self.message = InlineMessage()
        form = QFormLayout()
        form.addRow(self.tr("Your &name"), self.name)
        form.addRow(self.tr("&Time zone"), self.timezone)
        form.addRow(self.tr("&Currency"), self.currency)
        form.addRow(self.tr("Country or &region"), self.jurisdiction)
        form.addRow("", self.wage)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.message)
        self.name.textChanged.connect(self.typing)
        self.timezone.currentTextChanged.connect(self.typing)
        self.currency.currentTextChanged.connect(self.typing)
        self.jurisdiction.textChanged.connect(self.typing)
        for field in (self.name, self.timezone.lineEdit(), self.currency.lineEdit(), self.jurisdiction):
            field.editingFinished.connect(self.check)  # type: ignore[union-attr]  # editable combo boxes have one
        self._valid = False
        self.check()

    def value(self) -> Profile:
        return Profile(
            name=self.name.text().strip(),
            currency=check_currency(self.currency.currentText()),
            timezone=zone(self.timezone.currentText().strip()).key,
            jurisdiction=code_for(self.jurisdiction.text()) if self.jurisdiction.text().strip() else "",
        )

    def typing(self) -> bool:
        """Between key presses: Next is enabled as soon as the form is whole, and a problem shown before goes away
        once fixed, but a new one waits for :meth:`check` when the field is left."""
        return self.check(show=False)

    def check(self, show: bool = True) -> bool:
        try:
            profile = self.value()
        except LedgerError as error:
            if show:
                self.message.problem(error_text(error))
            valid = False
        else:
            self.message.clear()
            valid = True
            self._show_wage(profile)
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        return valid

    def _show_wage(self, profile: Profile) -> None:
        if not profile.jurisdiction:
            self.wage.setText("")
            return
        today = datetime.now(UTC).astimezone(profile.zone).date()
        wage = shipped_rules().minimum_wage(profile.jurisdiction, today, profile.currency)
        place = place_name(profile.jurisdiction)
        if wage is None:
            self.wage.setText(self.tr("%1: no minimum wage in %2 is known to this app.").replace(
                "%1", place).replace("%2", profile.currency))
        else:
            amount = fmt.money(Money(wage.amount, wage.currency))
            self.wage.setText(self.tr("%1: the minimum wage that applies is %2 an hour (estimate — not legal "
                                      "advice).").replace("%1", place).replace("%2", amount))

    @property
    def valid(self) -> bool:
        return self._valid


class WhereToReachYou(QWidget):
    """The worker's postal address and contact (email or phone), optional: a claim packet and a letter to a client
    name the worker with them. The first-run wizard and Settings show the same two fields."""

    changed = Signal()

    def __init__(self, profile: Profile | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = QPlainTextEdit(profile.address if profile else "")
        self.address.setAccessibleName(self.tr("Your address"))
        self.address.setPlaceholderText(self.tr("Street, city, postcode (optional; shown on reports and claims)"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.contact = QLineEdit(profile.contact if profile else "")
        self.contact.setAccessibleName(self.tr("Your email or phone"))
        self.contact.setPlaceholderText(self.tr("Email or phone (optional; shown on claims)"))
        self.contact.setMaxLength(MAX_CONTACT)
        address_label = QLabel(self.tr("Your &address"))
        address_label.setBuddy(self.address)
        contact_label = QLabel(self.tr("Your email or p&hone"))
        contact_label.setBuddy(self.contact)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (address_label, self.address, contact_label, self.contact):
            column.addWidget(widget)
        self.address.textChanged.connect(self.changed)
        self.contact.textChanged.connect(self.changed)

    def apply_to(self, profile: Profile) -> Profile:
        return replace(profile, address=self.address.toPlainText().strip(), contact=self.contact.text().strip())

    def show_profile(self, profile: Profile) -> None:
        self.address.setPlainText(profile.address)
        self.contact.setText(profile.contact)
