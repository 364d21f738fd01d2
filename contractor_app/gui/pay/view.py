"""The Pay view: am I paid what I earned, on time, and at least the minimum wage?

Balances per client for a period (earned, paid, owed, paid per hour over all hours against the minimum wage),
then the payments received, the invoices and claims with their due dates, and the late payments the assessment
found, with the deadline that applies. Everything is read off the UI thread in one go (a summary over many
entries takes seconds) and re-read when the records it shows change.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.times import DateRange
from ...services.invoices import InvoiceRow, delete_invoice
from ...services.payments import RemovedPayment, delete_payment
from .. import settings as opts
from ..dialogs import error_text
from ..fitted_table import FittedTable
from ..form_fields import date_edit
from ..palette_hook import problem_colour, show_problem
from ..session import ADJUSTMENTS, CLIENTS, ENTRIES, EXPENSES, INVOICES, PAYMENTS, PROFILE, Session
from ..settings import Settings
from ..view import View
from ..widgets import InlineMessage, fill_client_filter, heading, narrow_combo, small
from .commands import DeleteInvoice, delete_payment_command
from .costs import CostsPanel
from .data import PayData, pay_data, period_of, shown_invoices
from .explanation import ExplanationDialog
from .invoice_dialog import InvoiceDialog
from .models import BalanceModel, InvoicesModel, LateItem, LateModel, PaymentsModel, RowsModel
from .payment_dialog import PaymentDialog
from .statement_dialog import StatementDialog
from .text import pydate, qdate, range_text
from .unmatched import UnmatchedPanel

WATCHED = frozenset({ENTRIES, PAYMENTS, INVOICES, ADJUSTMENTS, CLIENTS, PROFILE, EXPENSES})
MAX_BALANCE_ROWS = 6


def table(model: RowsModel, name: str, stretch: int, view: FittedTable | None = None) -> FittedTable:
    """A list that shares its width among its columns (``stretch`` takes what is left), its texts wrapped onto at
    most three lines: at 1024x640 a fixed-width Client column was 36 px wide, its title cut."""
    view = view or FittedTable(leftover=(stretch,), most_lines=3)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    return view


# The balance table's columns and the topic of the explanation each figure opens at.
COLUMN_TOPICS = ("hours", "hours", "earned", "paid", "paid", "paid", "minimum wage", "minimum wage")


class PayView(View):
    def __init__(self, session: Session, undo: QUndoStack, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, undo, parent)
        self.setObjectName("payView")
        self.settings = settings
        self.data: PayData | None = None
        self._asked: tuple[DateRange, str | None] | None = None
        self._build_filters()
        self.balances = BalanceModel(self)
        self.payments = PaymentsModel(self)
        self.invoices = InvoicesModel(self)
        self.late = LateModel(self)
        self.balance_table = FittedTable(MAX_BALANCE_ROWS)
        table(self.balances, self.tr("Balance per client"), 0, self.balance_table)
        self.balance_table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        self.balance_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.payment_table = table(self.payments, self.tr("Payments received"), 1)
        self.invoice_table = table(self.invoices, self.tr("Invoices and claims"), 1)
        self.late_table = table(self.late, self.tr("Late payments"), 0)
        self.warning = QLabel()
        self.warning.setObjectName("payWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.message = InlineMessage()

        self.record_button = QPushButton(self.tr("Record payment…"))
        self.edit_payment_button = QPushButton(self.tr("Edit…"))
        self.edit_payment_button.setAccessibleName(self.tr("Edit the selected payment"))
        self.delete_payment_button = QPushButton(self.tr("Delete"))
        self.delete_payment_button.setAccessibleName(self.tr("Delete the selected payment"))
        self.add_invoice_button = QPushButton(self.tr("Add invoice…"))
        self.edit_invoice_button = QPushButton(self.tr("Edit…"))
        self.edit_invoice_button.setAccessibleName(self.tr("Edit the selected invoice"))
        self.delete_invoice_button = QPushButton(self.tr("Delete"))
        self.delete_invoice_button.setAccessibleName(self.tr("Delete the selected invoice"))
        self.import_statement_button = QPushButton(self.tr("Import statement…"))
        self.import_statement_button.clicked.connect(lambda: self.import_statement())
        self.unmatched = UnmatchedPanel(session, undo, self._undo_failed, self._unmatched_count)
        self.record_button.clicked.connect(lambda: self.record_payment())
        self.edit_payment_button.clicked.connect(lambda: self.edit_payment())
        self.delete_payment_button.clicked.connect(self.delete_payment)
        self.add_invoice_button.clicked.connect(lambda: self.add_invoice())
        self.edit_invoice_button.clicked.connect(lambda: self.edit_invoice())
        self.delete_invoice_button.clicked.connect(self.delete_invoice)
        self.payment_table.doubleClicked.connect(lambda _: self.edit_payment())
        self.invoice_table.doubleClicked.connect(lambda _: self.edit_invoice())
        self.payments_empty = small(self.tr("No payments received in this period. When money arrives, record it "
                                            "here: gross amount, fees, and the work it pays for."))
        self.invoices_empty = small(self.tr("No invoices or claims. Add the invoices you send (or what a platform "
                                            "owes you for a period) to see when each is due and what is late."))
        self.late_empty = small(self.tr("No late payments in this period."))

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Payments, invoices and late payments"))
        self.tabs.addTab(self._page(self.payment_table, self.payments_empty, self.record_button,
                                    self.edit_payment_button, self.delete_payment_button,
                                    self.import_statement_button), "")
        self.tabs.addTab(self._page(self.invoice_table, self.invoices_empty, self.add_invoice_button,
                                    self.edit_invoice_button, self.delete_invoice_button), "")
        self.tabs.addTab(self._page(self.late_table, self.late_empty), "")
        self.tabs.addTab(self.unmatched, self.tr("To match (0)"))
        self.costs = CostsPanel(session, undo, self._undo_failed)
        self.tabs.addTab(self.costs, self.tr("Costs"))

        self.balance_title = QLabel()
        self.balance_title.setTextFormat(Qt.TextFormat.RichText)
        self.balance_title.setWordWrap(True)  # at 200% text the title and the link beside it fill the width
        # Beside the figures: how each was worked out (a figure's cell, activated, opens it at its own topic).
        self.explain_link = QLabel('<a href="#explain">' + self.tr("How was this worked out?") + "</a>")
        self.explain_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.explain_link.setAccessibleName(self.tr("How was this worked out? For the selected client"))
        self.explain_link.setToolTip(self.tr("The rule, its source, the inputs and the arithmetic behind each "
                                             "figure of the selected client, week by week. Or activate a figure."))
        self.explain_link.linkActivated.connect(lambda _: self.explain())
        self.balance_table.activated.connect(lambda index: self.explain(index.row(), index.column()))
        self.explanation: ExplanationDialog | None = None
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.balance_title, 1)
        title_row.addWidget(self.explain_link)
        body.addLayout(title_row)
        self.no_work = small("")  # why the balances are all zero: no work in the period
        self.no_work.hide()
        body.addWidget(self.no_work)
        body.addWidget(self.balance_table)
        body.addWidget(small(self.tr("Paid per hour counts every hour you worked, unpaid time included. The minimum "
                                     "wage is judged on what your agreed terms pay, week by week: money not yet "
                                     "received is owed, not underpaid. Minimum wage figures are an estimate — not "
                                     "legal advice.")))
        body.addWidget(self.warning)
        body.addWidget(self.tabs, 1)
        self.no_clients = QWidget()
        empty = QVBoxLayout(self.no_clients)
        empty.addStretch(1)
        hint = QLabel(self.tr("No clients yet. Add the platform or company that pays you; then record what it "
                              "pays and what you bill it here."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_client_button = QPushButton(self.tr("Add a client"))
        self.add_client_button.clicked.connect(lambda: self.navigate.emit("clients"))
        hint.setFixedWidth(560)  # a short paragraph, not one line across the window
        hint.setMinimumHeight(hint.heightForWidth(560))  # a wrapped label in a stacked page needs telling
        empty.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
        empty.addWidget(self.add_client_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty.addStretch(2)
        self.body = QStackedWidget()
        self.body.addWidget(content)
        self.body.addWidget(self.no_clients)

        column = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Pay")))
        top.addStretch(1)
        top.addWidget(self.status)
        top.addLayout(self.filters)
        column.addLayout(top)
        column.addWidget(self.body, 1)
        column.addWidget(self.message)
        for view in (self.payment_table, self.invoice_table):
            view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()
        self._update_tabs()
        session.changed.connect(self._on_changed)
        session.locked.connect(self.clear)
        self.refresh()

    # --- building ---------------------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for label, key in ((self.tr("This month"), "this_month"), (self.tr("Last month"), "last_month"),
                           (self.tr("This year"), "this_year"), (self.tr("All time"), "all"),
                           (self.tr("Custom…"), "custom")):
            self.period.addItem(label, key)
        # It opened on "This month", an empty table while the Dashboard said money was owed: all time shows what is
        # owed, and a choice is kept for the next time.
        chosen = self.settings.get(opts.PAY_PERIOD) if self.settings is not None else opts.PAY_PERIOD.default
        index = self.period.findData(chosen)
        self.period.setCurrentIndex(index if index >= 0 else self.period.findData("all"))
        today = self._today()
        self.date_from = date_edit(self.tr("From"), qdate(today.replace(day=1)))
        self.date_to = date_edit(self.tr("To"), qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.hide()
            edit.dateChanged.connect(self.refresh)
        self.client = narrow_combo(QComboBox(), 20)
        self.client.setAccessibleName(self.tr("Client filter"))
        self.client.addItem(self.tr("All clients"), None)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.client.currentIndexChanged.connect(self.refresh)
        self.status = QLabel()
        self.status.setObjectName("payStatus")
        self.filters = QHBoxLayout()
        for widget in (self.period, self.date_from, self.date_to, self.client):
            self.filters.addWidget(widget)

    def _page(self, view: QTableView, empty: QLabel, *buttons: QPushButton) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        if buttons:
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
        column.addWidget(view, 1)
        column.addWidget(empty)
        return page

    # --- reading ----------------------------------------------------------------------------------------------

    def _today(self) -> Any:
        return datetime.now(UTC).astimezone(self.session.profile.zone).date()

    def _period_changed(self) -> None:
        if self.settings is not None:
            self.settings.set(opts.PAY_PERIOD, self.period.currentData())
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.refresh()

    def selected_period(self) -> DateRange:
        if self.period.currentData() == "custom":
            low, high = pydate(self.date_from.date()), pydate(self.date_to.date())
            return DateRange(min(low, high), max(low, high))
        return period_of(self.period.currentData(), self._today())

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & WATCHED:
            self.refresh()

    def refresh(self) -> None:
        if not self.session.is_open:
            return
        asked = (self.selected_period(), self.client.currentData())
        self._asked = asked
        self.status.setText(self.tr("Updating…"))
        self.session.fetch(pay_data, period=asked[0], client=asked[1], tz=self.session.profile.timezone,
                           on_result=lambda data: self._show(asked, data), on_error=lambda e: self._failed(asked, e))

    def _failed(self, asked: tuple[DateRange, str | None], error: BaseException) -> None:
        if asked == self._asked:
            self.status.clear()
            self.message.problem(error_text(error))

    def _show(self, asked: tuple[DateRange, str | None], data: PayData) -> None:
        if asked != self._asked:
            return  # a newer read is on its way
        self.data = data
        self.status.clear()
        self.message.clear()
        self._fill_clients([c.name for c in data.clients])
        self.body.setCurrentWidget(self.no_clients if not data.clients else self.body.widget(0))  # type: ignore[arg-type]  # page 0 is the list
        self.balances.set_clients(data.summary.clients, data.summary)
        shown = data.summary.clients[0].period if data.summary.clients else data.period
        self.balance_title.setText("<b>" + self.tr("Balance per client") + "</b>   " + range_text(shown.start,
                                                                                                shown.end))
        self.balance_table.fit()
        self._say_why_empty(data)
        self.payments.set_payments(data.payments)
        self.invoices.set_invoices(shown_invoices(data.invoices, data.period, data.client))
        late = [LateItem(pay.client.name, item) for pay in data.summary.clients for item in pay.late_payments]
        self.late.set_items(late)
        self._update_tabs()
        self._selection_changed()
        overdue = [i for i in data.invoices if i.status == "overdue"]
        self.attention.emit(self.tr("! %1 overdue").replace("%1", str(len(overdue))) if overdue else "")
        self._show_warning(overdue, late)
        self.unmatched.set_clients([c.name for c in data.clients])
        self.unmatched.refresh()
        self.costs.show_for(data.period, data.client, data.clients)

    def _fill_clients(self, names: list[str]) -> None:
        fill_client_filter(self.client, names, self.tr("All clients"))

    def _say_why_empty(self, data: PayData) -> None:
        """An empty table says why (the Pay view once showed an empty table and no message while money was owed):
        no work in the period, or no payment in it though there are others, or none at all yet."""
        period = data.period
        span = range_text(period.start, period.end)
        worked = any(pay.worked_seconds for pay in data.summary.clients)
        self.no_work.setVisible(bool(data.clients) and not worked)
        if period == DateRange():
            self.no_work.setText(self.tr("No work recorded yet. Start the timer, or add an entry for work you "
                                         "already did (Ctrl+N)."))
        else:
            self.no_work.setText(self.tr("No work in this period (%1). Choose \"All time\" to see every balance.")
                                 .replace("%1", span))
        if not data.payments_elsewhere:
            self.payments_empty.setText(self.tr(
                "No payments recorded yet. When money arrives, record it here (Ctrl+Shift+P): gross amount, fees, "
                "and the work it pays for."))
        else:
            self.payments_empty.setText(self.tr(
                "No payments recorded in this period (%1). Payments outside it: %2. Choose \"All time\" to see "
                "them.").replace("%1", span).replace("%2", str(data.payments_elsewhere)))

    def _show_warning(self, overdue: list[InvoiceRow], late: list[LateItem]) -> None:
        paid_late = sum(1 for item in late if item.late.paid_on is not None)
        parts = []
        if overdue:
            parts.append(self.tr("Overdue invoices: %1").replace("%1", str(len(overdue))))
        if paid_late:
            parts.append(self.tr("payments that came late in this period: %1").replace("%1", str(paid_late)))
        if not parts:
            self.warning.hide()
            return
        self.warning.setText("\u26a0 " + "; ".join(parts) + ". " + self.tr(
            "See Invoices and Late payments for the deadline that applies (estimate — not legal advice)."))
        show_problem(self.warning, True)
        self.warning.show()

    def _update_tabs(self) -> None:
        overdue = sum(1 for i in self.invoices.invoices if i.status == "overdue")
        self.tabs.setTabText(0, self.tr("Payments received (%1)").replace("%1", str(self.payments.rowCount())))
        invoices = self.tr("Invoices and claims (%1)").replace("%1", str(self.invoices.rowCount()))
        if overdue:
            invoices += "  \u26a0 " + self.tr("%1 overdue").replace("%1", str(overdue))
        self.tabs.setTabText(1, invoices)
        late = self.late.rowCount()
        self.tabs.setTabText(2, self.tr("Late payments (%1)").replace("%1", str(late))
                             + ("  \u26a0" if late else ""))
        for view, empty, model in ((self.payment_table, self.payments_empty, self.payments),
                                   (self.invoice_table, self.invoices_empty, self.invoices),
                                   (self.late_table, self.late_empty, self.late)):
            view.setVisible(bool(model.rowCount()))
            empty.setVisible(not model.rowCount())

    # --- palette ----------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            for model in (self.balances, self.payments, self.invoices, self.late):
                model.set_problem_colour(problem_colour(self))
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        for model in (self.balances, self.payments, self.invoices, self.late):
            model.set_problem_colour(problem_colour(self))
        super().showEvent(event)

    # --- actions ----------------------------------------------------------------------------------------------

    def _selected(self, view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return rows[0].row() if rows else None

    def _selection_changed(self, *_: Any) -> None:
        payment = self._selected(self.payment_table) is not None
        invoice = self._selected(self.invoice_table) is not None
        self.edit_payment_button.setEnabled(payment)
        self.delete_payment_button.setEnabled(payment)
        self.edit_invoice_button.setEnabled(invoice)
        self.delete_invoice_button.setEnabled(invoice)

    def _clients(self) -> list[Any]:
        return list(self.data.clients) if self.data else []

    def record_payment(self) -> PaymentDialog:
        dialog = PaymentDialog(self.session, self.undo, self._clients(), self.data.invoices if self.data else (),
                               self._undo_failed, client=self.client.currentData(), parent=self)
        dialog.open()
        return dialog

    def edit_payment(self, row: int | None = None) -> PaymentDialog | None:
        row = self._selected(self.payment_table) if row is None else row
        payment = self.payments.payment(row) if row is not None else None
        if payment is None:
            return None
        dialog = PaymentDialog(self.session, self.undo, self._clients(), self.data.invoices if self.data else (),
                               self._undo_failed, payment=payment, parent=self)
        dialog.open()
        return dialog

    def delete_payment(self) -> None:
        row = self._selected(self.payment_table)
        payment = self.payments.payment(row) if row is not None else None
        if payment is None:
            return

        def deleted(removed: RemovedPayment) -> None:
            self.undo.push(delete_payment_command(self.session, removed, self._undo_failed))
            self.message.hint(self.tr("Payment deleted. Undo with Ctrl+Z."))

        self.session.call(delete_payment, payment.id, on_result=deleted,
                          on_error=lambda error: self.message.problem(error_text(error)))

    def import_statement(self) -> StatementDialog:
        dialog = StatementDialog(self.session, self._clients(), parent=self)
        dialog.accepted.connect(lambda: self.message.hint(self.tr(
            "Statement imported. Payments with no client wait under To match.")))
        dialog.open()
        return dialog

    def _unmatched_count(self, count: int) -> None:
        self.tabs.setTabText(3, self.tr("To match (%1)").replace("%1", str(count)))

    def add_invoice(self) -> InvoiceDialog:
        dialog = InvoiceDialog(self.session, self.undo, self._clients(), self._undo_failed,
                               client=self.client.currentData(), parent=self)
        dialog.open()
        return dialog

    def edit_invoice(self, row: int | None = None) -> InvoiceDialog | None:
        row = self._selected(self.invoice_table) if row is None else row
        invoice = self.invoices.invoice(row) if row is not None else None
        if invoice is None:
            return None
        dialog = InvoiceDialog(self.session, self.undo, self._clients(), self._undo_failed, invoice=invoice,
                               parent=self)
        dialog.open()
        return dialog

    def delete_invoice(self) -> None:
        row = self._selected(self.invoice_table)
        invoice = self.invoices.invoice(row) if row is not None else None
        if invoice is None:
            return

        def deleted(removed: Any) -> None:
            self.undo.push(DeleteInvoice(self.session, removed, self._undo_failed))
            self.message.hint(self.tr("Invoice deleted. Undo with Ctrl+Z."))

        self.session.call(delete_invoice, invoice.id, tz=self.session.profile.timezone,
                          on_result=deleted, on_error=lambda error: self.message.problem(error_text(error)))

    def explain(self, row: int | None = None, column: int = 0) -> ExplanationDialog | None:
        """Open "How was this worked out?" for the client of ``row`` (default: the selected one, else the first),
        at the topic of the figure in ``column``."""
        clients = self.data.summary.clients if self.data else ()
        if not clients:
            return None
        if row is None:
            row = self._selected(self.balance_table)
        name = self.balances.key_at(row) if row is not None else None
        pay = next((c for c in clients if c.client.name == name), clients[0] if name is None else None)
        if pay is None:
            return None  # a currency's total row: open a client's figures instead
        if self.explanation is not None:
            self.explanation.close()
        self.explanation = ExplanationDialog(pay, self)
        self.explanation.show()
        self.explanation.show_topic(COLUMN_TOPICS[column] if 0 <= column < len(COLUMN_TOPICS) else "hours")
        return self.explanation

    def _undo_failed(self, error: BaseException) -> None:
        self.undo.clear()
        self.failed.emit(error)

    def clear(self) -> None:
        if self.explanation is not None:  # locking hides every figure
            self.explanation.close()
            self.explanation = None
        self.data = None
        self._asked = None
        self.payments.set_payments(())
        self.invoices.set_invoices(())
        self.balances.set_clients(())
        self.late.set_items(())
        self.costs.clear()
        self.status.clear()
        self.attention.emit("")
