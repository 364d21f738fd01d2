""""How was this worked out?" in the worker's language: the steps of domain/explain.py, translated in the
"explain" context (gui/pay/explain_text.py) with their figures as the app's locale writes them, while the command
line keeps the English."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest

from contractor_app.domain.explain import Step, provenance
from contractor_app.gui.controller import Ledger
from contractor_app.gui.pay import explain_text
from contractor_app.reports.language import placeholders
from contractor_app.services.rules import rule_file, shipped_rules

from ...explain_templates import explain_templates
from ...sample import SampleWork, Templates
from ..conftest import unlock_copy

LANGUAGES = ("es", "pt_BR", "fr", "fil")


def test_every_step_template_is_listed_for_lupdate() -> None:
    listed = set(explain_text.TEMPLATES) | set(explain_text.WORDS)
    assert not [template for template in explain_templates() if template not in listed]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_step_template_is_translated_with_its_placeholders(code: str) -> None:
    catalogue = files("contractor_app.resources").joinpath("translations").joinpath(f"contractor_{code}.ts")
    found: dict[str, str] = {}
    for context in ET.fromstring(catalogue.read_bytes()).iter("context"):
        if context.findtext("name") == explain_text.CONTEXT:
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") is None and translation.text:
                    found[message.findtext("source") or ""] = translation.text
    for template in [*explain_templates(), *explain_text.WORDS]:
        assert template in found, (code, template)
        assert placeholders(found[template]) == placeholders(template), (code, template)
    floors = {value["applies_to"] for value in rule_file("pay_floors")["values"]}  # the rule file's own words
    assert len(floors) >= 2 and sorted(floors - set(explain_text.APPLIES_TO)) == []
    assert not [text for text in floors if found.get(text, text) == text], code


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=12)).folder


def test_the_pay_view_explains_in_spanish(qtbot, spanish: None, ledger: Ledger, template: Path,  # type: ignore[no-untyped-def]
                                          data_dir: Path) -> None:
    main = unlock_copy(ledger, template, data_dir, "pay")
    dialog = main.pay.explain()
    assert dialog is not None
    text = " ".join(dialog.plain_text().split())
    english = [piece.strip(" .,;:()") for source in explain_templates()
               for piece, *_ in string.Formatter().parse(source)]
    left = [piece for piece in english if len(piece) >= 14 and piece in text]
    assert not left, left
    assert "Horas trabajadas del" in text and "Tiempo ordinario:" in text and "Saldo = ganado - pagado" in text
    assert "horas trabajadas" in text and "tiempo ordinario" in text  # the numbers' labels
    assert not re.search(r"\b\d+\.\d{2} h\b", text) and re.search(r"\b\d+,\d{2} h\b", text)  # hours: 18,33 h
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)  # days as the app writes them


def test_a_source_read_in_a_copy_names_the_official_page_first(spanish: None) -> None:
    """The federal minimum was read in a translation site's copy of the DOL's page: the Pay view's explanation (and
    the minimum wage's tooltip) cite the DOL's page, then the copy, in the worker's language."""
    wage = shipped_rules().minimum_wage("US", date(2026, 3, 2), "USD")
    assert wage is not None and wage.confirmed and "ilovetranslation" in wage.source
    cited = explain_text.source_text(Step("minimum wage", "{wage}", (("wage", wage.amount),), provenance(wage)))
    assert cited == f"https://www.dol.gov/agencies/whd/minimum-wage (leído en una copia en {wage.source})"
    assert explain_text.cited(wage) == cited
    state = shipped_rules().minimum_wage("US-CA", date(2026, 3, 2), "USD")  # read at the State's own page
    assert state is not None and explain_text.cited(state) == state.source
