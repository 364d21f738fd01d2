"""One client's pay over a period, assessed against the terms and the rules: the heart of the pay engine.

Pure: it takes plain facts (the client, its pay-term schedules, work, payments, invoices, adjustments, the rule
book) and returns plain figures, each traceable to the entries and payments behind it. Every figure is
attributed to exactly one period, so the summaries of consecutive periods (the months of a year) add up to the
summary of their union, for hours, earned, overtime, minimum-wage shortfall and paid alike.

How money is attributed to the period:
- earned: each day's work under the terms in force that day (so a rate change mid-week splits the work);
  categories the terms mark unpaid earn nothing from a contractor's client, but an employee's hours in them
  must be paid (29 CFR 778.318): at the agreed hourly rate, or the minimum wage under per-unit terms; per-unit
  pay goes to the day the entry started; a fixed price counts once, on the day of the engagement's first
  work (never again in later periods with work on it); bonuses and adjustments on days in the period are added.
- paid: amounts explicitly allocated to entries count on the entry's first day; the rest of a payment counts
  when the period it covers ends in the period (or, with no period recorded, when it was received in it).
- rounding: each day's straight time and each workweek's premium and shortfall is rounded to the cent, so the
  periods of a year add up to the year to the cent. Until then every amount is exact (kept x 3600: a rate times
  seconds), so it does not matter how the work was split into entries or in what order they are added.
- overtime and minimum wage: every workweek is assessed whole, in the law's workdays (domain/workday.py: the
  jurisdiction's zone and the client's workday start), and attributed once, to the period holding the
  workweek's LAST day. A workweek that straddles the end of a month counts in the next month.
- minimum wage: judged on what the TERMS pay for the hours (agreed rates; hours in unpaid categories count as
  hours paid nothing), never on money received, which is shown apart as paid and balance (owed or late).
  Per workweek (FLSA, 29 CFR 776.4: the week's pay over the week's hours); in California for every hour on
  its own (Armenta v. Osmose, 135 Cal.App.4th 314 (2005)): an entry's pay covers that entry's hours only, and an
  hour paid nothing is short by the whole minimum wage. For a contractor the minimum wage is a benchmark.
- across currencies: a minimum wage in another currency than the client's (PHP for pay in USD) is converted into
  the client's currency at the latest rate from the worker's own records on or before the workweek's last day
  (domain/exchange.py), never one from the network; a workweek with no such rate is not judged, and the result
  says which rate is needed (``RateNeeded``). The hourly minimum is converted once and rounded once, half to even,
  to twelve decimal places (``workbook.CONVERTED_PLACES``): hours times it and the sums of those are then exact,
  like every other amount x 3600 here, so no figure depends on the order entries are added in; it is shown to four
  places, and each workweek's figures are rounded to the cent as above.
- pay floors for app-based work (NYC app delivery workers, Seattle app-based workers): only for a client the worker
  marks app-based, whatever the classification (the law binds the app); per hour as the law states it (hours of
  active or engaged time: the hours recorded), judged per workweek like the minimum wage, on the agreed pay for the
  hours plus bonuses and adjustments dated in the week (tips are not pay under these laws: do not record them as
  pay). Shown apart from the minimum wage (``PayFloorCheck``).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from .exchange import Quote, Rates
from .money import Money, minor_unit, round_minor
from .overtime import Overtime, overtime
from .rules import FreelancerLaw, MinimumWage, PayFloor, RuleBook
from .times import DateRange
from .workbook import LawDays, Row, TermsSchedule, WorkBook, every_hour_basis, rows_of
from .workday import Workday
from .worktime import Work

HOUR = Decimal(3600)


@dataclass(frozen=True, slots=True)
class ClientFacts:
    id: int
    name: str
    currency: str
    jurisdiction: str | None
    classification: str
    workweek_start: int
    payment_terms_days: int | None
    contract_on_file: bool
    workday_start: int | None = None  # minutes after midnight in the jurisdiction's zone; None: midnight
    app_based: bool = False  # marked by the worker: an app whose work a pay-floor law covers


@dataclass(frozen=True, slots=True)
class PaymentFacts:
    id: int
    received_on: date
    gross: Decimal
    fees: Decimal
    reference: str | None
    covers: DateRange | None
    allocations: tuple[tuple[int, Decimal], ...] = ()  # (entry id, amount)


@dataclass(frozen=True, slots=True)
class InvoiceFacts:
    id: int
    number: str | None
    amount: Decimal
    covers: DateRange
    due_on: date | None


@dataclass(frozen=True, slots=True)
class AdjustmentFacts:
    on: date
    kind: str  # bonus | adjustment
    amount: Decimal  # signed
    note: str | None


@dataclass(frozen=True, slots=True)
class LatePayment:
    reference: str
    amount: Money
    completed_on: date
    due_on: date
    due_basis: str  # "invoice", "contract" or the law's name
    paid_on: date | None  # None: not paid yet
    days_late: int
    law: FreelancerLaw | None
    remedy_estimate: Money | None


@dataclass(frozen=True, slots=True)
class ShortPayment:
    covers: DateRange
    earned: Money
    paid: Money

    @property
    def short(self) -> Money:
        return self.earned - self.paid


@dataclass(frozen=True, slots=True)
class ContractNotice:
    law: FreelancerLaw
    reached_on: date
    amount: Money


WEEKLY_SOURCE = "FLSA, 29 CFR 776.4 (the workweek is the unit)"
# Outside the US no federal rule makes the workweek the unit: the app still judges week by week, and says so.
WEEKLY_METHOD = ("week by week (this app's method; the law here may measure pay over another period, such as the "
                 "day or the month: check its source)")


@dataclass(frozen=True, slots=True)
class MinimumWageWeek:
    """One workweek's minimum-wage test: the hours under known terms, what they come to at the minimum wage, and
    what the terms pay for them."""

    start: date
    end: date
    seconds: int
    required: Money
    pay: Money  # agreed pay for the hours; weekly test: plus bonuses and adjustments dated in the week
    shortfall: Money  # weekly: required - pay; every hour: the sum of each entry-day's own shortfall
    wage: MinimumWage | None = None  # the law's value on the week's last day worked, in its own currency
    rate: Quote | None = None  # the rate the wage was converted at, when it is in another currency than the pay


@dataclass(frozen=True, slots=True)
class RateNeeded:
    """Workweeks that could not be judged: the minimum wage is in ``target`` and the pay in ``base``, and no rate
    between them is in the worker's records on or before the week's last day."""

    base: str  # the client's currency
    target: str  # the minimum wage's currency
    first_week_end: date
    last_week_end: date
    weeks: int

    def how(self) -> str:
        return (f"record the rate you were paid at: contractor-app rate add --from {self.base} --to {self.target} "
                f"--rate RATE --on {self.first_week_end} (or any day before it)")


@dataclass(frozen=True, slots=True)
class MinimumWageCheck:
    wage: MinimumWage  # the value in force on the last day worked
    covered_seconds: int  # hours for which a minimum wage was found (workweeks ending in the period)
    required: Money  # what those hours come to at the minimum wage of each day
    below: bool  # the TERMS pay less than the minimum wage for some hours (money not yet received is not this)
    shortfall: Money
    pay: Money | None = None  # what the agreed terms pay for those hours
    every_hour: bool = False  # True: each hour on its own (California); False: per workweek (FLSA)
    basis: str = WEEKLY_SOURCE  # the statute or case the test follows
    benchmark: bool = False  # True for a contractor: a benchmark, not a right (unless misclassified)
    weeks: tuple[MinimumWageWeek, ...] = ()
    rate: Quote | None = None  # the rate of the last workweek, when the wage is in another currency than the pay
    hourly: Money | None = None  # the last workweek's minimum wage per hour in the client's currency

    @property
    def converted(self) -> bool:
        return self.rate is not None


@dataclass(frozen=True, slots=True)
class PayFloorWeek:
    start: date
    end: date
    seconds: int
    required: Money  # the hours at the floor
    pay: Money  # agreed pay for the hours plus bonuses and adjustments dated in the week
    shortfall: Money  # required - pay, not below zero


@dataclass(frozen=True, slots=True)
class PayFloorCheck:
    """An app-based pay floor (for a client the worker marks app-based), judged per workweek."""

    floor: PayFloor  # the value in force on the last day worked
    covered_seconds: int
    required: Money
    pay: Money
    shortfall: Money
    below: bool
    weeks: tuple[PayFloorWeek, ...] = ()


@dataclass(frozen=True, slots=True)
class DayFigures:
    day: date
    seconds: int
    earned: Decimal  # straight time, before rounding


@dataclass(frozen=True, slots=True)
class ClientPay:
    client: ClientFacts
    period: DateRange
    entries: int
    worked_seconds: int
    seconds_by_category: dict[str, int]
    paid_seconds_by_category: dict[str, int]
    straight_earned: Money
    adjustments: Money
    overtime: Overtime | None
    overtime_owed: bool  # True for employees; for contractors the overtime is an estimate only
    paid: Money
    fees: Money
    minimum_wage: MinimumWageCheck | None
    late_payments: tuple[LatePayment, ...]
    short_payments: tuple[ShortPayment, ...]
    contract_notices: tuple[ContractNotice, ...]
    days: tuple[DayFigures, ...] = ()  # each day of the period with work, for charts and day totals
    workday: Workday | None = None  # the law's workday the workweeks were reckoned in
    rate_needed: RateNeeded | None = None  # workweeks not judged for want of an exchange rate
    pay_floor: PayFloorCheck | None = None  # an app-based pay floor, for clients the worker marks app-based

    def _money(self, amount: Decimal) -> Money:
        return Money(amount, self.client.currency)

    @property
    def unpaid_seconds(self) -> int:
        return self.worked_seconds - sum(self.paid_seconds_by_category.values())

    @property
    def overtime_premium(self) -> Money:
        """Each workweek's premium rounded to the cent, then added: periods add up to their union exactly."""
        weeks = self.overtime.weeks if self.overtime else ()
        return sum((self._money(week.premium).rounded() for week in weeks), self._money(Decimal(0)).rounded())

    @property
    def earned(self) -> Money:
        owed_overtime = self.overtime_premium if self.overtime_owed else self._money(Decimal(0))
        return (self.straight_earned + self.adjustments + owed_overtime).rounded()

    @property
    def balance(self) -> Money:
        return self.earned - self.paid

    @property
    def effective_hourly_rate(self) -> Money | None:
        """Paid divided by ALL hours worked, unpaid categories included."""
        if not self.worked_seconds:
            return None
        return self._money(self.paid.amount * HOUR / self.worked_seconds).rounded()

    @property
    def earned_hourly_rate(self) -> Money | None:
        if not self.worked_seconds:
            return None
        return self._money(self.earned.amount * HOUR / self.worked_seconds).rounded()


