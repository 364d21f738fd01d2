"""The pay and rights engine on the worked examples of RIGHTS.md and the issue, one test each.

Each builds plain facts and calls domain.assessment.assess with the shipped rule files, so the figures are
the ones a worker would see.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from contractor_app.domain.assessment import ClientFacts, ClientPay, PaymentFacts, assess
from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.rules import RuleBook
from contractor_app.domain.times import DateRange
from contractor_app.domain.worktime import Work
from contractor_app.services.rules import _shipped

LA = ZoneInfo("America/Los_Angeles")
NY = ZoneInfo("America/New_York")
RULES = RuleBook(*_shipped())


def client(*, jurisdiction: str, classification: str = "employee", workweek_start: int = 0,
           payment_terms_days: int | None = None) -> ClientFacts:
    return ClientFacts(id=1, name="Client", currency="USD", jurisdiction=jurisdiction, classification=classification,
                       workweek_start=workweek_start, payment_terms_days=payment_terms_days, contract_on_file=False)


def hourly(rate: str, *, since: date = date(1970, 1, 1), unpaid: tuple[str, ...] = ()) -> Terms:
    return Terms(kind="hourly", rate=Money(Decimal(rate), "USD"), effective_from=since, unpaid_categories=unpaid)


def shift(day: date, start: time, hours: float, tz: ZoneInfo = LA, *, category: str = "productive",
          units: int | None = None, entry_id: int = 0) -> Work:
    begin = datetime.combine(day, start, tz).astimezone(UTC)
    return Work(entry_id=entry_id or hash((day, start, category)) & 0xFFFFFF, engagement_id=1, start=begin,
                end=begin + timedelta(hours=hours), break_seconds=0, category=category,
                units=Decimal(units) if units is not None else None)


def run(facts: ClientFacts, terms: list[Terms], work: list[Work], period: DateRange, *, tz: ZoneInfo = LA,
        payments: tuple[PaymentFacts, ...] = (), today: date = date(2026, 11, 26)) -> ClientPay:
    return assess(client=facts, schedules={1: terms}, work=work, payments=payments, invoices=(), adjustments=(),
                  rules=RULES, period=period, tz=tz, today=today, jurisdiction=facts.jurisdiction)


WEEK = DateRange(date(2026, 11, 2), date(2026, 11, 8))  # Monday to Sunday


def test_flsa_overtime_over_40_hours_in_the_workweek() -> None:
    work = [shift(date(2026, 11, 2) + timedelta(days=i), time(8), 9) for i in range(5)]  # 5 x 9 h = 45 h
    result = run(client(jurisdiction="US-TX"), [hourly("20")], work, WEEK)
    assert result.overtime is not None and result.overtime.rule.name == "FLSA"
    assert result.overtime.seconds == 5 * 3600
    assert result.earned == Money(Decimal("950.00"), "USD")  # 40 x 20 + 5 x 30


def test_california_daily_overtime_on_a_13_hour_day() -> None:
    result = run(client(jurisdiction="US-CA"), [hourly("20")], [shift(date(2026, 11, 2), time(6), 13)], WEEK)
    assert result.overtime is not None
    assert (result.overtime.time_and_a_half_seconds, result.overtime.double_seconds) == (4 * 3600, 3600)
    assert result.earned == Money(Decimal("320.00"), "USD")  # 8 x 20 + 4 x 30 + 1 x 40


def test_california_seventh_consecutive_day() -> None:
    """8 h Monday to Saturday, 10 h on Sunday, the 7th consecutive day of the workweek.
    Saturday's 8 h pass 40 regular hours in the week (1.5x); Sunday: first 8 h at 1.5x, the last 2 h at 2x."""
    work = [shift(date(2026, 11, 2) + timedelta(days=i), time(8), 8) for i in range(6)]
    work.append(shift(date(2026, 11, 8), time(8), 10))
    result = run(client(jurisdiction="US-CA"), [hourly("20")], work, WEEK)
    assert result.overtime is not None
    assert (result.overtime.time_and_a_half_seconds, result.overtime.double_seconds) == (16 * 3600, 2 * 3600)
    assert result.earned == Money(Decimal("1360.00"), "USD")  # 40 x 20 + 16 x 30 + 2 x 40


def test_a_rate_change_mid_week_splits_the_work() -> None:
    """20/h until Wednesday, 25/h from Thursday 5 November; 8 h a day Monday to Friday, a contractor in Texas."""
    work = [shift(date(2026, 11, 2) + timedelta(days=i), time(9), 8) for i in range(5)]
    terms = [hourly("20"), hourly("25", since=date(2026, 11, 5))]
    result = run(client(jurisdiction="US-TX", classification="contractor"), terms, work, WEEK)
    assert result.earned == Money(Decimal("880.00"), "USD")  # 3 x 160 + 2 x 200
    assert result.overtime is not None and result.overtime.seconds == 0


