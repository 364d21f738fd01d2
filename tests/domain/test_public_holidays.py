"""Public holidays computed from public_holidays.json against the official lists, written out by hand, and the
GDPR/UK GDPR deadlines they move (Regulation 1182/71 art. 3(4): a last day on a public holiday moves to the next
working day)."""

from __future__ import annotations

from datetime import date

import pytest

from contractor_app.domain.access_deadlines import deadline_basis, due_date
from contractor_app.domain.holidays import easter_sunday, next_working_day, nth_weekday
from contractor_app.services.access_requests import access_laws
from contractor_app.services.holidays import holiday_calendar, holiday_calendars
from contractor_app.services.rules import rule_file


def d(text: str) -> date:
    return date.fromisoformat(text)


@pytest.mark.parametrize(("year", "easter"), [(2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"),
                                              (2027, "2027-03-28"), (2028, "2028-04-16"), (2038, "2038-04-25")])
def test_easter_sunday(year: int, easter: str) -> None:
    assert easter_sunday(year) == d(easter)


def test_nth_and_last_weekday_of_a_month() -> None:
    assert nth_weekday(2026, 5, 0, 1) == d("2026-05-04")  # first Monday of May
    assert nth_weekday(2026, 5, 0, -1) == d("2026-05-25")  # last Monday of May
    assert nth_weekday(2026, 12, 0, -1) == d("2026-12-28")  # across the year's end
    assert nth_weekday(2027, 2, 0, 1) == d("2027-02-01")  # the 1st itself


# The official lists, each year's days as published (gov.uk/bank-holidays for the UK nations; the Irish, German,
# French, Dutch, Spanish, Italian and Polish lists as their laws and the yearly notices give them). Substitute days
# are the ones gov.uk prints as "(substitute day)".
OFFICIAL = {
    ("GB-EAW", 2024): "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
    ("GB-EAW", 2025): "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
    ("GB-EAW", 2026): "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",  # Boxing Day Sat -> Mon 28
    ("GB-EAW", 2027): "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",  # Christmas Sat, Boxing Day Sun
    ("GB-SCT", 2024): "01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26",  # St Andrew's Sat -> Mon 2 Dec
    ("GB-SCT", 2025): "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26",  # St Andrew's Sun -> Mon 1 Dec
    ("GB-SCT", 2026): "01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28",
    ("GB-SCT", 2027): "01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28",  # 2 Jan Sat -> Mon 4 Jan
    ("GB-NIR", 2024): "01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26",  # St Patrick's Sun -> Mon 18
    ("GB-NIR", 2025): "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26",  # Boyne Sat -> Mon 14 Jul
    ("GB-NIR", 2026): "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28",  # Boyne Sun -> Mon 13 Jul
    ("GB-NIR", 2027): "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28",
    ("IE", 2024): "01-01 02-05 03-17 04-01 05-06 06-03 08-05 10-28 12-25 12-26",  # no substitute for Sun 17 Mar
    ("IE", 2025): "01-01 02-03 03-17 04-21 05-05 06-02 08-04 10-27 12-25 12-26",
    ("IE", 2026): "01-01 02-02 03-17 04-06 05-04 06-01 08-03 10-26 12-25 12-26",
    ("IE", 2027): "01-01 02-01 03-17 03-29 05-03 06-07 08-02 10-25 12-25 12-26",
    ("DE", 2026): "01-01 04-03 04-06 05-01 05-14 05-25 10-03 12-25 12-26",
    ("FR", 2026): "01-01 04-06 05-01 05-08 05-14 05-25 07-14 08-15 11-01 11-11 12-25",
    ("NL", 2026): "01-01 04-03 04-06 04-27 05-05 05-14 05-25 12-25 12-26",
    ("ES", 2026): "01-01 01-06 04-03 05-01 08-15 10-12 11-01 12-06 12-08 12-25",
    ("IT", 2025): "01-01 01-06 04-21 04-25 05-01 06-02 08-15 11-01 12-08 12-25 12-26",
    ("IT", 2026): "01-01 01-06 04-06 04-25 05-01 06-02 08-15 10-04 11-01 12-08 12-25 12-26",  # 4 Oct from 2026
    ("PL", 2024): "01-01 01-06 03-31 04-01 05-01 05-03 05-19 05-30 08-15 11-01 11-11 12-25 12-26",
    ("PL", 2025): "01-01 01-06 04-20 04-21 05-01 05-03 06-08 06-19 08-15 11-01 11-11 12-24 12-25 12-26",  # Wigilia
}


@pytest.mark.parametrize(("code", "year"), sorted(OFFICIAL))
def test_each_list_matches_the_official_one(code: str, year: int) -> None:
    expected = {d(f"{year}-{day}") for day in OFFICIAL[(code, year)].split()}
    assert set(holiday_calendars()[code].holidays(year)) == expected


def test_ireland_keeps_st_brigids_day_on_1_february_when_it_is_a_friday() -> None:
    assert d("2030-02-01") in holiday_calendars()["IE"].holidays(2030)  # a Friday
    assert d("2030-02-04") not in holiday_calendars()["IE"].holidays(2030)


def test_substitute_days_are_named_so() -> None:
    assert holiday_calendars()["GB-EAW"].holiday_name(d("2027-12-28")) == "Boxing Day (substitute day)"
    assert holiday_calendars()["GB-EAW"].holiday_name(d("2027-12-27")) == "Christmas Day (substitute day)"


@pytest.mark.parametrize(("jurisdiction", "code"), [
    ("GB", "GB-EAW"), ("GB-ENG", "GB-EAW"), ("GB-WLS", "GB-EAW"), ("GB-SCT", "GB-SCT"), ("gb-nir", "GB-NIR"),
    ("IE", "IE"), ("DE-BY", "DE"), ("ES-CT", "ES"), ("FR", "FR"), ("NL", "NL"), ("PL", "PL"), ("IT-RM", "IT"),
])
def test_a_jurisdiction_finds_its_national_list(jurisdiction: str, code: str) -> None:
    calendar = holiday_calendar(jurisdiction)
    assert calendar is not None and calendar.code == code


def test_a_place_without_a_list_counts_weekends_only() -> None:
    assert holiday_calendar("US-CA") is None and holiday_calendar(None) is None and holiday_calendar("") is None
    assert next_working_day(d("2026-12-25")) == d("2026-12-25")  # a Friday, no calendar: a working day


def test_every_list_has_its_source_and_says_what_it_leaves_out() -> None:
    data = rule_file("public_holidays")
    for value in data["values"]:
        assert value["source"].startswith("https://") and value["holidays"] and value["covers"] is not None
        assert value["source_read"] is not None, value  # every list was read, if only at a secondary source,
        assert value["confirmed"] or value["official_source"], value  # ... which then names the official one
    assert {v["jurisdiction"] for v in data["values"]} >= {"GB-EAW", "GB-SCT", "GB-NIR", "IE", "DE", "ES", "FR",
                                                              "IT", "NL", "PL"}


# Deadlines worked by hand. One month from receipt (1182/71 art. 3(2)(c)), then past weekends and holidays (3(4)):
@pytest.mark.parametrize(("law", "where", "received", "extended", "due"), [
    # Fri 6 Mar 2026 -> Mon 6 Apr 2026, Easter Monday in England -> Tue 7 Apr; Scotland has no Easter Monday.
    ("uk-gdpr", "GB-ENG", "2026-03-06", False, "2026-04-07"),
    ("uk-gdpr", "GB-SCT", "2026-03-06", False, "2026-04-06"),
    # 25 Nov 2027 -> Sat 25 Dec; Mon 27 and Tue 28 are the substitute days -> Wed 29 Dec (weekends only: Mon 27).
    ("uk-gdpr", "GB", "2027-11-25", False, "2027-12-29"),
    # Extended: 25 Sep 2026 + 3 months -> Fri 25 Dec; Sat, Sun, Mon 28 (Boxing Day substitute) -> Tue 29 Dec.
    ("uk-gdpr", "GB-WLS", "2026-09-25", True, "2026-12-29"),
    # Tue 17 Feb 2026 -> Tue 17 Mar: St Patrick's Day in Ireland and Northern Ireland -> Wed 18 Mar; not in Germany.
    ("gdpr", "IE", "2026-02-17", False, "2026-03-18"),
    ("uk-gdpr", "GB-NIR", "2026-02-17", False, "2026-03-18"),
    ("gdpr", "DE", "2026-02-17", False, "2026-03-17"),
    # 24 Nov 2025 -> Wed 24 Dec (Wigilia, from 2025), 25, 26, weekend -> Mon 29 Dec in Poland.
    ("gdpr", "PL", "2025-11-24", False, "2025-12-29"),
    ("gdpr", "PL", "2024-11-25", False, "2024-12-27"),  # 2024: 24 Dec was a working day; 25 and 26 -> Fri 27
    # 3 Sep 2025 -> Fri 3 Oct, Day of German Unity -> Mon 6 Oct; a Land's own holidays are not counted.
    ("gdpr", "DE-BY", "2025-09-03", False, "2025-10-06"),
    # 14 Apr 2026 -> Thu 14 May, Ascension in France and the Netherlands -> Fri 15 May.
    ("gdpr", "FR", "2026-04-14", False, "2026-05-15"),
    ("gdpr", "NL", "2026-04-14", False, "2026-05-15"),
    # 4 Sep 2027 -> Mon 4 Oct 2027, San Francesco d'Assisi in Italy (from 2026) -> Tue 5 Oct.
    ("gdpr", "IT", "2027-09-04", False, "2027-10-05"),
    # 8 Nov 2026 -> Tue 8 Dec (Inmaculada Concepción in Spain) -> Wed 9 Dec.
    ("gdpr", "ES", "2026-11-08", False, "2026-12-09"),
])
def test_a_last_day_on_a_public_holiday_moves_to_the_next_working_day(
        law: str, where: str, received: str, extended: bool, due: str) -> None:
    assert due_date(access_laws()[law], d(received), extended=extended, holidays=holiday_calendar(where)) == d(due)


def test_the_deadline_says_how_it_was_counted() -> None:
    laws = access_laws()
    assert "in Germany" in deadline_basis(laws["gdpr"], holiday_calendar("DE-BY"))
    assert "Land's own" in deadline_basis(laws["gdpr"], holiday_calendar("DE-BY"))  # regional ones not counted
    assert "not known" in deadline_basis(laws["gdpr"], None)
    assert "calendar days" in deadline_basis(laws["ccpa"], holiday_calendar("GB"))  # CCPA: no moving
