"""The dashboard's figures and chart series: this week, this month, what is owed, and the last weeks one by one.

Each figure is the pay assessment (domain/assessment.py) over a period, exactly as ``summarize`` reckons it; the
facts are read once and each period is assessed on the work around it, so twelve weekly points cost about as
much as one summary. Amounts stay in their own currency: the cards list one amount per currency, and the charts
show the worker's main currency (their profile's, when a client pays in it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from ..domain.assessment import ClientFacts, ClientPay, MinimumWageCheck, assess_book, book_of, counts_in_period
from ..domain.costs import ClientCosts
from ..domain.exchange import ExchangeRate
from ..domain.money import Money
from ..domain.rules import MinimumWage
from ..domain.times import DateRange, zone
from ..store.vault import Vault
from .costs import costs_by_client
from .invoices import InvoiceRow, list_invoices
from .profile import load_profile
from .rates import load_rates
from .rules import load_rules

# The summary's own readers: the dashboard assesses exactly the facts a summary would.
from .summary import (
    LOOK_AHEAD,
    adjustment_facts,
    bounded_period,
    client_facts,
    collection_paused,
    engagement_clients,
    first_entries,
    invoice_facts,
    payment_facts,
    rows_by_client,
    term_schedules,
    work_rows,
)

WEEKS = 12
HOUR = Decimal(3600)
MARGIN = timedelta(days=8)  # work around a period that its whole workweeks need (in the law's zone: a day more)


@dataclass(frozen=True, slots=True)
class WeekFigures:
    start: date
    end: date
    seconds: int
    entries: int
    earned: Money  # in the dashboard's currency
    paid: Money
    rate: Money | None  # what the agreed terms pay per hour for the week's work, over all hours (None: no hours)
    minimum: Money | None  # the minimum wage per hour over those hours (None: none known)
    required: Money | None  # what those hours come to at the minimum wage


@dataclass(frozen=True, slots=True)
class WageSource:
    """A minimum wage a rate figure is compared with, and the rate it was converted at (None: in the pay's own
    currency): kept as values, not words, so that the Dashboard cites the source in the worker's language and, for
    one read in a copy of its official page, the official page first (as the packet and the Pay view do)."""

    wage: MinimumWage
    converted_at: ExchangeRate | None = None


@dataclass(frozen=True, slots=True)
class RateFigure:
    """What the agreed terms pay per hour over ALL hours (unpaid categories too) in one currency, against the
    minimum wage. It follows the period worked, not the day money arrived: money not yet received is owed (the
    balances), never "below the minimum wage"."""

    currency: str
    period: DateRange
    seconds: int
    paid: Money
    rate: Money | None  # earned / hours
    minimum: Money | None
    below: bool  # the terms pay less than the minimum wage in some workweek (or hour, in California)
    sources: tuple[WageSource, ...]  # where the minimum wages came from, by place, source and rate's day
    earned: Money | None = None  # what the terms pay for the hours
    shortfall: Money | None = None  # the sum of the workweeks' minimum-wage shortfalls
    costs: Money | None = None  # what the work cost in the period: fees withheld, expenses, distance
    net_rate: Money | None = None  # (earned − costs) / hours: the rate net of costs
    floor: Money | None = None  # the app-based pay floor per hour over the hours it covers (None: no such client)
    floor_below: bool = False  # the agreed pay is under the floor in some workweek
    floor_shortfall: Money | None = None  # the sum of those workweeks' shortfalls
    floor_sources: tuple[str, ...] = ()  # which floors, and where they came from


@dataclass(frozen=True, slots=True)
class ClientBalance:
    client: str
    earned: Money
    paid: Money

    @property
    def owed(self) -> Money:
        return self.earned - self.paid


@dataclass(frozen=True, slots=True)
class OverdueWork:
    """A client's work older than the payment terms agreed with them, neither paid for nor invoiced."""

    client: str
    owed: Money
    due_on: date  # when the oldest of that work was due
    days_late: int


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: date
    currency: str
    clients: int
    entries: int  # every entry ever (0: a new worker)
    week: DateRange
    week_seconds: int
    week_entries: int
    month: DateRange
    month_earned: tuple[Money, ...]
    month_entries: int
    month_paid: tuple[Money, ...]
    month_payments: int
    owed: tuple[Money, ...]
    balances: tuple[ClientBalance, ...]
    rates: tuple[RateFigure, ...]
    overdue: tuple[InvoiceRow, ...]
    weeks: tuple[WeekFigures, ...]
    overdue_work: tuple[OverdueWork, ...] = ()  # work past the client's payment terms, unpaid and not invoiced
    # False: the all-time figures (owed, balances, overdue work) are not worked out yet, only the recent ones
    complete: bool = True


