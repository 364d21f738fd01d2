"""The worker's profile form: name, time zone, currency, country or region."""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ..domain.currency import check_currency
from ..domain.jurisdiction import check_jurisdiction
from ..domain.times import zone
from ..errors import LedgerError
from ..services.profile import Profile, system_timezone
from .client_form import currency_box
from .widgets import InlineMessage


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
        self.timezone.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone.setAccessibleName(self.tr("Time zone"))
        self.currency = currency_box(profile.currency)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.jurisdiction = QLineEdit(profile.jurisdiction)
        self.jurisdiction.setAccessibleName(self.tr("Country or region"))
        self.jurisdiction.setPlaceholderText(self.tr("Where you work, e.g. US-CA, GB, DE, US-NY-NYC"))
        self.message = InlineMessage()
        form = QFormLayout()
        form.addRow(self.tr("Your &name"), self.name)
        form.addRow(self.tr("&Time zone"), self.timezone)
        form.addRow(self.tr("&Currency"), self.currency)
        form.addRow(self.tr("Country or &region"), self.jurisdiction)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.message)
        self.name.textChanged.connect(self.check)
        self.timezone.currentTextChanged.connect(self.check)
        self.currency.currentTextChanged.connect(self.check)
        self.jurisdiction.textChanged.connect(self.check)
        self._valid = False
        self.check()

    def value(self) -> Profile:
        return Profile(
            name=self.name.text().strip(),
            currency=check_currency(self.currency.currentText()),
            timezone=zone(self.timezone.currentText().strip()).key,
            jurisdiction=check_jurisdiction(self.jurisdiction.text()) if self.jurisdiction.text().strip() else "",
        )

    def check(self) -> bool:
        try:
            self.value()
        except LedgerError as error:
            self.message.problem(str(error))
            valid = False
        else:
            self.message.clear()
            valid = True
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        return valid

    @property
    def valid(self) -> bool:
        return self._valid
