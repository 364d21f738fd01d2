"""The claim packet's rules table names what each freelancer law requires: Seattle a pre-contract disclosure, not a
written contract (issue 13, item 5)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from contractor_app.reports.language import in_language, translate

from ..conftest import Cli
from .test_minimum_wage_wording import text_of


def test_seattle_asks_for_a_pre_contract_disclosure_and_new_york_for_a_written_contract(cli: Cli,
                                                                                        tmp_path: Path) -> None:
    """Seattle: 8 days x 8 h x 10/h = 640.00 >= 600 in the calendar year, no contract on file: a notice under SMC
    14.34, labelled with what that law requires. New York City: the same work, 640 < 800: no notice; at 12 days,
    960.00 >= 800 in 120 days, a written contract."""
    cli.init("--currency", "USD", "--jurisdiction", "US-WA-SEA")
    cli("client", "add", "Acme", "--rate", "10/h", "--jurisdiction", "US-WA-SEA")
    cli("client", "add", "Bolt", "--rate", "10/h", "--jurisdiction", "US-NY-NYC")
    for name, days in (("acme", 8), ("bolt", 12)):
        for day in range(2, 2 + days):
            assert cli("log", "--client", name, "--start", f"2026-03-{day:02}T09:00",
                       "--end", f"2026-03-{day:02}T17:00").code == 0
    texts = {}
    for name in ("Acme", "Bolt"):
        out = tmp_path / f"{name}.pdf"
        result = cli("report", "claim", "--client", name, "--from", "2026-03-01", "--to", "2026-03-31", "-o", str(out))
        assert result.code == 0, result.err
        texts[name] = text_of(out)
    assert "Written pre-contract disclosure of the terms (not a written contract) Seattle Independent Contractor " \
           "Protections: USD 600 in a calendar year" in texts["Acme"]
    assert "Written contract Seattle" not in texts["Acme"]
    assert "Written contract NYC Freelance Isn't Free Act: USD 800 in 120 days" in texts["Bolt"]


def test_a_minimum_wage_read_at_a_secondary_source_says_so_and_where_to_confirm_it(cli: Cli, tmp_path: Path) -> None:
    """Arizona's 15.15 from 1 January 2026 was read at ABC15, not at the Industrial Commission: the packet's rules
    table says so beside the figure and cites the page read, and the summary's "Why" after citing it; New York's 17.00,
    read at the State's page, does not."""
    cli.init("--currency", "USD", "--jurisdiction", "US-AZ")
    cli("client", "add", "Acme", "--rate", "14/h", "--jurisdiction", "US-AZ")  # below it: the summary cites it
    cli("client", "add", "Bolt", "--rate", "20/h", "--jurisdiction", "US-NY-NYC")
    for name in ("acme", "bolt"):
        assert cli("log", "--client", name, "--start", "2026-03-02T09:00", "--end", "2026-03-02T17:00").code == 0
    texts = {}
    for name in ("Acme", "Bolt"):
        out = tmp_path / f"{name}.pdf"
        result = cli("report", "claim", "--client", name, "--from", "2026-03-01", "--to", "2026-03-31", "-o", str(out))
        assert result.code == 0, result.err
        texts[name] = text_of(out)
    assert "US-AZ USD 15.15/h from" in texts["Acme"]
    assert "(read at a secondary source, not yet checked against the official one)" in texts["Acme"]
    assert "abc15.com" in texts["Acme"]
    assert ("The minimum wage of US-AZ applies (" in texts["Acme"]  # the summary's "Why", on the first page
            and "That figure was read at a secondary source and is not yet checked against the official one."
            in texts["Acme"])
    assert "secondary source" not in texts["Bolt"] and "not yet checked" not in texts["Bolt"]


