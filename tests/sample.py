"""The one sample-vault builder the tests share: create a real vault, fill it through the services, lock it.

Creating a vault runs every migration; copying a locked vault (its files) takes a millisecond and gives records
of their own, so a test that only needs "some records" copies a template built once:

    @pytest.fixture(scope="module")
    def template(templates: Templates) -> Path:     # `templates` is a session fixture (tests/conftest.py)
        return templates(SampleWork(days=3)).folder  # built once per session for all who ask for the same recipe

    def test_something(template: Path, data_dir: Path) -> None:
        shutil.copytree(template, data_dir)

``build_vault(folder, *fills)`` builds one directly. A fill is anything called with the open vault. The recipes
here are frozen dataclasses so that equal recipes share one template; a module's own fill can be a plain function
(one template per function). CLI tests that start from records made by commands use ``cli.prepared(init_args,
*commands)`` (tests/conftest.py), which keeps its template here too (``Templates.folder``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_many
from contractor_app.services.profile import Profile, save_profile
from contractor_app.store.vault import Vault

PASSWORD = "correct horse battery"

Fill = Callable[[Vault], object]


@dataclass(frozen=True)
class Sample:
    """A locked vault and the recovery key it was created with."""

    folder: Path
    recovery_key: str

    def copy_to(self, dest: Path) -> Path:
        """An independent copy of the records at ``dest`` (which must not exist yet)."""
        shutil.copytree(self.folder, dest)
        return dest


def build_vault(folder: Path, *fills: Fill, password: str = PASSWORD) -> Sample:
    """Create a vault at ``folder``, run each fill on it, and lock it."""
    vault, recovery_key = Vault.create(folder, password)
    with vault:
        for fill in fills:
            fill(vault)
    return Sample(folder, recovery_key)


class Templates:
    """Sample vaults built once per test session, one per distinct list of fills; tests copy them."""

    def __init__(self, factory: pytest.TempPathFactory) -> None:
        self._factory = factory
        self._built: dict[tuple[Hashable, ...], Sample] = {}
        self._folders: dict[Hashable, Path] = {}

    def __call__(self, *fills: Fill) -> Sample:
        if fills not in self._built:
            self._built[fills] = build_vault(self._factory.mktemp("template") / "records", *fills)
        return self._built[fills]

    def folder(self, key: Hashable, build: Callable[[Path], object]) -> Path:
        """A records folder that ``build`` makes (from nothing) the first time ``key`` is asked for: for records
        made another way than through the services, such as by running CLI commands (tests/conftest.py's Cli)."""
        if key not in self._folders:
            folder = self._factory.mktemp("template") / "records"
            build(folder)
            self._folders[key] = folder
        return self._folders[key]


# --- recipes ------------------------------------------------------------------------------------------------

LONG_NAME = "Northwind Human Data Annotation & Evaluation Services International Ltd."
ZONES = ("America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York", "America/Sao_Paulo",
         "Atlantic/Azores", "Europe/London", "Europe/Berlin", "Europe/Athens", "Asia/Dubai", "Asia/Karachi",
         "Asia/Dhaka", "Asia/Bangkok", "Asia/Manila", "Asia/Tokyo", "Australia/Sydney", "Pacific/Noumea",
         "Pacific/Auckland", "Pacific/Tongatapu", "Pacific/Kiritimati", "Pacific/Honolulu", "America/Anchorage")
ASSESSMENT_DAY = 5  # days back: the one assessment entry, which tests filter for


def afternoon_zone(now: datetime | None = None) -> str:
    """A zone where it is mid-afternoon now, so that 'today' in screenshots holds a working day."""
    now = now or datetime.now(UTC)
    return min(ZONES, key=lambda name: abs(now.astimezone(ZoneInfo(name)).hour + 0.5 - 16))


@dataclass(frozen=True)
class SampleWork:
    """A worker (Dana Rivera, USD, California), three clients (Acme Labeling hourly with unpaid training, TaskHive
    per task, and one with a very long name) and ``days`` days of work up to today, in ``zone`` (by default one
    where it is mid-afternoon now, chosen when the vault is built)."""

    days: int = 12
    zone: str | None = None

    def __call__(self, vault: Vault) -> str:
        """Fill ``vault``; return the zone used."""
        zone = self.zone or afternoon_zone()
        tz = ZoneInfo(zone)
        save_profile(vault, Profile(name="Dana Rivera", currency="USD", timezone=zone, jurisdiction="US-CA"))
        usd = lambda amount: Money(Decimal(amount), "USD")
        add_client(vault, NewClient(name="Acme Labeling", currency="USD", jurisdiction="US-CA",
                                    engagement="Image annotation",
                                    terms=Terms(kind="hourly", rate=usd("20.00"), unpaid_categories=("training",))))
        add_client(vault, NewClient(name="TaskHive", currency="USD", engagement="Search relevance",
                                    terms=Terms(kind="per_unit", rate=usd("0.45"), unit_name="task")))
        add_client(vault, NewClient(name=LONG_NAME, currency="USD", engagement="Speech evaluation",
                                    terms=Terms(kind="hourly", rate=usd("18.50"))))
        today = datetime.now(UTC).astimezone(tz).date()
        entries = []
        for back in range(self.days, -1, -1):
            day = today - timedelta(days=back)
            if day.weekday() == 6 and back not in (0, ASSESSMENT_DAY):  # the assessment is always there
                continue
            at = lambda h, m: datetime(day.year, day.month, day.day, h, m, tzinfo=tz).astimezone(UTC)  # noqa: B023 - the lambda is used in this pass only
            entries.append(NewEntry(client="Acme Labeling", start=at(9, 0), end=at(11, 30), tz=zone,
                                    category="productive", note=f"batch {40 + back}: street scenes"))
            entries.append(NewEntry(client="Acme Labeling", start=at(11, 45), end=at(12, 30), tz=zone,
                                    category="training" if back % 3 == 0 else "rework"))
            if back:
                entries.append(NewEntry(client="TaskHive", start=at(13, 0), end=at(14, 40), tz=zone,
                                        units=Decimal(30 + back), note="query pairs"))
                entries.append(NewEntry(client=LONG_NAME, start=at(15, 0), end=at(16, 10), tz=zone,
                                        category="assessment" if back == ASSESSMENT_DAY else "productive",
                                        note="Long recordings, accents: several were cut off and had to be re-listened "
                                             "to twice before the rating could be given"))
        log_many(vault, entries)
        return zone


@dataclass(frozen=True)
class TwoClients:
    """A worker in New York (Dana Rivera, USD) with two clients: Acme Labeling (engagement "Image annotation",
    USD 20/h, training unpaid) and TaskHive ("Search relevance", USD 0.40 per task). No work yet."""

    zone: str = "America/New_York"

    def __call__(self, vault: Vault) -> None:
        save_profile(vault, Profile(name="Dana Rivera", currency="USD", timezone=self.zone))
        add_client(vault, NewClient(name="Acme Labeling", currency="USD", engagement="Image annotation",
                                    terms=Terms(kind="hourly", rate=Money(Decimal("20"), "USD"),
                                                unpaid_categories=("training",))))
        add_client(vault, NewClient(name="TaskHive", currency="USD", engagement="Search relevance",
                                    terms=Terms(kind="per_unit", rate=Money(Decimal("0.40"), "USD"),
                                                unit_name="task")))
