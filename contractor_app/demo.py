"""`make demo`: build a sample vault with a few months of realistic records, then print where it is and a summary.

Two platforms: Acme Labeling pays by the hour (with a raise on 1 October) and does not pay for training or
assessments; TaskHive pays per task. Acme once paid short, and TaskHive once paid late. The same seed gives the
same records, so the demo's figures can be checked by hand.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from .domain.money import Money
from .domain.pay import Terms
from .domain.times import DateRange
from .services.clients.directory import NewClient, add_client
from .services.clients.terms import set_terms
from .services.entries.log import NewEntry, log_many
from .services.incidents import NewIncident, record_incident
from .services.lifecycle import create_vault
from .services.payments import NewPayment, record_payment
from .services.privacy import NewDataCollected, NewDataHandled, record_data_collected, record_data_handled
from .services.profile import Profile, save_profile
from .services.summary import summarize
from .services.vault import Vault

PASSWORD = "demo password 2026"
MARKER = "CONTRACTOR-LEDGER-DEMO"
ZONE = "America/Los_Angeles"
FIRST_DAY = date(2026, 8, 3)
LAST_DAY = date(2026, 11, 20)


def build(folder: Path, seed: int = 7) -> Vault:
    """Create the demo vault in ``folder`` (replacing an earlier demo there, never anything else)."""
    if folder.exists():
        if not (folder / MARKER).exists():
            raise SystemExit(f"{folder} exists and is not a demo folder; choose another with --folder.")
        shutil.rmtree(folder)
    vault, _ = create_vault(folder, PASSWORD)
    (folder / MARKER).write_text("Made by `make demo`; safe to delete.\n")
    save_profile(vault, Profile(name="Dana Rivera", currency="USD", timezone=ZONE, jurisdiction="US-CA"))
    usd = lambda amount: Money(Decimal(amount), "USD")
    add_client(vault, NewClient(
        name="Acme Labeling", currency="USD", jurisdiction="US-CA", payment_terms_days=15,
        legal_name="Acme Data Labeling, Inc.", address="100 Market St, San Francisco, CA", worker_ref="AL-20931",
        terms=Terms(kind="hourly", rate=usd("20.00"), unpaid_categories=("training", "assessment", "onboarding")),
        engagement="Image annotation",
    ))
    set_terms(vault, client="Acme Labeling", terms=Terms(  # a raise from October
        kind="hourly", rate=usd("22.00"), effective_from=date(2026, 10, 1),
        unpaid_categories=("training", "assessment", "onboarding")))
    add_client(vault, NewClient(
        name="TaskHive", currency="USD", jurisdiction="US-NY-NYC", payment_terms_days=30,
        legal_name="TaskHive LLC", worker_ref="th_dana_r",
        terms=Terms(kind="per_unit", rate=usd("0.45"), unit_name="task", unpaid_categories=("assessment", "rework")),
        engagement="Search relevance",
    ))
    rng = random.Random(seed)
    log_many(vault, _entries(rng))
    for payment in list(_payments(vault)):
        record_payment(vault, payment)
    _privacy(vault)
    return vault


def _privacy(vault: Vault) -> None:
    """What the work involved and what the platforms collected: the privacy report and access letter use it."""
    record_data_handled(vault, NewDataHandled(
        client="Acme Labeling", categories=("street images", "faces of passers-by", "licence plates"),
        whose_data="members of the public", sensitivity="high", started_on=FIRST_DAY))
    record_data_collected(vault, NewDataCollected(
        client="Acme Labeling", monitoring_type="screenshots", tool="WorkTrack", consent="clicked through",
        retention_told="not told", started_on=FIRST_DAY, note="a screenshot every 10 minutes while the timer runs"))
    record_data_collected(vault, NewDataCollected(
        client="TaskHive", monitoring_type="ID document", tool="VerifyNow", consent="given in writing",
        retention_told="3 years", started_on=FIRST_DAY, note="passport scan and a selfie at sign-up"))
    record_incident(vault, NewIncident(
        kind="breach", client="Acme Labeling", notice_on=date(2026, 10, 20), started_on=date(2026, 9, 1),
        ended_on=date(2026, 9, 30), data_involved="name, email, screenshots taken by WorkTrack",
        steps_taken="changed passwords; froze credit; 2 h spent", note="notice by email from Acme"))


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), ZoneInfo(ZONE)).astimezone(UTC)


def _entries(rng: random.Random) -> Iterator[NewEntry]:
    day = FIRST_DAY
    while day <= LAST_DAY:
        if day.weekday() < 5:
            week = (day - FIRST_DAY).days // 7
            if week == 0 and day.weekday() == 0:
                yield NewEntry(client="Acme Labeling", start=_at(day, 8), end=_at(day, 10, 30), tz=ZONE,
                               category="onboarding", note="Platform onboarding and guidelines video")
            if day.weekday() == 0 and week % 3 == 0:
                yield NewEntry(client="Acme Labeling", start=_at(day, 10, 45), end=_at(day, 11, 45), tz=ZONE,
                               category="assessment", note="Qualification test for the new project")
            start_minute = rng.choice((0, 0, 15, 30))
            yield NewEntry(client="Acme Labeling", start=_at(day, 12, start_minute), end=_at(day, 15, 45), tz=ZONE,
                           break_seconds=15 * 60, category="productive",
                           units=Decimal(rng.randint(120, 220)), note=f"Batch {week * 5 + day.weekday() + 1}")
            if day.weekday() in (1, 3):
                yield NewEntry(client="Acme Labeling", start=_at(day, 16), end=_at(day, 16, 30), tz=ZONE,
                               category="training", note="Weekly calibration session")
            tasks = rng.randint(70, 130)
            yield NewEntry(client="TaskHive", start=_at(day, 18), end=_at(day, 20, rng.choice((0, 15, 30))),
                           tz=ZONE, category="productive", units=Decimal(tasks), note=f"{tasks} relevance tasks")
            if rng.random() < 0.15:
                yield NewEntry(client="TaskHive", start=_at(day, 20, 45), end=_at(day, 21, 15), tz=ZONE,
                               category="rework", note="Redo of rejected tasks (unpaid)")
        day += timedelta(days=1)


def _payments(vault: Vault) -> Iterator[NewPayment]:
    """Payments of what each period earned (per the summary), with the demo's shortfall and late payment."""

    def earned(client: str, period: DateRange) -> Decimal:
        (item,) = summarize(vault, period=period, tz=ZONE, client=client).clients
        return item.earned.amount

    # Acme pays every two weeks, 7 days after the period; the period ending 11 Oct was paid 60 dollars short.
    start = FIRST_DAY
    while start + timedelta(days=27) <= LAST_DAY:
        end = start + timedelta(days=13)
        period = DateRange(start, end)
        amount = earned("Acme Labeling", period)
        if end == date(2026, 10, 11):
            amount -= Decimal(60)
        yield NewPayment(client="Acme Labeling", received_on=end + timedelta(days=7), gross=amount,
                         method="bank transfer", reference=f"ACME-{end:%Y%m%d}", period=period)
        start = end + timedelta(days=1)
    # TaskHive pays monthly with a 2 % platform fee; September's pay came 46 days after the month ended
    # (30 are allowed); October's has not come at all.
    for first, last, received in ((date(2026, 8, 1), date(2026, 8, 31), date(2026, 9, 18)),
                                  (date(2026, 9, 1), date(2026, 9, 30), date(2026, 11, 15))):
        gross = earned("TaskHive", DateRange(first, last))
        yield NewPayment(client="TaskHive", received_on=received, gross=gross,
                         fees=(gross * Decimal("0.02")).quantize(Decimal("0.01")), method="PayPal",
                         reference=f"TH-{first:%Y%m}", period=DateRange(first, last))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m contractor_app.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=Path("demo-vault"))
    args = parser.parse_args(argv)
    folder = args.folder.resolve()
    with build(folder) as vault:
        result = summarize(vault, period=DateRange(FIRST_DAY, LAST_DAY), tz=ZONE)
    print(f"Demo records: {folder}")
    print(f"Password:     {PASSWORD}")
    print(f"Try:          CONTRACTOR_APP_PASSWORD='{PASSWORD}' .venv/bin/contractor-app --data-dir {folder} summary")
    print()
    for item in result.clients:
        print(f"{item.client.name}: {item.entries} entries, earned {item.earned}, paid {item.paid}, "
              f"owed {item.balance}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