def assess(
    *, client: ClientFacts, schedules: Mapping[int, TermsSchedule], work: Iterable[Work],
    payments: Sequence[PaymentFacts], invoices: Sequence[InvoiceFacts], adjustments: Sequence[AdjustmentFacts],
    rules: RuleBook, period: DateRange, tz: ZoneInfo, today: date, jurisdiction: str | None,
    first_entries: Mapping[int, int] | None = None, rates: Rates | None = None,
) -> ClientPay:
    """Assess ``client`` over ``period`` (both ends required). ``work`` may include days outside the period
    (whole workweeks for overtime, the look-back of contract thresholds, periods that payments cover).
    ``first_entries`` maps each engagement to its first entry ever (where a fixed price counts); without it,
    the first entry in ``work``. ``rates``: the worker's exchange rates, for a minimum wage in another currency."""
    book = book_of(client, rows_of(work), schedules=schedules, rules=rules, tz=tz, jurisdiction=jurisdiction,
                   first_entries=first_entries, rates=rates)
    return assess_book(book, client=client, payments=payments, invoices=invoices, adjustments=adjustments,
                       period=period, today=today)


def book_of(client: ClientFacts, rows: Iterable[Row], *, schedules: Mapping[int, TermsSchedule], rules: RuleBook,
            tz: ZoneInfo, jurisdiction: str | None, first_entries: Mapping[int, int] | None = None,
            rates: Rates | None = None) -> WorkBook:
    """``client``'s work (plain rows, domain/workbook.py) split into days once, for any number of periods."""
    return WorkBook.of(rows, currency=client.currency, classification=client.classification,
                       workweek_start=client.workweek_start, app_based=client.app_based,
                       workday_start=client.workday_start, schedules=schedules, rules=rules,
                       jurisdiction=jurisdiction, tz=tz, first_entries=first_entries, rates=rates)


