""""Add invoice" (and "Edit invoice"): what was billed or claimed, for which period, and when it is due.

With no due date of its own, an invoice is due by the client's payment terms, else by the freelancer law of the
place (the dialog says so). Bad input shows inline and nothing is saved; a saved change goes on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...domain.money import parse_amount
from ...domain.times import DateRange
from ...errors import InvalidInput
from ...services.clients.directory import ClientInfo
from ...services.invoices import InvoiceRow, NewInvoice, add_invoice, as_new, update_invoice
from ..form_dialog import FormDialog
from ..form_fields import add_labelled_row, client_picker, date_edit, side_by_side
from ..session import Session
from ..widgets import small
from .commands import AddInvoice, EditInvoice
from .text import pydate, qdate


class InvoiceDialog(FormDialog):
    def __init__(self, session: Session, undo: QUndoStack, clients: Sequence[ClientInfo],
                 on_failure: Callable[[BaseException], None], invoice: InvoiceRow | None = None,
                 client: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.undo, self._on_failure = session, undo, on_failure
        self.invoice = invoice
        self._clients = {c.name: c for c in clients}
        self.setWindowTitle(self.tr("Edit invoice") if invoice else self.tr("Add invoice or claim"))
        today = datetime.now(UTC).astimezone(session.profile.zone).date()
        last_month_end = today.replace(day=1) - timedelta(days=1)

        self.client = client_picker(self.tr("Client"), self._clients, client)
        self.number = QLineEdit()
        self.number.setAccessibleName(self.tr("Invoice number"))
        self.number.setPlaceholderText(self.tr("optional, e.g. 2026-014"))
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount billed"))
        self.amount.setPlaceholderText(self.tr("e.g. 640.00"))
        self.currency = QLabel()
        self.issued = date_edit(self.tr("Date issued"), qdate(today))
        self.period_from = date_edit(self.tr("Work from"), qdate(last_month_end.replace(day=1)))
        self.period_to = date_edit(self.tr("Work to"), qdate(last_month_end))
        self.has_due = QCheckBox(self.tr("The invoice sets a due date:"))
        self.due = date_edit(self.tr("Due date"), qdate(today + timedelta(days=30)))
        self.due_hint = small("")
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))

        form = QFormLayout()
        form.addRow(self.tr("C&lient"), self.client)
        form.addRow(self.tr("N&umber"), self.number)
        add_labelled_row(form, self.tr("&Amount"), self.amount, side_by_side(self.amount, self.currency,
                                                                             grow=self.amount))
        form.addRow(self.tr("&Issued on"), self.issued)
        form.addRow(self.tr("Work it bills"), side_by_side(self.period_from, QLabel(self.tr("to")), self.period_to))
        form.addRow(self.tr("Due"), side_by_side(self.has_due, self.due))
        form.addRow("", self.due_hint)
        form.addRow(self.tr("N&ote"), self.note)
        self.add_save_button(self.tr("Save invoice") if invoice else self.tr("Add invoice"))
        self.lay_out(form, 540)

        self.client.currentIndexChanged.connect(self._client_changed)
        self.has_due.toggled.connect(self._due_toggled)
        for field in (self.number, self.amount, self.note):
            field.textChanged.connect(self.check)
        for edit in (self.issued, self.period_from, self.period_to, self.due):
            edit.dateChanged.connect(self.check)
        if invoice is not None:
            self._fill(invoice)
        self._client_changed()
        self._due_toggled(self.has_due.isChecked())

    def _fill(self, invoice: InvoiceRow) -> None:
        self.client.setCurrentIndex(max(self.client.findData(invoice.client), 0))
        self.number.setText(invoice.number or "")
        self.amount.setText(str(invoice.amount.rounded().amount))
        self.issued.setDate(qdate(invoice.issued_on))
        self.period_from.setDate(qdate(invoice.period_from))
        self.period_to.setDate(qdate(invoice.period_to))
        if invoice.due_basis == "invoice" and invoice.due_on:
            self.has_due.setChecked(True)
            self.due.setDate(qdate(invoice.due_on))
        self.note.setText(invoice.note or "")

    def _client_changed(self) -> None:
        client = self._clients.get(self.client.currentData())
        self.currency.setText(client.currency if client else "")
        if client is not None and client.payment_terms_days is not None:
            hint = self.tr("Otherwise due %1 days after the work, by your payment terms with this client.").replace(
                "%1", str(client.payment_terms_days))
        else:
            hint = self.tr("Otherwise due by the deadline of the freelancer payment law where you work, if one "
                           "applies (estimate — not legal advice).")
        self.due_hint.setText(hint)
        self.check()

    def _due_toggled(self, on: bool) -> None:
        self.due.setEnabled(on)
        self.check()

    def value(self) -> NewInvoice:
        client = self._clients.get(self.client.currentData())
        if client is None:
            raise InvalidInput(self.tr("Add a client first: an invoice is sent to a client."))
        if not self.amount.text().strip():
            raise InvalidInput(self.tr("Enter the amount billed."))
        amount = parse_amount(self.amount.text(), client.currency)
        if amount.amount == 0:
            raise InvalidInput(self.tr("An invoice of zero bills nothing."))
        low, high = pydate(self.period_from.date()), pydate(self.period_to.date())
        if high < low:
            raise InvalidInput(self.tr("The work it bills ends before it starts."))
        due = pydate(self.due.date()) if self.has_due.isChecked() else None
        if due is not None and due < high:
            raise InvalidInput(self.tr("The due date is before the work it bills was finished."))
        return NewInvoice(client=client.name, issued_on=pydate(self.issued.date()), amount=amount.amount,
                          covers=DateRange(low, high), number=self.number.text().strip() or None, due_on=due,
                          note=self.note.text().strip() or None)

    def typed_enough(self) -> bool:
        return bool(self.amount.text().strip())

    def save(self, new: NewInvoice) -> None:
        if self.invoice is None:
            self.session.call(add_invoice, new, on_error=self.failed,
                              on_result=lambda invoice_id: self.close_saved(AddInvoice(self.session, invoice_id,
                                                                                       self._on_failure)))
        else:
            before, invoice_id = as_new(self.invoice), self.invoice.id
            self.session.call(update_invoice, invoice_id, new, on_error=self.failed,
                              on_result=lambda _: self.close_saved(EditInvoice(self.session, invoice_id, new, before,
                                                                               self._on_failure)))
