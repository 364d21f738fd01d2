"""The distance log: trips priced at the worker's country's rate, refused when unbelievable, deleted and put back
with an audit trail."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.errors import InvalidInput
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.profile import Profile, save_profile
from contractor_app.services.trips import add_trip, delete_trip, list_trips, reinstate_trip
from contractor_app.services.verify import verify_vault
from contractor_app.store.vault import Vault

TODAY = datetime.now(UTC).date() - timedelta(days=1)


@pytest.fixture
def driver(vault: Vault) -> Vault:
    save_profile(vault, Profile(name="D", currency="GBP", timezone="Europe/London", jurisdiction="GB"))
    add_client(vault, NewClient(name="Courier Co", currency="GBP",
                                terms=Terms(kind="hourly", rate=Money(Decimal(12), "GBP"))))
    return vault


def test_a_trip_is_priced_at_the_rate_of_the_workers_country(driver: Vault) -> None:
    view = add_trip(driver, client="courier", on=date(2025, 5, 2), distance=Decimal("12.5"), unit="mi")
    assert view.cost == Money(Decimal("5.625"), "GBP") and view.rate is not None and view.rate.jurisdiction == "GB"
    assert str(view.cost.rounded()) == "GBP 5.63"
    assert list_trips(driver, period=DateRange(date(2025, 5, 3), None)) == []


@pytest.mark.parametrize(("distance", "unit", "on", "message"), [
    ("0", "km", TODAY, "more than zero"),
    ("-3", "km", TODAY, "more than zero"),
    ("5001", "km", TODAY, "not believable"),
    ("1.234", "km", TODAY, "decimal places"),
    ("10", "furlongs", TODAY, "km or mi"),
    ("10", "km", TODAY + timedelta(days=3), "future"),
])
def test_unbelievable_trips_are_refused(driver: Vault, distance: str, unit: str, on: date, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        add_trip(driver, client="courier", on=on, distance=Decimal(distance), unit=unit)
    assert list_trips(driver) == []


def test_delete_and_undo(driver: Vault) -> None:
    view = add_trip(driver, client="courier", on=TODAY, distance=Decimal("30"), note="depot")
    removed = delete_trip(driver, view.id)
    assert list_trips(driver) == []
    assert reinstate_trip(driver, removed) == view
    assert verify_vault(driver).ok