def assess_book(book: WorkBook, *, client: ClientFacts, payments: Sequence[PaymentFacts],
                invoices: Sequence[InvoiceFacts], adjustments: Sequence[AdjustmentFacts], period: DateRange,
                today: date) -> ClientPay:
    """Assess ``client`` over ``period`` (both ends required) from its work split into days (``book_of``): the
    same figures as ``assess`` on the same work, without splitting the work again for each period."""
    start, end = period.bounds()

    def in_period(day: date) -> bool:
        return start <= day <= end

    def money(amount: Decimal) -> Money:
        return Money(amount, client.currency)

    jurisdiction, rules = book.setting.jurisdiction, book.setting.rules
    law = book.law
    weeks = law.weeks_ending_in(period, client.workweek_start)
    days = book.days_in(period)
    by_category, paid_by_category = book.categories_in(days)
    earned_by_day = book.earned
    # Each day's straight time is rounded to the cent, as pay is paid: the days of a period add up to it exactly.
    cent = minor_unit(client.currency)
    straight = sum((round_minor(earned_by_day[day] / HOUR, cent) for day in days), Decimal(0))
    adjusted = sum((a.amount for a in adjustments if in_period(a.on)), Decimal(0))
    paid = _paid(payments, book.first_days({entry for p in payments for entry, _ in p.allocations}), in_period)
    fees = sum((p.fees for p in payments if _counts(p, in_period)), Decimal(0))
    worked = sum(book.seconds[day] for day in days)

    return ClientPay(
        client=client, period=period, entries=book.entries_in(period, days), worked_seconds=worked,
        seconds_by_category=by_category, paid_seconds_by_category=paid_by_category,
        straight_earned=money(straight), adjustments=money(adjusted).rounded(),
        overtime=_overtime(client, jurisdiction, rules, period, law, weeks, adjustments),
        overtime_owed=client.classification == "employee",
        paid=money(paid).rounded(), fees=money(fees).rounded(),
        minimum_wage=_minimum_wage(client, jurisdiction, law, weeks, adjustments, book.conversions),
        late_payments=tuple(_late(client, jurisdiction, rules, payments, invoices, in_period, today, earned_by_day)),
        short_payments=tuple(_short(client, payments, adjustments, earned_by_day, in_period)),
        contract_notices=tuple(_notices(client, jurisdiction, rules, period, earned_by_day)),
        days=tuple(DayFigures(day, book.seconds[day], earned_by_day[day] / HOUR) for day in days),
        workday=law.workday, rate_needed=_rate_needed(client, law, weeks, book.rate_missing),
        pay_floor=_pay_floor(client, law, weeks, adjustments),
    )


