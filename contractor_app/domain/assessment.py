"""One client's pay over a period, assessed against the terms and the rules: the heart of the pay engine.

Pure: it takes plain facts (the client, its pay-term schedules, work, payments, invoices, adjustments, the rule
book) and returns plain figures, each traceable to the entries and payments behind it.

How money is attributed to the period:
- earned: each day's work under the terms in force that day (so a rate change mid-week splits the work);
  categories the terms mark unpaid earn nothing; per-unit pay goes to the day the entry started; a fixed price
  counts once when the period holds work on it; bonuses and adjustments on days in the period are added.
- paid: amounts explicitly allocated to entries count on the entry's first day; the rest of a payment counts
  when the period it covers ends in the period (or, with no period recorded, when it was received in it).
- overtime: for whole workweeks starting in the period (a workweek is never split between two periods).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from .money import Money
from .overtime import Overtime, overtime
from .pay import Terms
from .rules import FreelancerLaw, MinimumWage, RuleBook
from .times import DateRange
from .worktime import DayPiece, Work, split_by_day, workweek_start

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


@dataclass(frozen=True, slots=True)
class MinimumWageCheck:
    wage: MinimumWage  # the value in force on the last day worked
    covered_seconds: int  # hours for which a minimum wage was found
    required: Money  # what those hours come to at the minimum wage of each day
    below: bool
    shortfall: Money


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

    def _money(self, amount: Decimal) -> Money:
        return Money(amount, self.client.currency)

    @property
    def unpaid_seconds(self) -> int:
        return self.worked_seconds - sum(self.paid_seconds_by_category.values())

    @property
    def overtime_premium(self) -> Money:
        return self._money(self.overtime.premium if self.overtime else Decimal(0)).rounded()

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


TermsSchedule = Sequence[Terms]  # sorted by effective_from


def terms_on(schedule: TermsSchedule, day: date) -> Terms | None:
    index = bisect.bisect_right([t.effective_from for t in schedule], day) - 1
    return schedule[index] if index >= 0 else None


def assess(
    *, client: ClientFacts, schedules: dict[int, TermsSchedule], work: Iterable[Work],
    payments: Sequence[PaymentFacts], invoices: Sequence[InvoiceFacts], adjustments: Sequence[AdjustmentFacts],
    rules: RuleBook, period: DateRange, tz: ZoneInfo, today: date, jurisdiction: str | None,
) -> ClientPay:
    """Assess ``client`` over ``period`` (both ends required). ``work`` may include days outside the period
    (whole workweeks for overtime, the look-back of contract thresholds, periods that payments cover)."""
    assert period.start and period.end
    in_period = lambda day: period.start <= day <= period.end  # noqa: E731
    money = lambda amount: Money(amount, client.currency)  # noqa: E731

    pieces = [piece for item in work for piece in split_by_day(item, tz)]
    earned_by_day: dict[date, Decimal] = defaultdict(Decimal)  # x 3600: exact, see Terms.earned_x3600
    seconds_by_day: dict[date, int] = defaultdict(int)
    by_category: dict[str, int] = defaultdict(int)
    paid_by_category: dict[str, int] = defaultdict(int)
    first_day: dict[int, date] = {}
    fixed_counted: set[int] = set()
    for piece in pieces:
        first_day.setdefault(piece.work.entry_id, piece.day)
        terms = terms_on(schedules.get(piece.work.engagement_id, ()), piece.day)
        earned = _earned(piece, terms, fixed_counted if in_period(piece.day) else None)
        earned_by_day[piece.day] += earned
        seconds_by_day[piece.day] += piece.seconds
        if in_period(piece.day):
            by_category[piece.work.category] += piece.seconds
            if terms is not None and piece.work.category not in terms.unpaid_categories:
                paid_by_category[piece.work.category] += piece.seconds

    days = [day for day in seconds_by_day if in_period(day)]
    entries = {piece.work.entry_id for piece in pieces if in_period(piece.day)}
    straight = sum((earned_by_day[day] for day in days), Decimal(0)) / HOUR
    adjusted = sum((a.amount for a in adjustments if in_period(a.on)), Decimal(0))
    paid = _paid(payments, first_day, in_period)
    fees = sum((p.fees for p in payments if _counts(p, in_period)), Decimal(0))
    worked = sum(seconds_by_day[day] for day in days)

    return ClientPay(
        client=client, period=period, entries=len(entries), worked_seconds=worked,
        seconds_by_category=dict(sorted(by_category.items())),
        paid_seconds_by_category=dict(sorted(paid_by_category.items())),
        straight_earned=money(straight), adjustments=money(adjusted).rounded(),
        overtime=_overtime(client, jurisdiction, rules, period, seconds_by_day, earned_by_day),
        overtime_owed=client.classification == "employee",
        paid=money(paid).rounded(), fees=money(fees).rounded(),
        minimum_wage=_minimum_wage(client, jurisdiction, rules, days, seconds_by_day, paid),
        late_payments=tuple(_late(client, jurisdiction, rules, payments, invoices, in_period, today, earned_by_day)),
        short_payments=tuple(_short(client, payments, adjustments, earned_by_day, in_period)),
        contract_notices=tuple(_notices(client, jurisdiction, rules, period, earned_by_day)),
        days=tuple(DayFigures(day, seconds_by_day[day], earned_by_day[day] / HOUR) for day in sorted(days)),
    )


def _earned(piece: DayPiece, terms: Terms | None, fixed_counted: set[int] | None) -> Decimal:
    if terms is None:
        return Decimal(0)
    if terms.kind == "fixed":
        if fixed_counted is None or piece.work.engagement_id in fixed_counted:
            return Decimal(0)
        fixed_counted.add(piece.work.engagement_id)
        return terms.rate.amount * HOUR
    return terms.earned_x3600(category=piece.work.category, worked_seconds=piece.seconds, units=piece.units)


def counts_in_period(received_on: date, covered_to: date | None, period: DateRange) -> bool:
    """Whether a payment counts toward ``period``: by the end of the period it covers, else when it came."""
    day = covered_to or received_on
    return (period.start is None or period.start <= day) and (period.end is None or day <= period.end)


def _counts(payment: PaymentFacts, in_period) -> bool:  # type: ignore[no-untyped-def]
    return in_period(payment.covers.end) if payment.covers and payment.covers.end else in_period(payment.received_on)


def _paid(payments: Sequence[PaymentFacts], first_day: dict[int, date], in_period) -> Decimal:  # type: ignore[no-untyped-def]
    total = Decimal(0)
    for payment in payments:
        allocated = sum((amount for _, amount in payment.allocations), Decimal(0))
        total += sum((amount for entry, amount in payment.allocations
                      if entry in first_day and in_period(first_day[entry])), Decimal(0))
        if _counts(payment, in_period):
            total += payment.gross - allocated
    return total


def _overtime(client: ClientFacts, jurisdiction: str | None, rules: RuleBook, period: DateRange,
              seconds_by_day: dict[date, int], earned_by_day: dict[date, Decimal]) -> Overtime | None:
    rule = rules.overtime(jurisdiction, period.end) if jurisdiction else None  # type: ignore[arg-type]
    if rule is None:
        return None
    weeks = {workweek_start(day, client.workweek_start) for day in seconds_by_day}
    starting_in_period = {week for week in weeks if period.start <= week <= period.end}  # type: ignore[operator]
    days = {day: (seconds, earned_by_day[day]) for day, seconds in seconds_by_day.items()
            if workweek_start(day, client.workweek_start) in starting_in_period}
    return overtime(days, rule, client.workweek_start)


def _minimum_wage(client: ClientFacts, jurisdiction: str | None, rules: RuleBook, days: list[date],
                  seconds_by_day: dict[date, int], paid: Decimal) -> MinimumWageCheck | None:
    if not jurisdiction:
        return None
    required = Decimal(0)
    covered = 0
    last: MinimumWage | None = None
    for day in sorted(days):
        wage = rules.minimum_wage(jurisdiction, day, client.currency)
        if wage is not None and seconds_by_day[day]:
            required += wage.amount * seconds_by_day[day]  # x 3600, divided once below
            covered += seconds_by_day[day]
            last = wage
    if last is None:
        return None
    required_money = Money(required / HOUR, client.currency).rounded()
    shortfall = max(required_money.amount - paid, Decimal(0))
    return MinimumWageCheck(wage=last, covered_seconds=covered, required=required_money,
                            below=paid < required_money.amount, shortfall=Money(shortfall, client.currency))


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
          invoices: Sequence[InvoiceFacts], in_period, today: date,  # type: ignore[no-untyped-def]
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
        completed = invoice.covers.end
        if completed in paid_periods or completed is None or not in_period(completed):
            continue
        law = _covering_law(client, jurisdiction, rules, invoice.covers, invoice.amount, earned_by_day)
        due = _due(client, law, completed, invoice)
        if due and today > due[0]:
            yield _late_payment(client, invoice.number or f"invoice {invoice.id}", invoice.amount, completed, due,
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
           earned_by_day: dict[date, Decimal], in_period) -> Iterable[ShortPayment]:  # type: ignore[no-untyped-def]
    """Periods whose payments came to less than the work (and bonuses or adjustments) in them earned."""
    paid_for: dict[DateRange, Decimal] = defaultdict(Decimal)
    for payment in payments:
        if payment.covers and payment.covers.start and payment.covers.end and in_period(payment.covers.end):
            paid_for[payment.covers] += payment.gross
    for covers, paid in sorted(paid_for.items(), key=lambda item: item[0].end):  # type: ignore[arg-type,return-value]
        inside = lambda day: covers.start <= day <= covers.end  # type: ignore[operator]  # noqa: E731
        work = sum((amount for day, amount in earned_by_day.items() if inside(day)), Decimal(0)) / HOUR
        extra = sum((a.amount for a in adjustments if inside(a.on)), Decimal(0))
        earned = Money(work + extra, client.currency).rounded()
        if earned.amount > paid:
            yield ShortPayment(covers=covers, earned=earned, paid=Money(paid, client.currency))


def _notices(client: ClientFacts, jurisdiction: str | None, rules: RuleBook, period: DateRange,
             earned_by_day: dict[date, Decimal]) -> Iterable[ContractNotice]:
    """The first day in the period the work reached the law's threshold in its window without a contract on file
    (for contractors only: these laws do not cover employees)."""
    if client.contract_on_file or not jurisdiction or client.classification != "contractor":
        return
    law = rules.freelancer_law(jurisdiction, period.end)  # type: ignore[arg-type]
    if law is None or law.currency != client.currency:
        return
    days = sorted(day for day in earned_by_day if day <= period.end)  # type: ignore[operator]
    running = [Decimal(0)]
    for day in days:
        running.append(running[-1] + earned_by_day[day])
    for index, day in enumerate(days):
        if day < period.start:  # type: ignore[operator]
            continue
        first = bisect.bisect_left(days, law.window_start(day))
        total = (running[index + 1] - running[first]) / HOUR
        if total >= law.contract_threshold:
            yield ContractNotice(law=law, reached_on=day, amount=Money(total, client.currency).rounded())
            return
