"""The rights engine's figures on worked examples (issue 13), each with the hand arithmetic beside it, through
`summary --format json` as a worker or a clinic would run it."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from ..conftest import Cli


def summary(cli: Cli, start: str, end: str, *args: str) -> dict[str, Any]:
    result = cli("summary", "--format", "json", "--from", start, "--to", end, *args)
    assert result.code == 0, result.err
    return json.loads(result.out)


def client(cli: Cli, start: str, end: str, name: str) -> dict[str, Any]:
    (item,) = [c for c in summary(cli, start, end)["clients"] if c["client"] == name]
    return item


def log_days(cli: Cli, name: str, first: date, days: int, start: str, end: str, *args: str) -> None:
    for command in log_commands(name, first, days, start, end, *args):
        assert cli(*command).code == 0


def log_commands(name: str, first: date, days: int, start: str, end: str, *args: str) -> list[tuple[str, ...]]:
    """The `log` commands for ``days`` days from ``first``, each from ``start`` to ``end`` (for Cli.prepared)."""
    return [("log", "--client", name, "--start", f"{day}T{start}", "--end", f"{day}T{end}", *args)
            for day in ((first + timedelta(days=offset)).isoformat() for offset in range(days))]


@pytest.fixture
def worker(cli: Cli) -> Cli:
    return cli.prepared(("--currency", "USD", "--jurisdiction", "US-CA"))  # the worker lives in America/New_York


# --- 1. a workweek straddling the end of a period ------------------------------------------------------------

def test_overtime_of_a_week_across_two_months_counts_once_in_the_month_of_its_last_day(worker: Cli) -> None:
    """10 h a day Mon 30 March to Fri 3 April 2026 at 20/h, an employee in Texas (FLSA): 50 h in the workweek
    Mon 30 March - Sun 5 April, 10 h over 40, premium 0.5 x 20 x 10 = 100.00, all in April (the week's last day)."""
    worker("client", "add", "Shop", "--rate", "20/h", "--classification", "employee", "--jurisdiction", "US-TX")
    log_days(worker, "shop", date(2026, 3, 30), 5, "08:00", "18:00")
    march = client(worker, "2026-03-01", "2026-03-31", "Shop")
    april = client(worker, "2026-04-01", "2026-04-30", "Shop")
    year = client(worker, "2026-01-01", "2026-12-31", "Shop")
    assert (march["hours"]["worked"], march["overtime_hours"], march["earned"]) == ("20.00", "0.00", "400.00")
    assert ((april["hours"]["worked"], april["overtime_hours"], april["overtime_premium"])
            == ("30.00", "10.00", "100.00"))
    assert april["earned"] == "700.00"  # 3 x 10 h x 20 + 100.00
    assert (year["overtime_hours"], year["overtime_premium"], year["earned"]) == ("10.00", "100.00", "1100.00")


FIGURES = ("earned", "straight_time", "adjustments", "paid", "overtime_premium", "minimum_wage_shortfall")


@pytest.mark.slow
def test_the_months_of_a_year_add_up_to_the_year_for_every_figure(worker: Cli) -> None:
    worker("client", "add", "Shop", "--rate", "20/h", "--classification", "employee", "--jurisdiction", "US-CA",
           "--unpaid", "training")
    worker("client", "add", "Tasks", "--rate", "10/h", "--jurisdiction", "US-TX", "--unpaid", "training")
    log_days(worker, "shop", date(2026, 1, 26), 12, "07:00", "19:30")  # 12.5 h days across January's end
    log_days(worker, "shop", date(2026, 6, 29), 3, "09:00", "12:00", "--category", "training")
    log_days(worker, "tasks", date(2026, 4, 27), 7, "09:00", "15:00")
    log_days(worker, "tasks", date(2026, 8, 28), 5, "20:00", "23:30", "--category", "training")
    assert worker("adjust", "--client", "shop", "--date", "2026-01-31", "--amount", "150").code == 0
    assert worker("pay", "--client", "tasks", "--date", "2026-05-20", "--amount", "300",
                  "--period", "2026-04-27..2026-05-03").code == 0
    assert worker("pay", "--client", "shop", "--date", "2026-02-10", "--amount", "1000").code == 0
    year = {c["client"]: c for c in summary(worker, "2026-01-01", "2026-12-31")["clients"]}
    months = [summary(worker, f"2026-{m:02}-01", (date(2026 + m // 12, m % 12 + 1, 1) - timedelta(days=1)).isoformat())
              for m in range(1, 13)]
    for name, whole in year.items():
        parts = [c for month in months for c in month["clients"] if c["client"] == name]
        assert sum(c["worked_seconds"] for c in parts) == whole["worked_seconds"]
        assert sum(Decimal(c["overtime_hours"]) for c in parts) == Decimal(whole["overtime_hours"])
        for figure in FIGURES:
            assert sum(Decimal(c[figure] or 0) for c in parts) == Decimal(whole[figure] or 0), (name, figure)
    assert Decimal(year["Shop"]["overtime_hours"]) > 0 and Decimal(year["Tasks"]["minimum_wage_shortfall"]) > 0


# --- 2. the regular rate ------------------------------------------------------------------------------------

def test_a_bonus_enters_the_regular_rate(worker: Cli) -> None:
    """50 h at 20/h plus a 100.00 bonus in the week: regular rate 1100 / 50 = 22.00, premium 0.5 x 22 x 10 = 110."""
    worker("client", "add", "Shop", "--rate", "20/h", "--classification", "employee", "--jurisdiction", "US-TX")
    log_days(worker, "shop", date(2026, 11, 2), 5, "08:00", "18:00")
    assert worker("adjust", "--client", "shop", "--date", "2026-11-06", "--amount", "100", "--kind", "bonus").code == 0
    item = client(worker, "2026-11-02", "2026-11-08", "Shop")
    assert (item["overtime_hours"], item["overtime_premium"]) == ("10.00", "110.00")
    assert item["earned"] == "1210.00"  # 50 x 20 + 100 + 110


def test_an_employees_unpaid_category_is_still_paid_and_counts_for_overtime(worker: Cli) -> None:
    """An employee's 2 h of "unpaid" training a day (29 CFR 778.318) are hours worked: 5 x (8 + 2) = 50 h at
    20/h = 1000.00, 10 h over 40 at 0.5 x 20 = 100.00 premium."""
    worker("client", "add", "Shop", "--rate", "20/h", "--classification", "employee", "--jurisdiction", "US-TX",
           "--unpaid", "training")
    log_days(worker, "shop", date(2026, 11, 2), 5, "08:00", "16:00")
    log_days(worker, "shop", date(2026, 11, 2), 5, "16:00", "18:00", "--category", "training")
    item = client(worker, "2026-11-02", "2026-11-08", "Shop")
    assert item["straight_time"] == "1000.00" and item["overtime_premium"] == "100.00" and item["earned"] == "1100.00"
    assert item["by_category"]["training"]["paid"] is True and item["below_minimum"] is False


def test_per_unit_pay_keeps_the_half_time_premium(worker: Cli) -> None:
    """900 tasks at 1.00 over 45 h: regular rate 900 / 45 = 20.00; premium 0.5 x 20 x 5 = 50.00."""
    worker("client", "add", "Labels", "--rate", "1.00/task", "--classification", "employee", "--jurisdiction", "US-TX")
    log_days(worker, "labels", date(2026, 11, 2), 5, "08:00", "17:00", "--units", "180")
    item = client(worker, "2026-11-02", "2026-11-08", "Labels")
    assert (item["overtime_hours"], item["overtime_premium"], item["earned"]) == ("5.00", "50.00", "950.00")


# --- 3. the minimum wage per workweek, and every hour in California --------------------------------------------

def test_a_short_week_shows_its_own_shortfall_not_a_monthly_average(worker: Cli) -> None:
    """10/h in Texas (7.25 federal). Week of 2 March: 10 h paid 100.00 against 72.50, fine. Week of 9 March: 10 h
    paid 100.00 and 10 h of unpaid training, 20 h x 7.25 = 145.00 against 100.00: 45.00 short. Averaged over the
    month it would be 217.50 - 200.00 = 17.50."""
    worker("client", "add", "Tasks", "--rate", "10/h", "--jurisdiction", "US-TX", "--unpaid", "training")
    log_days(worker, "tasks", date(2026, 3, 2), 1, "08:00", "18:00")
    log_days(worker, "tasks", date(2026, 3, 9), 1, "08:00", "18:00")
    log_days(worker, "tasks", date(2026, 3, 10), 1, "08:00", "18:00", "--category", "training")
    item = client(worker, "2026-03-01", "2026-03-31", "Tasks")
    assert item["below_minimum"] is True and item["minimum_wage_shortfall"] == "45.00"
    weeks = item["minimum_wage"]["weeks"]
    assert [(w["from"], w["required"], w["pay"], w["shortfall"]) for w in weeks] == [
        ("2026-03-02", "72.50", "100.00", "0.00"), ("2026-03-09", "145.00", "100.00", "45.00")]
    assert item["minimum_wage"]["test"] == "workweek"


def test_california_owes_the_minimum_wage_for_every_hour(worker: Cli) -> None:
    """20/h, 8 h of work (160.00) and 1 h of unpaid training in a week in California: averaged, 9 x 16.90 =
    152.10 < 160.00; but the training hour is paid nothing, 16.90 short (Armenta v. Osmose)."""
    worker("client", "add", "Labs", "--rate", "20/h", "--jurisdiction", "US-CA", "--unpaid", "training")
    worker("log", "--client", "labs", "--start", "2026-03-03T09:00", "--end", "2026-03-03T17:00")
    worker("log", "--client", "labs", "--start", "2026-03-03T17:00", "--end", "2026-03-03T18:00",
           "--category", "training")
    item = client(worker, "2026-03-02", "2026-03-08", "Labs")
    assert item["minimum_wage_shortfall"] == "16.90" and item["minimum_wage"]["test"] == "every hour"
    assert "Armenta" in item["minimum_wage"]["basis"]


# --- 7. the law's workday ------------------------------------------------------------------------------------

def test_californias_daily_overtime_counts_the_days_in_california(worker: Cli) -> None:
    """A worker in New York works 01:00-11:00 New York time on Mon 2 Nov 2026 for a California employer: 10 h on
    one New York day, but 22:00-24:00 on Sunday and 00:00-08:00 on Monday in Los Angeles: no daily overtime.
    With the client's workday recorded as starting at 22:00 the shift is one workday: 2 h over 8."""
    worker("client", "add", "Labs", "--rate", "20/h", "--classification", "employee", "--jurisdiction", "US-CA")
    worker("log", "--client", "labs", "--start", "2026-11-02T01:00", "--end", "2026-11-02T11:00")
    item = client(worker, "2026-10-26", "2026-11-08", "Labs")
    assert (item["hours"]["worked"], item["overtime_hours"]) == ("10.00", "0.00")
    assert worker("client", "workday", "Labs", "22:00").code == 0
    item = client(worker, "2026-10-26", "2026-11-08", "Labs")
    assert (item["overtime_hours"], item["overtime_premium"]) == ("2.00", "20.00")  # 2 x 0.5 x 20
    assert worker("client", "workday", "Labs", "midnight").code == 0
    assert client(worker, "2026-10-26", "2026-11-08", "Labs")["overtime_hours"] == "0.00"


def test_a_bad_workday_start_is_one_line_and_exit_1(worker: Cli) -> None:
    worker("client", "add", "Labs", "--rate", "20/h", "--jurisdiction", "US-CA")
    result = worker("client", "workday", "Labs", "25:00")
    assert result.code == 1 and "HH:MM" in result.err and result.err.count("\n") == 1


# --- 8. unpaid is not underpaid ------------------------------------------------------------------------------

def test_money_not_yet_received_is_owed_not_below_the_minimum_wage(worker: Cli) -> None:
    """22/h in California (16.90): 69 h (1,518.00) with 1.00 received leaves 1,517.00 outstanding. The terms pay
    22 > 16.90 for every hour: not below the minimum wage; the 1,517.00 is the balance owed."""
    worker("client", "add", "Acme", "--rate", "22/h", "--jurisdiction", "US-CA")
    log_days(worker, "acme", date(2026, 3, 2), 6, "09:00", "20:30")  # 6 x 11.5 = 69 h
    worker("pay", "--client", "acme", "--date", "2026-03-20", "--amount", "1", "--period", "2026-03-02..2026-03-07")
    item = client(worker, "2026-03-01", "2026-03-31", "Acme")
    assert (item["earned"], item["paid"], item["balance"]) == ("1518.00", "1.00", "1517.00")
    assert item["below_minimum"] is False and item["minimum_wage_shortfall"] == "0.00"
    assert item["minimum_wage"]["pay"] == "1518.00" and item["minimum_wage"]["benchmark"] is True
    text = worker("summary", "--from", "2026-03-01", "--to", "2026-03-31").out
    assert "BELOW" not in text and "benchmark" in text and "owed" in text


def test_a_new_worker_with_three_hours_and_no_payday_is_not_underpaid(worker: Cli) -> None:
    worker("client", "add", "Acme", "--rate", "22/h", "--jurisdiction", "US-CA")
    worker("log", "--client", "acme", "--start", "2026-03-03T09:00", "--end", "2026-03-03T12:00")
    item = client(worker, "2026-03-02", "2026-03-08", "Acme")
    assert item["below_minimum"] is False and item["balance"] == "66.00"


def test_a_fixed_price_counts_once_in_the_period_of_the_first_day_of_work(worker: Cli) -> None:
    worker("client", "add", "Studio", "--fixed", "1000", "--jurisdiction", "US-NY-NYC", "--contract-on-file")
    worker("log", "--client", "studio", "--start", "2026-01-28T09:00", "--end", "2026-01-28T17:00")
    worker("log", "--client", "studio", "--start", "2026-02-03T09:00", "--end", "2026-02-03T17:00")
    assert client(worker, "2026-01-01", "2026-01-31", "Studio")["earned"] == "1000.00"
    assert client(worker, "2026-02-01", "2026-02-28", "Studio")["earned"] == "0.00"
    assert client(worker, "2026-01-01", "2026-12-31", "Studio")["earned"] == "1000.00"


def test_json_amounts_always_carry_two_decimals(worker: Cli) -> None:
    worker("client", "add", "Studio", "--fixed", "1000", "--jurisdiction", "US-NY-NYC")
    worker("log", "--client", "studio", "--start", "2026-01-09T09:00", "--end", "2026-01-09T17:00")
    item = client(worker, "2026-01-01", "2026-01-31", "Studio")
    (notice,) = item["contract_notices"]
    assert notice["threshold"] == "800.00" and item["fees"] == "0.00" and item["minimum_wage"]["value"] == "17.00"


# --- explain every figure ------------------------------------------------------------------------------------

def test_explain_lists_rule_source_inputs_and_arithmetic_week_by_week(worker: Cli) -> None:
    worker("client", "add", "Shop", "--rate", "20/h", "--classification", "employee", "--jurisdiction", "US-TX",
           "--unpaid", "training")
    log_days(worker, "shop", date(2026, 11, 2), 5, "08:00", "18:00")
    log_days(worker, "shop", date(2026, 11, 9), 1, "08:00", "09:00", "--category", "training")
    assert worker("adjust", "--client", "shop", "--date", "2026-11-06", "--amount", "100").code == 0
    result = worker("summary", "--from", "2026-11-02", "--to", "2026-11-15", "--explain")
    assert result.code == 0, result.err
    text = result.out
    assert "How the figures for Shop were worked out:" in text
    assert "FLSA" in text and "www.dol.gov/compliance/topics/wages-overtime-pay.htm" in text
    # the week of 2 November by hand: (1000.00 + 100.00) / 50 h = 22.00/h; 10 h over 40: 0.5 x 22.00 x 10 = 110.00
    assert ("Workweek 2026-11-02 to 2026-11-08: 50.00 h; regular rate (1000.00 + bonus 100.00) / 50.00 h = 22.00/h"
            in text)
    assert "premium 0.5 x 22.00 x 10.00 + 1 x 22.00 x 0.00 = 110.00" in text
    # the minimum wage (federal 7.25, per workweek): 50 h x 7.25 = 362.50 against 1100.00 agreed
    assert ("Workweek 2026-11-02 to 2026-11-08: 50.00 h at the minimum wage = USD 362.50; the terms pay USD 1100.00"
            in text)
    assert "29 CFR 776.4" in text and "29 CFR 778.318" in text
    assert "Workweek 2026-11-09 to 2026-11-15: 1.00 h" in text  # the training hour is paid: 20.00 > 7.25
    assert "balance" in text and "owed" in text


def test_the_json_says_version_4(worker: Cli) -> None:
    document = summary(worker, "2026-03-01", "2026-03-31")
    assert (document["format"], document["version"]) == ("contractor-ledger-summary", 4)


def test_explain_in_json_gives_the_same_steps_as_plain_data(worker: Cli) -> None:
    worker("client", "add", "Tasks", "--rate", "10/h", "--jurisdiction", "US-TX", "--unpaid", "training")
    log_days(worker, "tasks", date(2026, 3, 9), 1, "08:00", "18:00")
    log_days(worker, "tasks", date(2026, 3, 10), 1, "08:00", "18:00", "--category", "training")
    (item,) = summary(worker, "2026-03-09", "2026-03-15", "--explain")["clients"]
    weeks = [step for step in item["explanation"] if step["topic"] == "minimum wage" and "Workweek" in step["text"]]
    (week,) = weeks  # 20 h x 7.25 = 145.00 against 100.00 agreed: 45.00 short
    assert {n["what"]: n["value"] for n in week["numbers"]} == {
        "hours": "20.00", "required": "USD 145.00", "agreed pay": "USD 100.00", "shortfall": "USD 45.00"}
    assert "explanation" not in summary(worker, "2026-03-09", "2026-03-15")["clients"][0]


# --- pay floors for app-based work ----------------------------------------------------------------------------

def test_an_app_based_pay_floor_applies_to_marked_clients_only(worker: Cli) -> None:
    """NYC app delivery workers, USD 21.44 an hour of active time from 2025-04-01 (rules file). Two apps pay 18/h;
    only the one marked app-based is held to the floor. Workweek Mon 3 - Sun 9 November 2025, 5 days x 6 h = 30 h:
    required 30 x 21.44 = 643.20; the terms pay 30 x 18 = 540.00, plus a 20.00 bonus dated 7 November = 560.00;
    short 643.20 - 560.00 = 83.20. The NYC minimum wage (16.50 in 2025) is met: 540 + 20 >= 30 x 16.50 = 495."""
    worker("client", "add", "Dash", "--rate", "18/h", "--jurisdiction", "US-NY-NYC", "--app-based")
    worker("client", "add", "Agency", "--rate", "18/h", "--jurisdiction", "US-NY-NYC")
    for name in ("dash", "agency"):
        log_days(worker, name, date(2025, 11, 3), 5, "10:00", "16:00")
        assert worker("adjust", "--client", name, "--date", "2025-11-07", "--amount", "20").code == 0
    dash = client(worker, "2025-11-01", "2025-11-30", "Dash")
    floor = dash["pay_floor"]
    assert (floor["value"], floor["unit"], floor["citation"]) == (
        "21.44", "hour", "NYC Admin. Code 20-1522; 6 RCNY 7-810")
    assert floor["weeks"] == [{"from": "2025-11-03", "to": "2025-11-09", "hours": "30.00", "required": "643.20",
                               "pay": "560.00", "shortfall": "83.20"}]
    assert (floor["below"], floor["shortfall"]) == (True, "83.20")
    assert dash["below_minimum"] is False
    assert client(worker, "2025-11-01", "2025-11-30", "Agency")["pay_floor"] is None
    text = worker("summary", "--from", "2025-11-01", "--to", "2025-11-30", "--client", "dash", "--explain").out
    assert "pay floor USD 21.44/hour (NYC app-based restaurant delivery worker minimum pay rate, app-based): the " \
           "agreed pay is BELOW it by USD 83.20" in text
    assert "Workweek 2025-11-03 to 2025-11-09: 30.00 h x 21.44 = USD 643.20; the terms pay USD 560.00; short " \
           "USD 83.20" in text
    assert worker("client", "edit", "Dash", "--not-app-based").code == 0
    assert client(worker, "2025-11-01", "2025-11-30", "Dash")["pay_floor"] is None


def test_the_seattle_app_based_floor_binds_an_employee_too(worker: Cli) -> None:
    """Seattle app-based workers, USD 26.40 an hour of engaged time from 2024-01-13: 4 h on Wed 12 June 2024 at
    20/h = 80.00 against 4 x 26.40 = 105.60: short 25.60 (workweek Mon 10 - Sun 16 June)."""
    worker("client", "add", "Ride", "--rate", "20/h", "--jurisdiction", "US-WA-SEA", "--app-based",
           "--classification", "employee")
    log_days(worker, "ride", date(2024, 6, 12), 1, "10:00", "14:00")
    floor = client(worker, "2024-06-01", "2024-06-30", "Ride")["pay_floor"]
    assert (floor["required"], floor["pay"], floor["shortfall"]) == ("105.60", "80.00", "25.60")