def _week_days(start: date) -> list[date]:
    return [start + timedelta(days=i) for i in range(7)]


def _overtime(client: ClientFacts, jurisdiction: str | None, rules: RuleBook, period: DateRange, law: LawDays,
              weeks: list[date], adjustments: Sequence[AdjustmentFacts]) -> Overtime | None:
    rule = rules.overtime(jurisdiction, period.bounds()[1]) if jurisdiction else None
    if rule is None:
        return None
    days = {day: (law.seconds[day], law.earned[day]) for start in weeks for day in _week_days(start)
            if law.seconds.get(day)}
    return overtime(days, rule, client.workweek_start, _bonuses(adjustments, weeks))


def _bonuses(adjustments: Sequence[AdjustmentFacts], weeks: list[date], kinds: tuple[str, ...] = ("bonus",)
             ) -> dict[date, Decimal]:
    """Amounts of ``kinds`` dated in each workweek (by its first day)."""
    result: dict[date, Decimal] = defaultdict(Decimal)
    for start in weeks:
        end = start + timedelta(days=6)
        for item in adjustments:
            if item.kind in kinds and start <= item.on <= end:
                result[start] += item.amount
    return result


def _pay_floor(client: ClientFacts, law: LawDays, weeks: list[date], adjustments: Sequence[AdjustmentFacts]
               ) -> PayFloorCheck | None:
    """Each workweek's hours at the app-based floor against the agreed pay (bonuses and adjustments included)."""
    currency, cent = client.currency, minor_unit(client.currency)
    extra = _bonuses(adjustments, weeks, ("bonus", "adjustment"))
    results: list[PayFloorWeek] = []
    last: PayFloor | None = None
    for start in weeks:
        days = [day for day in _week_days(start) if law.floor_seconds.get(day)]
        if not days:
            continue
        last = law.floor[days[-1]]
        required = Money(round_minor(sum((law.floor_required[day] for day in days), Decimal(0)) / HOUR, cent),
                         currency)
        pay = Money(round_minor(sum((law.floor_pay[day] for day in days), Decimal(0)) / HOUR
                                + extra.get(start, Decimal(0)), cent), currency)
        results.append(PayFloorWeek(start=start, end=start + timedelta(days=6),
                                    seconds=sum(law.floor_seconds[day] for day in days), required=required, pay=pay,
                                    shortfall=Money(max(required.amount - pay.amount, Decimal(0)), currency)))
    if last is None:
        return None
    zero = Money(Decimal(0), currency)
    shortfall = sum((week.shortfall for week in results), zero)
    return PayFloorCheck(floor=last, covered_seconds=sum(week.seconds for week in results),
                         required=sum((week.required for week in results), zero),
                         pay=sum((week.pay for week in results), zero), shortfall=shortfall,
                         below=shortfall.amount > 0, weeks=tuple(results))


