"""The claim packet's "how the figures were worked out" appendix in the report's language (issue 13): every step of
domain/explain.py is listed for lupdate and translated with its placeholders, the Spanish packet's appendix has no
English step left and writes its money, hours and days as Spanish does, and the English stays the command line's."""

from __future__ import annotations

import io
import re
import string
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from contractor_app.domain.explain import Hours, Step, Word, explain, provenance, step
from contractor_app.domain.times import DateRange
from contractor_app.errors import Phrase
from contractor_app.reports import explain_text
from contractor_app.reports.language import LANGUAGES, catalogue, in_language, placeholders, translate
from contractor_app.services.reports import ReportRequest, report_bytes
from contractor_app.services.rules import rule_file, shipped_rules
from contractor_app.services.summary import summarize
from contractor_app.store.vault import Vault

from ..conftest import Cli
from ..explain_templates import explain_templates
from ..sample import PASSWORD, SampleWork, Templates
from .test_report_languages import claim_packets, month_shortfall

TRANSLATED = [code for code in LANGUAGES if code != "en"]


def test_every_step_template_is_listed_for_the_report_catalogues() -> None:
    listed = set(explain_text.TEMPLATES) | set(explain_text.WORDS)
    templates = explain_templates()
    assert len(templates) > 50 and "{required} - {pay}, not below zero" in templates
    assert not [t for t in templates if t not in listed]


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_step_template_is_translated_with_its_placeholders(code: str) -> None:
    translations = catalogue(code)
    for template in explain_templates():
        assert template in translations, (code, template)
        assert placeholders(translations[template]) == placeholders(template), (code, template)


def test_a_translation_that_loses_a_field_gives_the_english() -> None:
    """A catalogue typo must not fail the packet, nor print a sentence with a hole in it."""
    worked = step("hours", "Worked {hours} h ({by}).", hours=Hours(5400), by=Word("none"))
    lost = {"Worked {hours} h ({by}).": "Trabajadas {horas} h ({by}).", "none": "ninguna"}
    assert worked.said(lambda text: lost.get(text, text), str) == "Worked 1.50 h (none)." == worked.text


def test_the_english_through_the_translation_path_is_the_command_line_s() -> None:
    phrase = Phrase("{weeks} workweeks ending {first} to {last}", weeks=2, first="a", last="b")
    worked = Step("minimum wage", "The span: {span}.", (("span", phrase),))
    assert worked.said(lambda text: text, str) == worked.text == "The span: 2 workweeks ending a to b."


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork()).folder


def appendix(pdf: bytes, code: str) -> str:
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages)
    with in_language(code):
        start = translate("reports", "Appendix: how the figures were worked out")
        end = translate("reports", "Appendix: edit history")
    return text[text.rindex(start) + len(start):text.rindex(end)]


def english_pieces() -> list[str]:
    """The fixed English words of each step template, long enough to be unmistakably English."""
    pieces = [literal.strip(" .,;:()") for template in explain_templates()
              for literal, *_ in string.Formatter().parse(template)]
    return [piece for piece in pieces if len(piece) >= 14]


def test_the_spanish_claim_packet_shows_its_worked_steps_in_spanish(template: Path, data_dir: Path) -> None:
    spanish, english = claim_packets(template, data_dir, "es", "en")
    steps, before = appendix(spanish, "es"), appendix(english, "en")
    left = [piece for piece in english_pieces() if piece in steps]
    assert not left, left
    assert sum(piece in before for piece in english_pieces()) >= 5  # the check above could fail
    assert "in English" not in steps and "en inglés" not in steps
    assert "Horas trabajadas del" in steps and "Tiempo ordinario:" in steps and "Saldo = ganado - pagado" in steps
    assert f"USD {month_shortfall(data_dir).replace('.', ',')}" in steps  # the shortfall, as the first page writes it
    assert not re.search(r"\b\d+\.\d{2} h\b", steps) and re.search(r"\b\d+,\d{2} h\b", steps)  # hours: 7,50 h
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", steps) and re.search(r"\b\d{2}/\d{2}/\d{4}\b", steps)  # days


