"""The rule files: every value complete (jurisdiction, effective date, amount, currency, unit, the page read and the
date it was read; a value read only at a secondary source also names the official source to confirm it at and quotes
what the secondary page states), in order, and with no year missing up to today."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from contractor_app.domain.currency import check_currency
from contractor_app.domain.jurisdiction import check_jurisdiction
from contractor_app.services import holidays, trip_prices
from contractor_app.services import rules as rule_service
from contractor_app.services.rules import RULE_FILES, minimum_wage_value, rule_file, shipped_rules

shipped_rule_file = rule_file

TODAY = date(2026, 12, 4)
LAST_PUBLISHED = date(2027, 12, 31)  # scheduled 2027 values are kept where published


@pytest.mark.parametrize("kind", RULE_FILES)
def test_every_rule_value_has_a_source_and_an_effective_date(kind: str) -> None:
    values = rule_file(kind)["values"]
    assert values
    for value in values:
        assert check_jurisdiction(value["jurisdiction"]) == value["jurisdiction"]
        assert date.fromisoformat(value["effective_from"]) <= LAST_PUBLISHED
        assert value["source"].startswith("https://"), value
    keys = [(v["jurisdiction"], v["effective_from"]) for v in values]
    assert len(keys) == len(set(keys)), "two values for one jurisdiction and day"


@pytest.mark.parametrize("kind", ("minimum_wage", "pay_floors", "freelancer_laws", "overtime"))
def test_every_value_says_when_its_source_was_read_and_how_good_that_source_is(kind: str) -> None:
    for value in rule_file(kind)["values"]:
        assert isinstance(value["confirmed"], bool), value
        assert date.fromisoformat(value["source_read"]) <= TODAY, value
        if not value["confirmed"]:  # read only at a secondary source: where to confirm it, and what that page says
            assert value["official_source"] and value["quote"], value


@pytest.mark.parametrize("kind", ("minimum_wage", "pay_floors"))
def test_amounts_are_positive_decimal_strings_in_a_known_currency_and_unit(kind: str) -> None:
    for value in rule_file(kind)["values"]:
        assert isinstance(value["amount"], str) and Decimal(value["amount"]) > 0, value
        assert check_currency(value["currency"]) == value["currency"]
        assert value["unit"] in {"hour", "day", "month"}, value


def test_minimum_wages_say_whether_they_are_a_benchmark_for_the_self_employed() -> None:
    for value in rule_file("minimum_wage")["values"]:
        assert isinstance(value["benchmark"], bool), value
    book = shipped_rules()
    india, poland = book.minimum_wage("IN", TODAY, "INR"), book.minimum_wage("PL", TODAY, "PLN")
    assert india is not None and india.benchmark  # a national floor, binding no one
    assert poland is not None and not poland.benchmark  # binds civil-law contracts and sole traders


GOOD = {"jurisdiction": "US-TX", "effective_from": "2026-01-01", "amount": "7.25", "currency": "USD", "unit": "hour",
        "source": "https://example.org/", "source_read": "2026-12-01", "confirmed": True, "benchmark": True}


SECONDARY = {"confirmed": False, "official_source": "https://www.dol.gov/agencies/whd/minimum-wage/state",
             "quote": "Texas: $7.25 per hour from January 1, 2026."}


@pytest.mark.parametrize("broken", [
    {"source_read": None},  # never read
    {"source_read": None, "confirmed": False, "note": "from memory: re-check"},  # ... however its note excuses it
    {"confirmed": False},  # read only at a secondary source, without saying where to confirm it or what it says
    {**SECONDARY, "official_source": ""},  # ... without the official source
    {**SECONDARY, "quote": " "},  # ... without the secondary page's words
    {"unit": "month"},  # a monthly amount with no way to make it hourly
    {"unit": "day", "divisor": "8"},  # ... or with no basis for the divisor
], ids=["unread", "unread-with-note", "secondary-bare", "secondary-no-official", "secondary-no-quote", "no-divisor",
        "no-basis"])
def test_a_value_without_its_facts_is_refused(broken: dict[str, Any]) -> None:
    assert minimum_wage_value(GOOD).amount == Decimal("7.25")
    with pytest.raises(ValueError):
        minimum_wage_value({**GOOD, **broken})


@pytest.mark.parametrize("page", ["http://www.dol.gov/agencies/whd/minimum-wage", "www.dol.gov", " https://dol.gov/",
                                  "https://dol.gov/ minimum", ""])
def test_an_official_page_that_is_not_an_https_address_is_refused(page: str) -> None:
    with pytest.raises(ValueError, match="official_page"):
        minimum_wage_value({**GOOD, "official_page": page})


def test_a_value_read_in_a_copy_keeps_the_official_page_and_a_secondary_one_may_not_claim_one() -> None:
    copy = {**GOOD, "source": "https://th4.ilovetranslation.com/s_GUNf2BnIX=d",
            "official_page": "https://www.dol.gov/agencies/whd/minimum-wage"}
    wage = minimum_wage_value(copy)
    assert (wage.official_page, wage.source) == (copy["official_page"], copy["source"])
    assert minimum_wage_value(GOOD).official_page == ""
    with pytest.raises(ValueError, match="official_source, not an official_page"):
        minimum_wage_value({**copy, **SECONDARY})


def test_a_value_read_at_a_secondary_source_keeps_where_to_confirm_it_and_what_the_page_says() -> None:
    wage = minimum_wage_value({**GOOD, **SECONDARY})
    assert (wage.confirmed, wage.source_read, wage.source) == (False, date(2026, 12, 1), "https://example.org/")
    assert wage.official_source == SECONDARY["official_source"] and wage.quote == SECONDARY["quote"]
    assert wage.secondary and not minimum_wage_value(GOOD).secondary


@pytest.mark.parametrize("missing", ["jurisdiction", "effective_from", "amount", "currency", "unit", "source",
                                     "source_read", "confirmed", "benchmark"])
def test_a_value_missing_a_field_is_refused(missing: str) -> None:
    with pytest.raises((KeyError, ValueError)):
        minimum_wage_value({k: v for k, v in GOOD.items() if k != missing})


def test_a_daily_minimum_keeps_its_legal_amount_and_shows_how_it_became_hourly() -> None:
    wage = shipped_rules().minimum_wage("PH-00", date(2025, 8, 1), "PHP")
    assert wage is not None and (wage.stated, wage.unit, wage.divisor) == (Decimal("695"), "day", Decimal("8"))
    assert wage.amount == Decimal("86.875") and "8 hours" in wage.divisor_basis  # 695 / 8
    brazil = shipped_rules().minimum_wage("BR", date(2025, 6, 1), "BRL")
    assert brazil is not None and brazil.amount == Decimal("6.9") and brazil.stated == Decimal("1518")  # 1518 / 220
    spain = shipped_rules().minimum_wage("ES", date(2025, 6, 1), "EUR")  # the decree's own hourly figure
    assert spain is not None and (spain.stated, spain.amount, spain.divisor) == (Decimal("1184"), Decimal("9.26"), None)


def _timeline(kind: str) -> dict[str, list[date]]:
    data = rule_file(kind)
    days: dict[str, list[date]] = defaultdict(list)
    for entry in [*data["values"], *data.get("unknown", [])]:
        days[entry["jurisdiction"]].append(date.fromisoformat(entry["effective_from"]))
    return days


@pytest.mark.parametrize("kind", ("minimum_wage", "pay_floors"))
def test_values_are_in_order_in_the_file(kind: str) -> None:
    seen: dict[str, date] = {}
    for value in rule_file(kind)["values"]:
        day = date.fromisoformat(value["effective_from"])
        assert day > seen.get(value["jurisdiction"], date.min), value
        seen[value["jurisdiction"]] = day


@pytest.mark.parametrize("kind", ("minimum_wage", "pay_floors"))
def test_no_scheduled_change_is_missing_between_the_first_value_and_today(kind: str) -> None:
    """A jurisdiction that changes its value on fixed days each year has a value, or a recorded unknown, for each
    of those days from its first value to today."""
    data = rule_file(kind)
    days = _timeline(kind)
    missing = []
    for jurisdiction, month_days in data["schedules"].items():
        assert jurisdiction in days, f"{jurisdiction} has a schedule but no values"
        first = min(days[jurisdiction])
        for year in range(first.year, TODAY.year + 1):
            for month_day in month_days:
                due = date.fromisoformat(f"{year}-{month_day}")
                if first < due <= TODAY and due not in days[jurisdiction]:
                    missing.append(f"{jurisdiction} {due}")
    assert not missing, "scheduled changes with no value: " + ", ".join(missing)


@pytest.mark.parametrize("kind", ("minimum_wage", "pay_floors"))
def test_every_jurisdiction_has_a_value_or_a_recorded_unknown_in_force_today(kind: str) -> None:
    data = rule_file(kind)
    known = {v["jurisdiction"] for v in data["values"] if date.fromisoformat(v["effective_from"]) <= TODAY}
    noted = {u["jurisdiction"] for u in data.get("unknown", []) if date.fromisoformat(u["effective_from"]) <= TODAY}
    assert {v["jurisdiction"] for v in data["values"]} <= known | noted


def test_the_file_gap_check_finds_a_missing_year() -> None:
    """The gap check itself: removing US-NY 2025 (the value issue 13 found missing) must be caught."""
    days = _timeline("minimum_wage")
    days["US-NY"].remove(date(2025, 1, 1))
    first = min(days["US-NY"])
    gaps = [date(y, 1, 1) for y in range(first.year, TODAY.year + 1)
            if first < date(y, 1, 1) <= TODAY and date(y, 1, 1) not in days["US-NY"]]
    assert gaps == [date(2025, 1, 1)]


US_WITH_THEIR_OWN = ("AK AZ AR CA CO CT DE DC FL HI IL ME MD MA MI MN MO MT NE NV NJ NM NY OH OR RI SD VT VA WA WV")
CITIES = ("US-CA-LA US-CA-SF US-CA-SD US-CA-SJ US-CA-OAK US-CA-BRK US-CA-MTV US-CA-SVL US-IL-CHI US-WA-SEA US-CO-DEN "
          "US-NY-NYC US-NY-LI US-NY-WES")
ABROAD = ("GB IE CA-ON CA-BC CA-AB CA-QC CA-MB CA-SK CA-NS CA-NB CA-NL CA-PE DE FR ES NL PL AU PH-00 IN KE NG BR MX "
          "CO VE PK BD EG")


def test_coverage_of_the_places_our_users_work() -> None:
    data = rule_file("minimum_wage")
    places = {v["jurisdiction"] for v in data["values"]} | {u["jurisdiction"] for u in data["unknown"]}
    absent = {a["jurisdiction"] for a in data["no_statutory_minimum"]}
    wanted = {f"US-{s}" for s in US_WITH_THEIR_OWN.split()} | set(CITIES.split()) | set(ABROAD.split()) | {"AR"}
    assert wanted <= places, sorted(wanted - places)
    assert "IT" in absent


def test_app_based_pay_floors_apply_only_to_clients_marked_app_based() -> None:
    book = shipped_rules()
    floor = book.pay_floor("US-NY-NYC", date(2025, 6, 1), "USD", app_based=True)
    assert floor is not None and floor.amount == Decimal("21.44") and "delivery" in floor.applies_to
    assert book.pay_floor("US-NY-NYC", date(2025, 6, 1), "USD", app_based=False) is None
    wage = book.minimum_wage("US-NY-NYC", date(2025, 6, 1), "USD")
    assert wage is not None and wage.amount == Decimal("16.50")  # not the floor
    assert book.pay_floor("US-NY-NYC", date(2026, 6, 1), "USD", app_based=True) is None  # 2026 value not recorded


# Every rule value must say which page was read and when. A value read only at a secondary source (confirmed: false)
# also names the official source to confirm it at and quotes the secondary page, whose words must state the amount;
# docs/rules.md lists those from the files themselves. A value read nowhere is refused, with no exception: the loaders
# (services/rules.py, services/trip_prices.py) refuse to start with one, and the tests below refuse it in the files.
CHECKED_FILES = ("minimum_wage", "pay_floors", "overtime", "distance_rates", "freelancer_laws", "public_holidays")
AMOUNT_FIELDS = {  # what "the amount, its currency and its unit" means in each file
    "minimum_wage": ("amount", "currency", "unit"),
    "pay_floors": ("amount", "currency", "unit"),
    "distance_rates": ("tiers", "currency", "unit"),
    "overtime": ("weekly_hours", "weekly_multiplier"),  # hours and a multiplier: no money, so no currency
    "freelancer_laws": ("contract_threshold", "currency", "remedy"),
    "public_holidays": ("name", "holidays"),  # days, not money: the rules that make each year's holidays
}


STATED = {"minimum_wage": "amount", "pay_floors": "amount", "freelancer_laws": "contract_threshold"}


def states(quote: str, amount: str) -> bool:
    """Whether the quote states the amount, however the page writes it ("KSh 16,113.75", "$1.750.905", "$16")."""
    digits = lambda text: "".join(c for c in text if c.isdigit() or c == " ")
    figure = f"{Decimal(amount).normalize():f}".replace(".", "")
    return any(figure in word for word in digits(quote.replace(",", "").replace(".", "")).split())


def refusals(kind: str, values: list[dict[str, Any]]) -> list[str]:
    """Why each value of one rule file cannot be shown as a figure a lawyer may rely on (empty: all can)."""
    found = []
    for value in values:
        key = (kind, value.get("jurisdiction"), value.get("effective_from"))
        where = f"{kind} {key[1]} {key[2]}"
        missing = [f for f in ("jurisdiction", "effective_from", "source", *AMOUNT_FIELDS[kind])
                   if value.get(f) in (None, "", [])]
        if missing:
            found.append(f"{where}: no {', '.join(missing)}")
        if not str(value.get("source", "")).startswith("https://"):
            found.append(f"{where}: the source is not an https address")
        read = value.get("source_read")
        if read is None:
            found.append(f"{where}: no source_read date: a value read nowhere is not shipped")
            continue
        if not (isinstance(read, str) and date.fromisoformat(read) <= TODAY):
            found.append(f"{where}: source_read is not a date on or before today")
        if value.get("confirmed") is True:
            continue
        if value.get("confirmed") is not False:
            found.append(f"{where}: confirmed is neither true nor false")
        if not str(value.get("official_source") or "").strip():
            found.append(f"{where}: read only at a secondary source, but no official_source to confirm it at")
        quote = str(value.get("quote") or "").strip()
        if not quote:
            found.append(f"{where}: read only at a secondary source, but no quote of what the page states")
        elif kind in STATED and not states(quote, str(value.get(STATED[kind]))):
            found.append(f"{where}: the quote does not state the amount {value.get(STATED[kind])}")
    return found


@pytest.mark.parametrize("kind", CHECKED_FILES)
def test_every_value_has_its_facts_a_page_read_and_the_date_it_was_read(kind: str) -> None:
    assert not refusals(kind, rule_file(kind)["values"])


def _without_a_read_date(kind: str, jurisdiction: str, effective_from: str) -> Callable[[str], dict[str, Any]]:
    """``rule_file`` as shipped, except that one value of ``kind`` has lost its source_read date."""
    def patched(asked: str) -> dict[str, Any]:
        data = shipped_rule_file(asked)
        if asked == kind:
            data["values"] = [{**v, "source_read": None, "confirmed": False}
                              if (v["jurisdiction"], v["effective_from"]) == (jurisdiction, effective_from) else v
                              for v in data["values"]]
        return data
    return patched


# A value read at its official source but in a copy of it (a reprint, a stored reproduction, a translation site's
# copy) cites the official page first where one is known, so that a lawyer reading the packet does not take the copy's
# site for the law's source. But an address nobody read may be dead or wrong, and a dead official link in a claim
# packet costs the rest its credit: so a value's official_page must be one its own note or source names (the copy's
# attribution, "official page found stored: <url>", "official page named by the copy: <url>"), and an address the note
# names as the official one must be the official_page. Where no official page is known the copy is cited alone.
NAMED_OFFICIAL = re.compile(r"official(?: page found stored| page named by the copy)?: (https://[^\s;)']+)")
WITH_OFFICIAL_PAGES = ("minimum_wage", "pay_floors", "overtime", "distance_rates", "freelancer_laws")


def _names(text: str, address: str) -> bool:
    """Whether ``text`` names ``address`` whole, with or without its scheme, a leading www. and a trailing slash (as
    notes and copies write it); a page above it or beside it on the same site does not count."""
    bare = re.sub(r"^https://(www\.)?", "", address).rstrip("/")
    return re.search(r"(?<![\w.-])(?:https?://)?(?:www\.)?" + re.escape(bare) + r"/?(?![\w/.-]|,\S)", text) is not None


def official_pages_not_named(values: list[dict[str, Any]]) -> list[str]:
    """Values whose official_page appears neither in their note nor in their source: an address from memory."""
    return [f"{v['jurisdiction']} {v['effective_from']}" for v in values if v.get("official_page")
            and not _names(v.get("note", ""), v["official_page"]) and not _names(v["source"], v["official_page"])]


def named_official_pages_not_cited(values: list[dict[str, Any]]) -> list[str]:
    """Confirmed values whose note names the official address but whose official_page is another or none."""
    return [f"{v['jurisdiction']} {v['effective_from']}" for v in values if v["confirmed"]
            and any(page.rstrip(",.") != v.get("official_page")  # an address may hold a comma, not end in one
                    for page in NAMED_OFFICIAL.findall(v.get("note", "")))]


@pytest.mark.parametrize("kind", WITH_OFFICIAL_PAGES)
def test_an_official_page_is_one_the_note_or_the_source_names(kind: str) -> None:
    values = rule_file(kind)["values"]
    assert not official_pages_not_named(values)
    assert not named_official_pages_not_cited(values)
    for value in values:
        if "official_page" in value:
            assert value["confirmed"] and value["official_page"].startswith("https://"), value


def test_the_checks_find_an_address_from_memory_and_a_named_address_left_out() -> None:
    """The checks above, on the US federal minimum read in a translation site's copy of the DOL's page, whose note
    names the official address: dropping it, or swapping in an address the note does not name, is found."""
    values = rule_file("minimum_wage")["values"]
    (federal,) = [v for v in values if (v["jurisdiction"], v["effective_from"]) == ("US", "2009-07-24")]
    assert "ilovetranslation" in federal["source"]
    assert federal["official_page"] == "https://www.dol.gov/agencies/whd/minimum-wage"
    stripped = {k: v for k, v in federal.items() if k != "official_page"}
    assert named_official_pages_not_cited([stripped]) == ["US 2009-07-24"]
    assert not official_pages_not_named([stripped])
    remembered = {**federal, "official_page": "https://www.dol.gov/agencies/whd"}
    elsewhere = {**federal, "official_page": "https://www.dol.gov/agencies/whd/flsa"}
    for other in (remembered, elsewhere):  # the page above the named one, a page beside it
        assert official_pages_not_named([other]) == ["US 2009-07-24"]
        assert named_official_pages_not_cited([other]) == ["US 2009-07-24"]


def test_an_address_with_a_comma_is_named_whole_or_not_at_all() -> None:
    """Canada's 2023 per-km allowance cites Justice Laws' s. 7306, whose address holds a comma ('C.R.C.,_c._945'):
    the whole address is named by the note, the address cut at its comma is not."""
    values = rule_file("distance_rates")["values"]
    (canada,) = [v for v in values if (v["jurisdiction"], v["effective_from"]) == ("CA", "2023-01-01")]
    assert ",_c._945" in canada["official_page"]
    assert not official_pages_not_named([canada]) and not named_official_pages_not_cited([canada])
    cut = {**canada, "official_page": canada["official_page"].split(",")[0]}
    assert official_pages_not_named([cut]) == named_official_pages_not_cited([cut]) == ["CA 2023-01-01"]


def test_a_value_read_in_a_copy_with_no_official_page_known_cites_the_copy_alone() -> None:
    """Nova Scotia's 2025 rise, read in The Laker's reprint of the Province's release: no official page of it is
    stored, so the value carries none and its note says so."""
    values = rule_file("minimum_wage")["values"]
    (nova_scotia,) = [v for v in values if (v["jurisdiction"], v["effective_from"]) == ("CA-NS", "2025-04-01")]
    assert "thelaker.ca" in nova_scotia["source"] and "official_page" not in nova_scotia
    assert "no official page found stored" in nova_scotia["note"]
    assert not minimum_wage_value(nova_scotia).official_page


@pytest.mark.parametrize(("kind", "jurisdiction", "effective_from", "load"), [
    ("minimum_wage", "PK", "2024-07-01", lambda: rule_service.shipped_rules()),
    ("minimum_wage", "US", "2009-07-24", lambda: rule_service.shipped_rules()),
    ("distance_rates", "US", "2026-01-01", lambda: trip_prices.distance_rates()),
    ("public_holidays", "GB-EAW", "2024-01-01", lambda: holidays.holiday_calendars()),
], ids=["the-last-wage-read-nowhere", "any-wage", "a-mileage-rate", "a-holiday-list"])
def test_the_loaders_refuse_a_rule_file_with_a_value_read_nowhere(monkeypatch: pytest.MonkeyPatch, kind: str,
                                                                  jurisdiction: str, effective_from: str,
                                                                  load: Callable[[], object]) -> None:
    """No value is exempt, not even the one that was once listed as read nowhere and is still shipped (PK from 1 July
    2024): a rule file with any value lacking source_read does not load."""
    assert any((v["jurisdiction"], v["effective_from"]) == (jurisdiction, effective_from)
               for v in rule_file(kind)["values"])
    monkeypatch.setattr(rule_service, "rule_file", _without_a_read_date(kind, jurisdiction, effective_from))
    monkeypatch.setattr(trip_prices, "rule_file", rule_service.rule_file)
    monkeypatch.setattr(holidays, "rule_file", rule_service.rule_file)
    caches = (rule_service._shipped, trip_prices.distance_rates, holidays.holiday_calendars)
    for cached in caches:
        cached.cache_clear()
    try:
        with pytest.raises(ValueError, match="source_read"):
            load()
    finally:
        for cached in caches:
            cached.cache_clear()


WAGE = {"jurisdiction": "US-TX", "effective_from": "2026-01-01", "amount": "7.25", "currency": "USD", "unit": "hour",
        "source": "https://www.dol.gov/agencies/whd/minimum-wage", "source_read": "2026-12-04", "confirmed": True}


@pytest.mark.parametrize("broken", [
    {"source_read": None, "confirmed": False, "note": "re-check"},  # a value read nowhere, whatever its note says
    {"source_read": None},  # ... and one that claims to be confirmed
    {"jurisdiction": None}, {"effective_from": ""}, {"amount": None}, {"currency": ""}, {"unit": None},
    {"source": None}, {"source": "http://example.org/"}, {"source_read": "2027-01-01"}, {"confirmed": False},
    {**SECONDARY, "official_source": None}, {**SECONDARY, "quote": ""},
    {**SECONDARY, "quote": "Texas raised its minimum wage on January 1, 2026."},  # the page's words lack the amount
], ids=["unread", "unread-confirmed", "jurisdiction", "date", "amount", "currency", "unit", "source", "http",
        "future-read", "secondary-bare", "secondary-no-official", "secondary-no-quote", "quote-without-amount"])
def test_a_value_without_its_facts_or_source_read_is_refused(broken: dict[str, Any]) -> None:
    assert refusals("minimum_wage", [WAGE]) == []
    assert refusals("minimum_wage", [{**WAGE, **SECONDARY}]) == []  # read at a secondary source, in full
    assert refusals("minimum_wage", [{**WAGE, **broken}])


@pytest.mark.parametrize(("quote", "amount"), [("at least KSh 16,113.75 in the November 2024 paycheck", "16113.75"),
                                               ("quedó establecido en $1.750.905", "1750905"),
                                               ("to go up by 20 cents to $16 an hour", "16.00"),
                                               ("$15.80.", "15.80")])
def test_a_quote_states_an_amount_however_the_page_writes_it(quote: str, amount: str) -> None:
    assert states(quote, amount) and not states(quote, "17.25")


def test_docs_rules_md_lists_what_the_rule_files_hold() -> None:
    """docs/rules.md's lists (read at the official source, read only at a secondary one) are written from
    the rule files: a value checked, added or corrected without rewriting the page (`python -m tests.domain.rules_doc`)
    fails here."""
    from tests.domain.rules_doc import PAGE, generated, page_text

    secondary = sum(1 for kind in CHECKED_FILES for v in rule_file(kind)["values"]
                    if not v["confirmed"] and v["source_read"])
    assert f"## Read only at a secondary source, to confirm at the official one ({secondary} of " in generated()
    assert "Not read at any source" not in generated()
    assert PAGE.read_text(encoding="utf-8") == page_text(), "stale: run python -m tests.domain.rules_doc"