def _rate_needed(client: ClientFacts, law: LawDays, weeks: list[date], missing: dict[date, str]
                 ) -> RateNeeded | None:
    """The workweeks ending in the period with hours whose minimum wage could not be converted."""
    short = [(start, missing[day]) for start in weeks for day in _week_days(start)
             if day in missing and law.seconds.get(day)]
    if not short:
        return None
    ends = sorted({start + timedelta(days=6) for start, _ in short})
    return RateNeeded(base=client.currency, target=short[-1][1], first_week_end=ends[0], last_week_end=ends[-1],
                      weeks=len(ends))


def _minimum_wage(client: ClientFacts, jurisdiction: str | None, law: LawDays, weeks: list[date],
                  adjustments: Sequence[AdjustmentFacts],
                  conversions: Mapping[date, tuple[MinimumWage, Quote]]) -> MinimumWageCheck | None:
    if not jurisdiction:
        return None
    currency, cent = client.currency, minor_unit(client.currency)
    every_hour = every_hour_basis(jurisdiction)
    extra = _bonuses(adjustments, weeks, ("bonus", "adjustment"))
    results: list[MinimumWageWeek] = []
    last: MinimumWage | None = None
    hourly: MinimumWage | None = None
    quote: Quote | None = None
    for start in weeks:
        days = [day for day in _week_days(start) if law.covered.get(day)]
        if not days:
            continue
        hourly = law.wage[days[-1]]
        last, quote = conversions.get(days[-1], (hourly, None))
        required = Money(round_minor(sum((law.required[day] for day in days), Decimal(0)) / HOUR, cent), currency)
        if every_hour:  # each entry-day on its own; a bonus cannot make up for an hour paid too little
            pay = Money(round_minor(sum((law.pay[day] for day in days), Decimal(0)) / HOUR, cent), currency)
            short = Money(round_minor(sum((law.short_each[day] for day in days), Decimal(0)) / HOUR, cent), currency)
        else:
            pay = Money(round_minor(sum((law.pay[day] for day in days), Decimal(0)) / HOUR
                                    + extra.get(start, Decimal(0)), cent), currency)
            short = Money(max(required.amount - pay.amount, Decimal(0)), currency)
        results.append(MinimumWageWeek(start=start, end=start + timedelta(days=6),
                                       seconds=sum(law.covered[day] for day in days), required=required, pay=pay,
                                       shortfall=short, wage=last, rate=quote))
    if last is None or hourly is None:
        return None
    zero = Money(Decimal(0), currency)
    shortfall = sum((week.shortfall for week in results), zero)
    return MinimumWageCheck(
        wage=last, covered_seconds=sum(week.seconds for week in results),
        required=sum((week.required for week in results), zero), below=shortfall.amount > 0, shortfall=shortfall,
        pay=sum((week.pay for week in results), zero), every_hour=every_hour is not None,
        basis=every_hour or (WEEKLY_SOURCE if jurisdiction.startswith("US") else WEEKLY_METHOD),
        benchmark=client.classification != "employee", weeks=tuple(results),
        rate=quote, hourly=Money(hourly.amount, currency))