def week_of(day: date) -> DateRange:
    monday = day - timedelta(days=day.weekday())
    return DateRange(monday, monday + timedelta(days=6))


def month_of(day: date) -> DateRange:
    first = day.replace(day=1)
    return DateRange(first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1))


def dashboard(vault: Vault, *, tz: str, today: date | None = None, weeks: int = WEEKS,
              all_time: bool = True) -> Dashboard:
    """The Dashboard's figures. ``all_time=False`` works out only the recent ones (this week and month, the weekly
    charts, the rate), from the work of those weeks alone: at 100k entries that is what makes the Dashboard
    usable at once, while the all-time balances follow (issue 18). The recent figures are the same either way.
    The garbage collector is paused meanwhile, as for a summary (``collection_paused``): at 100k entries the
    balances took 343 ms with it on, 285 ms paused (median of 8, CPU)."""
    with collection_paused():
        return _dashboard(vault, tz=tz, today=today, weeks=weeks, all_time=all_time)


def _dashboard(vault: Vault, *, tz: str, today: date | None, weeks: int, all_time: bool) -> Dashboard:
    zone_info = zone(tz)
    today = today or datetime.now(zone_info).date()
    profile = load_profile(vault)
    rules = load_rules(vault)
    week, month = week_of(today), month_of(today)
    assert week.start is not None and month.start is not None
    series = [week_of(week.start - timedelta(weeks=back)) for back in range(weeks - 1, -1, -1)]
    with vault.querying() as conn:
        facts = client_facts(conn, None)
        history = bounded_period(conn, DateRange(), today, zone_info)
        payments, schedules = payment_facts(conn), term_schedules(conn)
        invoices, adjustments = invoice_facts(conn), adjustment_facts(conn)
        last = max(history.bounds()[1], week.bounds()[1]) + LOOK_AHEAD
        first = history.bounds()[0] if all_time else min(series[0].bounds()[0], month.bounds()[0]) - MARGIN
        work = work_rows(conn, first, last, zone_info) if facts else []
        entries = conn.execute("SELECT count(*) FROM work_entries").fetchone()[0]
        firsts = first_entries(conn)
        rates = load_rates(conn)
        engagement_client = engagement_clients(conn)
    overdue = tuple(i for i in list_invoices(vault, tz=tz, today=today) if i.status == "overdue")
    currency = _main_currency(facts, profile.currency)
    # Each client's work is split into days once; every period below adds up its days (the summary's reckoning).
    by_client = rows_by_client(work, engagement_client)
    books = {fact.id: book_of(fact, by_client.get(fact.id, []), schedules=schedules, rules=rules, tz=zone_info,
                              jurisdiction=fact.jurisdiction or profile.jurisdiction or None, first_entries=firsts,
                              rates=rates)
             for fact in facts}

    def assessed(period: DateRange) -> list[ClientPay]:
        return [assess_book(books[fact.id], client=fact, payments=payments.get(fact.id, []),
                            invoices=invoices.get(fact.id, []), adjustments=adjustments.get(fact.id, []),
                            period=period, today=today)
                for fact in facts]

    this_week, this_month = assessed(week), assessed(month)
    ever = assessed(history) if all_time else []
    weekly = [(period, assessed(period)) for period in series]
    counted = sum(1 for fact in facts for p in payments.get(fact.id, [])
                  if counts_in_period(p.received_on, p.covers.end if p.covers else None, month))
    rate_period = DateRange(series[0].start, series[-1].end)
    spent = costs_by_client(vault, rate_period)

    def in_currency(code: str) -> list[ClientPay]:
        return [c for _, pays in weekly for c in pays if c.client.currency == code]

    worked_in = sorted({c.client.currency for _, pays in weekly for c in pays if c.worked_seconds}
                       | {c.client.currency for c in ever if c.worked_seconds})
    return Dashboard(
        today=today, currency=currency, clients=len(facts), entries=entries, week=week,
        week_seconds=sum(c.worked_seconds for c in this_week), week_entries=sum(c.entries for c in this_week),
        month=month, month_earned=_totals(c.earned for c in this_month),
        month_entries=sum(c.entries for c in this_month),
        month_paid=_totals(c.paid for c in this_month), month_payments=counted,
        owed=_totals(c.balance for c in ever),
        balances=tuple(ClientBalance(c.client.name, c.earned, c.paid) for c in ever
                       if c.earned.amount or c.paid.amount),
        rates=tuple(_net_of_costs(_rate(code, rate_period, in_currency(code)), in_currency(code), spent)
                    for code in worked_in),
        overdue=overdue,
        weeks=tuple(_week(period, [c for c in pays if c.client.currency == currency], currency)
                    for period, pays in weekly),
        overdue_work=overdue_work(ever, {fact.id: [i.covers for i in invoices.get(fact.id, [])] for fact in facts},
                                  today),
        complete=all_time,
    )


