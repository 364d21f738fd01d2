"""The Pay view's tables: balances per client, payments received, invoices and claims, late payments.

Read-only models on the table-model base (gui/table_model.py) over the services' plain dataclasses: each row is
computed once into cells of display text, so painting never calls a service. Problems (below minimum wage, overdue,
late) carry words and a warning sign as well as the red the view paints them with (``PROBLEM_ROLE`` tells it which
cells).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ...domain.assessment import ClientPay, LatePayment
from ...domain.explain import rate_places
from ...domain.money import Money
from ...services.invoices import InvoiceRow
from ...services.payments import PaymentDetails
from ...services.summary import Summary
from .. import formatting as fmt
from .. import table_model
from .explain_text import cited
from .text import below_minimum, day_text, due_basis_text, estimate, method_label, range_text, status_text, tr

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    tooltip: str = ""
    problem: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]
    key: Any = None  # the record's id
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    numeric: bool = False
    tooltip: str = ""


def _cell(number: int, title: Column) -> table_model.Column[Row]:
    """A base column over cell ``number`` of each row: its text, tooltip and problem flag."""
    return table_model.Column(
        str(number), title.title, lambda row: row.cells[number].text,
        tooltip=lambda row: row.cells[number].tooltip or None, align=table_model.RIGHT if title.numeric else None,
        header_tooltip=title.tooltip or None, problem=lambda row: row.cells[number].problem)


class RowsModel(table_model.TableModel[Row]):
    """Rows of ready-made cells; subclasses turn their records into rows."""

    def __init__(self, parent: Any = None) -> None:
        # Translated when the model is built, after the app's translator is in.
        super().__init__([_cell(number, column) for number, column in enumerate(self._columns())], parent)

    def _columns(self) -> tuple[Column, ...]:
        raise NotImplementedError

    def _set(self, rows: Sequence[Row]) -> None:
        self.set_rows(rows)

    def extra(self, row: Row, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return row.key
        if role == PROBLEM_ROLE:
            return row.cells[int(key)].problem
        return None

    def key_at(self, row: int) -> Any:
        found = self.row_at(row)
        return found.key if found is not None else None


def _money(value: Money | None) -> str:
    return fmt.money(value) if value is not None else ""


# --- balances ---------------------------------------------------------------------------------------------------

class BalanceModel(RowsModel):
    """Per client: hours, earned, paid, owed, and paid per hour over ALL hours against the minimum wage; then one
    total row per currency (amounts are never converted)."""

    _summary: Summary | None = None

    def _columns(self) -> tuple[Column, ...]:
        return (
            Column(tr("Client")), Column(tr("Hours"), True, tr("Every hour worked, unpaid categories included")),
            Column(tr("Earned"), True, tr("What the work earned under your terms, with bonuses and adjustments")),
            Column(tr("Paid"), True, tr("Payments counted in this period: by the period they cover, else by the "
                                         "day they arrived")),
            Column(tr("Owed"), True, tr("Earned minus paid")),
            Column(tr("Paid per hour"), True, tr("Paid divided by ALL hours worked, unpaid time included")),
            Column(tr("Minimum wage"), True), Column(tr("Check")),
            Column(tr("Net per hour"), True, tr("Paid less what the work cost you (fees, expenses, distance), "
                                                "divided by ALL hours worked")),
        )

    def set_clients(self, clients: Sequence[ClientPay], summary: Summary | None = None) -> None:
        """``summary`` (the one ``clients`` come from) gives each client's costs for the net rate."""
        self._summary = summary
        rows = [self._row(pay) for pay in clients]
        totals: dict[str, list[Any]] = {}
        for pay in clients:
            code = pay.client.currency
            zero = Money(Decimal(0), code)
            seconds, earned, paid = totals.get(code, [0, zero, zero])
            totals[code] = [seconds + pay.worked_seconds, earned + pay.earned, paid + pay.paid]
        if len(clients) > 1:
            for code, (seconds, earned, paid) in sorted(totals.items()):
                rows.append(Row(cells=(
                    Cell(tr("All clients (%1)").replace("%1", code)), Cell(fmt.hours(seconds)),
                    Cell(fmt.money(earned)), Cell(fmt.money(paid)), Cell(fmt.money(earned - paid)),
                    Cell(""), Cell(""), Cell(""), Cell("")), bold=True))
        self._set(rows)

    def _row(self, pay: ClientPay) -> Row:
        rate = pay.effective_hourly_rate
        check = pay.minimum_wage
        entries = tr("%n entries", None, pay.entries)
        if check is None and pay.rate_needed is not None:
            wage = Cell("")
            verdict = Cell(tr("Exchange rate needed"), tr(
                "The minimum wage here is in %1 and this client pays in %2: to compare them, %3.").replace(
                "%1", pay.rate_needed.target).replace("%2", pay.rate_needed.base).replace("%3", pay.rate_needed.how()))
        elif check is None:
            wage = Cell("")
            verdict = Cell(tr("No minimum wage known") if pay.worked_seconds else "", tr(
                "No minimum wage is known for this client's place in its currency. Set the client's jurisdiction "
                "in Clients."))
        else:
            wage_text = tr("%1/h").replace("%1", fmt.money(Money(check.wage.amount, check.wage.currency)))
            wage_tip = tr("%1, from %2. Source: %3").replace("%1", check.wage.jurisdiction).replace(
                "%2", day_text(check.wage.effective_from)).replace("%3", cited(check.wage))
            if check.rate is not None and check.hourly is not None:  # converted at a rate from the worker's records
                wage_text = tr("%1/h (%2/h)").replace(
                    "%1", fmt.money(Money(check.wage.amount, check.wage.currency))).replace(
                    "%2", f"{check.hourly.currency} {rate_places(check.hourly.amount)}")
                wage_tip += "\n" + tr("Converted at %1.").replace("%1", check.rate.rate.describe())
            wage = Cell(wage_text, wage_tip)
            if check.below:
                verdict = Cell("\u26a0 " + below_minimum(), tr(
                    "The agreed terms pay %1 for hours that come to %2 at the minimum wage: %3 short (%4).").replace(
                    "%1", fmt.money(check.pay or pay.earned)).replace("%2", fmt.money(check.required)).replace(
                    "%3", fmt.money(check.shortfall)).replace("%4", estimate()), problem=True)
            else:
                verdict = Cell(tr("At or above minimum wage"), estimate())
        floor = pay.pay_floor
        if floor is not None and floor.below and not verdict.problem:  # an app-based floor binds whatever the class
            verdict = Cell("\u26a0 " + tr("Below the app-based pay floor"), tr(
                "%1 sets %2 an hour for app-based work: the agreed terms pay %3 for hours that come to %4 at it, %5 "
                "short (%6).").replace("%1", floor.floor.name).replace(
                "%2", fmt.money(Money(floor.floor.amount, floor.floor.currency))).replace(
                "%3", fmt.money(floor.pay)).replace("%4", fmt.money(floor.required)).replace(
                "%5", fmt.money(floor.shortfall)).replace("%6", estimate()), problem=True)
        return Row(key=pay.client.name, cells=(
            Cell(pay.client.name, pay.client.name),
            Cell(fmt.hours(pay.worked_seconds), entries),
            Cell(fmt.money(pay.earned), entries), Cell(fmt.money(pay.paid)),
            Cell(fmt.money(pay.balance)),
            Cell(tr("%1/h").replace("%1", fmt.money(rate)) if rate is not None else "",
                 tr("%1 paid ÷ %2 worked").replace("%1", fmt.money(pay.paid)).replace(
                     "%2", fmt.duration(pay.worked_seconds)), problem=bool(check and check.below)),
            wage, verdict, self._net(pay),
        ))

    def _net(self, pay: ClientPay) -> Cell:
        if self._summary is None:
            return Cell("")
        net = self._summary.net_hourly_rate(pay)
        costs = self._summary.costs_of(pay)
        if net is None:
            return Cell("")
        tip = tr("(%1 paid − %2 costs) ÷ %3 worked. Costs: fees %4, expenses %5, distance %6").replace(
            "%1", fmt.money(pay.paid)).replace("%2", fmt.money(costs.total)).replace(
            "%3", fmt.duration(pay.worked_seconds)).replace("%4", fmt.money(costs.fees)).replace(
            "%5", fmt.money(costs.expenses.rounded())).replace("%6", fmt.money(costs.distance.rounded()))
        if costs.other_currencies:
            tip += "\n" + tr("Not subtracted, in other currencies: %1").replace(
                "%1", ", ".join(fmt.money(m) for m in costs.other_currencies))
        return Cell(tr("%1/h").replace("%1", fmt.money(net)), tip)