def counts_in_period(received_on: date, covered_to: date | None, period: DateRange) -> bool:
    """Whether a payment counts toward ``period``: by the end of the period it covers, else when it came."""
    day = covered_to or received_on
    return (period.start is None or period.start <= day) and (period.end is None or day <= period.end)


def _counts(payment: PaymentFacts, in_period: Callable[[date], bool]) -> bool:
    return in_period(payment.covers.end) if payment.covers and payment.covers.end else in_period(payment.received_on)


def _paid(payments: Sequence[PaymentFacts], first_day: dict[int, date], in_period: Callable[[date], bool]) -> Decimal:
    total = Decimal(0)
    for payment in payments:
        allocated = sum((amount for _, amount in payment.allocations), Decimal(0))
        total += sum((amount for entry, amount in payment.allocations
                      if entry in first_day and in_period(first_day[entry])), Decimal(0))
        if _counts(payment, in_period):
            total += payment.gross - allocated
    return total


def _due(client: ClientFacts, law: FreelancerLaw | None, completed: date,
         invoice: InvoiceFacts | None) -> tuple[date, str] | None:
    """When payment was due: the invoice's or the contract's date; the law's default only when they name none."""
    if invoice is not None and invoice.due_on is not None:
        return invoice.due_on, "invoice"
    if client.payment_terms_days is not None:
        return completed + timedelta(days=client.payment_terms_days), "contract"
    if law is not None:
        return completed + timedelta(days=law.deadline_days), law.name
    return None


def _covering_law(client: ClientFacts, jurisdiction: str | None, rules: RuleBook, covers: DateRange, amount: Decimal,
                  earned_by_day: dict[date, Decimal]) -> FreelancerLaw | None:
    """The freelancer law protecting the work ``covers`` (completed on its last day), or None.

    These laws protect independent contractors only (an employee's late wages fall under wage-payment laws), and
    only once the work reaches the law's threshold: this claim's amount, or all the work for the client in the
    law's window (rolling days, or the calendar year) up to completion. The claim counts whole only when it starts
    inside the window: USD 600 split over two calendar years does not reach a USD 600 calendar-year threshold.
    """
    completed = covers.end
    if client.classification != "contractor" or not jurisdiction or completed is None:
        return None
    law = rules.freelancer_law(jurisdiction, completed)
    if law is None or law.currency != client.currency:
        return None  # a threshold in another currency cannot be judged without a rate the worker recorded
    since = law.window_start(completed)
    in_window = sum((earned for day, earned in earned_by_day.items() if since <= day <= completed), Decimal(0)) / HOUR
    claim = amount if covers.start is not None and covers.start >= since else Decimal(0)
    return law if max(in_window, claim) >= law.contract_threshold else None