def overdue_work(clients: Iterable[ClientPay], invoiced: dict[int, list[DateRange]],
                 today: date) -> tuple[OverdueWork, ...]:
    """Payments are set against the oldest work first; what is left of work done more than the client's payment
    terms ago is overdue ("Nothing overdue" was shown while months of work were unpaid, because only invoices
    counted). Work an invoice covers is left to the invoice; without agreed terms there is no due date to count
    from, so nothing is said."""
    found = []
    for pay in clients:
        terms = pay.client.payment_terms_days
        if terms is None:
            continue
        covered = invoiced.get(pay.client.id, [])
        unspent, owed, first_due = pay.paid.amount, Decimal(0), None
        for figure in pay.days:
            spent = min(unspent, figure.earned)
            unspent -= spent
            due = figure.day + timedelta(days=terms)
            if figure.earned > spent and due < today and not any(_within(figure.day, period) for period in covered):
                owed += figure.earned - spent
                first_due = first_due or due
        money = Money(owed, pay.client.currency).rounded()
        if first_due is not None and money.amount > 0:
            found.append(OverdueWork(pay.client.name, money, first_due, (today - first_due).days))
    return tuple(found)


def _within(day: date, period: DateRange) -> bool:
    return (period.start is None or period.start <= day) and (period.end is None or day <= period.end)


def _main_currency(facts: list[ClientFacts], preferred: str) -> str:
    codes = [fact.currency for fact in facts]
    if not codes or preferred in codes:
        return preferred
    return max(sorted(set(codes)), key=codes.count)


def _totals(values: Iterable[Money]) -> tuple[Money, ...]:
    """One amount per currency, sorted by code; currencies are never converted."""
    result: dict[str, Money] = {}
    for value in values:
        result[value.currency] = result[value.currency] + value if value.currency in result else value
    return tuple(result[code] for code in sorted(result))