def app_based_week(cli: Cli) -> None:
    """A New York app-based client, Dash, with six 9-hour days in November 2025 at 18/h: below the pay floor."""
    cli.init("--currency", "USD", "--jurisdiction", "US-NY-NYC")
    assert cli("client", "add", "Dash", "--rate", "18/h", "--jurisdiction", "US-NY-NYC", "--app-based").code == 0
    for day in range(3, 9):
        assert cli("log", "--client", "dash", "--start", f"2025-11-0{day}T08:00", "--end",
                   f"2025-11-0{day}T17:00").code == 0


def test_every_step_of_an_app_based_client_reads_in_spanish_and_the_english_is_the_cli_s(cli: Cli,
                                                                                          data_dir: Path) -> None:
    """A New York app-based client (the pay floor, a weekly minimum wage, overtime): no step falls back to English,
    and the English through the translation path is, to the byte, what `summary --explain` prints."""
    app_based_week(cli)
    printed = cli("summary", "--from", "2025-11-01", "--to", "2025-11-30", "--explain").out
    with Vault.unlock(data_dir, PASSWORD) as vault:
        (pay,) = summarize(vault, period=DateRange(date(2025, 11, 1), date(2025, 11, 30)),
                           tz="America/New_York").clients
    steps = explain(pay)
    assert {s.topic for s in steps} >= {"hours", "earned", "overtime", "minimum wage", "pay floor", "paid"}
    for worked in steps:
        assert worked.said(lambda text: text, str) == worked.text
        assert f"[{worked.topic}] {worked.text}" in printed
        with in_language("es"):
            spanish = explain_text.step_text(worked)
        assert spanish != worked.text and not [p for p in english_pieces() if p in spanish], spanish
        assert "delivery workers" not in spanish, spanish  # what the pay floor applies to, from the rule file


@pytest.mark.parametrize("code", TRANSLATED)
def test_what_every_pay_floor_applies_to_is_translated(code: str) -> None:
    """The rule file's ``applies_to`` is said in the packet's language: each one listed for lupdate (a text the rule
    file adds or changes fails here until it is) and translated, its numbers as the language writes them."""
    texts = {value["applies_to"] for value in rule_file("pay_floors")["values"]}
    assert len(texts) >= 2 and sorted(texts - set(explain_text.APPLIES_TO)) == []
    translations = catalogue(code)
    for text in texts:
        assert translations.get(text) and translations[text] != text, (code, text)


def test_the_spanish_packet_says_the_pay_floor_in_spanish(cli: Cli, data_dir: Path) -> None:
    """The rules table's pay floor row said "USD 21,44 por hour" and the freelancer law's "800 USD in 120 days", and
    its appendix step what the floor applies to in English."""
    app_based_week(cli)
    request = ReportRequest(kind="claim", client="Dash", period=DateRange(date(2025, 11, 1), date(2025, 11, 30)),
                            as_of=date(2025, 12, 15), paper="a4")
    with Vault.unlock(data_dir, PASSWORD) as vault:
        pdf = report_bytes(vault, request, language="es")[1]
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "USD 21,44 por hora, desde el 01/04/2025" in text and "por hour" not in text
    assert "repartidores de restaurantes por aplicación" in text and "delivery workers," not in text
    assert "NYC Freelance Isn't Free Act: USD 800 en 120 días" in text and "in 120 days" not in text  # the law's row


@pytest.mark.parametrize(("code", "said"), [("en", "at a secondary source; to confirm at"),
                                            ("es", "en una fuente secundaria; por confirmar en")])
def test_a_source_read_at_a_secondary_source_is_said_in_the_report_s_language(code: str, said: str) -> None:
    """Arizona's 2026 figure was read at a newspaper: the appendix's "Source:" line says so in the packet's language,
    with the page read and the official one still to check (it was English in a Spanish packet)."""
    wage = shipped_rules().minimum_wage("US-AZ", date(2026, 6, 1), "USD")
    assert wage is not None and not wage.confirmed
    cited = step("minimum wage", "Minimum wage {wage}.", source=provenance(wage), wage=wage.amount)
    with in_language(code):
        text = explain_text.source_text(cited)
    assert said in text and wage.source in text and str(wage.official_source) in text
    assert (code == "en") == ("secondary source" in text)
