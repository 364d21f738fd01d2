"""For any records, the figures of consecutive periods add up to the figures of their union (issue 13, item 1):
every workweek is assessed whole and counted once, in the period holding its last day, and no hour is lost
whichever day the workweek starts on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contractor_app.domain.assessment import AdjustmentFacts, ClientFacts, ClientPay, assess
from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.rules import RuleBook
from contractor_app.domain.times import DateRange
from contractor_app.domain.worktime import Work
from contractor_app.services.rules import _shipped

RULES = RuleBook(*_shipped())
BASE = datetime(2026, 2, 20, tzinfo=UTC)
UNION = DateRange(date(2026, 2, 1), date(2026, 5, 31))  # the work falls well inside it, weeks and all
CATEGORIES = ("productive", "training")

entries = st.lists(st.tuples(st.integers(0, 70 * 24 * 3600), st.integers(60, 15 * 3600), st.sampled_from(CATEGORIES),
                             st.integers(0, 40)), min_size=1, max_size=25)
terms = st.sampled_from([
    Terms(kind="hourly", rate=Money(Decimal("19.37"), "USD"), unpaid_categories=("training",)),
    Terms(kind="hourly", rate=Money(Decimal("7.10"), "USD")),
    Terms(kind="per_unit", rate=Money(Decimal("0.125"), "USD"), unpaid_categories=("training",)),
    Terms(kind="fixed", rate=Money(Decimal("950"), "USD")),
])
setting = st.fixed_dictionaries({
    "jurisdiction": st.sampled_from(["US-CA", "US-TX", "US-NY-NYC"]),
    "classification": st.sampled_from(["employee", "contractor"]),
    "workweek_start": st.integers(0, 6),
    "workday_start": st.sampled_from([None, 6 * 60, 22 * 60]),
    "zone": st.sampled_from(["America/New_York", "Asia/Manila", "America/Los_Angeles"]),
})


def works(raw: list[tuple[int, int, str, int]]) -> list[Work]:
    return [Work(entry_id=i + 1, engagement_id=1, start=BASE + timedelta(seconds=offset),
                 end=BASE + timedelta(seconds=offset + length), break_seconds=0, category=category,
                 units=Decimal(units))
            for i, (offset, length, category, units) in enumerate(raw)]


def assessed(work: list[Work], pay: Terms, where: dict[str, object], period: DateRange,
             bonuses: tuple[AdjustmentFacts, ...] = ()) -> ClientPay:
    client = ClientFacts(id=1, name="C", currency="USD", jurisdiction=where["jurisdiction"],  # type: ignore[arg-type]
                         classification=where["classification"], workweek_start=where["workweek_start"],  # type: ignore[arg-type]
                         payment_terms_days=None, contract_on_file=True,
                         workday_start=where["workday_start"])  # type: ignore[arg-type]
    return assess(client=client, schedules={1: [pay]}, work=work, payments=(), invoices=(), adjustments=bonuses,
                  rules=RULES, period=period, tz=ZoneInfo(where["zone"]), today=date(2026, 12, 1),  # type: ignore[arg-type]
                  jurisdiction=client.jurisdiction)


def figures(item: ClientPay) -> tuple[object, ...]:
    check = item.minimum_wage
    return (item.worked_seconds, item.earned.amount, item.straight_earned.amount,
            item.overtime.seconds if item.overtime else 0, item.overtime_premium.amount,
            check.shortfall.amount if check else Decimal(0), check.covered_seconds if check else 0)


@settings(max_examples=60, deadline=None)
@given(raw=entries, pay=terms, where=setting, cuts=st.lists(st.integers(1, 119), min_size=1, max_size=4, unique=True),
       bonus=st.integers(0, 300))
def test_consecutive_periods_add_up_to_their_union(raw: list[tuple[int, int, str, int]], pay: Terms,
                                                   where: dict[str, object], cuts: list[int], bonus: int) -> None:
    work = works(raw)
    bonuses = (AdjustmentFacts(on=date(2026, 3, 18), kind="bonus", amount=Decimal(bonus), note=None),)
    assert UNION.start is not None and UNION.end is not None
    edges = ([UNION.start] + [UNION.start + timedelta(days=cut) for cut in sorted(cuts)]
             + [UNION.end + timedelta(days=1)])
    parts = [assessed(work, pay, where, DateRange(low, high - timedelta(days=1)), bonuses)
             for low, high in zip(edges, edges[1:], strict=False)]
    whole = assessed(work, pay, where, UNION, bonuses)
    added = [sum(values) for values in zip(*(figures(part) for part in parts), strict=True)]
    assert added == list(figures(whole))


@settings(max_examples=40, deadline=None)
@given(raw=entries, pay=terms, where=setting)
def test_moving_the_workweek_start_never_loses_an_hour(raw: list[tuple[int, int, str, int]], pay: Terms,
                                                       where: dict[str, object]) -> None:
    work = works(raw)
    total = sum(int((w.end - w.start).total_seconds()) for w in work)
    for first in range(7):
        item = assessed(work, pay, {**where, "workweek_start": first}, UNION)
        assert item.worked_seconds == total
        assert item.overtime is not None and sum(week.seconds for week in item.overtime.weeks) == total


def test_an_open_period_is_refused_by_name() -> None:
    """An assessment needs both ends. It used to rely on an `assert` (gone under `python -O`, leaving a TypeError deep
    in the overtime code); the services close open periods first (services.summary.bounded_period)."""
    pay = Terms(kind="hourly", rate=Money(Decimal("20"), "USD"))
    where = {"jurisdiction": "US-CA", "classification": "employee", "workweek_start": 0, "workday_start": None,
             "zone": "America/Los_Angeles"}
    assert DateRange(date(2026, 3, 1), date(2026, 3, 31)).bounds() == (date(2026, 3, 1), date(2026, 3, 31))
    for open_period in (DateRange(), DateRange(start=date(2026, 3, 1)), DateRange(end=date(2026, 3, 31))):
        with pytest.raises(ValueError, match="open period"):
            assessed(works([(0, 3600, "productive", 0)]), pay, where, open_period)
