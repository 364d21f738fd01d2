"""Pay net of costs through the command line: `summary --format json` (version 4) gives `net_hourly_rate` beside the
real hourly rate, with the costs it took off; the text summary says the same."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ..conftest import Cli


def summary(cli: Cli, *args: str) -> dict[str, Any]:
    result = cli("summary", "--format", "json", *args)
    assert result.code == 0, result.err
    return json.loads(result.out)


@pytest.fixture
def driver(cli: Cli) -> Cli:
    return cli.prepared(
        ("--currency", "USD", "--jurisdiction", "US-TX", "--timezone", "America/Chicago"),
        ("client", "add", "RoadRunner", "--rate", "20/h", "--jurisdiction", "US-TX"),
        # Monday 3 to Friday 7 March 2025, 8 hours a day: 40 hours
        *(("log", "--client", "road", "--start", f"2025-03-0{day}T09:00", "--end", f"2025-03-0{day}T17:00")
          for day in range(3, 8)),
        ("pay", "--client", "road", "--date", "2025-03-14", "--amount", "800.00", "--period", "2025-03-03..2025-03-07"))


def test_the_worked_example_40_hours_paid_800_costs_120(driver: Cli) -> None:
    assert driver("expense", "add", "--client", "road", "--date", "2025-03-04", "--amount", "50.00",
                  "--category", "internet").code == 0
    added = driver("distance", "add", "--client", "road", "--date", "2025-03-05", "--distance", "100",
                   "--unit", "mi", "--note", "odometer 12000 to 12100")
    assert added.code == 0, added.err
    assert "cost USD 70.00 at USD 0.70/mi (IRS standard mileage rate, business use)" in added.out

    (item,) = summary(driver, "--from", "2025-03-01", "--to", "2025-03-31")["clients"]
    assert item["hours"]["worked"] == "40.00"
    # By hand: real rate = 800.00 / 40 h = 20.00 /h. Costs = 50.00 internet + 100 mi x 0.70 (IRS 2025) = 70.00
    # distance = 120.00; net rate = (800.00 - 120.00) / 40 h = 680.00 / 40 = 17.00 /h.
    assert item["effective_hourly_rate"] == "20.00"
    assert item["net_hourly_rate"] == "17.00"
    assert item["costs"] == {"fees": "0.00", "expenses": "50.00", "distance": "70.00", "total": "120.00",
                             "other_currencies": [], "unpriced_trips": 0}
    document = summary(driver, "--from", "2025-03-01", "--to", "2025-03-31")
    assert (document["format"], document["version"]) == ("contractor-ledger-summary", 4)
    assert document["totals"] == [{"currency": "USD", "earned": "800.00", "paid": "800.00", "balance": "0.00",
                                   "costs": "120.00"}]

    text = driver("summary", "--from", "2025-03-01", "--to", "2025-03-31").out
    assert "real hourly rate USD 20.00/h" in text
    assert "costs        USD 120.00 (fees USD 0.00, expenses USD 50.00, distance USD 70.00)" in text
    assert "net hourly rate USD 17.00/h" in text


def test_costs_outside_the_period_or_in_another_currency_are_not_subtracted(driver: Cli) -> None:
    assert driver("expense", "add", "--client", "road", "--date", "2025-02-28", "--amount", "500").code == 0
    assert driver("expense", "add", "--client", "road", "--date", "2025-03-04", "--amount", "30",
                  "--currency", "EUR", "--category", "software").code == 0
    (item,) = summary(driver, "--from", "2025-03-01", "--to", "2025-03-31")["clients"]
    assert item["net_hourly_rate"] == "20.00"  # nothing in USD in March
    assert item["costs"]["other_currencies"] == [{"amount": "30.00", "currency": "EUR"}]
    text = driver("summary", "--from", "2025-03-01", "--to", "2025-03-31").out
    assert "not subtracted, in other currencies: EUR 30.00" in text


def test_payment_fees_are_a_cost_too(driver: Cli) -> None:
    assert driver("pay", "--client", "road", "--date", "2025-03-20", "--amount", "40.00", "--fees", "4.00",
                  "--period", "2025-03-03..2025-03-07").code == 0
    (item,) = summary(driver, "--from", "2025-03-01", "--to", "2025-03-31")["clients"]
    # 840.00 paid over 40 h = 21.00; less the 4.00 withheld: 836.00 / 40 = 20.90.
    assert (item["effective_hourly_rate"], item["net_hourly_rate"]) == ("21.00", "20.90")
    assert item["costs"]["fees"] == "4.00" and item["costs"]["total"] == "4.00"


def test_no_costs_leave_the_text_as_it_was(driver: Cli) -> None:
    text = driver("summary", "--from", "2025-03-01", "--to", "2025-03-31").out
    assert "net hourly rate" not in text and "costs" not in text
    (item,) = summary(driver, "--from", "2025-03-01", "--to", "2025-03-31")["clients"]
    assert item["net_hourly_rate"] == item["effective_hourly_rate"] == "20.00"