# --- payments ---------------------------------------------------------------------------------------------------

class PaymentsModel(RowsModel):
    def _columns(self) -> tuple[Column, ...]:
        return (Column(tr("Received")), Column(tr("Client")), Column(tr("Amount"), True, tr("Gross: before fees")),
                   Column(tr("Fees and deductions"), True), Column(tr("Net"), True), Column(tr("Covers")),
                   Column(tr("Pays for")), Column(tr("Method")), Column(tr("Reference")))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.payments: list[PaymentDetails] = []

    def set_payments(self, payments: Sequence[PaymentDetails]) -> None:
        self.payments = list(reversed(payments))  # newest first
        self._set([self._row(p) for p in self.payments])

    def payment(self, row: int) -> PaymentDetails | None:
        return self.payments[row] if 0 <= row < len(self.payments) else None

    def _row(self, p: PaymentDetails) -> Row:
        taken = p.fees + p.deductions
        return Row(key=p.id, cells=(
            Cell(day_text(p.received_on)), Cell(p.client, p.client), Cell(fmt.money(p.gross)),
            Cell(fmt.money(taken) if taken.amount else "", tr("Fees %1, deductions %2").replace(
                "%1", fmt.money(p.fees)).replace("%2", fmt.money(p.deductions))),
            Cell(fmt.money(p.net)), Cell(range_text(p.period_from, p.period_to)),
            Cell(tr("Invoice %1").replace("%1", p.invoice_number) if p.invoice_number else ""),
            Cell(method_label(p.method)), Cell(p.reference or "", p.note or ""),
        ))


