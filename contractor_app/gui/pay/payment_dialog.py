""""Record payment" (and "Edit payment"): amount, fees and deductions, net, currency, date, method, reference,
the period it covers and what it pays for. Input is checked as it is typed; a problem shows inline and nothing
is saved. A saved change is pushed on the window's undo stack."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...domain.currency import check_currency
from ...domain.money import Money, parse_amount
from ...domain.times import DateRange
from ...errors import InvalidInput
from ...services.clients.directory import ClientInfo
from ...services.invoices import InvoiceRow
from ...services.payments import NewPayment, PaymentDetails, as_new, record_payment, update_payment
from .. import formatting as fmt
from ..client_form import currency_box
from ..form_dialog import FormDialog
from ..form_fields import add_labelled_row, client_picker, date_edit, side_by_side
from ..session import Session
from ..widgets import narrow_combo, small
from .commands import EditPayment, record_payment_command
from .text import method_label, method_value, payment_methods, pydate, qdate, range_text, status_text


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

        self.client = client_picker(self.tr("Client"), self._clients, client)
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

        form = QFormLayout()
        form.addRow(self.tr("C&lient"), self.client)
        add_labelled_row(form, self.tr("&Amount received"), self.amount,
                         side_by_side(self.amount, self.currency, grow=self.amount))
        form.addRow(self.tr("&Fees"), self.fees)
        form.addRow(self.tr("&Deductions"), self.deductions)
        form.addRow(self.tr("Net"), self.net)
        form.addRow(self.tr("Date &received"), self.received)
        form.addRow(self.tr("&Method"), self.method)
        form.addRow(self.tr("R&eference"), self.reference)
        form.addRow(self.tr("&Pays for"), self.pays_for)
        form.addRow(self.tr("Period"), side_by_side(self.has_period, self.period_from, QLabel(self.tr("to")),
                                                    self.period_to))
        form.addRow("", small(self.tr("The period decides which work the payment counts against, and when it was "
                                      "due. Paying an invoice covers the invoice's period unless you set one.")))
        form.addRow(self.tr("N&ote"), self.note)
        self.add_save_button(self.tr("Save payment") if payment else self.tr("Record payment"))
        self.lay_out(form, 560)

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
            self._client_changed()
        self._period_toggled(self.has_period.isChecked())

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

    def typed_enough(self) -> bool:
        return bool(self.amount.text().strip() or self.fees.text().strip() or self.deductions.text().strip())

    def checked(self, new: NewPayment | None) -> None:
        """The net amount, and which period a payment of an invoice covers."""
        if new is None:
            self.net.setText("")
            return
        self.net.setText(fmt.money(Money(new.gross - new.fees - new.deductions, new.currency or "")))
        invoice = self._invoice()
        if invoice is not None and new.period is None:
            self.message.hint(self.tr("Covers the invoice's period, %1.").replace(
                "%1", range_text(invoice.period_from, invoice.period_to)))

    # --- saving -----------------------------------------------------------------------------------------------

    def save(self, new: NewPayment) -> None:
        if self.payment is None:
            self.session.call(record_payment, new, on_error=self.failed,
                              on_result=lambda view: self.close_saved(
                                  record_payment_command(self.session, view.id, self._on_failure)))
        else:
            before, payment_id = as_new(self.payment), self.payment.id
            self.session.call(update_payment, payment_id, new, on_error=self.failed,
                              on_result=lambda _: self.close_saved(EditPayment(self.session, payment_id, new, before,
                                                                               self._on_failure)))
