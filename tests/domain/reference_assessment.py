"""A straightforward reckoning of one client's pay over a period, entry by entry, to check the fast one against.

``reference_assess`` is the assessment as it was before the work was split into days once for every period
(domain/workbook.py, issue 18): each entry is split with ``DaySplitter`` into pieces, each piece is priced under
the terms of its day, and the period's figures are gathered as the pieces go. It takes the same facts as
``domain.assessment.assess`` and must return an equal ``ClientPay``. The period-level figures (overtime, minimum
wage, late and short payments, notices) are the engine's own functions: they take the days, which is what this
reckons differently.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from contractor_app.domain.assessment import (
    AdjustmentFacts,
    ClientFacts,
    ClientPay,
    DayFigures,
    InvoiceFacts,
    PaymentFacts,
    _counts,
    _late,
    _minimum_wage,
    _notices,
    _overtime,
    _paid,
    _pay_floor,
    _rate_needed,
    _short,
)
from contractor_app.domain.exchange import Quote, Rates
from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.rules import MinimumWage, PayFloor, RuleBook
from contractor_app.domain.times import DateRange
from contractor_app.domain.workbook import LawDays, TermsSchedule, converted_wage, every_hour_basis, terms_on
from contractor_app.domain.workday import law_workday
from contractor_app.domain.worktime import DayPiece, DaySplitter, Work, workweek_start

HOUR = Decimal(3600)


def reference_assess(
    *, client: ClientFacts, schedules: Mapping[int, TermsSchedule], work: Iterable[Work],
    payments: Sequence[PaymentFacts], invoices: Sequence[InvoiceFacts], adjustments: Sequence[AdjustmentFacts],
    rules: RuleBook, period: DateRange, tz: ZoneInfo, today: date, jurisdiction: str | None,
    first_entries: Mapping[int, int] | None = None, rates: Rates | None = None,
) -> ClientPay:
    start, end = period.bounds()
    work = list(work)
    employee = client.classification == "employee"
    if first_entries is None:
        first: dict[int, Work] = {}
        for item in work:
            known = first.get(item.engagement_id)
            if known is None or (item.start, item.entry_id) < (known.start, known.entry_id):
                first[item.engagement_id] = item
        first_entries = {engagement: item.entry_id for engagement, item in first.items()}
    conversions: dict[date, tuple[MinimumWage, Quote]] = {}
    rate_missing: dict[date, str] = {}

    def wage_on(day: date) -> MinimumWage | None:
        if not jurisdiction:
            return None
        wage = rules.minimum_wage(jurisdiction, day, client.currency)
        local = rules.local_minimum_wage(jurisdiction, day) if wage is None else None
        if local is None:
            return wage
        week_end = workweek_start(day, client.workweek_start) + timedelta(days=6)
        quote = rates.latest(client.currency, local.currency, week_end) if rates is not None else None
        if quote is None:
            rate_missing[day] = local.currency
            return None
        conversions[day] = (local, quote)
        return converted_wage(local, quote, client.currency)

    def floor_on(day: date) -> PayFloor | None:
        found = rules.pay_floor(jurisdiction, day, client.currency, app_based=client.app_based) \
            if jurisdiction else None
        return found if found is not None and found.unit == "hour" else None

    def priced(piece: DayPiece, index: int) -> tuple[Terms | None, Decimal]:
        terms = terms_on(schedules.get(piece.work.engagement_id, ()), piece.day)
        if terms is None or terms.kind == "fixed":
            amount = Decimal(0)
        elif employee and piece.work.category in terms.unpaid_categories:
            wage = wage_on(piece.day)
            amount = (terms.rate.amount * piece.seconds if terms.kind == "hourly"
                      else wage.amount * piece.seconds if wage is not None else Decimal(0))
        else:
            amount = terms.earned_x3600(category=piece.work.category, worked_seconds=piece.seconds,
                                        units=piece.units)
        if terms is not None and terms.kind == "fixed" and index == 0 \
                and first_entries.get(piece.work.engagement_id) == piece.work.entry_id:
            amount += terms.rate.amount * HOUR
        return terms, amount

    earned_by_day: dict[date, Decimal] = defaultdict(Decimal)
    seconds_by_day: dict[date, int] = defaultdict(int)
    by_category: dict[str, int] = defaultdict(int)
    paid_by_category: dict[str, int] = defaultdict(int)
    first_day: dict[int, date] = {}
    entries: set[int] = set()
    workday = law_workday(jurisdiction, client.workday_start, tz)
    law = LawDays(workday, every_hour_basis(jurisdiction) is not None)
    same_days = workday.zone.key == tz.key and workday.start == time(0)
    local_days, law_days = DaySplitter(tz), DaySplitter(workday.zone, workday.start)
    for item in work:
        pieces = local_days.split(item)
        figures = [priced(piece, index) for index, piece in enumerate(pieces)]
        for piece, (terms, amount) in zip(pieces, figures, strict=True):
            first_day.setdefault(item.entry_id, piece.day)
            earned_by_day[piece.day] += amount
            seconds_by_day[piece.day] += piece.seconds
            if start <= piece.day <= end:
                entries.add(item.entry_id)
                by_category[item.category] += piece.seconds
                if terms is not None and (employee or item.category not in terms.unpaid_categories):
                    paid_by_category[item.category] += piece.seconds
        # By the law's workdays; an entry inside one day either way keeps its earnings as they are.
        law_pieces = pieces if same_days else law_days.split(item)
        if len(law_pieces) != len(pieces) or len(pieces) > 1 and law_pieces is not pieces:
            figures = [priced(piece, index) for index, piece in enumerate(law_pieces)]
        for piece, (terms, amount) in zip(law_pieces, figures, strict=True):
            law.add(piece.day, piece.seconds, terms is not None, amount, wage_on(piece.day), floor_on(piece.day))
    weeks = law.weeks_ending_in(period, client.workweek_start)

    def in_period(day: date) -> bool:
        return start <= day <= end

    def money(amount: Decimal) -> Money:
        return Money(amount, client.currency)

    days = sorted(day for day in seconds_by_day if in_period(day))
    straight = sum((money(earned_by_day[day] / HOUR).rounded().amount for day in days), Decimal(0))
    return ClientPay(
        client=client, period=period, entries=len(entries), worked_seconds=sum(seconds_by_day[day] for day in days),
        seconds_by_category=dict(sorted(by_category.items())),
        paid_seconds_by_category=dict(sorted(paid_by_category.items())),
        straight_earned=money(straight),
        adjustments=money(sum((a.amount for a in adjustments if in_period(a.on)), Decimal(0))).rounded(),
        overtime=_overtime(client, jurisdiction, rules, period, law, weeks, adjustments), overtime_owed=employee,
        paid=money(_paid(payments, first_day, in_period)).rounded(),
        fees=money(sum((p.fees for p in payments if _counts(p, in_period)), Decimal(0))).rounded(),
        minimum_wage=_minimum_wage(client, jurisdiction, law, weeks, adjustments, conversions),
        late_payments=tuple(_late(client, jurisdiction, rules, payments, invoices, in_period, today, earned_by_day)),
        short_payments=tuple(_short(client, payments, adjustments, earned_by_day, in_period)),
        contract_notices=tuple(_notices(client, jurisdiction, rules, period, earned_by_day)),
        days=tuple(DayFigures(day, seconds_by_day[day], earned_by_day[day] / HOUR) for day in days),
        workday=workday, rate_needed=_rate_needed(client, law, weeks, rate_missing),
        pay_floor=_pay_floor(client, law, weeks, adjustments),
    )