@dataclass(frozen=True, slots=True)
class _Totals:
    """What a week's card and a period's rate both add up over the clients paid in one currency."""

    seconds: int
    earned: Money
    paid: Money
    checks: tuple[MinimumWageCheck, ...]
    covered: int  # seconds a minimum wage covers
    required: Money  # what that minimum wage requires for them

    @classmethod
    def of(cls, pays: list[ClientPay], currency: str) -> _Totals:
        zero = Money(Decimal(0), currency)
        checks = tuple(c.minimum_wage for c in pays if c.minimum_wage is not None)
        return cls(seconds=sum(c.worked_seconds for c in pays), earned=sum((c.earned for c in pays), zero),
                   paid=sum((c.paid for c in pays), zero), checks=checks,
                   covered=sum(check.covered_seconds for check in checks),
                   required=sum((check.required for check in checks), zero))

    @property
    def rate(self) -> Money | None:
        """Earned per hour worked."""
        return Money(self.earned.amount * HOUR / self.seconds, self.earned.currency).rounded() if self.seconds else None

    @property
    def minimum(self) -> Money | None:
        """The minimum wage per hour, over the hours it covers."""
        return (Money(self.required.amount * HOUR / self.covered, self.required.currency).rounded() if self.covered
                else None)


def _week(period: DateRange, pays: list[ClientPay], currency: str) -> WeekFigures:
    totals = _Totals.of(pays, currency)
    return WeekFigures(
        start=period.bounds()[0], end=period.bounds()[1],
        seconds=totals.seconds, entries=sum(c.entries for c in pays),
        earned=totals.earned, paid=totals.paid, rate=totals.rate, minimum=totals.minimum,
        required=totals.required if totals.covered else None,
    )


def _rate(currency: str, period: DateRange, pays: list[ClientPay]) -> RateFigure:
    totals = _Totals.of(pays, currency)
    sources = tuple(sorted({WageSource(check.wage, check.rate.rate if check.rate else None)
                            for check in totals.checks},
                           key=lambda cited: (cited.wage.jurisdiction, cited.wage.source,
                                              cited.converted_at.on if cited.converted_at else date.min)))
    shortfall = sum((check.shortfall for check in totals.checks), Money(Decimal(0), currency))
    figure = RateFigure(
        currency=currency, period=period, seconds=totals.seconds, paid=totals.paid, rate=totals.rate,
        minimum=totals.minimum, below=shortfall.amount > 0, sources=sources, earned=totals.earned,
        shortfall=shortfall,
    )
    return _with_floor(figure, pays)


def _with_floor(figure: RateFigure, pays: list[ClientPay]) -> RateFigure:
    """The figure with the app-based pay floors of the clients marked app-based, judged per workweek like the
    minimum wage; unchanged when no such client has a floor in force."""
    floors = [c.pay_floor for c in pays if c.pay_floor is not None and c.pay_floor.covered_seconds]
    if not floors:
        return figure
    zero = Money(Decimal(0), figure.currency)
    covered = sum(check.covered_seconds for check in floors)
    required = sum((check.required for check in floors), zero)
    shortfall = sum((check.shortfall for check in floors), zero)
    sources = tuple(sorted({f"{check.floor.jurisdiction} ({check.floor.name}): {check.floor.source}"
                            for check in floors}))
    return replace(figure, floor=Money(required.amount * HOUR / covered, figure.currency).rounded(),
                   floor_below=shortfall.amount > 0, floor_shortfall=shortfall, floor_sources=sources)


def _net_of_costs(figure: RateFigure, pays: list[ClientPay], spent: dict[int, ClientCosts]) -> RateFigure:
    """The figure with the period's costs in its currency (fees withheld, expenses, distance) and the rate net of
    them; unchanged when nothing was spent."""
    zero = Money(Decimal(0), figure.currency)
    costs = (sum((c.expenses + c.distance for c in spent.values() if c.currency == figure.currency), zero)
             + sum((c.fees for c in pays), zero)).rounded()
    if not costs.amount or not figure.seconds or figure.earned is None:
        return figure
    net = Money((figure.earned.amount - costs.amount) * HOUR / figure.seconds, figure.currency).rounded()
    return replace(figure, costs=costs, net_rate=net)
