"""Properties of the pay engine that must hold for any work: splitting an entry changes no total, days add
up to weeks, and money is never a float."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from contractor_app.domain.assessment import ClientFacts, ClientPay, assess
from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.rules import RuleBook
from contractor_app.domain.times import DateRange
from contractor_app.domain.worktime import Work
from contractor_app.services.rules import _shipped

RULES = RuleBook(*_shipped())
ZONE = ZoneInfo("America/Los_Angeles")
BASE = datetime(2026, 3, 1, tzinfo=UTC)  # the period holds a daylight-saving change (8 March)
PERIOD = DateRange(date(2026, 2, 28), date(2026, 4, 5))
CATEGORIES = ("productive", "training", "assessment")

terms_strategy = st.sampled_from([
    Terms(kind="hourly", rate=Money(Decimal("19.37"), "USD"), unpaid_categories=("training",)),
    Terms(kind="per_unit", rate=Money(Decimal("0.125"), "USD"), unpaid_categories=("assessment",)),
])
entry_strategy = st.tuples(
    st.integers(0, 30 * 24 * 3600),  # start offset, seconds
    st.integers(2, 16 * 3600),  # length, seconds
    st.sampled_from(CATEGORIES),
)


def works(raw: list[tuple[int, int, str]]) -> list[Work]:
    return [Work(entry_id=i + 1, engagement_id=1, start=BASE + timedelta(seconds=offset),
                 end=BASE + timedelta(seconds=offset + length), break_seconds=0, category=category)
            for i, (offset, length, category) in enumerate(raw)]


def facts(classification: str) -> ClientFacts:
    return ClientFacts(id=1, name="C", currency="USD", jurisdiction="US-CA", classification=classification,
                       workweek_start=0, payment_terms_days=None, contract_on_file=False)


def assessed(work: list[Work], terms: Terms, period: DateRange = PERIOD, classification: str = "employee") -> ClientPay:
    return assess(client=facts(classification), schedules={1: [terms]}, work=work, payments=(), invoices=(),
                  adjustments=(), rules=RULES, period=period, tz=ZONE, today=date(2026, 11, 26),
                  jurisdiction="US-CA")


@settings(max_examples=60, deadline=None)
@given(raw=st.lists(entry_strategy, min_size=1, max_size=12), terms=terms_strategy, data=st.data())
def test_splitting_an_entry_in_two_changes_no_total(raw: list[tuple[int, int, str]], terms: Terms,
                                                    data: st.DataObject) -> None:
    if terms.kind == "per_unit":  # units stay whole: give the entry none, so a split cannot move them
        terms = Terms(kind="hourly", rate=terms.rate, unpaid_categories=terms.unpaid_categories)
    work = works(raw)
    index = data.draw(st.integers(0, len(work) - 1))
    target = work[index]
    cut = data.draw(st.integers(1, int((target.end - target.start).total_seconds()) - 1))
    middle = target.start + timedelta(seconds=cut)
    split = [*work[:index],
             Work(entry_id=target.entry_id, engagement_id=1, start=target.start, end=middle, break_seconds=0,
                  category=target.category),
             Work(entry_id=999, engagement_id=1, start=middle, end=target.end, break_seconds=0,
                  category=target.category),
             *work[index + 1:]]
    before, after = assessed(work, terms), assessed(split, terms)
    assert after.worked_seconds == before.worked_seconds
    assert after.seconds_by_category == before.seconds_by_category
    assert after.paid_seconds_by_category == before.paid_seconds_by_category
    assert after.straight_earned == before.straight_earned
    assert after.overtime is not None and before.overtime is not None
    assert after.overtime.seconds == before.overtime.seconds
    assert after.earned == before.earned


@settings(max_examples=40, deadline=None)
@given(raw=st.lists(entry_strategy, min_size=1, max_size=12), terms=terms_strategy)
@example(raw=[(1048573, 16885, "productive")],  # across midnight: the two halves' last digits round apart
         terms=Terms(kind="hourly", rate=Money(Decimal("19.37"), "USD"), unpaid_categories=("training",)))
def test_day_totals_add_up_to_week_totals(raw: list[tuple[int, int, str]], terms: Terms) -> None:
    work = works(raw)
    monday = date(2026, 3, 9)
    week = DateRange(monday, monday + timedelta(days=6))  # Monday to Sunday, after the clock change
    whole = assessed(work, terms, week, "contractor")
    days = [assessed(work, terms, DateRange(monday + timedelta(days=i), monday + timedelta(days=i)),
                     "contractor") for i in range(7)]
    assert sum(d.worked_seconds for d in days) == whole.worked_seconds
    # Each total is exact until one division by 3600 at 28 significant digits: seven divided days may differ from
    # the divided week in that last digit (found by Hypothesis), far below any currency's smallest unit.
    by_days = sum((d.straight_earned.amount for d in days), Decimal(0))
    assert abs(by_days - whole.straight_earned.amount) <= Decimal("1e-20")
    assert Money(by_days, "USD").rounded() == whole.straight_earned.rounded()


def _money_values(value: object) -> list[object]:
    if isinstance(value, Money):
        return [value.amount]
    if hasattr(value, "__dataclass_fields__"):
        return [item for f in fields(value) for item in _money_values(getattr(value, f.name))]  # type: ignore[arg-type]
    if isinstance(value, (tuple, list)):
        return [item for element in value for item in _money_values(element)]
    return []


@settings(max_examples=30, deadline=None)
@given(raw=st.lists(entry_strategy, min_size=1, max_size=8), terms=terms_strategy,
       classification=st.sampled_from(["employee", "contractor"]))
def test_money_is_never_a_float(raw: list[tuple[int, int, str]], terms: Terms, classification: str) -> None:
    result = assessed(works(raw), terms, classification=classification)
    amounts = _money_values(result) + [result.earned.amount, result.balance.amount, result.overtime_premium.amount]
    if result.effective_hourly_rate is not None:
        amounts.append(result.effective_hourly_rate.amount)
    assert amounts and all(type(amount) is Decimal for amount in amounts)
