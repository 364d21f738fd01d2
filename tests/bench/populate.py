"""Building benchmark vaults: a profile, two clients, and any number of realistic, non-overlapping entries."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_many
from contractor_app.services.profile import Profile, save_profile
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD

HOURLY = "Acme Labeling"
PER_TASK = "TaskHive"
FIRST_START = datetime(2019, 1, 1, tzinfo=UTC)  # entry i starts FIRST_START + 30 min * i; 100k end in 2024
STEP = timedelta(minutes=30)
CATEGORIES = ("productive", "productive", "productive", "training", "rework", "waiting", "admin")
# Entries logged by the benchmarks themselves start here, after every populated entry, one hour apart.
LOGGED_FROM = datetime(2025, 1, 1, tzinfo=UTC)


@dataclass
class BenchVault:
    folder: Path
    entries: int
    populate_seconds: float
    db_bytes: int  # vault.db after lock (the WAL checkpointed into it)


def new_vault(folder: Path) -> None:
    """An empty vault (fast KDF unless the caller unset it) with a UTC profile and two clients."""
    vault, _ = Vault.create(folder, PASSWORD)
    with vault:
        save_profile(vault, Profile(name="Bench Worker", currency="USD", timezone="UTC"))
        add_client(vault, NewClient(name=HOURLY, currency="USD", jurisdiction="US-CA", terms=Terms(
            kind="hourly", rate=Money(Decimal("20"), "USD"), unpaid_categories=("training",))))
        add_client(vault, NewClient(name=PER_TASK, currency="USD", terms=Terms(
            kind="per_unit", rate=Money(Decimal("0.40"), "USD"), unit_name="task")))


def entries(count: int) -> Iterator[NewEntry]:
    """``count`` deterministic entries: alternating clients, mixed categories, breaks, units and notes."""
    for i in range(count):
        start = FIRST_START + STEP * i
        hourly = i % 2 == 0
        yield NewEntry(
            client=HOURLY if hourly else PER_TASK,
            start=start,
            end=start + timedelta(minutes=25 - i % 3),
            tz="UTC",
            category=CATEGORIES[i % len(CATEGORIES)],
            break_seconds=300 if i % 5 == 0 else 0,
            units=None if hourly else Decimal(10 + i % 40),
            note=f"batch {i // 50}, item {i}: labelled images" if i % 4 else None,
        )


def populate(folder: Path, count: int) -> BenchVault:
    """Create a vault at ``folder`` and log ``count`` entries with one log_many call (one transaction)."""
    new_vault(folder)
    with Vault.unlock(folder, PASSWORD) as vault:
        began = time.perf_counter()
        logged = log_many(vault, entries(count))
        seconds = time.perf_counter() - began
    assert logged == count
    return BenchVault(folder, count, seconds, (folder / "vault.db").stat().st_size)
