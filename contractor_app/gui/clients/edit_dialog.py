""""Edit details…": who the client is (legal name, address, contact), the worker's id with them, and the terms of
the relationship that the pay rules depend on (classification, jurisdiction, workweek, days to pay).

Checked as typed; on save the service checks again and a refusal shows inline with nothing changed. A saved edit
can be undone (Ctrl+Z).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ...domain.jurisdiction import check_jurisdiction
from ...errors import InvalidInput
from ...services.clients.details import ClientChanges, ClientDetails, update_client
from ..client_form import app_based_box
from ..form_dialog import FormDialog
from ..session import Session
from ..undo import Failure
from ..widgets import small
from .commands import EditClient
from .text import classification_text, classification_why, weekday

NOT_AGREED = -1  # the payment-terms spin box's special value


class ClientEditDialog(FormDialog):
    def __init__(self, session: Session, client: ClientDetails, undo: QUndoStack, on_failure: Failure,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.client, self.undo, self._on_failure = session, client, undo, on_failure
        self.setWindowTitle(self.tr("Edit client details"))
        self.name = self._line(client.name, self.tr("Client name"), self.tr("The name you use for them"))
        self.legal_name = self._line(client.legal_name, self.tr("Legal name"),
                                     self.tr("As on the contract or invoices, e.g. Acme Labeling Inc."))
        self.address = QPlainTextEdit(client.address or "")
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setPlaceholderText(self.tr("Their postal address, for letters and claims"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.contact = self._line(client.contact, self.tr("Contact"),
                                  self.tr("A person, email or support page, e.g. support@acme.example"))
        self.worker_ref = self._line(client.worker_ref, self.tr("Your id on the platform"),
                                     self.tr("Your worker id or username with them, e.g. AL-20417"))
        self.classification = QComboBox()
        self.classification.setAccessibleName(self.tr("Classification"))
        for value in ("contractor", "employee"):
            self.classification.addItem(classification_text(value), value)
        self.classification.setCurrentIndex(max(self.classification.findData(client.classification), 0))
        self.jurisdiction = self._line(client.jurisdiction, self.tr("Jurisdiction"),
                                       self.tr("Where you do the work, e.g. US-CA, GB, US-NY-NYC"))
        self.workweek = QComboBox()
        self.workweek.setAccessibleName(self.tr("Workweek starts on"))
        for number in range(7):
            self.workweek.addItem(weekday(number), number)
        self.workweek.setCurrentIndex(client.workweek_start)
        self.payment_days = QSpinBox()
        self.payment_days.setAccessibleName(self.tr("Days the client has to pay"))
        self.payment_days.setRange(NOT_AGREED, 365)
        self.payment_days.setSpecialValueText(self.tr("not agreed"))
        self.payment_days.setSuffix(self.tr(" days"))
        self.payment_days.setValue(NOT_AGREED if client.payment_terms_days is None else client.payment_terms_days)
        self.note = self._line(client.note, self.tr("Note about the client"), "")
        self.app_based = app_based_box()
        self.app_based.setChecked(client.app_based)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Legal name"), self.legal_name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("C&ontact"), self.contact)
        form.addRow(self.tr("Your &id on the platform"), self.worker_ref)
        form.addRow(self.tr("C&lassification"), self.classification)
        form.addRow("", small(classification_why()))
        form.addRow(self.tr("&Jurisdiction"), self.jurisdiction)
        form.addRow(self.tr("&Workweek starts"), self.workweek)
        form.addRow(self.tr("&Pays within"), self.payment_days)
        form.addRow("", self.app_based)
        form.addRow(self.tr("No&te"), self.note)
        self.add_save_button(self.tr("Save"))
        self.lay_out(form, 620)
        for field in (self.name, self.jurisdiction):
            field.textChanged.connect(self.check)
        self.check()

    def _line(self, text: str | None, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(text or "")
        field.setAccessibleName(name)
        field.setPlaceholderText(placeholder)
        return field

    def value(self) -> ClientChanges:
        """The details as typed; raises InvalidInput with a plain message."""
        if not self.name.text().strip():
            raise InvalidInput(self.tr("A client needs a name."))
        jurisdiction = self.jurisdiction.text().strip()
        days = self.payment_days.value()
        return ClientChanges(
            name=self.name.text(), legal_name=self.legal_name.text(), address=self.address.toPlainText(),
            contact=self.contact.text(), worker_ref=self.worker_ref.text(),
            classification=self.classification.currentData(),
            jurisdiction=check_jurisdiction(jurisdiction) if jurisdiction else None,
            payment_terms_days=None if days == NOT_AGREED else days, workweek_start=self.workweek.currentData(),
            note=self.note.text(), app_based=self.app_based.isChecked())

    def ready(self) -> bool:
        return self.value_checks()

    def save(self, changes: ClientChanges) -> None:
        before, client_id = self.client.changes(), self.client.id
        self.session.call(update_client, client_id, changes, on_error=self.failed, on_result=lambda _: self.close_saved(
            EditClient(self.session, client_id, changes, before, self._on_failure)))