def test_per_task_pay_below_the_minimum_wage_once_unpaid_time_counts() -> None:
    """120 tasks at 0.80 over 9 h, 2 of them an unpaid assessment, paid 96.00: 10.67/h against 16.90/h."""
    day = date(2026, 3, 3)
    terms = Terms(kind="per_unit", rate=Money(Decimal("0.80"), "USD"), unit_name="task",
                  unpaid_categories=("assessment",))
    work = [shift(day, time(8), 2, category="assessment", entry_id=1),
            shift(day, time(10), 7, units=120, entry_id=2)]
    paid = PaymentFacts(id=1, received_on=date(2026, 3, 10), gross=Decimal("96.00"), fees=Decimal(0),
                        reference="P1", covers=DateRange(day, day))
    week = DateRange(date(2026, 3, 2), date(2026, 3, 8))  # the minimum wage is judged by whole workweeks
    result = run(client(jurisdiction="US-CA", classification="contractor"), [terms], work, week, payments=(paid,))
    assert result.earned == Money(Decimal("96.00"), "USD")
    assert result.effective_hourly_rate == Money(Decimal("10.67"), "USD")
    check = result.minimum_wage
    assert check is not None and check.wage.amount == Decimal("16.90") and check.wage.jurisdiction == "US-CA"
    # California, every hour on its own: the assessment's 2 h are paid nothing (2 x 16.90 = 33.80 short) and the
    # 7 h of tasks pay 96.00 against 7 x 16.90 = 118.30 (22.30 short): 56.10, the same as 9 x 16.90 - 96 here.
    assert check.below and check.shortfall == Money(Decimal("56.10"), "USD") and check.every_hour
    assert result.unpaid_seconds == 2 * 3600


def test_late_payment_under_nyc_freelance_isnt_free() -> None:
    """USD 1,000 of work completed 2026-01-09 and paid 2026-02-23: due 30 days after completion, 15 days late."""
    work = [shift(date(2026, 1, 9), time(9), 8, NY)]
    payment = PaymentFacts(id=1, received_on=date(2026, 2, 23), gross=Decimal("1000.00"), fees=Decimal(0),
                           reference="INV-7", covers=DateRange(date(2026, 1, 5), date(2026, 1, 9)))
    terms = Terms(kind="fixed", rate=Money(Decimal("1000"), "USD"))
    result = run(client(jurisdiction="US-NY-NYC", classification="contractor"), [terms], work,
                 DateRange(date(2026, 1, 1), date(2026, 1, 31)), tz=NY, payments=(payment,))
    (late,) = result.late_payments
    assert (late.due_on, late.days_late, late.paid_on) == (date(2026, 2, 8), 15, date(2026, 2, 23))
    assert late.law is not None and late.law.name == "NYC Freelance Isn't Free Act"
    assert "double damages" in late.law.remedy and late.remedy_estimate == Money(Decimal("1000.00"), "USD")


def test_workweek_start_day_decides_overtime() -> None:
    """10 h on Sunday 1 Nov and on Monday to Thursday: 50 h in a Sunday-to-Saturday week, 40 h from Monday."""
    days = [date(2026, 11, 1) + timedelta(days=i) for i in range(5)]
    work = [shift(day, time(8), 10) for day in days]
    period = DateRange(date(2026, 11, 1), date(2026, 11, 7))
    sunday = run(client(jurisdiction="US-TX", workweek_start=6), [hourly("20")], work, period)
    monday = run(client(jurisdiction="US-TX", workweek_start=0), [hourly("20")], work,
                 DateRange(date(2026, 10, 26), date(2026, 11, 8)))
    assert sunday.overtime is not None and sunday.overtime.seconds == 10 * 3600
    assert monday.overtime is not None and monday.overtime.seconds == 0


@pytest.mark.parametrize(("day", "hours"), [(date(2026, 3, 8), 23), (date(2026, 11, 1), 25), (date(2026, 6, 1), 24)])
def test_daylight_saving_days_count_real_elapsed_hours(day: date, hours: int) -> None:
    begin = datetime.combine(day, time(0), LA).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), LA).astimezone(UTC)
    work = [Work(entry_id=1, engagement_id=1, start=begin, end=end, break_seconds=0, category="productive")]
    result = run(client(jurisdiction="US-TX", classification="contractor"), [hourly("10")], work, DateRange(day, day))
    assert result.worked_seconds == hours * 3600
    assert result.earned == Money(Decimal(10 * hours), "USD")


def test_entries_crossing_midnight_split_by_day_in_the_workers_zone() -> None:
    work = [shift(date(2026, 11, 2), time(22), 4)]  # 22:00 to 02:00
    first = run(client(jurisdiction="US-TX", classification="contractor"), [hourly("20")], work,
                DateRange(date(2026, 11, 2), date(2026, 11, 2)))
    second = run(client(jurisdiction="US-TX", classification="contractor"), [hourly("20")], work,
                 DateRange(date(2026, 11, 3), date(2026, 11, 3)))
    assert (first.worked_seconds, second.worked_seconds) == (2 * 3600, 2 * 3600)
    assert first.earned == second.earned == Money(Decimal("40.00"), "USD")


def test_contractors_see_overtime_as_an_estimate_only() -> None:
    work = [shift(date(2026, 11, 2), time(6), 13)]
    result = run(client(jurisdiction="US-CA", classification="contractor"), [hourly("20")], work, WEEK)
    assert result.overtime_premium == Money(Decimal("60.00"), "USD") and not result.overtime_owed
    assert result.earned == Money(Decimal("260.00"), "USD")  # straight time only: the premium is not owed


def test_contract_notice_when_work_passes_the_threshold_without_a_written_contract() -> None:
    work = [shift(date(2026, 11, 2) + timedelta(days=i), time(9), 8, NY) for i in range(5)]  # 5 x 160 = 800
    result = run(client(jurisdiction="US-NY-NYC", classification="contractor"), [hourly("20")], work, WEEK, tz=NY)
    (notice,) = result.contract_notices
    assert notice.reached_on == date(2026, 11, 6) and notice.amount == Money(Decimal("800.00"), "USD")
