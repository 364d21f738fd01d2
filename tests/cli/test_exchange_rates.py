"""Across currencies (issue 13): a worker in Manila paid in USD gets a minimum-wage comparison at a rate from their
own records, shown with its day and source; without one, they are told plainly which rate to record and how."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from contractor_app.domain.exchange import PAYMENT, RECORDED, ExchangeRate, Rates
from contractor_app.domain.money import Money
from contractor_app.services.dashboard import dashboard
from contractor_app.services.rates import list_rates
from contractor_app.store.models import Client, Payment
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, Cli
from ..reports.test_minimum_wage_wording import text_of
from .test_rights_engine import log_commands


def manila(cli: Cli, start: str, end: str, *args: str) -> dict[str, Any]:
    result = cli("summary", "--format", "json", "--from", start, "--to", end, *args)
    assert result.code == 0, result.err
    (item,) = json.loads(result.out)["clients"]
    return item


@pytest.fixture
def worker(cli: Cli) -> Cli:
    return cli.prepared(("--currency", "USD", "--jurisdiction", "PH-00", "--timezone", "Asia/Manila"),
                        ("client", "add", "Agency", "--rate", "1.25/h", "--jurisdiction", "PH-00"),
                        *log_commands("agency", date(2026, 11, 2), 5, "09:00", "17:00"),  # Mon 2 - Fri 6 Nov: 40 h
                        *log_commands("agency", date(2026, 11, 9), 5, "09:00", "17:00"))  # Mon 9 - Fri 13 Nov: 40 h


def test_without_a_rate_the_worker_is_told_which_rate_to_record_and_how(worker: Cli) -> None:
    item = manila(worker, "2026-11-01", "2026-11-30")
    assert item["minimum_wage"] is None
    assert item["exchange_rate_needed"] == {
        "from": "USD", "to": "PHP", "weeks": 2, "first_week_end": "2026-11-08", "last_week_end": "2026-11-15",
        "how": "record the rate you were paid at: contractor-app rate add --from USD --to PHP --rate RATE "
               "--on 2026-11-08 (or any day before it)"}
    text = worker("summary", "--from", "2026-11-01", "--to", "2026-11-30", "--explain").out
    assert "minimum wage in PHP, pay in USD: 2 workweek(s) to 2026-11-15 need an exchange rate" in text
    assert "contractor-app rate add --from USD --to PHP" in text
    assert "never takes one from the network" in text


def test_a_recorded_rate_converts_the_minimum_wage_week_by_week(worker: Cli) -> None:
    """NCR minimum PHP 695 a day / 8 h = PHP 86.875/h (rules file). Pay USD 1.25/h, 40 h a week = USD 50.00.
    Week 2-8 Nov, latest rate on or before Sun 8 Nov: 1 USD = 58.1 PHP (recorded for 1 Nov):
      40 x 86.875 / 58.1 = 3475 / 58.1 = 59.8107 -> USD 59.81 required; short 59.81 - 50.00 = 9.81.
    Week 9-15 Nov, latest rate by Sun 15 Nov: 1 USD = 59 PHP (recorded for 10 Nov):
      3475 / 59 = 58.8983 -> USD 58.90 required; short 58.90 - 50.00 = 8.90.
    Month: required 59.81 + 58.90 = 118.71, shortfall 9.81 + 8.90 = 18.71; the rate shown is the last week's."""
    assert worker("rate", "add", "--from", "USD", "--to", "PHP", "--rate", "58.1", "--on", "2026-11-01").code == 0
    assert worker("rate", "add", "--from", "usd", "--to", "php", "--rate", "59", "--on", "2026-11-10").code == 0
    item = manila(worker, "2026-11-01", "2026-11-30")
    check = item["minimum_wage"]
    assert (check["value"], check["currency"], check["jurisdiction"]) == ("86.875", "PHP", "PH-00")
    assert check["hourly_in_pay_currency"] == "1.4725"  # 86.875 / 59 = 1.47245...
    assert check["exchange_rate"] == {"from": "USD", "to": "PHP", "rate": "59", "on": "2026-11-10",
                                      "source": "your record", "kind": "recorded"}
    weeks = [(w["from"], w["required"], w["pay"], w["shortfall"], w["exchange_rate"]["rate"], w["exchange_rate"]["on"])
             for w in check["weeks"]]
    assert weeks == [("2026-11-02", "59.81", "50.00", "9.81", "58.1", "2026-11-01"),
                     ("2026-11-09", "58.90", "50.00", "8.90", "59", "2026-11-10")]
    assert (check["required_for_hours_worked"], item["minimum_wage_shortfall"]) == ("118.71", "18.71")
    assert item["below_minimum"] is True and check["benchmark"] is True and item["exchange_rate_needed"] is None
    assert "FLSA" not in check["basis"] and check["basis"].startswith("week by week (this app's method")  # not US law
    text = worker("summary", "--from", "2026-11-01", "--to", "2026-11-30", "--explain").out
    assert ("minimum wage PHP 86.875/h (PHP 695 a day ÷ 8 h) (PH-00, a benchmark: you are a contractor) = USD 1.4725/h "
            "at 1 USD = 59 PHP "
            "on 2026-11-10 (your record): the agreed pay is BELOW it by USD 18.71") in text
    assert "(minimum PHP 86.875/h at 1 USD = 58.1 PHP on 2026-11-01 (your record)) = USD 59.81" in text


