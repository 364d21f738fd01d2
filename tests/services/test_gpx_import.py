"""GPX import for the distance log: a known route's hand-computed length, one trip per track and local day, all or
nothing, and hostile files (entity bombs, external entities, huge or deep files, no times, garbage) refused with one
clear line before anything is recorded."""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.errors import InvalidInput
from contractor_app.interchange import gpx
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.profile import Profile, save_profile
from contractor_app.services.trips import import_gpx, list_trips
from contractor_app.services.verify import verify_vault
from contractor_app.store.vault import Vault

# Three points due north along the Greenwich meridian, 0.1 degree apart: along a meridian the great circle is the
# meridian itself, so the length is R * 0.2 degrees in radians = 6371.0088 * 0.2 * pi / 180 = 22.2390 km.
ROUTE_KM = 6371.0088 * 0.2 * math.pi / 180


def route(*tracks: str, header: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{header}<gpx version="1.1" creator="test" '
            f'xmlns="http://www.topografix.com/GPX/1/1">{"".join(tracks)}</gpx>').encode()


def track(name: str, *points: tuple[float | str, float, str | None]) -> str:
    body = "".join(f'<trkpt lat="{lat}" lon="{lon}">' + (f"<time>{when}</time>" if when else "") + "</trkpt>"
                   for lat, lon, when in points)
    return f"<trk><name>{name}</name><trkseg>{body}</trkseg></trk>"


MORNING = track("Deliveries", (51.0, 0.0, "2025-05-02T08:00:00Z"), (51.1, 0.0, "2025-05-02T08:10:00Z"),
                (51.2, 0.0, "2025-05-02T08:20:00Z"))


@pytest.fixture
def driver(vault: Vault) -> Vault:
    save_profile(vault, Profile(name="D", currency="GBP", timezone="Europe/London", jurisdiction="GB"))
    add_client(vault, NewClient(name="Courier Co", currency="GBP",
                                terms=Terms(kind="hourly", rate=Money(Decimal(12), "GBP"))))
    return vault


def write(tmp_path: Path, data: bytes, name: str = "ride.gpx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_haversine_matches_the_hand_computed_length() -> None:
    assert gpx.haversine_km(51.0, 0.0, 51.1, 0.0) + gpx.haversine_km(51.1, 0.0, 51.2, 0.0) == pytest.approx(
        22.2390, abs=1e-4)
    # One degree of longitude on the equator is the same arc as one of latitude.
    assert gpx.haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(6371.0088 * math.pi / 180)


def test_a_known_route_becomes_one_priced_trip(driver: Vault, tmp_path: Path) -> None:
    result = import_gpx(driver, write(tmp_path, route(MORNING)), client="courier", unit="km")
    [trip] = result.added
    assert (trip.on.isoformat(), trip.distance, trip.unit, trip.source) == ("2025-05-02", Decimal("22.24"), "km", "gpx")
    assert trip.note == "GPX ride.gpx: Deliveries"
    assert trip.rate is not None and trip.rate.jurisdiction == "GB" and trip.cost is not None
    assert list_trips(driver) == [trip]
    assert verify_vault(driver).ok


def test_miles_and_a_second_import_adds_nothing(driver: Vault, tmp_path: Path) -> None:
    path = write(tmp_path, route(MORNING))
    [trip] = import_gpx(driver, path, client="courier", unit="mi").added
    assert trip.distance == Decimal("13.82")  # 22.2390 km / 1.609344
    again = import_gpx(driver, path, client="courier", unit="mi")
    assert again.added == () and again.skipped == 1 and len(list_trips(driver)) == 1


def test_one_trip_per_track_and_local_day(driver: Vault, tmp_path: Path) -> None:
    # 23:50 and 00:10 UTC in summer are 00:50 and 01:10 in London: the night ride is all on the 3rd, local time;
    # the step from 22:50 UTC (23:50 local, the 2nd) is dated the 2nd.
    night = track("Night", (51.0, 0.0, "2025-05-02T22:50:00Z"), (51.1, 0.0, "2025-05-02T23:10:00Z"),
                  (51.2, 0.0, "2025-05-03T00:10:00Z"))
    added = import_gpx(driver, write(tmp_path, route(MORNING, night)), client="courier").added
    assert [(t.on.isoformat(), t.distance, t.note) for t in added] == [
        ("2025-05-02", Decimal("22.24"), "GPX ride.gpx: Deliveries"),
        ("2025-05-02", Decimal("11.12"), "GPX ride.gpx: Night"),
        ("2025-05-03", Decimal("11.12"), "GPX ride.gpx: Night")]


BOMB = ('<!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
EXTERNAL = '<!DOCTYPE gpx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize(("data", "message"), [
    (route(track("&c;", (51.0, 0.0, "2025-05-02T08:00:00Z"), (51.1, 0.0, "2025-05-02T08:10:00Z")), header=BOMB),
     "refused: it declares a DOCTYPE"),
    (route(track("&secret;", (51.0, 0.0, "2025-05-02T08:00:00Z"), (51.1, 0.0, "2025-05-02T08:10:00Z")),
           header=EXTERNAL), "refused: it declares a DOCTYPE"),
    (route(track("No clock", (51.0, 0.0, None), (51.1, 0.0, None))), "points without a time"),
    (b"\x89PNG\r\n\x1a\n garbage \x00\xff", "not a readable GPX file"),
    (b"<kml><Document/></kml>", "not a GPX file"),
    (route(track("One", (51.0, 0.0, "2025-05-02T08:00:00Z"))), "no track with two points"),
    (route(track("Bad", (91.0, 0.0, "2025-05-02T08:00:00Z"), (51.1, 0.0, "2025-05-02T08:10:00Z"))), "out of range"),
    (route(track("Bad", ("x", 0.0, "2025-05-02T08:00:00Z"), (51.1, 0.0, "2025-05-02T08:10:00Z"))), "not a number"),
    (route(track("Bad", (51.0, 0.0, "yesterday"), (51.1, 0.0, "2025-05-02T08:10:00Z"))), "not a date and time"),
    (route("<extensions>" + "<x>" * 40 + "</x>" * 40 + "</extensions>"), "more than 24 deep"),
])
def test_hostile_files_are_refused_in_one_line(driver: Vault, tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(InvalidInput, match=message) as refused:
        import_gpx(driver, write(tmp_path, data), client="courier")
    assert "\n" not in str(refused.value) and "Nothing was imported" in str(refused.value)
    assert list_trips(driver) == []


def test_too_many_points_and_too_large_files_are_refused(driver: Vault, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gpx, "MAX_POINTS", 2)
    with pytest.raises(InvalidInput, match="more than 2 track points"):
        import_gpx(driver, write(tmp_path, route(MORNING)), client="courier")
    monkeypatch.setattr(gpx, "MAX_GPX_BYTES", 1024 * 1024)
    with pytest.raises(InvalidInput, match="larger than 1 MiB"):
        import_gpx(driver, write(tmp_path, route(MORNING) + b" " * (1024 * 1024)), client="courier")
    assert list_trips(driver) == []


def test_a_bad_day_in_the_file_records_nothing(driver: Vault, tmp_path: Path) -> None:
    # The second track is 6000 km in a day: unbelievable, so the whole file is refused, the good track too.
    far = track("Far", (0.0, 0.0, "2025-05-04T08:00:00Z"), (0.0, 60.0, "2025-05-04T20:00:00Z"))
    with pytest.raises(InvalidInput, match="not believable"):
        import_gpx(driver, write(tmp_path, route(MORNING, far)), client="courier")
    assert list_trips(driver) == []
