"""The pay and rights figures through the command line: `summary --format json` version 4."""

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
def worker(cli: Cli) -> Cli:
    return cli.prepared(("--currency", "USD", "--jurisdiction", "US-CA"))


def test_per_task_work_below_minimum_wage_with_a_raise_and_a_bonus(worker: Cli) -> None:
    assert worker("client", "add", "TaskHive", "--rate", "0.80/task", "--unpaid", "assessment",
                  "--jurisdiction", "US-CA", "--payment-terms-days", "15").code == 0
    worker("log", "--client", "task", "--start", "2026-03-03T08:00", "--end", "2026-03-03T10:00",
           "--category", "assessment")
    worker("log", "--client", "task", "--start", "2026-03-03T10:00", "--end", "2026-03-03T17:00", "--units", "120")
    assert worker("client", "terms", "TaskHive", "--from", "2026-03-04", "--rate", "1.00/task",
                  "--unpaid", "assessment").code == 0
    worker("log", "--client", "task", "--start", "2026-03-04T10:00", "--end", "2026-03-04T12:00", "--units", "30")
    assert worker("adjust", "--client", "task", "--date", "2026-03-04", "--amount", "5.00",
                  "--note", "streak").code == 0
    assert worker("pay", "--client", "task", "--date", "2026-03-30", "--amount", "96.00",
                  "--period", "2026-03-03..2026-03-04").code == 0

    (item,) = summary(worker, "--from", "2026-03-01", "--to", "2026-03-31")["clients"]
    assert item["hours"] == {"worked": "11.00", "paid": "9.00", "unpaid": "2.00"}
    assert item["earned"] == "131.00"  # 120 x 0.80 + 30 x 1.00 after the raise + a 5.00 bonus
    assert (item["paid"], item["balance"]) == ("96.00", "35.00")
    assert item["effective_hourly_rate"] == "8.73"  # 96.00 over all 11 hours
    assert item["minimum_wage"]["value"] == "16.90" and item["minimum_wage"]["jurisdiction"] == "US-CA"
    assert item["minimum_wage"]["source"].startswith("https://www.dir.ca.gov/")
    # Judged on what the terms pay, every hour on its own (California): the 2 h assessment is paid nothing
    # (2 x 16.90 = 33.80 short), the 7 h of 120 tasks pay 96.00 against 7 x 16.90 = 118.30 (22.30 short), and the
    # 2 h of 30 tasks pay 30.00 against 33.80 (3.80 short); the bonus does not make up an hour: 59.90.
    assert item["below_minimum"] is True and item["minimum_wage_shortfall"] == "59.90"
    (short,) = item["short_payments"]
    assert (short["earned"], short["paid"], short["short"]) == ("131.00", "96.00", "35.00")
    (late,) = item["late_payments"]  # due 15 days after 4 March, paid 30 March
    assert (late["due"], late["days_late"], late["due_basis"]) == ("2026-03-19", 11, "contract")


def test_an_override_changes_the_minimum_wage_and_says_so(worker: Cli) -> None:
    worker("client", "add", "Acme", "--rate", "20/h", "--jurisdiction", "US-CA")
    worker("log", "--client", "acme", "--start", "2026-03-03T09:00", "--end", "2026-03-03T10:00")
    assert worker("rules", "override", "--jurisdiction", "US-CA", "--from", "2026-03-01", "--amount", "25.00",
                  "--currency", "USD", "--note", "city ordinance").code == 0
    (item,) = summary(worker, "--from", "2026-03-01", "--to", "2026-03-31")["clients"]
    assert item["minimum_wage"]["value"] == "25.00" and item["minimum_wage"]["overridden"] is True
    assert item["minimum_wage"]["source"] == "your override: city ordinance"
    assert "US-CA" in worker("rules", "list", "--jurisdiction", "US-CA").out


def test_unpaid_invoice_past_due_under_nyc_law_and_a_contract_notice(worker: Cli) -> None:
    worker("client", "add", "Studio", "--fixed", "1000", "--jurisdiction", "US-NY-NYC")
    worker("log", "--client", "studio", "--start", "2026-01-09T09:00", "--end", "2026-01-09T17:00")
    assert worker("invoice", "--client", "studio", "--date", "2026-01-09", "--amount", "1000",
                  "--period", "2026-01-05..2026-01-09", "--number", "INV-7").code == 0
    (item,) = summary(worker, "--from", "2026-01-01", "--to", "2026-01-31")["clients"]
    (late,) = item["late_payments"]
    assert (late["reference"], late["due"], late["paid_on"]) == ("INV-7", "2026-02-08", None)
    assert late["law"] == "NYC Freelance Isn't Free Act" and late["remedy_estimate"] == "1000.00"
    (notice,) = item["contract_notices"]
    assert (notice["threshold"], notice["reached_on"]) == ("800.00", "2026-01-09")
    assert worker("client", "contract", "studio", "on-file").code == 0
    assert summary(worker, "--from", "2026-01-01", "--to", "2026-01-31")["clients"][0]["contract_notices"] == []


def test_employee_overtime_is_owed_and_included(worker: Cli) -> None:
    worker("client", "add", "Shop", "--rate", "20/h", "--classification", "employee", "--jurisdiction", "US-CA")
    worker("log", "--client", "shop", "--start", "2026-11-02T06:00", "--end", "2026-11-02T19:00")
    (item,) = summary(worker, "--from", "2026-11-02", "--to", "2026-11-08")["clients"]
    assert (item["overtime_hours"], item["overtime_premium"], item["earned"]) == ("5.00", "60.00", "320.00")
    assert item["overtime"]["rule"] == "California Labor Code 510" and item["overtime"]["owed"] is True


@pytest.mark.parametrize(("args", "message"), [
    (("client", "terms", "Nobody", "--from", "2026-01-01", "--rate", "20/h"), "No client"),
    (("adjust", "--client", "acme", "--date", "2026-01-01", "--amount", "-5"), "positive"),
    (("invoice", "--client", "acme", "--date", "2026-01-01", "--amount", "10", "--period", "2026-01-01.."),
     "both ends"),
    (("rules", "override", "--jurisdiction", "Mars", "--from", "2026-01-01", "--amount", "1", "--currency", "USD"),
     "Jurisdiction"),
])
def test_bad_pay_input_is_one_line_and_exit_1(worker: Cli, args: tuple[str, ...], message: str) -> None:
    worker("client", "add", "Acme", "--rate", "20/h")
    result = worker(*args)
    assert result.code == 1 and message in result.err and result.err.count("\n") == 1