def test_a_rate_recorded_after_the_week_does_not_judge_it(worker: Cli) -> None:
    assert worker("rate", "add", "--from", "USD", "--to", "PHP", "--rate", "59", "--on", "2026-11-10").code == 0
    item = manila(worker, "2026-11-01", "2026-11-30")
    assert [w["from"] for w in item["minimum_wage"]["weeks"]] == ["2026-11-09"]
    needed = item["exchange_rate_needed"]
    assert (needed["weeks"], needed["first_week_end"], needed["last_week_end"]) == (1, "2026-11-08", "2026-11-08")


def test_a_rate_recorded_the_other_way_round_converts_too(worker: Cli) -> None:
    """1 PHP = 0.0172 USD: 40 x 86.875 x 0.0172 = 59.77 required per week; short 9.77."""
    assert worker("rate", "add", "--from", "PHP", "--to", "USD", "--rate", "0.0172", "--on", "2026-10-30").code == 0
    weeks = manila(worker, "2026-11-01", "2026-11-30")["minimum_wage"]["weeks"]
    assert [(w["required"], w["shortfall"]) for w in weeks] == [("59.77", "9.77")] * 2


def test_rate_add_refuses_nonsense_and_rate_list_shows_the_records(worker: Cli) -> None:
    assert worker("rate", "add", "--from", "USD", "--to", "USD", "--rate", "1", "--on", "2026-11-01").code == 1
    assert worker("rate", "add", "--from", "USD", "--to", "PHP", "--rate", "-3", "--on", "2026-11-01").code == 1
    assert worker("rate", "add", "--from", "USD", "--to", "XXX", "--rate", "3", "--on", "2026-11-01").code == 1
    assert worker("rate", "add", "--from", "USD", "--to", "PHP", "--rate", "58.1", "--on", "2026-11-01").code == 0
    again = worker("rate", "add", "--from", "USD", "--to", "PHP", "--rate", "58.2", "--on", "2026-11-01")
    assert again.code == 1 and "already recorded" in again.err
    listing = worker("rate", "list").out
    assert "2026-11-01  USD   PHP  58.1  your record" in listing


def test_a_converted_payment_gives_the_rate_when_none_is_recorded(worker: Cli, data_dir: Any) -> None:
    """A payment of USD 100 received 5 Nov and converted to PHP 5,800 (rate 58): week 2-8 Nov at 58:
    3475 / 58 = 59.9138 -> USD 59.91 required, short 9.91; it is shown with the payment as its source."""
    vault = Vault.unlock(data_dir, PASSWORD)
    try:
        with vault.unit_of_work() as uow:
            client_id = uow.session.query(Client.id).scalar()
            uow.created(Payment(client_id=client_id, received_on=date(2026, 11, 5), gross=Decimal(100),
                                fees=Decimal(0), deductions=Decimal(0), net=Decimal(100), currency="USD",
                                reference="WISE-1", converted_amount=Decimal(5800), converted_currency="PHP",
                                exchange_rate=Decimal(58), entered_at=datetime.now(UTC)))
        assert [(r.source, r.kind) for r in list_rates(vault)] == [("payment of 2026-11-05 WISE-1", PAYMENT)]
    finally:
        vault.lock()
    check = manila(worker, "2026-11-02", "2026-11-08")["minimum_wage"]
    assert (check["weeks"][0]["required"], check["weeks"][0]["shortfall"]) == ("59.91", "9.91")
    assert check["exchange_rate"] == {"from": "USD", "to": "PHP", "rate": "58", "on": "2026-11-05",
                                      "source": "payment of 2026-11-05 WISE-1", "kind": "payment"}


