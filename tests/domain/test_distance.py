"""The cost of distance: the official rate of the worker's country on the trip's day, with yearly thresholds
counted over the distance driven before in the same rate year; and the rate file's values, each with a source."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from contractor_app.domain.distance import KM_PER_MILE, TripFacts, convert, rate_on, trip_costs
from contractor_app.domain.jurisdiction import check_jurisdiction
from contractor_app.services.rules import rule_file
from contractor_app.services.trips import distance_rates

TODAY = date(2026, 12, 4)


def trip(number: int, on: date, distance: str, unit: str = "mi") -> TripFacts:
    return TripFacts(number, 1, on, Decimal(distance), unit)


def test_every_rate_has_a_source_a_unit_and_a_read_date_and_says_how_good_its_source_is() -> None:
    data = rule_file("distance_rates")
    keys = set()
    for value in data["values"]:
        assert check_jurisdiction(value["jurisdiction"]) == value["jurisdiction"]
        assert value["source"].startswith("https://") and value["unit"] in ("km", "mi")
        assert date.fromisoformat(value["effective_from"]) <= TODAY
        # read on that day; only at a secondary source when unconfirmed, which then says where to confirm it
        assert date.fromisoformat(value["source_read"]) <= TODAY
        assert value["confirmed"] or (value["official_source"] and value["quote"]), value
        assert all(Decimal(tier["amount"]) >= 0 for tier in value["tiers"]) and value["tiers"][-1]["up_to"] is None
        keys.add((value["jurisdiction"], value["effective_from"]))
    assert len(keys) == len(data["values"])
    assert {rate.jurisdiction for rate in distance_rates()} == {"US", "GB", "CA", "AU"}


@pytest.mark.parametrize(("country", "day", "label"), [
    ("US", date(2024, 6, 1), "USD 0.67/mi"),
    ("US", date(2025, 12, 31), "USD 0.70/mi"),
    ("US", date(2026, 6, 30), "USD 0.725/mi"),  # Notice 2026-10
    # Not 76 cents: the mid-year rise said to be Announcement 2026-11 is stated by no IRS, press or firm's page, and the
    # one page naming it calls it fabricated in another version (docs/rules.md, "Not shipped").
    ("US", date(2026, 7, 1), "USD 0.725/mi"),
    ("GB", date(2025, 6, 1), "GBP 0.45/mi for the first 10000 mi, then 0.25"),
    ("GB", date(2026, 4, 6), "GBP 0.55/mi for the first 10000 mi, then 0.25"),  # first change since 2011
    ("CA", date(2025, 6, 1), "CAD 0.72/km for the first 5000 km, then 0.66"),
    ("CA", date(2026, 6, 1), "CAD 0.73/km for the first 5000 km, then 0.67"),  # was unknown: Finance Canada, Jan 2026
    ("AU", date(2025, 6, 30), "AUD 0.88/km for the first 5000 km, then 0"),
])
def test_the_rate_in_force_on_a_day(country: str, day: date, label: str) -> None:
    rate = rate_on(distance_rates(), country, day)
    assert rate is not None and rate.label == label


def test_no_rate_before_the_first_or_for_an_unknown_country() -> None:
    assert rate_on(distance_rates(), "US", date(2022, 12, 31)) is None
    assert rate_on(distance_rates(), "FR", date(2025, 1, 1)) is None
    (cost,) = trip_costs([trip(1, date(2025, 1, 1), "10")], distance_rates(), None)
    assert cost.rate is None and cost.cost is None


def test_uk_first_10000_miles_of_a_tax_year_at_45p_then_25p() -> None:
    trips = [trip(1, date(2025, 4, 6), "9900"), trip(2, date(2025, 5, 1), "200"), trip(3, date(2026, 4, 6), "10")]
    costs = trip_costs(trips, distance_rates(), "GB")
    # 9,900 x 0.45 = 4,455.00; then 100 x 0.45 + 100 x 0.25 = 70.00; a new tax year on 6 April 2026, whose first
    # 10,000 miles pay 55p: 10 x 0.55 = 5.50.
    assert [c.cost.amount for c in costs] == [Decimal("4455.00"), Decimal("70.00"), Decimal("5.50")]  # type: ignore[union-attr]


def test_a_trip_is_priced_at_the_rate_in_force_on_its_own_day() -> None:
    trips = [trip(1, date(2025, 12, 31), "100"), trip(2, date(2026, 1, 1), "100"), trip(3, date(2026, 7, 1), "100")]
    costs = trip_costs(trips, distance_rates(), "US")
    # 100 x 0.70 = 70.00 on the last day of Notice 2025-5's rate; 100 x 0.725 = 72.50 from 1 January 2026 (Notice
    # 2026-10), for the whole year.
    assert [c.cost.rounded().amount for c in costs] == [  # type: ignore[union-attr]
        Decimal("70.00"), Decimal("72.50"), Decimal("72.50")]


def test_the_threshold_counts_every_client_and_a_trip_in_km_against_a_rate_in_miles() -> None:
    trips = [TripFacts(1, 1, date(2025, 4, 10), Decimal("9999"), "mi"),
             TripFacts(2, 2, date(2025, 4, 11), Decimal("1.609344"), "km")]  # exactly one mile, another client
    costs = trip_costs(trips, distance_rates(), "GB")
    assert costs[1].cost is not None and costs[1].cost.amount == Decimal("0.45")
    assert convert(Decimal(10), "mi", "km") == Decimal(10) * KM_PER_MILE


def test_australia_pays_nothing_past_5000_km_in_an_income_year() -> None:
    trips = [trip(1, date(2024, 7, 1), "4990", "km"), trip(2, date(2025, 6, 30), "20", "km"),
             trip(3, date(2025, 7, 1), "20", "km")]
    costs = trip_costs(trips, distance_rates(), "AU")
    # 4,990 x 0.88 = 4,391.20; 10 more at 0.88 = 8.80 then nothing; a new income year: 20 x 0.88 = 17.60.
    assert [c.cost.rounded().amount for c in costs] == [  # type: ignore[union-attr]
        Decimal("4391.20"), Decimal("8.80"), Decimal("17.60")]
