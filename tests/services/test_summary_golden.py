"""`summary --format json --explain` of a varied vault, byte for byte as it was before the summary was made faster.

The speed work on the summary (issue 18) must change no figure, no step of an explanation and no order. The
expected texts (fixtures/summary_golden/expected/CASE.json, as the command writes them) were written by this
module's ``write_expected`` from the code as it was on main before that work (35a40e9). The fast-path test beside
it checks much the same vault against an entry-by-entry reckoning, but that reckoning shares the engine's weekly
checks and their rounding; this fixture trusts nothing of today's code.

The vault is test_summary_fast_path's (employees and contractors in California, New York City, Texas and the
Philippines, a client with no jurisdiction paying in EUR, hourly, per-unit and fixed pay, terms changing mid-way,
unpaid categories, overnight shifts, the clock change in Berlin and in the US, bonuses and adjustments, payments,
invoices, a minimum wage in another currency) with payment amounts allocated to single entries as well, one of them
an overnight shift. It is summarized over several periods, in the profile's zone and in two others (a half-hour
offset among them), and for one client alone.

The rule values are pinned (fixtures/summary_golden/rules, the shipped files cut down to these jurisdictions), so
that a corrected minimum wage or source in resources/rules does not fail this test: it guards the reckoning, not the
values. Regenerate the expected text only from code whose figures are known right:
`python -m tests.services.test_summary_golden` (from the repository, with the fast test KDF).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from contractor_app.cli.commands.summary import _json
from contractor_app.domain.times import DateRange
from contractor_app.services import rules as rule_service
from contractor_app.services.entries.log import NewEntry, log_many
from contractor_app.services.summary import summarize
from contractor_app.store.models import Client, Engagement, Payment, PaymentAllocation, WorkEntry
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..rule_book import rules_read_by
from ..sample import build_vault
from .test_summary_fast_path import TODAY, ZONE, fill

FIXTURES = Path(__file__).with_name("fixtures") / "summary_golden"
EXPECTED = FIXTURES / "expected"

# name -> (period, zone, client)
CASES: dict[str, tuple[DateRange, str, str | None]] = {
    "all": (DateRange(), ZONE, None),
    "march": (DateRange(date(2026, 3, 1), date(2026, 3, 31)), ZONE, None),
    "clock-change-week": (DateRange(date(2026, 3, 23), date(2026, 3, 29)), ZONE, None),
    "clock-change-day": (DateRange(date(2026, 3, 29), date(2026, 3, 29)), ZONE, None),
    "from-april": (DateRange(date(2026, 4, 1), None), ZONE, None),
    "march-in-kolkata": (DateRange(date(2026, 3, 1), date(2026, 3, 31)), "Asia/Kolkata", None),
    "march-in-new-york": (DateRange(date(2026, 3, 1), date(2026, 3, 31)), "America/New_York", None),
    "coast-clinic-alone": (DateRange(), ZONE, "Coast Clinic"),
}


def busy_day(vault: Vault) -> None:
    """Several entries of one client on one day, in one category: the one pass gathers such entries, and under
    per-unit pay in California each must still be judged on its own hours (one pays well, one pays nothing)."""
    day = datetime(2026, 4, 14, 7, tzinfo=UTC)
    hour = timedelta(hours=1)
    log_many(vault, [
        *(NewEntry(client="Bay Piecework", start=day + n * hour, end=day + n * hour + timedelta(minutes=50),
                   tz=ZONE, category="productive", units=Decimal(units))
          for n, units in ((0, 90), (1, 0), (2, 7), (3, 7), (4, 31))),
        *(NewEntry(client="Coast Clinic", start=day + n * hour, end=day + n * hour + timedelta(minutes=55),
                   tz=ZONE, category=category, break_seconds=300 if n % 2 else 0)
          for n, category in ((0, "productive"), (1, "productive"), (2, "training"), (3, "productive"),
                              (4, "training"), (5, "productive"), (6, "productive"), (7, "productive"),
                              (8, "productive"), (9, "productive"), (10, "productive"), (11, "productive"))),
    ])


# (client, which of its payments, the day in the profile's zone an overnight entry starts, the amount allocated to it)
ALLOCATIONS = (
    ("Coast Clinic", 0, date(2026, 2, 28), "55.25"),  # ends on 1 March: counts in February, not in March
    ("Coast Clinic", 1, date(2026, 3, 29), "20.00"),  # the day the clocks change: counts on that day alone
    ("Metro Courier", 0, date(2026, 3, 28), "17.40"),  # across the clock change: counts the day before it
    ("Manila Review", 1, date(2026, 4, 1), "9.90"),  # a payment for February, an entry in April
)


def allocate(vault: Vault) -> None:
    """Amounts of some payments allocated to single overnight entries: each counts on its entry's first day (the
    evening it started, in the profile's zone), whatever period the payment covers."""
    berlin = ZoneInfo(ZONE)
    with vault.unit_of_work() as uow:
        session = uow.session
        for name, index, day, amount in ALLOCATIONS:
            client_id = session.scalar(select(Client.id).where(Client.name == name))
            engagements = select(Engagement.id).where(Engagement.client_id == client_id)
            entry = next(e for e in session.scalars(select(WorkEntry).where(WorkEntry.engagement_id.in_(engagements)))
                         if e.start_at.astimezone(berlin).date() == day != e.end_at.astimezone(berlin).date())
            payment = session.scalars(select(Payment).where(Payment.client_id == client_id)
                                      .order_by(Payment.id)).all()[index]
            uow.created(PaymentAllocation(payment_id=payment.id, work_entry_id=entry.id, amount=Decimal(amount)))


