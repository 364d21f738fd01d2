"""The summary's fast path (plain rows split into days once, domain/workbook.py) gives the same `summary --format
json` as the straightforward entry-by-entry reckoning (tests/domain/reference_assessment.py) on a varied vault:
employees and contractors in several jurisdictions and zones, California's daily overtime in its own workday,
seventh days, overnight shifts across the clock change, bonuses, unpaid categories, per-unit and fixed pay, terms
changing mid-way, a minimum wage in another currency, payments and invoices, late and short."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from contractor_app.cli.commands.summary import _json
from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange, zone
from contractor_app.domain.worktime import Work
from contractor_app.services.adjustments import add_adjustment
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.clients.terms import set_terms
from contractor_app.services.costs import costs_by_client
from contractor_app.services.entries.log import NewEntry, log_many
from contractor_app.services.invoices import NewInvoice, add_invoice
from contractor_app.services.payments import NewPayment, record_payment
from contractor_app.services.profile import Profile, load_profile, save_profile
from contractor_app.services.rates import NewRate, load_rates, record_rate
from contractor_app.services.rules import load_rules
from contractor_app.services.summary import (
    Summary,
    adjustment_facts,
    bounded_period,
    client_facts,
    engagement_clients,
    first_entries,
    invoice_facts,
    payment_facts,
    summarize,
    term_schedules,
    work_rows,
)
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..domain.reference_assessment import reference_assess
from ..sample import build_vault

ZONE = "Europe/Berlin"
FIRST = datetime(2026, 2, 2, 6, tzinfo=UTC)  # ten weeks: the clocks change in the US on 8 March, here on 29 March
TODAY = date(2026, 5, 20)
CLIENTS = (
    NewClient(name="Coast Clinic", currency="USD", jurisdiction="US-CA", classification="employee", workweek_start=6,
              workday_start_minutes=6 * 60, terms=Terms(kind="hourly", rate=Money(Decimal("18.25"), "USD"),
                                                        unpaid_categories=("training",))),
    NewClient(name="Metro Courier", currency="USD", jurisdiction="US-NY-NYC", app_based=True, payment_terms_days=30,
              terms=Terms(kind="per_unit", rate=Money(Decimal("2.40"), "USD"), unit_name="delivery")),
    NewClient(name="Bay Piecework", currency="USD", jurisdiction="US-CA", classification="employee",
              terms=Terms(kind="per_unit", rate=Money(Decimal("0.35"), "USD"), unit_name="item",
                          unpaid_categories=("waiting",))),
    NewClient(name="Manila Review", currency="USD", jurisdiction="PH-00",
              terms=Terms(kind="hourly", rate=Money(Decimal("1.10"), "USD"))),
    NewClient(name="Lone Star Site", currency="USD", jurisdiction="US-TX", contract_on_file=True,
              terms=Terms(kind="fixed", rate=Money(Decimal("950"), "USD"))),
    NewClient(name="Berlin Agentur", currency="EUR", terms=Terms(kind="hourly", rate=Money(Decimal("31"), "EUR"))),
)


def fill(vault: Vault) -> None:
    pick = random.Random(13)
    save_profile(vault, Profile(name="Worker", currency="USD", timezone=ZONE))
    for client in CLIENTS:
        add_client(vault, client)
    set_terms(vault, client="Coast Clinic", terms=Terms(kind="hourly", rate=Money(Decimal("19.50"), "USD"),
                                                        unpaid_categories=("training",),
                                                        effective_from=date(2026, 3, 11)))
    record_rate(vault, NewRate(from_currency="USD", to_currency="PHP", rate=Decimal("58.10"), on=date(2026, 1, 5)))
    entries = []
    for day in range(70):
        at = FIRST + timedelta(days=day)
        for name in pick.sample([c.name for c in CLIENTS], 3):
            start = at + timedelta(minutes=pick.choice([0, 45, 600, 840, 1020, 1290]))  # some run past midnight
            hours = pick.choice([1, 3.5, 8, 9.75, 11, 13])  # long days: California's daily overtime and double time
            end = start + timedelta(minutes=int(hours * 60))
            entries.append(NewEntry(
                client=name, start=start, end=end, tz=ZONE, break_seconds=pick.choice([0, 0, 1800]),
                category=pick.choice(["productive", "productive", "training", "waiting"]),
                units=Decimal(pick.randint(0, 30)) if name in ("Metro Courier", "Bay Piecework") else None))
    log_many(vault, entries)
    for week in range(10):
        monday = FIRST.date() + timedelta(weeks=week)
        add_adjustment(vault, client="Coast Clinic", on=monday + timedelta(days=3), amount=Decimal("40"))
        add_adjustment(vault, client="Metro Courier", on=monday + timedelta(days=1), amount=Decimal("-12.5"),
                       kind="adjustment")
        for name in ("Metro Courier", "Manila Review", "Coast Clinic"):
            record_payment(vault, NewPayment(client=name, received_on=monday + timedelta(days=pick.choice([9, 40])),
                                             gross=Decimal(pick.randint(50, 900)), fees=Decimal("1.5"),
                                             period=DateRange(monday, monday + timedelta(days=6))))
        add_invoice(vault, NewInvoice(client="Berlin Agentur", issued_on=monday + timedelta(days=7),
                                      amount=Decimal(pick.randint(200, 1500)),
                                      covers=DateRange(monday, monday + timedelta(days=6))))


@pytest.fixture(scope="module")
def varied(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_vault(tmp_path_factory.mktemp("varied") / "records", fill).folder


def reference_summary(vault: Vault, period: DateRange) -> Summary:
    """``summarize`` with every entry turned into a ``Work`` and reckoned entry by entry."""
    tz = zone(load_profile(vault).timezone)
    rules = load_rules(vault)
    with vault.querying() as conn:
        facts = client_facts(conn, None)
        bounded = bounded_period(conn, period, TODAY, tz)
        work = [Work(entry_id=entry, engagement_id=engagement, start=datetime.fromtimestamp(start, UTC),
                     end=datetime.fromtimestamp(end, UTC), break_seconds=pause, category=category,
                     units=Decimal(units) if units is not None else None)
                for entry, engagement, start, end, pause, category, units
                in work_rows(conn, date(2000, 1, 1), date(2100, 1, 1), tz)]
        owner = engagement_clients(conn)
        schedules, firsts, rates = term_schedules(conn), first_entries(conn), load_rates(conn)
        payments, invoices, adjustments = payment_facts(conn), invoice_facts(conn), adjustment_facts(conn)
    results = []
    for fact in facts:
        result = reference_assess(
            client=fact, schedules=schedules, work=[w for w in work if owner[w.engagement_id] == fact.id],
            payments=payments.get(fact.id, []), invoices=invoices.get(fact.id, []),
            adjustments=adjustments.get(fact.id, []), rules=rules, period=bounded, tz=tz, today=TODAY,
            jurisdiction=fact.jurisdiction, first_entries=firsts, rates=rates)
        if result.entries or result.paid.amount:
            results.append(result)
    return Summary(period=period, clients=tuple(results), costs=costs_by_client(vault, period))


@pytest.mark.parametrize("period", [
    DateRange(), DateRange(date(2026, 2, 1), date(2026, 2, 28)), DateRange(date(2026, 3, 1), date(2026, 3, 31)),
    DateRange(date(2026, 3, 23), date(2026, 3, 29)), DateRange(date(2026, 4, 1), None),
], ids=["all", "february", "march", "clock-change-week", "from-april"])
def test_the_fast_summary_gives_the_json_of_the_entry_by_entry_reckoning(varied: Path, period: DateRange) -> None:
    with Vault.unlock(varied, PASSWORD) as vault:
        fast = summarize(vault, period=period, tz=ZONE, today=TODAY)
        expected = reference_summary(vault, period)
    assert [item.client.name for item in fast.clients] == [item.client.name for item in expected.clients]
    assert len(fast.clients) == len(CLIENTS)
    assert _json(fast, explained=True) == _json(expected, explained=True)
    assert fast.clients == expected.clients
