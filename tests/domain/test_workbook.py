"""The work split into days once (domain/workbook.py, issue 18) gives exactly the figures of the straightforward
entry-by-entry reckoning (tests/domain/reference_assessment.py), for any records: several engagements whose terms
change, employees and contractors, overnight shifts and clock changes, the law's workdays in another zone,
bonuses, unpaid categories, payments allocated to entries, a minimum wage in another currency."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contractor_app.domain.assessment import (
    AdjustmentFacts,
    ClientFacts,
    ClientPay,
    InvoiceFacts,
    PaymentFacts,
    assess,
    assess_book,
    book_of,
)
from contractor_app.domain.exchange import ExchangeRate, Rates
from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.rules import RuleBook
from contractor_app.domain.times import DateRange
from contractor_app.domain.workbook import WorkBook, _Days, rows_of
from contractor_app.domain.worktime import Work
from contractor_app.services.rules import _shipped

from .reference_assessment import reference_assess

RULES = RuleBook(*_shipped())
BASE = datetime(2026, 2, 20, tzinfo=UTC)  # 60 days from here cross the March clock changes in the US and the EU
TODAY = date(2026, 6, 1)
CATEGORIES = ("productive", "training", "waiting")
PERIODS = (DateRange(date(2026, 1, 1), date(2026, 5, 31)), DateRange(date(2026, 2, 1), date(2026, 2, 28)),
           DateRange(date(2026, 3, 1), date(2026, 3, 31)), DateRange(date(2026, 4, 1), date(2026, 4, 30)),
           DateRange(date(2026, 3, 9), date(2026, 3, 15)), DateRange(date(2026, 3, 28), date(2026, 3, 29)))
RATES = Rates([ExchangeRate(on=date(2026, 1, 5), from_currency="USD", to_currency="PHP", rate=Decimal("58.1"),
                            source="payment")])

terms = st.sampled_from([
    Terms(kind="hourly", rate=Money(Decimal("19.37"), "USD"), unpaid_categories=("training",)),
    Terms(kind="hourly", rate=Money(Decimal("7.10"), "USD")),
    Terms(kind="hourly", rate=Money(Decimal("31.5"), "USD"), unpaid_categories=("waiting", "training")),
    Terms(kind="per_unit", rate=Money(Decimal("0.125"), "USD"), unpaid_categories=("training",)),
    Terms(kind="per_unit", rate=Money(Decimal("2.40"), "USD")),
    Terms(kind="fixed", rate=Money(Decimal("950"), "USD")),
])
schedule = st.lists(st.tuples(st.integers(-10, 50), terms), min_size=1, max_size=3)
entry = st.tuples(st.integers(1, 3), st.integers(0, 60 * 24 * 3600), st.integers(60, 30 * 3600),
                  st.integers(0, 3600), st.sampled_from(CATEGORIES),
                  st.one_of(st.none(), st.integers(0, 40).map(Decimal), st.sampled_from([Decimal("2.5")])))
where = st.fixed_dictionaries({
    "jurisdiction": st.sampled_from(["US-CA", "US-TX", "US-NY-NYC", "PH-00", None]),
    "classification": st.sampled_from(["employee", "contractor"]),
    "workweek_start": st.integers(0, 6),
    "workday_start": st.sampled_from([None, 6 * 60, 22 * 60 + 30]),
    "zone": st.sampled_from(["America/New_York", "Asia/Manila", "America/Los_Angeles", "Europe/Berlin", "UTC"]),
    "app_based": st.booleans(),
    "contract_on_file": st.booleans(),
    "payment_terms_days": st.sampled_from([None, 15]),
    "firsts": st.booleans(),
})
money_facts = st.tuples(
    st.lists(st.tuples(st.integers(0, 90), st.integers(-5, 40), st.integers(1, 20), st.integers(0, 900),
                       st.booleans(), st.lists(st.tuples(st.integers(1, 40), st.integers(1, 60)), max_size=3)),
             max_size=4),
    st.lists(st.tuples(st.integers(0, 90), st.integers(1, 300), st.sampled_from(["bonus", "adjustment"])),
             max_size=3),
    st.lists(st.tuples(st.integers(0, 70), st.integers(1, 25), st.integers(100, 2000)), max_size=2),
)


def facts(where: dict[str, object]) -> ClientFacts:
    return ClientFacts(id=1, name="C", currency="USD", jurisdiction=where["jurisdiction"],  # type: ignore[arg-type]
                       classification=where["classification"], workweek_start=where["workweek_start"],  # type: ignore[arg-type]
                       payment_terms_days=where["payment_terms_days"],  # type: ignore[arg-type]
                       contract_on_file=where["contract_on_file"],  # type: ignore[arg-type]
                       workday_start=where["workday_start"], app_based=where["app_based"])  # type: ignore[arg-type]


def day(offset: int) -> date:
    return BASE.date() + timedelta(days=offset)


@settings(max_examples=150, deadline=None)
@given(schedules=st.lists(schedule, min_size=3, max_size=3), raw=st.lists(entry, min_size=1, max_size=40),
       where=where, money=money_facts)
def test_the_days_split_once_give_the_figures_of_the_entry_by_entry_reckoning(
        schedules: list[list[tuple[int, Terms]]], raw: list[tuple[int, int, int, int, str, Decimal | None]],
        where: dict[str, object], money: tuple[list, list, list]) -> None:
    by_engagement = {engagement: sorted((replace_from(t, day(offset)) for offset, t in found),
                                        key=lambda t: t.effective_from)
                     for engagement, found in enumerate(schedules, start=1)}
    work = [Work(entry_id=i + 1, engagement_id=engagement, start=BASE + timedelta(seconds=offset),
                 end=BASE + timedelta(seconds=offset + length), break_seconds=min(pause, length - 1),
                 category=category, units=units)
            for i, (engagement, offset, length, pause, category, units) in enumerate(raw)]
    paid, adjusted, invoiced = money
    payments = [PaymentFacts(id=n, received_on=day(received), gross=Decimal(gross), fees=Decimal(fees) / 100,
                             reference=None, covers=DateRange(day(start), day(start + 6)) if covers else None,
                             allocations=tuple((entry_id, Decimal(amount)) for entry_id, amount in allocations))
                for n, (received, start, gross, fees, covers, allocations) in enumerate(paid, start=1)]
    adjustments = [AdjustmentFacts(on=day(on), kind=kind, amount=Decimal(amount), note=None)
                   for on, amount, kind in adjusted]
    invoices = [InvoiceFacts(id=n, number=None, amount=Decimal(amount), covers=DateRange(day(start), day(start + 6)),
                             due_on=day(start + due))
                for n, (start, due, amount) in enumerate(invoiced, start=1)]
    client = facts(where)
    common = dict(client=client, schedules=by_engagement, payments=payments, invoices=invoices,
                  adjustments=adjustments, rules=RULES, tz=ZoneInfo(where["zone"]), today=TODAY,  # type: ignore[arg-type]
                  jurisdiction=client.jurisdiction, rates=RATES,
                  first_entries={1: 1, 2: 2} if where["firsts"] else None)
    book = book_of(client, rows_of(work), schedules=by_engagement, rules=RULES, tz=ZoneInfo(where["zone"]),  # type: ignore[arg-type]
                   jurisdiction=client.jurisdiction, first_entries=common["first_entries"], rates=RATES)  # type: ignore[arg-type]
    for period in PERIODS:
        expected = reference_assess(work=work, period=period, **common)  # type: ignore[arg-type]
        assert_same(assess(work=work, period=period, **common), expected)  # type: ignore[arg-type]
        assert_same(assess_book(book, client=client, payments=payments, invoices=invoices, adjustments=adjustments,
                                period=period, today=TODAY), expected)


def replace_from(terms: Terms, effective_from: date) -> Terms:
    return Terms(kind=terms.kind, rate=terms.rate, effective_from=effective_from, unit_name=terms.unit_name,
                 unpaid_categories=terms.unpaid_categories)


def assert_same(found: ClientPay, expected: ClientPay) -> None:
    """Equal, and equal in every digit (repr shows a Decimal's exponent: 1.0 and 1.00 differ there)."""
    assert found == expected
    assert repr(found) == repr(expected)


def test_a_fraction_of_a_second_is_refused() -> None:
    start = BASE + timedelta(microseconds=5)
    with pytest.raises(ValueError, match="whole seconds"):
        rows_of([Work(entry_id=1, engagement_id=1, start=start, end=start + timedelta(hours=1), break_seconds=0,
                      category="productive")])


@pytest.mark.parametrize("jurisdiction, app_based", [("US-CA", False), ("PH-00", False), ("US-NY-NYC", True),
                                                     ("US-WA-SEA", True)])
def test_a_value_looked_up_once_per_stretch_between_rule_changes_is_each_day_s_own(jurisdiction: str,
                                                                                   app_based: bool) -> None:
    """The work book asks the rules once for each stretch between two days a value changes (``RuleBook.changes``):
    every day of three and a half years, the days of a change and either side of it among them, gets what a
    lookup of that day alone gives (for the Philippines converted at the rate of its own workweek)."""
    client = ClientFacts(id=1, name="C", currency="USD", jurisdiction=jurisdiction, classification="employee",
                         workweek_start=0, payment_terms_days=None, contract_on_file=False, app_based=app_based)

    def book() -> WorkBook:
        return book_of(client, [], schedules={}, rules=RULES, tz=ZoneInfo("UTC"), jurisdiction=jurisdiction,
                       rates=RATES)

    shared = book()
    days = [date(2023, 6, 1) + timedelta(days=n) for n in range(1310)]
    changes = [change for kind in ("minimum_wage", "pay_floor") for change in RULES.changes(kind, jurisdiction)
               if days[0] < change <= days[-1]]
    assert changes  # the stretch holds some change to get wrong
    for each in days:
        alone = book()
        assert (shared.wage_on(each), shared.floor_on(each)) == (alone.wage_on(each), alone.floor_on(each)), each
        if jurisdiction == "US-CA":
            assert shared.wage_on(each) == RULES.minimum_wage(jurisdiction, each, "USD")
    assert any(shared.floor_on(each) for each in days) == app_based


def old_cut(days: _Days, utc_day: int) -> tuple[int, date, int, date, int] | None:
    """The work book's cut of a UTC day as it was worked out before issue 18's last pass: four zone lookups."""
    since = days._since_midnight.seconds
    midnight = datetime.fromtimestamp(utc_day * 86400, UTC)
    before = midnight.astimezone(days.tz).utcoffset()
    if before is None or before != (midnight + timedelta(days=1)).astimezone(days.tz).utcoffset():
        return None
    offset = int(before.total_seconds())
    first = (utc_day * 86400 + offset - since) // 86400
    earlier, later = date(1970, 1, 1) + timedelta(days=first), date(1970, 1, 1) + timedelta(days=first + 1)
    return ((first + 1) * 86400 - offset + since, earlier, int(days.end_of(earlier).timestamp()), later,
            int(days.end_of(later).timestamp()))


@pytest.mark.parametrize("name", ["America/Los_Angeles", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Apia",
                                  "America/St_Johns", "Africa/Casablanca", "America/Sao_Paulo", "Antarctica/Troll"])
def test_where_the_days_fall_in_each_utc_day_is_what_four_zone_lookups_gave(name: str) -> None:
    """Each UTC day's cut comes from the zone's offset at its midnights (one lookup a day): the same as the four
    lookups it took before, every day of 2005 to 2030, around clock changes of an hour, half an hour and two hours,
    Morocco's pauses for Ramadan and the day Samoa skipped, for days starting at midnight and at 05:45."""
    for start in (time(0), time(5, 45)):
        days = _Days(ZoneInfo(name), start)
        for utc_day in range(12784, 22280):  # 2005-01-01 to 2030-12-31
            assert days.cut_of(utc_day) == old_cut(days, utc_day), (start, utc_day)


def test_a_minimum_wage_converted_from_pesos_gives_one_figure_however_the_entries_are_added() -> None:
    """The property test's case at 3,000 examples: an employee's unpaid training under per-unit terms is paid at
    the Philippine minimum wage (PHP 695 a day / 8 h) converted at 58.1 PHP to the USD. Kept to Decimal's 28 digits,
    86.875 / 58.1 = 1.495266781411359724612736661 times 60 s rounds in the 28th digit, so adding the entries one by
    one (the reference) and grouped (the work book) differed there. The converted wage is rounded once, to twelve
    places, and all after it is exact: each day's figure is the hand-reckoned one, the same by either reckoning."""
    client = ClientFacts(id=1, name="C", currency="USD", jurisdiction="PH-00", classification="employee",
                         workweek_start=0, payment_terms_days=None, contract_on_file=False)
    schedules = {1: [Terms(kind="per_unit", rate=Money(Decimal("0.125"), "USD"), unpaid_categories=("training",))],
                 2: [Terms(kind="hourly", rate=Money(Decimal("19.37"), "USD"))]}
    work = [Work(entry_id=n, engagement_id=engagement, start=BASE, end=BASE + timedelta(seconds=60), break_seconds=0,
                 category=category)
            for n, (engagement, category) in enumerate([(1, "training"), (1, "training"), (1, "productive"),
                                                       (1, "productive"), (2, "productive"), (2, "productive")],
                                                      start=1)]
    common = dict(client=client, schedules=schedules, payments=[], invoices=[], adjustments=[], rules=RULES,
                  tz=ZoneInfo("Asia/Manila"), today=TODAY, jurisdiction="PH-00", rates=RATES, period=PERIODS[0])
    found = assess(work=work, **common)  # type: ignore[arg-type]
    assert_same(found, reference_assess(work=work, **common))  # type: ignore[arg-type]
    # 120 s of training at USD 1.495266781411 an hour, 120 s at USD 19.37: (179.43201376932 + 2324.4) / 3600.
    assert [(figures.day, figures.seconds, figures.earned) for figures in found.days] == [
        (date(2026, 2, 20), 360, Decimal("0.6955088927137"))]
    check = found.minimum_wage
    assert check is not None and check.hourly == Money(Decimal("1.495266781411"), "USD")
    assert (check.covered_seconds, check.required) == (360, Money(Decimal("0.15"), "USD"))
