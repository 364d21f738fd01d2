"""`rules list`: every value with its jurisdiction, date, legal amount and unit, hourly figure, conversion,
benchmark label, source and the date the source was read (and, for a value read only at a secondary source, the
official source where it is still to be confirmed); `--format json` carries the same."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ..conftest import Cli


@pytest.fixture
def worker(cli: Cli) -> Cli:
    return cli.prepared(("--currency", "USD", "--jurisdiction", "US-NY-NYC"))


def listing(cli: Cli, *args: str) -> dict[str, Any]:
    result = cli("rules", "list", "--format", "json", *args)
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_json_lists_every_field_of_a_value(worker: Cli) -> None:
    data = listing(worker)
    assert (data["format"], data["version"], data["jurisdiction"]) == ("contractor-ledger-rules-list", 1, None)
    (manila,) = [w for w in data["minimum_wages"]
                 if (w["jurisdiction"], w["effective_from"]) == ("PH-00", "2025-07-18")]
    assert manila == {
        "jurisdiction": "PH-00", "effective_from": "2025-07-18", "amount": "695", "unit": "day", "currency": "PHP",
        "hourly": "86.875", "divisor": "8", "divisor_basis": manila["divisor_basis"], "benchmark": True,
        "source": manila["source"], "source_read": "2026-12-04", "confirmed": True, "official_source": None,
        "quote": None, "official_page": None, "overridden": False,
        "note": manila["note"]}  # read in Grant Thornton's reproduction of DOLE's announcement; no official page stored
    assert "NCR-26" in manila["note"] and "8 hours" in manila["divisor_basis"]
    (kenya,) = [w for w in data["minimum_wages"]
                if (w["jurisdiction"], w["effective_from"]) == ("KE", "2024-11-01")]  # read at a newspaper only
    assert (kenya["source_read"], kenya["confirmed"]) == ("2026-12-04", False) and "tuko.co.ke" in kenya["source"]
    assert "kenyalaw.org" in kenya["official_source"] and "KSh 16,113.75" in kenya["quote"]
    (pakistan,) = [w for w in data["minimum_wages"]
                   if (w["jurisdiction"], w["effective_from"]) == ("PK", "2024-07-01")]  # the last value once unread
    assert (pakistan["source_read"], pakistan["confirmed"], pakistan["amount"]) == ("2026-12-04", False, "37000")
    assert "dailypakistan.com.pk" in pakistan["source"] and "Rs37,000" in pakistan["quote"]
    assert "Islamabad Capital Territory" in pakistan["official_source"] and "fiscal year" in pakistan["note"]
    assert all(w["source_read"] for w in data["minimum_wages"] if not w["overridden"])  # none read nowhere
    (ca,) = [w for w in data["minimum_wages"] if (w["jurisdiction"], w["effective_from"]) == ("US-CA", "2026-01-01")]
    assert (ca["source_read"], ca["confirmed"], ca["hourly"], ca["unit"]) == ("2026-12-04", True, "16.90", "hour")
    assert all(w["source"].startswith("https://") for w in data["minimum_wages"])
    assert {u["jurisdiction"] for u in data["unknown"]} >= {"US-CA-LA", "AR"}
    assert [a["jurisdiction"] for a in data["no_statutory_minimum"]] == ["IT"]
    (seattle,) = [law for law in data["freelancer_laws"] if law["jurisdiction"] == "US-WA-SEA"]
    assert (seattle["window"], seattle["window_days"], seattle["remedy_multiplier"]) == ("calendar_year", None, None)
    assert "disclosure" in seattle["requires"] and seattle["covers"] == "independent contractors"
    # GBL art. 44-A, read in the enacting bill (S. 8039 of 2024): 800 in 120 days (1410), 30 days (1411), double
    # damages and attorneys' fees (1414(3)(a), (c)).
    (nys,) = [law for law in data["freelancer_laws"] if law["jurisdiction"] == "US-NY"]
    assert (nys["threshold"], nys["window"], nys["window_days"], nys["deadline_days"]) == ("800", "rolling", 120, 30)
    assert (nys["remedy_multiplier"], nys["source_read"], nys["confirmed"]) == ("2", "2026-12-04", True)
    assert "S. 8039" in nys["note"] and "double damages" in nys["note"] and "re-check" not in nys["note"]
    assert any(f["jurisdiction"] == "US-NY-NYC" for f in data["pay_floors"])


def test_json_for_one_place_and_an_override(worker: Cli) -> None:
    assert worker("rules", "override", "--jurisdiction", "US-NY-NYC", "--from", "2026-07-01", "--amount", "18.00",
                  "--currency", "USD", "--note", "my check").code == 0
    data = listing(worker, "--jurisdiction", "us-ny-nyc")
    assert data["jurisdiction"] == "US-NY-NYC"
    assert {w["jurisdiction"] for w in data["minimum_wages"]} == {"US", "US-NY", "US-NY-NYC"}
    (mine,) = [w for w in data["minimum_wages"] if w["overridden"]]
    assert (mine["hourly"], mine["source"]) == ("18.00", "your override: my check")
    assert {law["name"] for law in data["freelancer_laws"]} == {"NYC Freelance Isn't Free Act",
                                                                "New York State Freelance Isn't Free Act"}


def test_the_table_shows_units_conversions_benchmarks_and_when_sources_were_read(worker: Cli) -> None:
    out = worker("rules", "list", "--jurisdiction", "PH-00").out
    assert "PHP 695/day" in out and "PHP 86.875" in out and "/ 8 h: 8 hours" in out
    assert "benchmark" in out
    kenya = worker("rules", "list", "--jurisdiction", "KE").out  # a newspaper's figure: said so, with where to confirm
    assert "2026-12-04 at a secondary source; to confirm at" in kenya and "kenyalaw.org" in kenya
    pakistan = worker("rules", "list", "--jurisdiction", "PK").out  # read at a newspaper: said so, like Kenya's
    assert "PKR 37000/month" in pakistan and "2026-12-04 at a secondary source; to confirm at" in pakistan
    assert "not read at any source" not in pakistan
    out = worker("rules", "list", "--jurisdiction", "US-CA-LA").out
    assert "2026-12-04" in out  # the California values read in the Labor Commissioner's notice
    assert "USD 600 in a calendar year" in out and "Changes not recorded here" in out
    assert "Not legal advice" in out


def test_mileage_rates_are_listed_with_their_source_and_when_it_was_read(worker: Cli) -> None:
    """The per-distance rates are rule values too (issue 13: `rules list` shows every value), each with its page, when
    it was read and, for one read only at a secondary source, where to confirm it. The IRS's 72.5 cents is the last US
    value: the 76 cents said to apply from 1 July 2026 is not shipped (docs/rules.md, "Not shipped")."""
    rates = listing(worker, "--jurisdiction", "US-NY-NYC")["distance_rates"]
    assert {r["jurisdiction"] for r in rates} == {"US"}  # the country's rate applies along the chain
    assert max(r["effective_from"] for r in rates) == "2026-01-01"
    (year,) = [r for r in rates if r["effective_from"] == "2026-01-01"]  # a radio station's reprint of the IRS release
    assert year == {"jurisdiction": "US", "effective_from": "2026-01-01",
                    "name": "IRS standard mileage rate, business use", "currency": "USD", "unit": "mi",
                    "tiers": [{"up_to": None, "amount": "0.725"}],
                    "year_starts": "01-01", "source": year["source"], "source_read": "2026-12-04", "confirmed": True,
                    "official_source": None, "quote": None,
                    "official_page": None,  # no IRS page stored: the reprint is cited alone
                    "note": year["note"]}
    assert "fabricated" in year["note"]  # why the mid-year figure is not in the file
    (uk,) = [r for r in listing(worker, "--jurisdiction", "GB")["distance_rates"]
             if r["effective_from"] == "2011-04-06"]
    assert uk["tiers"] == [{"up_to": "10000", "amount": "0.45"}, {"up_to": None, "amount": "0.25"}]
    assert (uk["year_starts"], uk["confirmed"], uk["official_source"], uk["quote"]) == ("04-06", True, None, None)
    text = worker("rules", "list", "--jurisdiction", "US").out
    assert "USD 0.725/mi" in text and "USD 0.76/mi" not in text
    uk_text = worker("rules", "list", "--jurisdiction", "GB").out
    assert "GBP 0.45/mi for the first 10000 mi, then 0.25" in uk_text
    line = next(row for row in uk_text.splitlines() if "GBP 0.55/mi" in row)  # read at accountants' note
    assert "2026-12-04 at a secondary source; to confirm at" in line


def test_a_value_read_in_a_copy_cites_the_official_page_first(worker: Cli) -> None:
    """The federal $7.25 was read in a translation site's copy of the DOL's page: the listing names the DOL's page
    first, then the copy, in the table and in JSON."""
    (federal,) = [w for w in listing(worker, "--jurisdiction", "US")["minimum_wages"] if w["jurisdiction"] == "US"]
    assert federal["official_page"] == "https://www.dol.gov/agencies/whd/minimum-wage"
    assert "ilovetranslation.com" in federal["source"] and federal["confirmed"]
    row = next(line for line in worker("rules", "list", "--jurisdiction", "US").out.splitlines()
               if line.startswith("US ") and "USD 7.25" in line)
    assert "https://www.dol.gov/agencies/whd/minimum-wage (read in a copy at https://th4.ilovetranslation.com/" in row
    (ca,) = [w for w in listing(worker, "--jurisdiction", "US-CA")["minimum_wages"]
             if (w["jurisdiction"], w["effective_from"]) == ("US-CA", "2026-01-01")]
    assert ca["official_page"] is None  # read at the official page itself
    (nova_scotia,) = [w for w in listing(worker, "--jurisdiction", "CA-NS")["minimum_wages"]
                      if (w["jurisdiction"], w["effective_from"]) == ("CA-NS", "2025-04-01")]
    assert nova_scotia["official_page"] is None  # read in a reprint; no official page stored, none from memory
    row = next(line for line in worker("rules", "list", "--jurisdiction", "CA-NS").out.splitlines()
               if "CAD 15.70" in line)
    assert nova_scotia["source"] in row and "read in a copy" not in row


def test_overtime_rules_are_listed_with_their_source_and_when_it_was_read(worker: Cli) -> None:
    (ca,) = [r for r in listing(worker, "--jurisdiction", "US-CA")["overtime"] if r["jurisdiction"] == "US-CA"]
    assert ca == {"jurisdiction": "US-CA", "effective_from": "2000-01-01", "name": "California Labor Code 510",
                  "weekly_hours": "40", "weekly_multiplier": "1.5", "daily_hours": "8", "daily_double_hours": "12",
                  "seventh_day": True, "source": "https://www.dir.ca.gov/iwc/ab60.html", "source_read": "2026-12-04",
                  "confirmed": True, "official_source": None, "quote": None, "official_page": None,
                  "note": ca["note"]}
    assert "AB 60" in ca["note"]
    text = worker("rules", "list", "--jurisdiction", "US-CA").out
    assert "1.5x over 40 h a week, 8 h a day (2x over 12 h), 7th consecutive day" in text
    overtime = text.split("\nOvertime")[1].split("\nMileage rates")[0]  # the IRS's July 2026 rate is secondary
    assert "www.dol.gov/compliance/topics/wages-overtime-pay.htm" in overtime and "secondary source" not in overtime
    la = worker("rules", "list", "--jurisdiction", "US-CA-LA").out  # LA's freelancer law: a law review's summary
    assert "natlawreview.com" in la and "at a secondary source; to confirm at" in la


def test_the_explanation_cites_the_official_source_still_to_read_beside_a_secondary_one(cli: Cli) -> None:
    """`summary --explain` cites the page a minimum wage was read at; for Arizona 2026, read at ABC15 only, it also
    says so and names the Industrial Commission's notice as the source to confirm at."""
    worker = cli.prepared(("--currency", "USD", "--jurisdiction", "US-AZ"))
    worker("client", "add", "Acme", "--rate", "20/h", "--jurisdiction", "US-AZ")
    assert worker("log", "--client", "acme", "--start", "2026-03-02T09:00", "--end", "2026-03-02T17:00").code == 0
    text = worker("summary", "--from", "2026-03-01", "--to", "2026-03-31", "--explain").out
    assert "abc15.com" in text and "at a secondary source; to confirm at" in text and "azica.gov" in text
