""""Record payment" (and "Edit payment"): amount, fees and deductions, net, currency, date, method, reference,
the period it covers and what it pays for. Input is checked as it is typed; a problem shows inline and nothing
is saved. A saved change is pushed on the window's undo stack."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.currency import check_currency
from ...domain.money import Money, parse_amount
from ...domain.times import DateRange
from ...errors import InvalidInput, LedgerError
from ...services.clients.directory import ClientInfo
from ...services.invoices import InvoiceRow
from ...services.payments import NewPayment, PaymentDetails, as_new, record_payment, update_payment
from .. import formatting as fmt
from ..client_form import currency_box
from ..form_dialog import FormDialog
from ..session import Session
from ..widgets import narrow_combo, small
from .commands import EditPayment, record_payment_command
from .text import method_label, method_value, payment_methods, pydate, qdate, range_text, status_text


def date_edit(name: str, day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setAccessibleName(name)
    return edit


class PaymentDialog(FormDialog):
    def __init__(self, session: Session, undo: QUndoStack, clients: Sequence[ClientInfo],
                 invoices: Sequence[InvoiceRow], on_failure: Callable[[BaseException], None],
                 payment: PaymentDetails | None = None, client: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.undo, self._on_failure = session, undo, on_failure
        self.payment = payment
        self._clients = {c.name: c for c in clients}
        self._invoices = list(invoices)
        self.setWindowTitle(self.tr("Edit payment") if payment else self.tr("Record payment"))
        today = datetime.now(UTC).astimezone(session.profile.zone).date()

        self.client = narrow_combo(QComboBox(), 24)
        self.client.setAccessibleName(self.tr("Client"))
        for name in self._clients:
            self.client.addItem(name, name)
            self.client.setItemData(self.client.count() - 1, name, Qt.ItemDataRole.ToolTipRole)  # long names elide
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount received, before fees"))
        self.amount.setPlaceholderText(self.tr("e.g. 350.00"))
        self.currency = currency_box(session.profile.currency)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.fees = QLineEdit()
        self.fees.setAccessibleName(self.tr("Fees"))
        self.fees.setPlaceholderText(self.tr("optional: platform or transfer fees"))
        self.deductions = QLineEdit()
        self.deductions.setAccessibleName(self.tr("Deductions"))
        self.deductions.setPlaceholderText(self.tr("optional: tax withheld, other deductions"))
        self.net = QLabel()
        self.net.setAccessibleName(self.tr("Net amount"))
        self.received = date_edit(self.tr("Date received"), qdate(today))
        self.received.setMaximumDate(qdate(today))
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.setAccessibleName(self.tr("Method"))
        self.method.addItem("")
        for label, value in payment_methods():  # shown translated, stored as the same value in every language
            self.method.addItem(label, value)
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference"))
        self.reference.setPlaceholderText(self.tr("transaction id, payout number…"))
        self.pays_for = narrow_combo(QComboBox(), 24)
        self.pays_for.setAccessibleName(self.tr("What it pays for"))
        self.has_period = QCheckBox(self.tr("It pays for work from"))
        self.period_from = date_edit(self.tr("Period from"), qdate(today.replace(day=1)))
        self.period_to = date_edit(self.tr("Period to"), qdate(today))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))

        period = QHBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(self.has_period)
        period.addWidget(self.period_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.period_to)
        period.addStretch(1)
        amount = QHBoxLayout()
        amount.setContentsMargins(0, 0, 0, 0)
        amount.addWidget(self.amount, 1)
        amount.addWidget(self.currency)
        form = QFormLayout()
        form.addRow(self.tr("C&lient"), self.client)
        amount_label = QLabel(self.tr("&Amount received"))
        amount_label.setBuddy(self.amount)  # a row holding a layout gets no buddy by itself
        form.addRow(amount_label, amount)
        form.addRow(self.tr("&Fees"), self.fees)
        form.addRow(self.tr("&Deductions"), self.deductions)
        form.addRow(self.tr("Net"), self.net)
        form.addRow(self.tr("Date &received"), self.received)
        form.addRow(self.tr("&Method"), self.method)
        form.addRow(self.tr("R&eference"), self.reference)
        form.addRow(self.tr("&Pays for"), self.pays_for)
        form.addRow(self.tr("Period"), period)
        form.addRow("", small(self.tr("The period decides which work the payment counts against, and when it was "
                                      "due. Paying an invoice covers the invoice's period unless you set one.")))
        form.addRow(self.tr("N&ote"), self.note)
        self.add_save_button(self.tr("Save payment") if payment else self.tr("Record payment"))
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)

        self.client.currentIndexChanged.connect(self._client_changed)
        self.pays_for.currentIndexChanged.connect(self._invoice_changed)
        self.has_period.toggled.connect(self._period_toggled)
        for field in (self.amount, self.fees, self.deductions, self.reference, self.note):
            field.textChanged.connect(self.check)
        self.currency.currentTextChanged.connect(self.check)
        for edit in (self.received, self.period_from, self.period_to):
            edit.dateChanged.connect(self.check)
        if payment is not None:
            self._fill(payment)
        else:
            self.client.setCurrentIndex(max(self.client.findData(client), 0) if client else 0)
            self._client_changed()
        self._period_toggled(self.has_period.isChecked())
        self.resize(560, self.sizeHint().height())

    # --- filling ----------------------------------------------------------------------------------------------

    def _fill(self, p: PaymentDetails) -> None:
        self.client.setCurrentIndex(max(self.client.findData(p.client), 0))
        self._client_changed()
        self.amount.setText(str(p.gross.rounded().amount))
        self.currency.setCurrentText(p.gross.currency)
        self.fees.setText(str(p.fees.rounded().amount) if p.fees.amount else "")
        self.deductions.setText(str(p.deductions.rounded().amount) if p.deductions.amount else "")
        self.received.setDate(qdate(p.received_on))
        self.method.setCurrentText(method_label(p.method))
        self.reference.setText(p.reference or "")
        self.note.setText(p.note or "")
        self.pays_for.setCurrentIndex(max(self.pays_for.findData(p.invoice_id), 0))
        if p.period_from and p.period_to:
            self.has_period.setChecked(True)
            self.period_from.setDate(qdate(p.period_from))
            self.period_to.setDate(qdate(p.period_to))

    def _client_changed(self) -> None:
        name = self.client.currentData()
        client = self._clients.get(name)
        if client is not None:
            self.currency.setCurrentText(client.currency)
        self.pays_for.blockSignals(True)
        self.pays_for.clear()
        self.pays_for.addItem(self.tr("Nothing in particular"), None)
        mine = self.payment.invoice_id if self.payment else None
        for invoice in self._invoices:
            if invoice.client == name and (invoice.status != "paid" or invoice.id == mine):
                label = "  ·  ".join((invoice.label, fmt.money(invoice.amount),
                                      range_text(invoice.period_from, invoice.period_to), status_text(invoice)))
                self.pays_for.addItem(self.tr("Invoice %1").replace("%1", label), invoice.id)
        self.pays_for.blockSignals(False)
        self._invoice_changed()

    def _invoice(self) -> InvoiceRow | None:
        chosen = self.pays_for.currentData()
        return next((i for i in self._invoices if i.id == chosen), None)

    def _invoice_changed(self) -> None:
        invoice = self._invoice()
        if invoice is not None and not self.has_period.isChecked():
            self.period_from.setDate(qdate(invoice.period_from))
            self.period_to.setDate(qdate(invoice.period_to))
            if not self.amount.text().strip():
                self.amount.setText(str(invoice.outstanding.rounded().amount))
        self.check()

    def _period_toggled(self, on: bool) -> None:
        self.period_from.setEnabled(on)
        self.period_to.setEnabled(on)
        self.check()

    # --- checking ---------------------------------------------------------------------------------------------

    def value(self) -> NewPayment:
        """The payment as typed; raises InvalidInput with a plain message."""
        name = self.client.currentData()
        client = self._clients.get(name)
        if client is None:
            raise InvalidInput(self.tr("Add a client first: a payment comes from a client."))
        currency = check_currency(self.currency.currentText())
        if currency != client.currency:
            raise InvalidInput(self.tr("%1 pays in %2; record the amount that arrived in %2.")
                               .replace("%1", client.name).replace("%2", client.currency))
        if not self.amount.text().strip():
            raise InvalidInput(self.tr("Enter the amount you received."))
        gross = parse_amount(self.amount.text(), currency)
        if gross.amount == 0:
            raise InvalidInput(self.tr("A payment of zero is not a payment."))
        fees = parse_amount(self.fees.text() or "0", currency, what=self.tr("Fees"))
        deductions = parse_amount(self.deductions.text() or "0", currency, what=self.tr("Deductions"))
        if fees.amount + deductions.amount > gross.amount:
            raise InvalidInput(self.tr("Fees and deductions add up to more than the amount paid."))
        period = None
        if self.has_period.isChecked():
            low, high = pydate(self.period_from.date()), pydate(self.period_to.date())
            if high < low:
                raise InvalidInput(self.tr("The period ends before it starts."))
            period = DateRange(low, high)
        return NewPayment(client=client.name, received_on=pydate(self.received.date()), gross=gross.amount,
                          currency=currency, fees=fees.amount, deductions=deductions.amount,
                          method=method_value(self.method.currentText()),
                          reference=self.reference.text().strip() or None, period=period,
                          note=self.note.text().strip() or None, invoice_id=self.pays_for.currentData())

    def check(self) -> bool:
        try:
            new = self.value()
        except LedgerError as error:
            self.net.setText("")
            if self.amount.text().strip() or self.fees.text().strip() or self.deductions.text().strip():
                self.message.problem(str(error))
            else:
                self.message.clear()
            return False
        self.net.setText(fmt.money(Money(new.gross - new.fees - new.deductions, new.currency or "")))
        invoice = self._invoice()
        if invoice is not None and new.period is None:
            self.message.hint(self.tr("Covers the invoice's period, %1.").replace(
                "%1", range_text(invoice.period_from, invoice.period_to)))
        else:
            self.message.clear()
        return True

    # --- saving -----------------------------------------------------------------------------------------------

    def save(self, new: NewPayment) -> None:
        if self.payment is None:
            self.session.call(record_payment, new, on_error=self.failed,
                              on_result=lambda view: self._saved(
                                  record_payment_command(self.session, view.id, self._on_failure)))
        else:
            before, payment_id = as_new(self.payment), self.payment.id
            self.session.call(update_payment, payment_id, new, on_error=self.failed,
                              on_result=lambda _: self._saved(EditPayment(self.session, payment_id, new, before,
                                                                          self._on_failure)))

    def _saved(self, command: QUndoCommand) -> None:
        self.undo.push(command)
        self.accept()
