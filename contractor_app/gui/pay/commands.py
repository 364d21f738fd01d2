"""Undoable changes to payments and invoices (QUndoStack commands), the pattern of gui/undo.py for entries.

A command is pushed after its change has been made once, so its first ``redo`` does nothing. Undo and redo run
through the session's serial worker and are themselves audited changes; if one fails (the record was changed
elsewhere, the records were locked), ``on_failure`` shows the error and clears the stack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.invoices import (
    NewInvoice,
    RemovedInvoice,
    delete_invoice,
    reinstate_invoice,
    update_invoice,
)
from ...services.payments import NewPayment, RemovedPayment, delete_payment, reinstate_payment, update_payment
from ...services.vault import Vault
from ..session import Session
from ..undo import AddRecord, DeleteRecord, Failure, ServiceCommand


def tr(text: str) -> str:
    return QCoreApplication.translate("pay", text)


# --- payments ---------------------------------------------------------------------------------------------------

class EditPayment(ServiceCommand):
    def __init__(self, session: Session, payment_id: int, after: NewPayment, before: NewPayment,
                 on_failure: Failure) -> None:
        super().__init__(session, tr("Edit payment"), on_failure)
        self.payment_id, self.after, self.before = payment_id, after, before

    def apply(self) -> None:
        self._call(update_payment, self.payment_id, self.after)

    def revert(self) -> None:
        self._call(update_payment, self.payment_id, self.before)


def delete_payment_command(session: Session, removed: RemovedPayment, on_failure: Failure) -> DeleteRecord:
    """A payment just deleted: undo reinstates it."""
    return DeleteRecord(session, tr("Delete payment"), on_failure, delete=delete_payment, reinstate=reinstate_payment,
                        record_id=removed.view.id, removed=removed)


def record_payment_command(session: Session, payment_id: int, on_failure: Failure) -> AddRecord:
    """A payment just recorded: undo deletes it, redo reinstates it."""
    return AddRecord(session, tr("Record payment"), on_failure, delete=delete_payment, reinstate=reinstate_payment,
                     record_id=payment_id)


# --- invoices ---------------------------------------------------------------------------------------------------

class EditInvoice(ServiceCommand):
    def __init__(self, session: Session, invoice_id: int, after: NewInvoice, before: NewInvoice,
                 on_failure: Failure) -> None:
        super().__init__(session, tr("Edit invoice"), on_failure)
        self.invoice_id, self.after, self.before = invoice_id, after, before

    def apply(self) -> None:
        self._call(update_invoice, self.invoice_id, self.after)

    def revert(self) -> None:
        self._call(update_invoice, self.invoice_id, self.before)


class DeleteInvoice(ServiceCommand):
    def __init__(self, session: Session, removed: RemovedInvoice | None, on_failure: Failure,
                 text: str | None = None) -> None:
        super().__init__(session, text or tr("Delete invoice"), on_failure)
        self.removed = removed
        self.invoice_id = removed.view.id if removed else 0

    def apply(self) -> None:
        self._call(self._delete, self.session.profile.timezone)

    def revert(self) -> None:
        self._call(self._restore)

    def _delete(self, vault: Vault, tz: str) -> RemovedInvoice:
        self.removed = delete_invoice(vault, self.invoice_id, tz=tz)
        return self.removed

    def _restore(self, vault: Vault) -> int:
        self.invoice_id = reinstate_invoice(vault, self.removed)  # type: ignore[arg-type]  # undo runs after redo, which set removed
        return self.invoice_id


class AddInvoice(DeleteInvoice):
    def __init__(self, session: Session, invoice_id: int, on_failure: Failure) -> None:
        super().__init__(session, None, on_failure, text=tr("Add invoice"))
        self.invoice_id = invoice_id

    def apply(self) -> None:
        DeleteInvoice.revert(self)

    def revert(self) -> None:
        DeleteInvoice.apply(self)