def test_recorded_rates_come_before_converted_payments() -> None:
    recorded = ExchangeRate(date(2026, 10, 1), "USD", "PHP", Decimal("57"), "your record", RECORDED)
    paid = ExchangeRate(date(2026, 11, 5), "USD", "PHP", Decimal("58"), "payment", PAYMENT)
    rates = Rates([paid, recorded])
    assert rates.latest("USD", "PHP", date(2026, 11, 8)).rate == recorded  # type: ignore[union-attr]
    assert rates.latest("USD", "PHP", date(2026, 9, 30)) is None
    assert Rates([paid]).latest("PHP", "USD", date(2026, 11, 8)).convert_from_target(  # type: ignore[union-attr]
        Decimal(1)) == Decimal(58)  # recorded 1 USD = 58 PHP, asked from PHP: USD 1 is PHP 58


def test_the_claim_packet_shows_the_rate_beside_the_minimum_wage(worker: Cli, tmp_path: Path) -> None:
    """The same two weeks as above in the claim packet: the rule, the rate with its day and source, the converted
    hourly minimum (86.875 / 59 = 1.4725) and each week's arithmetic in the appendix."""
    assert worker("rate", "add", "--from", "USD", "--to", "PHP", "--rate", "58.1", "--on", "2026-11-01").code == 0
    assert worker("rate", "add", "--from", "USD", "--to", "PHP", "--rate", "59", "--on", "2026-11-10").code == 0
    out = tmp_path / "claim.pdf"
    result = worker("report", "claim", "--client", "Agency", "--from", "2026-11-01", "--to", "2026-11-30",
                    "-o", str(out))
    assert result.code == 0, result.err
    text = text_of(out)
    assert "In USD, at 1 USD = 59 PHP on 2026-11-10 (your record) USD 1.4725/h" in text
    assert "Exchange rate 1 USD = 59 PHP on 2026-11-10 (your record) your record (the worker's own records)" in text
    assert "at 1 USD = 58.1 PHP on 2026-11-01 (your record)) = USD 59.81" in text
    assert "short of the minimum wage (week by week) USD 18.71" in text


def test_the_claim_packet_says_when_a_rate_is_missing(worker: Cli, tmp_path: Path) -> None:
    out = tmp_path / "claim.pdf"
    result = worker("report", "claim", "--client", "Agency", "--from", "2026-11-01", "--to", "2026-11-30",
                    "-o", str(out))
    assert result.code == 0, result.err
    text = text_of(out)
    assert "none recorded: 2 workweek(s) to 2026-11-15 not compared with the minimum wage in PHP" in text
    assert "contractor-app rate add --from USD --to PHP --rate RATE --on 2026-11-08" in text


def test_the_dashboard_names_the_rate_beside_the_minimum_it_compares_with(worker: Cli, data_dir: Path) -> None:
    """The dashboard's pay-per-hour figure over the weeks to 15 November: the minimum in USD is the hours at the
    converted minimum, (59.81 + 58.90) / 80 h = 1.4839 -> USD 1.48 an hour, with each week's rate in its sources."""
    assert worker("rate", "add", "--from", "USD", "--to", "PHP", "--rate", "58.1", "--on", "2026-11-01").code == 0
    assert worker("rate", "add", "--from", "USD", "--to", "PHP", "--rate", "59", "--on", "2026-11-10").code == 0
    with Vault.unlock(data_dir, PASSWORD) as vault:
        board = dashboard(vault, tz="Asia/Manila", today=date(2026, 11, 16))
    (rate,) = board.rates
    assert rate.minimum == Money(Decimal("1.48"), "USD") and rate.below
    assert {cited.wage.jurisdiction for cited in rate.sources} == {"PH-00"}
    assert [cited.converted_at and cited.converted_at.describe() for cited in rate.sources] == [
        "1 USD = 58.1 PHP on 2026-11-01 (your record)",  # week to 8 Nov
        "1 USD = 59 PHP on 2026-11-10 (your record)"]  # week to 15 Nov
