"""Sample records for GUI tests and screenshots: two platforms, one with a very long name, and a few days of work."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.services.clients import NewClient, add_client
from contractor_app.services.entries import NewEntry, log_many
from contractor_app.services.profile import Profile, save_profile
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD

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


def sample_vault(folder: Path, *, zone: str | None = None, days: int = 12) -> str:
    """Create a vault with a profile, three clients and ``days`` days of entries; return the zone used."""
    zone = zone or afternoon_zone()
    tz = ZoneInfo(zone)
    vault, _ = Vault.create(folder, PASSWORD)
    with vault:
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
        for back in range(days, -1, -1):
            day = today - timedelta(days=back)
            if day.weekday() == 6 and back not in (0, ASSESSMENT_DAY):  # the assessment is always there
                continue
            at = lambda h, m: datetime(day.year, day.month, day.day, h, m, tzinfo=tz).astimezone(UTC)  # noqa: B023 - used in this pass only
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
