"""A client with its pay terms: the form used by first-run setup and by "Add client…".

Input is checked as it is typed, with the same domain checks the services apply; ``value()`` builds the NewClient.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.currency import check_currency
from ..domain.jurisdiction import check_jurisdiction
from ..domain.pay import Terms
from ..errors import InvalidInput
from ..services.clients.directory import NewClient, add_client
from .form_dialog import FormDialog, FormPiece
from .rate_fields import RateFields
from .session import Session
from .widgets import small

COMMON_CURRENCIES = ("USD", "EUR", "GBP", "CAD", "AUD", "INR", "PHP", "KES", "NGN", "BRL", "MXN", "JPY")


def currency_box(default: str) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    codes = list(COMMON_CURRENCIES)
    if default and default not in codes:
        codes.insert(0, default)
    box.addItems(codes)
    box.setCurrentText(default or "USD")
    return box


def app_based_box() -> QCheckBox:
    """"App-based work": a pay floor for app-based work (NYC delivery, Seattle) applies to marked clients only.

    Made without a parent: the form's layout gives it one in its row, so Tab reaches it in reading order (made with
    the form as its parent, it came first, and "Add client" opened on it)."""
    box = QCheckBox(QCoreApplication.translate("ClientForm", "App-based &work (delivery, rideshare): a pay floor may "
                                                             "apply"))
    box.setAccessibleName(QCoreApplication.translate("ClientForm", "App-based work"))
    box.setToolTip(QCoreApplication.translate(
        "ClientForm", "Some places set a minimum pay for work through an app, whatever your classification (New York "
                      "City delivery, Seattle app-based work). Tick this for such an app."))
    return box


class ClientForm(FormPiece):
    def __init__(self, *, currency: str, jurisdiction: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Client name"))
        self.name.setPlaceholderText(self.tr("The platform, agency or company, e.g. Acme Labeling"))
        self.pay = RateFields({"hourly": self.tr("&Rate per hour"), "per_unit": self.tr("&Rate per unit"),
                               "fixed": self.tr("&Price")}, self.tr("e.g. 20.00 (leave empty if not agreed yet)"))
        self.kind, self.rate, self.rate_label = self.pay.kind, self.pay.rate, self.pay.rate_label
        self.unit = self.pay.unit
        self.currency = currency_box(currency)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.jurisdiction = QLineEdit(jurisdiction)
        self.jurisdiction.setAccessibleName(self.tr("Jurisdiction"))
        self.jurisdiction.setPlaceholderText(self.tr("Where you do the work, e.g. US-CA, GB, US-NY-NYC"))
        self.classification = QComboBox()
        self.classification.setAccessibleName(self.tr("Classification"))
        self.classification.addItem(self.tr("Contractor (freelancer)"), "contractor")
        self.classification.addItem(self.tr("Employee"), "employee")
        self.app_based = app_based_box()
        why = small(self.tr("Why it matters: employees are owed minimum wage and overtime by law; contractors "
                            "often are not. What the contract says is a start; how you are treated counts too."))
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Pay type"), self.kind)
        self.form.addRow(self.rate_label, self.rate)
        self.form.addRow(self.pay.unit_label, self.unit)
        self.form.addRow(self.tr("&Currency"), self.currency)
        self.form.addRow(self.tr("&Jurisdiction"), self.jurisdiction)
        self.form.addRow(self.tr("C&lassification"), self.classification)
        self.form.addRow("", why)
        self.form.addRow("", self.app_based)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.form)
        column.addWidget(self.message)
        for widget in (self.name, self.rate, self.unit, self.jurisdiction):
            widget.textChanged.connect(self.check)
        self.currency.currentTextChanged.connect(self.check)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.pay.show_kind()
        self.check()

    def value(self) -> NewClient:
        """The client as typed; raises InvalidInput with a plain message."""
        name = self.name.text().strip()
        if not name:
            raise InvalidInput(self.tr("A client needs a name."))
        currency = check_currency(self.currency.currentText())
        terms = None
        if self.rate.text().strip():
            rate, unit = self.pay.rate_and_unit(currency)
            terms = Terms(kind=self.kind.currentData(), rate=rate, unit_name=unit)
        jurisdiction = check_jurisdiction(self.jurisdiction.text()) if self.jurisdiction.text().strip() else None
        return NewClient(name=name, currency=currency, terms=terms, jurisdiction=jurisdiction,
                         classification=self.classification.currentData(), app_based=self.app_based.isChecked())

    def typed_enough(self) -> bool:
        return bool(self.name.text().strip() or self.rate.text().strip())  # an empty name is only unfinished


class ClientDialog(FormDialog):
    """"Add client…": the form, then one audited change through the services."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Add a client"))
        self.form = ClientForm(currency=session.profile.currency, jurisdiction=session.profile.jurisdiction)
        self.add_button = self.add_save_button(self.tr("Add client"))
        self.update_save()
        self.form.validity_changed.connect(lambda _: self.update_save())
        column = QVBoxLayout(self)
        column.addWidget(self.form)
        column.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def value(self) -> NewClient:
        return self.form.value()

    def ready(self) -> bool:
        return self.form.valid

    def show_problem(self, text: str) -> None:
        self.form.message.problem(text)

    def save(self, new: NewClient) -> None:
        self.session.call(add_client, new, on_result=lambda _: self.close_saved(), on_error=self.failed)
