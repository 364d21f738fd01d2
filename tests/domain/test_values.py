"""Money, currencies, times and codes: the parsing every command relies on."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from contractor_app.domain.jurisdiction import check_jurisdiction
from contractor_app.domain.money import Money, parse_amount
from contractor_app.domain.pay import Terms, parse_rate
from contractor_app.domain.times import DateRange, format_duration, parse_datetime, parse_period
from contractor_app.errors import InvalidInput

NEW_YORK = ZoneInfo("America/New_York")


@pytest.mark.parametrize(("text", "currency", "expected"), [
    ("12", "USD", Decimal("12")), ("12.50", "usd", Decimal("12.50")), ("1500", "JPY", Decimal("1500")),
    ("1.234", "BHD", Decimal("1.234")),
])
def test_amounts_parse_exactly(text: str, currency: str, expected: Decimal) -> None:
    assert parse_amount(text, currency) == Money(expected, currency.upper())


@pytest.mark.parametrize(("text", "currency", "message"), [
    ("-1", "USD", "negative"), ("1.005", "USD", "decimal places"), ("10.5", "JPY", "decimal places"),
    ("1e3", "USD", "plain number"), ("NaN", "USD", "plain number"), ("1,000", "USD", "not a number"),
    ("10", "XXY", "Unknown currency"),
])
def test_bad_amounts_are_refused(text: str, currency: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_amount(text, currency)


def test_rates_may_be_finer_than_the_minor_unit_and_earn_exactly() -> None:
    kind, rate, unit = parse_rate("0.125/task", "USD")
    assert (kind, rate.amount, unit) == ("per_unit", Decimal("0.125"), "task")
    terms = Terms(kind=kind, rate=rate, unit_name=unit, unpaid_categories=("rework",))
    assert terms.earned(category="productive", worked_seconds=0, units=Decimal(3)).amount == Decimal("0.375")
    assert terms.earned(category="rework", worked_seconds=0, units=Decimal(3)).amount == 0
    hourly = Terms(kind="hourly", rate=Money(Decimal("20"), "USD"))
    assert hourly.earned(category="productive", worked_seconds=5400, units=None).amount == Decimal(30)
    assert Money(Decimal("0.375"), "USD").rounded().amount == Decimal("0.38")
    with pytest.raises(InvalidInput, match="needs a unit"):
        parse_rate("20", "USD")


def test_local_times_are_stored_in_utc() -> None:
    assert parse_datetime("2026-11-02T09:00", NEW_YORK) == datetime(2026, 11, 2, 14, tzinfo=UTC)
    assert parse_datetime("2026-07-02 09:00:30", NEW_YORK) == datetime(2026, 7, 2, 13, 0, 30, tzinfo=UTC)
    assert parse_datetime("2026-11-02T09:00+01:00", NEW_YORK) == datetime(2026, 11, 2, 8, tzinfo=UTC)
    assert parse_datetime("2026-11-02T09:00Z", NEW_YORK) == datetime(2026, 11, 2, 9, tzinfo=UTC)


def test_a_time_the_clocks_skipped_is_refused() -> None:
    with pytest.raises(InvalidInput, match="does not exist"):
        parse_datetime("2026-03-08T02:30", NEW_YORK)


def test_periods_and_day_bounds() -> None:
    period = parse_period("2026-11-01..2026-11-30")
    assert period == DateRange(date(2026, 11, 1), date(2026, 11, 30))
    low, high = period.utc_bounds(NEW_YORK)
    assert (low, high) == (datetime(2026, 11, 1, 4, tzinfo=UTC), datetime(2026, 12, 1, 5, tzinfo=UTC))
    assert parse_period("..2026-11-30").start is None
    with pytest.raises(InvalidInput, match="before it starts"):
        parse_period("2026-11-30..2026-11-01")
    with pytest.raises(InvalidInput):
        parse_period("2026-11-01")


def test_durations_read_like_the_views_show_them() -> None:
    assert [format_duration(s) for s in (0, 59, 3600, 20400, 45 * 60)] == ["0 min", "1 min", "1 h", "5 h 40 min",
                                                                             "45 min"]


@pytest.mark.parametrize("code", ["US", "us-ca", "US-NY-NYC", "GB", "CA-ON"])
def test_jurisdiction_codes(code: str) -> None:
    assert check_jurisdiction(code) == code.upper()


@pytest.mark.parametrize("code", ["USA", "California", "US_CA", "", "US-"])
def test_bad_jurisdiction_codes(code: str) -> None:
    with pytest.raises(InvalidInput):
        check_jurisdiction(code)
