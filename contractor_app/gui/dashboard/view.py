"""The Dashboard, the landing view after unlock: this week and month at a glance, what is owed, whether pay
reaches the minimum wage, what is overdue, and twelve weeks of charts.

Figures come from services/dashboard.py, read off the UI thread whenever the records they sum change; the old
figures stay up (with "Updating…") until the new ones arrive. A new worker sees what to do first instead.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.money import Money
from ...services.dashboard import Dashboard, RateFigure, WageSource, dashboard
from .. import formatting as fmt
from ..dialogs import error_text
from ..pay.explain_text import cited
from ..pay.text import below_minimum, day_text, estimate, range_text
from ..session import ADJUSTMENTS, CLIENTS, ENTRIES, EXPENSES, INVOICES, PAYMENTS, PROFILE, Session
from ..view import View
from ..widgets import InlineMessage, heading, small
from .cards import Card
from .charts import ClientsChart, RateChart, WeeklyChart

WATCHED = frozenset({ENTRIES, PAYMENTS, INVOICES, ADJUSTMENTS, CLIENTS, PROFILE, EXPENSES})
EMPTY_WIDTH = 560


class DashboardView(View):
    def __init__(self, session: Session, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, undo, parent)
        self.setObjectName("dashboardView")
        self.data: Dashboard | None = None
        self._asked = 0
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        self.message = InlineMessage()
        self.hours_card = Card(self.tr("Hours this week"), "hoursCard")
        self.earned_card = Card(self.tr("Earned this month"), "earnedCard")
        self.paid_card = Card(self.tr("Paid this month"), "paidCard")
        self.owed_card = Card(self.tr("Owed to you"), "owedCard")
        self.rate_card = Card(self.tr("Pay per hour at your terms, last 12 weeks"), "rateCard")
        self.overdue_card = Card(self.tr("Overdue payments"), "overdueCard")
        self.cards = (self.hours_card, self.earned_card, self.paid_card, self.owed_card, self.rate_card,
                      self.overdue_card)
        self.weekly = WeeklyChart()
        self.rates = RateChart()
        self.by_client = ClientsChart()
        self.currency_note = small("")

        figures = QWidget()
        self.grid = QGridLayout(figures)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.columns = 0
        self._place(3)

        self.empty = QWidget()
        self.empty.setObjectName("dashboardEmpty")
        self.empty_text = QLabel()
        self.empty_text.setObjectName("dashboardEmptyText")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setFixedWidth(EMPTY_WIDTH)
        self.add_client_button = QPushButton(self.tr("Add a client"))
        self.add_client_button.clicked.connect(lambda: self.navigate.emit("clients"))
        self.start_button = QPushButton(self.tr("Start the timer"))
        self.start_button.clicked.connect(lambda: self.navigate.emit("today"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_client_button)
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        welcome = heading(self.tr("Welcome to your records"), 1.3)
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        middle = QWidget()
        column_ = QVBoxLayout(middle)  # a short paragraph reads better than one line across the window
        column_.addWidget(welcome)
        column_.addWidget(self.empty_text)
        column_.addLayout(buttons)
        empty = QVBoxLayout(self.empty)
        empty.addStretch(1)
        empty.addWidget(middle, 0, Qt.AlignmentFlag.AlignHCenter)
        empty.addStretch(2)

        self.body = QStackedWidget()
        self.body.addWidget(figures)
        self.body.addWidget(self.empty)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Dashboard")))
        top.addStretch(1)
        top.addWidget(self.status)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.body, 1)
        column.addWidget(self.message)
        session.changed.connect(self._on_changed)
        session.locked.connect(self.clear)
        self.refresh()

    # --- reading ----------------------------------------------------------------------------------------------

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & WATCHED:
            self.refresh()

    def refresh(self) -> None:
        if not self.session.is_open:
            return
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("Updating…"))
        # The recent figures first (a moment even at 100k entries), then the all-time balances (issue 18).
        self.session.fetch(dashboard, tz=self.session.profile.timezone, all_time=False,
                           on_result=lambda data: self._show_recent(asked, data),
                           on_error=lambda error: self._failed(asked, error))

    def _show_recent(self, asked: int, data: Dashboard) -> None:
        self._show(asked, data)
        if asked == self._asked and self.session.is_open:
            self.session.fetch(dashboard, tz=self.session.profile.timezone,
                               on_result=lambda data: self._show(asked, data),
                               on_error=lambda error: self._failed(asked, error))

    def _failed(self, asked: int, error: BaseException) -> None:
        if asked == self._asked:
            self.status.clear()
            self.message.problem(error_text(error))

    def _show(self, asked: int, data: Dashboard) -> None:
        if asked != self._asked:
            return  # a newer read is on its way
        self.data = data
        if data.complete:
            self.status.clear()
        self.message.clear()
        if not data.clients or not data.entries:
            self._show_empty(data)
            return
        self.body.setCurrentIndex(0)
        self._show_cards(data)
        self.weekly.plot(data.weeks, data.currency)
        self.rates.plot(data.weeks, data.currency)
        self.by_client.plot(data.balances, data.currency)
        others = sorted({b.earned.currency for b in data.balances} - {data.currency})
        self.currency_note.setText(self.tr("Charts show amounts in %1; amounts in %2 are in the cards, never "
                                           "converted.").replace("%1", data.currency).replace("%2", ", ".join(others))
                                   if others else "")
        self.currency_note.setVisible(bool(others))

    def _show_empty(self, data: Dashboard) -> None:
        self.body.setCurrentIndex(1)
        if not data.clients:
            self.empty_text.setText(self.tr(
                "Everything you record stays on this computer, encrypted. Start by adding the platform or company "
                "you work for, with your rate: then the timer, your pay and the minimum-wage check can work."))
        else:
            self.empty_text.setText(self.tr(
                "No work logged yet. Start the timer when you begin a task, or add work you already did from the "
                "Today view (Ctrl+N). Your hours, pay and what you are owed will show here."))
        # A wrapped label in a stacked page is not given the height its lines need: ask for it.
        self.empty_text.setMinimumHeight(self.empty_text.heightForWidth(self.empty_text.width()))
        self.add_client_button.setVisible(not data.clients)
        self.start_button.setVisible(bool(data.clients))

    def _place(self, columns: int) -> None:
        """Cards in rows of ``columns`` (3, or 2 when large text makes three too wide), then the charts."""
        if columns == self.columns:
            return
        self.columns = columns
        grid = self.grid
        for widget in (*self.cards, self.weekly, self.rates, self.by_client, self.currency_note):
            grid.removeWidget(widget)
        for number, card in enumerate(self.cards):
            grid.addWidget(card, number // columns, number % columns)
        row = -(-len(self.cards) // columns)
        grid.addWidget(self.weekly, row, 0, 1, columns)
        if columns == 3:
            grid.addWidget(self.rates, row + 1, 0, 1, 2)
            grid.addWidget(self.by_client, row + 1, 2)
        else:
            grid.addWidget(self.rates, row + 1, 0, 1, columns)
            grid.addWidget(self.by_client, row + 2, 0, 1, columns)
        grid.addWidget(self.currency_note, row + 3, 0, 1, columns)
        for number in range(grid.rowCount()):
            grid.setRowStretch(number, 1 if row <= number < row + 3 else 0)
        for place in range(3):
            grid.setColumnStretch(place, 1 if place < columns else 0)

    def _fit_columns(self) -> None:
        """Three cards a row when they fit side by side in the room shown (the scroll area's viewport: the view
        itself never gets narrower than its grid's minimum); two otherwise (200% text cut the third column off)."""
        parent, layout = self.parentWidget(), self.layout()
        room = parent.width() if parent is not None else self.width()
        margins = layout.contentsMargins() if layout is not None else None
        room -= (margins.left() + margins.right()) if margins is not None else 0
        widest = max(card.minimumSizeHint().width() for card in self.cards)
        self._place(3 if 3 * widest + 2 * self.grid.spacing() <= room else 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
            parent.installEventFilter(self)
        self._fit_columns()
        super().showEvent(event)

    # --- cards ------------------------------------------------------------------------------------------------

    def _amounts(self, values: tuple[Money, ...], currency: str) -> str:
        return fmt.monies(list(values)) if values else fmt.money(Money(Decimal(0), currency))

    def _show_cards(self, data: Dashboard) -> None:
        week = range_text(data.week.start, data.week.end, with_weekday=True)
        month = range_text(data.month.start, data.month.end)
        entries = self.tr("%1 entries, %2")
        self.hours_card.show_figure(
            fmt.hours(data.week_seconds), week,
            entries.replace("%1", str(data.week_entries)).replace("%2", week))
        self.earned_card.show_figure(
            self._amounts(data.month_earned, data.currency), month,
            entries.replace("%1", str(data.month_entries)).replace("%2", month) + "\n" + self.tr(
                "What the work earned under your terms, with bonuses and adjustments."))
        self.paid_card.show_figure(
            self._amounts(data.month_paid, data.currency),
            self.tr("%n payments counted", "", data.month_payments),
            self.tr("%n payments, %1: each counts in the month the work it covers ends (or, covering no "
                    "period, when it arrived).", "", data.month_payments).replace("%1", month))
        if not data.complete:  # the all-time figures follow in a moment
            for card in (self.owed_card, self.overdue_card):
                card.show_figure("…", self.tr("Working out…"))
            self._show_rate(data)
            return
        owing = [b for b in data.balances if b.owed.amount]
        self.owed_card.show_figure(
            self._amounts(tuple(m for m in data.owed if m.amount) or (), data.currency),
            self.tr("all time, %n clients", "", len(owing)),
            "\n".join(f"{b.client}: {fmt.money(b.owed)}" for b in owing) or self.tr("Nothing owed."))
        self._show_rate(data)
        self._show_overdue(data)

    def _show_rate(self, data: Dashboard) -> None:
        rate = next((r for r in data.rates if r.currency == data.currency), data.rates[0] if data.rates else None)
        if rate is None or rate.rate is None:
            self.rate_card.show_figure("—", self.tr("No hours in the last 12 weeks."))
            return
        period = range_text(rate.period.start, rate.period.end)
        tooltip = self.tr("Your terms pay %1 for %2 worked, %3: all hours, unpaid time included. Money not yet "
                          "received is owed, not underpaid.").replace("%1", fmt.money(rate.earned or rate.paid)) \
            .replace("%2", fmt.duration(rate.seconds)).replace("%3", period)
        if rate.sources:
            tooltip += "\n" + self.tr("Minimum wage: %1").replace("%1", "; ".join(map(self._wage_source, rate.sources)))
        value = self.tr("%1/h").replace("%1", fmt.money(rate.rate))
        net = ""
        if rate.net_rate is not None and rate.costs is not None:
            net = "\n" + self.tr("Net of costs: %1/h").replace("%1", fmt.money(rate.net_rate))
            tooltip += "\n" + self.tr("Costs in the period (fees, expenses, distance): %1").replace(
                "%1", fmt.money(rate.costs))
        if rate.minimum is None:
            detail, problem = self.tr("No minimum wage known for where you work."), False
        elif rate.below:
            detail, problem = "\u26a0 " + below_minimum() + " " + self.tr("(minimum %1/h)").replace(
                "%1", fmt.money(rate.minimum)), True
        else:
            detail, problem = self.tr("At or above the minimum wage, %1/h (%2)").replace(
                "%1", fmt.money(rate.minimum)).replace("%2", estimate()), False
        floor, tooltip = self._floor_line(rate, tooltip)
        self.rate_card.show_figure(value, detail + floor + net, tooltip, problem=problem or rate.floor_below)

    def _wage_source(self, source: WageSource) -> str:
        """"US-CA: <its page>": the official page first for a value read in a copy of it, as the Pay view cites it
        (gui/pay/explain_text.py), and the rate a wage in another currency was converted at."""
        text = f"{source.wage.jurisdiction}: {cited(source.wage)}"
        if source.converted_at is None:
            return text
        return text + " " + self.tr("(converted at %1)").replace("%1", source.converted_at.describe())

    def _floor_line(self, rate: RateFigure, tooltip: str) -> tuple[str, str]:
        """The app-based pay floor's result under the minimum wage's (clients marked app-based only), and the
        floors' sources added to the tooltip; nothing when no such client has a floor in force."""
        if rate.floor is None:
            return "", tooltip
        tooltip += "\n" + self.tr("App-based pay floor: %1").replace("%1", "; ".join(rate.floor_sources))
        if rate.floor_below and rate.floor_shortfall is not None:
            return "\n\u26a0 " + self.tr("Below the app-based pay floor by %1 (floor %2/h)").replace(
                "%1", fmt.money(rate.floor_shortfall)).replace("%2", fmt.money(rate.floor)), tooltip
        return "\n" + self.tr("At or above the app-based pay floor, %1/h").replace(
            "%1", fmt.money(rate.floor)), tooltip

    def _show_overdue(self, data: Dashboard) -> None:
        """Invoices past due, and work past the client's payment terms that was neither paid nor invoiced."""
        if not data.overdue and not data.overdue_work:
            self.overdue_card.show_figure("0", self.tr("Nothing overdue."), self.tr(
                "Invoices and claims past their due date, and work past your payment terms, not fully paid."))
            return
        oldest = max([i.days_late for i in data.overdue] + [w.days_late for w in data.overdue_work])
        outstanding: dict[str, Money] = {}
        for owed in [i.outstanding for i in data.overdue] + [w.owed for w in data.overdue_work]:
            outstanding[owed.currency] = outstanding[owed.currency] + owed if owed.currency in outstanding else owed
        lines = [self.tr("%1, %2: %3 due %4, %5 days late").replace("%1", i.label).replace("%2", i.client).replace(
            "%3", fmt.money(i.outstanding)).replace("%4", day_text(i.due_on)).replace("%5", str(i.days_late))
            for i in data.overdue]
        lines += [self.tr("%1: %2 of work not paid or invoiced, due %3 by your payment terms, %4 days late").replace(
            "%1", w.client).replace("%2", fmt.money(w.owed)).replace("%3", day_text(w.due_on)).replace(
            "%4", str(w.days_late)) for w in data.overdue_work]
        self.overdue_card.show_figure(
            "\u26a0 " + str(len(data.overdue) + len(data.overdue_work)),
            self.tr("%1 outstanding, oldest %2 days late").replace(
                "%1", fmt.monies([outstanding[c] for c in sorted(outstanding)])).replace("%2", str(oldest)),
            "\n".join(lines), problem=True)

    def clear(self) -> None:
        self.data = None
        self._asked += 1
        for card in self.cards:
            card.show_figure("…")
        for chart in (self.weekly, self.rates):
            chart.plot([], "")
        self.by_client.plot([], "")
        self.status.clear()

    def figures(self) -> dict[str, Any]:
        """What each card shows (for tests and accessibility checks)."""
        return {card.objectName(): card.value.text() for card in self.cards}