def _late(client: ClientFacts, jurisdiction: str | None, rules: RuleBook, payments: Sequence[PaymentFacts],
          invoices: Sequence[InvoiceFacts], in_period: Callable[[date], bool], today: date,
          earned_by_day: dict[date, Decimal]) -> Iterable[LatePayment]:
    by_period_end = {invoice.covers.end: invoice for invoice in invoices}
    paid_periods: set[date] = set()
    for payment in payments:
        if not (payment.covers and payment.covers.end and _counts(payment, in_period)):
            continue  # work with no recorded period has no completion date to count from
        completed = payment.covers.end
        paid_periods.add(completed)
        law = _covering_law(client, jurisdiction, rules, payment.covers, payment.gross, earned_by_day)
        due = _due(client, law, completed, by_period_end.get(completed))
        if due and payment.received_on > due[0]:
            yield _late_payment(client, payment.reference or f"payment {payment.id}", payment.gross, completed,
                                due, payment.received_on, (payment.received_on - due[0]).days, law)
    for invoice in invoices:  # claims not paid at all
        ends = invoice.covers.end
        if ends in paid_periods or ends is None or not in_period(ends):
            continue
        law = _covering_law(client, jurisdiction, rules, invoice.covers, invoice.amount, earned_by_day)
        due = _due(client, law, ends, invoice)
        if due and today > due[0]:
            yield _late_payment(client, invoice.number or f"invoice {invoice.id}", invoice.amount, ends, due,
                                None, (today - due[0]).days, law)


def _late_payment(client: ClientFacts, reference: str, amount: Decimal, completed: date, due: tuple[date, str],
                  paid_on: date | None, days: int, law: FreelancerLaw | None) -> LatePayment:
    """``law`` is the law covering the work (None for an employee or below its threshold): only it gives a remedy."""
    estimate = None
    if law is not None and law.remedy_multiplier is not None and law.currency == client.currency:
        estimate = Money(amount * (law.remedy_multiplier - 1), client.currency).rounded()
    return LatePayment(reference=reference, amount=Money(amount, client.currency), completed_on=completed,
                       due_on=due[0], due_basis=due[1], paid_on=paid_on, days_late=days, law=law,
                       remedy_estimate=estimate)


def _short(client: ClientFacts, payments: Sequence[PaymentFacts], adjustments: Sequence[AdjustmentFacts],
           earned_by_day: dict[date, Decimal], in_period: Callable[[date], bool]) -> Iterable[ShortPayment]:
    """Periods whose payments came to less than the work (and bonuses or adjustments) in them earned."""
    paid_for: dict[DateRange, Decimal] = defaultdict(Decimal)
    for payment in payments:
        if payment.covers and payment.covers.start and payment.covers.end and in_period(payment.covers.end):
            paid_for[payment.covers] += payment.gross
    for covers, paid in sorted(paid_for.items(), key=lambda item: item[0].bounds()[1]):
        low, high = covers.bounds()
        work = sum((amount for day, amount in earned_by_day.items() if low <= day <= high), Decimal(0)) / HOUR
        extra = sum((a.amount for a in adjustments if low <= a.on <= high), Decimal(0))
        earned = Money(work + extra, client.currency).rounded()
        if earned.amount > paid:
            yield ShortPayment(covers=covers, earned=earned, paid=Money(paid, client.currency))


def _notices(client: ClientFacts, jurisdiction: str | None, rules: RuleBook, period: DateRange,
             earned_by_day: dict[date, Decimal]) -> Iterable[ContractNotice]:
    """The first day in the period the work reached the law's threshold in its window without a contract on file
    (for contractors only: these laws do not cover employees)."""
    if client.contract_on_file or not jurisdiction or client.classification != "contractor":
        return
    start, end = period.bounds()
    law = rules.freelancer_law(jurisdiction, end)
    if law is None or law.currency != client.currency:
        return
    days = sorted(day for day in earned_by_day if day <= end)
    running = [Decimal(0)]
    for day in days:
        running.append(running[-1] + earned_by_day[day])
    for index, day in enumerate(days):
        if day < start:
            continue
        first = bisect.bisect_left(days, law.window_start(day))
        total = (running[index + 1] - running[first]) / HOUR
        if total >= law.contract_threshold:
            yield ContractNotice(law=law, reached_on=day, amount=Money(total, client.currency).rounded())
            return