# --- invoices ---------------------------------------------------------------------------------------------------

class InvoicesModel(RowsModel):
    def _columns(self) -> tuple[Column, ...]:
        return (Column(tr("Invoice")), Column(tr("Client")), Column(tr("Issued")), Column(tr("Covers")),
                   Column(tr("Amount"), True), Column(tr("Paid"), True), Column(tr("Due")), Column(tr("Status")))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.invoices: list[InvoiceRow] = []

    def set_invoices(self, invoices: Sequence[InvoiceRow]) -> None:
        self.invoices = list(invoices)
        self._set([self._row(i) for i in self.invoices])

    def invoice(self, row: int) -> InvoiceRow | None:
        return self.invoices[row] if 0 <= row < len(self.invoices) else None

    def _row(self, i: InvoiceRow) -> Row:
        overdue = i.status == "overdue"
        due_tip = due_basis_text(i.due_basis) + (f"\n{i.law_citation}" if i.law_citation else "")
        return Row(key=i.id, cells=(
            Cell(i.label, i.note or ""), Cell(i.client, i.client), Cell(day_text(i.issued_on)),
            Cell(range_text(i.period_from, i.period_to)), Cell(fmt.money(i.amount)),
            Cell(fmt.money(i.paid) if i.paid.amount else "",
                 tr("Last payment %1").replace("%1", day_text(i.paid_on)) if i.paid_on else ""),
            Cell(day_text(i.due_on) if i.due_on else tr("not set"), due_tip, overdue),
            Cell(status_text(i), due_tip if overdue else "", overdue or (i.status == "paid" and i.days_late > 0)),
        ))


# --- late payments ----------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class LateItem:
    client: str
    late: LatePayment


class LateModel(RowsModel):
    """Late payments the assessment found in the period: paid after the deadline, or not paid at all."""

    def _columns(self) -> tuple[Column, ...]:
        return (Column(tr("Client")), Column(tr("For")), Column(tr("Amount"), True), Column(tr("Work done")),
                   Column(tr("Due")), Column(tr("Deadline from")), Column(tr("Paid")), Column(tr("Days late"), True),
                   Column(tr("Possible damages"), True, estimate()))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[LateItem] = []

    def set_items(self, items: Sequence[LateItem]) -> None:
        self.items = list(items)
        self._set([self._row(item) for item in self.items])

    def _row(self, item: LateItem) -> Row:
        late = item.late
        basis = {"invoice": tr("the invoice"), "contract": tr("your contract")}.get(late.due_basis, late.due_basis)
        law_tip = (f"{late.law.name}: {late.law.citation}. {late.law.remedy} ({estimate()})"
                   if late.law else due_basis_text(late.due_basis))
        return Row(key=late.reference, cells=(
            Cell(item.client, item.client), Cell(late.reference), Cell(fmt.money(late.amount)),
            Cell(day_text(late.completed_on), tr("The work it pays for was finished on this day")),
            Cell(day_text(late.due_on), law_tip, True), Cell(basis, law_tip),
            Cell(day_text(late.paid_on) if late.paid_on else "\u26a0 " + tr("not paid yet"), "",
                 late.paid_on is None),
            Cell(tr("%n days", None, late.days_late), "", True),
            Cell(_money(late.remedy_estimate), estimate() if late.remedy_estimate else ""),
        ))
