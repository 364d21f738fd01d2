"""The Pay view's "Costs" tab: the expenses the work cost (equipment, internet, software, fees paid apart) for the
period and client shown, "Add expense" (a form) and "Delete", both undoable with Ctrl+Z. Costs are taken off the
real hourly rate for the net rate in the balances above (services/summary.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.money import Money, parse_amount
from ...domain.times import DateRange
from ...errors import InvalidInput
from ...services.clients.directory import ClientInfo
from ...services.evidence import list_evidence
from ...services.expenses import (
    KINDS,
    ExpenseRow,
    NewExpense,
    add_expense,
    as_new,
    delete_expense,
    list_expenses,
    reinstate_expense,
    update_expense,
)
from .. import formatting as fmt
from ..dialogs import error_text
from ..fitted_table import FittedTable
from ..form_dialog import FormDialog
from ..form_fields import add_labelled_row, client_picker, date_edit, side_by_side
from ..session import Session
from ..undo import AddRecord, DeleteRecord, Failure, ServiceCommand
from ..widgets import InlineMessage, button_row, heading, narrow_combo, read_only_table, small
from .distance import TripsPanel
from .models import Cell, Column, Row, RowsModel
from .text import day_text, pydate, qdate


def tr(text: str) -> str:
    return QCoreApplication.translate("pay", text)


def kind_text(kind: str) -> str:
    """A category as the worker reads it (stored in English, shown translated)."""
    return {"equipment": tr("Equipment"), "internet": tr("Internet"), "software": tr("Software"),
            "platform fee": tr("Platform fee"), "transfer fee": tr("Transfer fee"), "other": tr("Other")}[kind]


class ExpensesModel(RowsModel):
    def _columns(self) -> tuple[Column, ...]:
        return (Column(tr("Date")), Column(tr("Client")), Column(tr("Category")), Column(tr("Amount"), True),
                Column(tr("Receipt")), Column(tr("Note")))

    def set_expenses(self, expenses: Sequence[ExpenseRow]) -> None:
        self._set([Row(key=e.id, cells=(
            Cell(day_text(e.on)), Cell(e.client, e.client), Cell(kind_text(e.kind)), Cell(fmt.money(e.amount)),
            Cell(tr("Evidence #%1").replace("%1", str(e.receipt_evidence_id)) if e.receipt_evidence_id else ""),
            Cell(e.note or "", e.note or ""))) for e in expenses])


class EditExpense(ServiceCommand):
    """An expense changed through its form: undo puts the values it had back."""

    def __init__(self, session: Session, expense_id: int, after: NewExpense, before: NewExpense,
                 on_failure: Failure) -> None:
        super().__init__(session, tr("Edit expense"), on_failure)
        self.expense_id, self.after, self.before = expense_id, after, before

    def apply(self) -> None:
        self._call(update_expense, self.expense_id, self.after)

    def revert(self) -> None:
        self._call(update_expense, self.expense_id, self.before)


class ExpenseDialog(FormDialog):
    """"Add expense" or, given ``editing``, "Edit expense": client, date, amount in a currency, category, note, and
    the receipt: one of the files kept in Evidence, or none."""

    def __init__(self, session: Session, undo: QUndoStack, clients: Sequence[ClientInfo],
                 on_failure: Callable[[BaseException], None], client: str | None = None,
                 parent: QWidget | None = None, editing: ExpenseRow | None = None) -> None:
        super().__init__(parent)
        self.session, self.undo, self._on_failure = session, undo, on_failure
        self.editing = editing
        self._clients = {c.name: c for c in clients}
        self.setWindowTitle(self.tr("Edit expense") if editing else self.tr("Add expense"))
        today = datetime.now(UTC).astimezone(session.profile.zone).date()
        self.client = client_picker(self.tr("Client"), self._clients, client)
        self.day = date_edit(self.tr("Date paid"), qdate(today))
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount paid"))
        self.amount.setPlaceholderText(self.tr("e.g. 45.00"))
        self.currency = QLineEdit()
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(60)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Category"))
        for kind in KINDS:
            self.kind.addItem(kind_text(kind), kind)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("optional, e.g. new headset"))
        self.receipt = narrow_combo(QComboBox(), 32)
        self.receipt.setAccessibleName(self.tr("Receipt"))
        self.receipt.addItem(self.tr("No receipt"), None)
        for evidence in session.read(list_evidence):
            self.receipt.addItem(f"#{evidence.id} {evidence.name}", evidence.id)

        form = QFormLayout()
        form.addRow(self.tr("C&lient"), self.client)
        form.addRow(self.tr("&Date"), self.day)
        add_labelled_row(form, self.tr("&Amount"), self.amount, side_by_side(self.amount, self.currency,
                                                                             grow=self.amount))
        form.addRow(self.tr("Ca&tegory"), self.kind)
        form.addRow(self.tr("N&ote"), self.note)
        form.addRow(self.tr("&Receipt"), self.receipt)
        form.addRow("", small(self.tr("Add the receipt's file in Evidence first; then choose it here.")))
        self.add_save_button(self.tr("Save") if editing else self.tr("Add expense"))
        self.lay_out(form, 460)

        self.client.currentIndexChanged.connect(self._client_changed)
        for field in (self.amount, self.currency, self.note):
            field.textChanged.connect(self.check)
        self._client_changed()
        if editing is not None:
            self._fill(editing)

    def _fill(self, view: ExpenseRow) -> None:
        self.client.setCurrentIndex(max(self.client.findData(view.client), 0))
        self.day.setDate(qdate(view.on))
        self.amount.setText(str(view.amount.amount))
        self.currency.setText(view.amount.currency)
        self.kind.setCurrentIndex(max(self.kind.findData(view.kind), 0))
        self.note.setText(view.note or "")
        self.receipt.setCurrentIndex(max(self.receipt.findData(view.receipt_evidence_id), 0))

    def _client_changed(self) -> None:
        client = self._clients.get(self.client.currentData())
        if client is not None:
            self.currency.setText(client.currency)
        self.check()

    def value(self) -> NewExpense:
        client = self._clients.get(self.client.currentData())
        if client is None:
            raise InvalidInput(self.tr("Add a client first: an expense is for the work of a client."))
        if not self.amount.text().strip():
            raise InvalidInput(self.tr("Enter the amount you paid."))
        amount = parse_amount(self.amount.text(), self.currency.text().strip().upper() or client.currency)
        if amount.amount == Decimal(0):
            raise InvalidInput(self.tr("An expense of zero costs nothing."))
        return NewExpense(client=client.name, on=pydate(self.day.date()), amount=Money(amount.amount,
                                                                                          amount.currency),
                          kind=self.kind.currentData(), note=self.note.text().strip() or None,
                          receipt_evidence_id=self.receipt.currentData())

    def typed_enough(self) -> bool:
        return bool(self.amount.text().strip())

    def save(self, new: NewExpense) -> None:
        if self.editing is None:
            self.session.call(add_expense, new, on_error=self.failed, on_result=lambda view: self.close_saved(
                AddRecord(self.session, tr("Add expense"), self._on_failure, delete=delete_expense,
                          reinstate=reinstate_expense, record_id=view.id)))
        else:
            before, expense_id = as_new(self.editing), self.editing.id
            self.session.call(update_expense, expense_id, new, on_error=self.failed,
                              on_result=lambda _: self.close_saved(EditExpense(self.session, expense_id, new,
                                                                               before, self._on_failure)))


class CostsPanel(QWidget):
    """The expenses of the period and client the Pay view shows, with Add and Delete."""

    def __init__(self, session: Session, undo: QUndoStack, on_failure: Failure,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.undo, self._on_failure = session, undo, on_failure
        self.clients: tuple[ClientInfo, ...] = ()
        self.client: str | None = None
        self.expenses: dict[int, ExpenseRow] = {}
        self.model = ExpensesModel(self)
        note = self.model.columnCount() - 1  # free text: it takes the room left, and may be cut to fit
        self.table = read_only_table(FittedTable(leftover=(note,), free=(note,), most_lines=3), self.tr("Expenses"),
                                     self.model)
        self.add_button = QPushButton(self.tr("Add expense…"))
        self.edit_button = QPushButton(self.tr("Edit expense…"))
        self.delete_button = QPushButton(self.tr("Delete expense"))
        self.empty = small(self.tr("No expenses in this period. Record what the work costs you (equipment, "
                                   "internet, software, fees taken apart) to see your pay net of costs."))
        self.empty.setWordWrap(True)
        self.message = InlineMessage()
        column = QVBoxLayout(self)
        column.addLayout(button_row(self.add_button, self.edit_button, self.delete_button))
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        column.addWidget(self.message)
        self.trips = TripsPanel(session, undo, on_failure)
        column.addWidget(heading(self.tr("Distance driven")))
        column.addWidget(self.trips, 1)
        self.add_button.clicked.connect(lambda: self.add_expense())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.table.doubleClicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def show_for(self, period: DateRange, client: str | None, clients: Sequence[ClientInfo]) -> None:
        self.clients, self.client = tuple(clients), client
        self.add_button.setEnabled(bool(clients))
        self.trips.show_for(period, client, clients)
        if self.session.is_open:
            self.session.fetch(list_expenses, period=period, client=client, on_result=self._show,
                               on_error=lambda error: self.message.problem(error_text(error)))

    def _show(self, expenses: Sequence[ExpenseRow]) -> None:
        self.message.clear()
        self.expenses = {view.id: view for view in expenses}
        self.model.set_expenses(expenses)
        self.table.setVisible(bool(expenses))
        self.empty.setVisible(not expenses)
        self._selection_changed()

    def clear(self) -> None:
        self.model.set_expenses(())
        self.trips.clear()

    def _selection_changed(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.delete_button.setEnabled(selected)
        self.edit_button.setEnabled(selected)

    def add_expense(self) -> ExpenseDialog:
        dialog = ExpenseDialog(self.session, self.undo, self.clients, self._on_failure, self.client, self)
        dialog.open()
        return dialog

    def edit_selected(self) -> ExpenseDialog | None:
        rows = self.table.selectionModel().selectedRows()
        view = self.expenses.get(self.model.key_at(rows[0].row())) if rows else None
        if view is None:
            return None
        dialog = ExpenseDialog(self.session, self.undo, self.clients, self._on_failure, view.client, self, view)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        expense_id = self.model.key_at(rows[0].row())
        self.session.call(delete_expense, expense_id,
                          on_result=lambda removed: self.undo.push(DeleteRecord(
                              self.session, tr("Delete expense"), self._on_failure, delete=delete_expense,
                              reinstate=reinstate_expense, record_id=removed.view.id, removed=removed)),
                          on_error=lambda error: self.message.problem(error_text(error)))
