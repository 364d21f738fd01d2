"""The law's workday: the jurisdiction's zone, the client's workday start, and overnight shifts split there."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from contractor_app.domain.workday import law_workday, zone_of
from contractor_app.domain.worktime import DaySplitter, Work, split_by_day, workday_of

LA = ZoneInfo("America/Los_Angeles")


def test_a_jurisdiction_names_its_zone_and_an_unknown_one_falls_back_to_the_workers() -> None:
    assert zone_of("US-NY-NYC") == ZoneInfo("America/New_York") and zone_of("US-CA") == LA
    assert zone_of("US") is None and zone_of(None) is None  # the US spans several zones
    fallback = law_workday("US", None, ZoneInfo("Asia/Manila"))
    assert fallback.zone.key == "Asia/Manila" and not fallback.from_jurisdiction
    assert law_workday("US-CA", 6 * 60, ZoneInfo("Asia/Manila")).start == time(6)


def test_an_overnight_shift_is_split_at_the_workday_start() -> None:
    """22:00 on Mon 2 Nov to 10:00 on Tue 3 Nov in Los Angeles, workdays starting 06:00: 8 h belong to Monday's
    workday (06:00 Monday to 06:00 Tuesday), 4 h to Tuesday's. At midnight it would be 2 h and 10 h."""
    start = datetime(2026, 11, 2, 22, tzinfo=LA).astimezone(UTC)
    work = Work(entry_id=1, engagement_id=1, start=start, end=start + timedelta(hours=12), break_seconds=0,
                category="productive")
    assert [(p.day, p.seconds) for p in split_by_day(work, LA, time(6))] == [
        (date(2026, 11, 2), 8 * 3600), (date(2026, 11, 3), 4 * 3600)]
    assert [(p.day, p.seconds) for p in split_by_day(work, LA)] == [
        (date(2026, 11, 2), 2 * 3600), (date(2026, 11, 3), 10 * 3600)]


@settings(max_examples=200, deadline=None)
@given(offset=st.integers(0, 400 * 24 * 3600), zone=st.sampled_from(["America/Los_Angeles", "Europe/London",
                                                                     "Australia/Lord_Howe", "Asia/Kolkata"]),
       start=st.sampled_from([time(0), time(2, 30), time(6), time(22)]))
def test_the_fast_day_lookup_agrees_with_the_plain_one(offset: int, zone: str, start: time) -> None:
    """DaySplitter looks a zone's offset up once per UTC day; across clock changes it must still agree."""
    moment = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=offset)
    assert DaySplitter(ZoneInfo(zone), start).day_of(moment) == workday_of(moment, ZoneInfo(zone), start)