def test_a_minimum_wage_read_in_a_copy_cites_the_official_page_first(cli: Cli, tmp_path: Path) -> None:
    """The federal 7.25 was read in a translation site's copy of the DOL's page: the rules table and the first page's
    "Why" cite the DOL's page first and the copy after it ("read in a copy at"), in the packet's language; a lawyer
    must not take the translation site for the law's source."""
    cli.init("--currency", "USD", "--jurisdiction", "US-TX")
    cli("client", "add", "Acme", "--rate", "7/h", "--jurisdiction", "US-TX")  # below it: the summary cites it
    assert cli("log", "--client", "acme", "--start", "2026-03-02T09:00", "--end", "2026-03-02T17:00").code == 0
    texts = {}
    for language in ("en", "es"):
        out = tmp_path / f"{language}.pdf"
        result = cli("report", "claim", "--client", "Acme", "--from", "2026-03-01", "--to", "2026-03-31",
                     "--language", language, "-o", str(out))
        assert result.code == 0, result.err
        texts[language] = text_of(out).replace(" ", "")  # long addresses wrap; compare without the breaks
    official, copy = "https://www.dol.gov/agencies/whd/minimum-wage", "https://th4.ilovetranslation.com/s_GUNf2BnIX=d"
    assert f"{official}(readinacopyat{copy})" in texts["en"]  # the rules table and the appendix
    # The Why already stands in brackets: no brackets inside them.
    assert f"TheminimumwageofUSapplies({official};readinacopyat{copy})." in texts["en"]
    assert texts["en"].count(f"{official}(readinacopyat") >= 2
    assert f"{official}(leídoenunacopiaen{copy})" in texts["es"] and "readinacopy" not in texts["es"]
    assert f"({official};leídoenunacopiaen{copy})." in texts["es"]
    cited = texts["en"].replace(f"(readinacopyat{copy})", "").replace(f";readinacopyat{copy})", "")
    assert copy not in cited  # the copy is never cited on its own


def test_one_law_giving_deadlines_and_a_written_contract_is_named_once_in_the_why(cli: Cli, tmp_path: Path) -> None:
    """NYC's Freelance Isn't Free Act sets the payment deadline the unpaid invoice missed and, at 1,000.00 >= 800 in
    120 days, entitles the worker to a written contract: page 1's "Why" names the law once and says both, in every
    language ("Payment deadlines under X. X entitles the worker to ..." read as a stutter)."""
    cli.init("--currency", "USD", "--jurisdiction", "US-NY-NYC")
    cli("client", "add", "Studio", "--fixed", "1000", "--jurisdiction", "US-NY-NYC")
    assert cli("log", "--client", "studio", "--start", "2026-01-09T09:00", "--end", "2026-01-09T17:00").code == 0
    assert cli("invoice", "--client", "studio", "--date", "2026-01-09", "--amount", "1000",
               "--period", "2026-01-05..2026-01-09", "--number", "INV-7").code == 0
    law = "NYC Freelance Isn't Free Act"
    for language in ("en", "es", "fr", "pt_BR", "fil"):
        out = tmp_path / f"{language}.pdf"
        result = cli("report", "claim", "--client", "Studio", "--from", "2026-01-01", "--to", "2026-01-31",
                     "--language", language, "-o", str(out))
        assert result.code == 0, result.err
        first = " ".join((PdfReader(out).pages[0].extract_text() or "").split())
        with in_language(language):
            why = first.split(f"{translate('reports', 'Why')}.", 1)[1].split(
                f"{translate('reports', 'On what evidence')}.", 1)[0]
        assert why.count(law) == 1, (language, why)
        if language == "en":
            assert f"Payment deadlines under {law}, which also entitles the worker to a written contract." in why
        if language == "es":
            assert f"Plazos de pago según {law}, que también da derecho a la persona trabajadora a un contrato por " \
                   "escrito." in why


def test_a_minimum_wage_read_in_a_copy_with_no_official_page_known_cites_the_copy_alone(cli: Cli,
                                                                                        tmp_path: Path) -> None:
    """Nova Scotia's 15.70 from 1 April 2025 was read in The Laker's reprint of the Province's release, and no
    official page of it is stored: the packet cites the reprint alone, with no "read in a copy at" and no official
    address nobody read (a dead link there would cost the rest of the packet its credit)."""
    cli.init("--currency", "CAD", "--jurisdiction", "CA-NS")
    cli("client", "add", "Acme", "--rate", "15/h", "--jurisdiction", "CA-NS")  # below it: the summary cites it
    assert cli("log", "--client", "acme", "--start", "2025-05-05T09:00", "--end", "2025-05-05T17:00").code == 0
    out = tmp_path / "claim.pdf"
    result = cli("report", "claim", "--client", "Acme", "--from", "2025-05-01", "--to", "2025-05-31", "-o", str(out))
    assert result.code == 0, result.err
    text = text_of(out).replace(" ", "")
    assert "CA-NSCAD15.70/hfrom" in text
    assert "https://thelaker.ca/n-s-minimum-wage-increases-50-cents-as-of-april-1/" in text
    assert "readinacopy" not in text and "novascotia.ca" not in text