@contextmanager
def pinned_rules() -> Iterator[None]:
    """The rule book read from the cut-down copy in the fixtures instead of resources/rules; the kinds the copy does
    not pin (the mileage rates) are the shipped ones."""
    shipped = rule_service.rule_file

    def rule_file(kind: str) -> dict[str, Any]:
        pinned = FIXTURES / "rules" / f"{kind}.json"
        if not pinned.exists():
            return shipped(kind)
        return cast(dict[str, Any], json.loads(pinned.read_text(encoding="utf-8")))

    with rules_read_by(rule_file):
        yield


def summaries(folder: Path) -> dict[str, str]:
    """Each case's `summary --format json --explain` text, as the command writes it, under the pinned rules."""
    with pinned_rules(), Vault.unlock(folder, PASSWORD) as vault:
        return {name: json.dumps(_json(summarize(vault, period=period, tz=tz, client=client, today=TODAY),
                                       explained=True), ensure_ascii=False, indent=1) + "\n"
                for name, (period, tz, client) in CASES.items()}


@pytest.fixture(scope="module")
def got(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return summaries(build_vault(tmp_path_factory.mktemp("golden") / "records", fill, busy_day, allocate).folder)


@pytest.mark.parametrize("case", list(CASES))
def test_the_summary_json_is_byte_for_byte_what_it_was(got: dict[str, str], case: str) -> None:
    assert got[case] == (EXPECTED / f"{case}.json").read_text(encoding="utf-8")


def test_the_cases_hold_what_they_are_for() -> None:
    """The fixture is not vacuous: six clients in two currencies, overtime owed, minimum-wage weeks below, a fixed
    price, late and short payments, and the allocated amounts counted where their entries lie."""
    everything = json.loads((EXPECTED / "all.json").read_text(encoding="utf-8"))
    clients = {item["client"]: item for item in everything["clients"]}
    assert len(clients) == 6
    assert {total["currency"] for total in everything["totals"]} == {"USD", "EUR"}
    text = json.dumps(everything).lower()
    for word in ("overtime", "minimum wage", "fixed", "late", "short"):
        assert word in text, word


def write_expected() -> None:
    """Write fixtures/summary_golden/expected/ from the code as it is now (see the module's docstring)."""
    import tempfile

    from ..kdf import use_fast_kdf

    use_fast_kdf()
    with tempfile.TemporaryDirectory() as folder:
        texts = summaries(build_vault(Path(folder) / "records", fill, busy_day, allocate).folder)
    EXPECTED.mkdir(exist_ok=True)
    for case, text in texts.items():
        (EXPECTED / f"{case}.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write_expected()
