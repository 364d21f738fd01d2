"""How a request's deadline was counted, shown under the Access requests list and in the due date's tooltip, in the
worker's language, while `dsar list` keeps printing the English sentence.

The services built it as English text (whose public holidays, weekends only, an extension claimed too late), which
the Privacy view did not show. It is now kept as templates and fields (domain/access_deadlines.Sentence) and
translated by gui/privacy/deadline_text.py in the "deadlines" context, here with the app's Spanish catalogue.
"""

from __future__ import annotations

import shutil
from datetime import date
from itertools import product
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

from contractor_app.domain.access_deadlines import basis_sentences
from contractor_app.gui.controller import Ledger
from contractor_app.gui.privacy.deadline_text import PLACES, TEMPLATES, sentence_text
from contractor_app.services.access_requests import (
    NewAccessRequest,
    access_laws,
    extend_access_request,
    list_access_requests,
    record_access_request,
)
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.holidays import holiday_calendars
from contractor_app.store.vault import Vault

from ...sample import SampleWork, Templates
from ..conftest import open_vault, unlock

REGIONAL = "a Land's own"


def bavarian_request(vault: Vault) -> None:
    """A client in Bavaria whose extension came after the first deadline (received Wed 3 Sep 2025: due Sun 5 Oct,
    moved to Mon 6 Oct; the extension was claimed on 20 Oct)."""
    add_client(vault, NewClient("Munich GmbH", "EUR", jurisdiction="DE-BY"))
    request = record_access_request(vault, NewAccessRequest("Munich GmbH", date(2025, 9, 3), "email"))
    extend_access_request(vault, request.id, date(2025, 10, 20), "many requests")


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=1), bavarian_request).folder


def test_the_selected_request_says_how_its_deadline_was_counted_in_spanish(  # type: ignore[no-untyped-def]
        qtbot, spanish: None, ledger: Ledger, template: Path, data_dir: Path) -> None:
    shutil.copytree(template, data_dir)
    with open_vault(data_dir) as vault:
        [request] = list_access_requests(vault)
    citation = access_laws()["gdpr"].citation
    assert request.deadline_basis == (  # `dsar list` and the letters: English, as before
        "A last day on a Saturday, a Sunday or a public holiday in Germany moves to the next working day (national "
        "holidays; only the nine holidays kept in every Land; a Land's own (e.g. Epiphany, Corpus Christi, "
        f"Reformation Day, All Saints) are not counted). The extension claimed on 2025-10-20 came after the first "
        f"deadline (2025-10-06), so it does not move it ({citation}).")
    unlock(ledger)
    assert ledger.main is not None
    ledger.main.show_key("privacy")
    view = ledger.main.privacy
    view.tabs.setCurrentWidget(view.requests)
    tab = view.requests
    select = "Selecciona una solicitud para ver cómo se contó su plazo."
    assert tab.basis.isVisibleTo(tab) and tab.basis.text() == select
    tab.table.selectRow(0)
    in_spanish = ("Un último día en sábado, domingo o festivo en Alemania pasa al siguiente día hábil (festivos "
                  "nacionales; solo los nueve festivos de todos los Länder; no se cuentan los propios de cada Land (p. "
                  "ej., Epifanía, Corpus Christi, Día de la Reforma, Todos los Santos)). La prórroga pedida el "
                  f"2025-10-20 llegó después del primer plazo (2025-10-06), así que no lo mueve ({citation}).")
    assert tab.basis.text() == f"Vence 2025-10-06. {in_spanish}"  # the citation once: the extension's sentence has it
    assert tab.basis.text().count(citation) == 1
    due = tab.model.index(0, tab.model.column_of("due"))
    assert due.data() == "2025-10-06"  # the late extension moved nothing: not "(extended)"
    assert tab.model.text(0, tab.model.column_of("sent")) == "2025-09-03 (correo electrónico)"  # the form's word
    assert due.data(Qt.ItemDataRole.ToolTipRole) == f"2025-10-06\n{in_spanish}"
    tab.table.clearSelection()
    assert tab.basis.text() == select


def test_every_template_and_place_is_in_the_catalogue_lupdate_reads() -> None:
    """lupdate reads contractor_app/gui only: a sentence or a place missing from deadline_text.py would stay English.
    (A holiday list added to resources/rules/public_holidays.json needs its place listed there.)"""
    calendars = [None, *{calendar.code: calendar for calendar in holiday_calendars().values()}.values()]
    lates = (None, date(2020, 3, 9))
    sentences = [sentence for law, calendar, late in product(access_laws().values(), calendars, lates)
                 for sentence in basis_sentences(law, calendar, late_extension=late, first_due=date(2020, 3, 2))]
    templates = {sentence.template for sentence in sentences}
    places = {str(value) for sentence in sentences for name, value in sentence.fields if name in sentence.phrases}
    assert len(templates) >= 4 and REGIONAL in " ".join(places)
    assert sorted(templates - set(TEMPLATES)) == []
    assert sorted(places - set(PLACES)) == []


def test_a_translation_that_loses_a_field_falls_back_to_english(qapp: QApplication) -> None:
    class Broken(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
            return "Un último día en {lugar}." if context == "deadlines" and "{place}" in source else ""

        def isEmpty(self) -> bool:
            return False

    broken = Broken()
    qapp.installTranslator(broken)
    try:
        [sentence] = basis_sentences(access_laws()["uk-gdpr"], holiday_calendars()["GB"])
        assert sentence_text(sentence) == sentence.text == (
            "A last day on a Saturday, a Sunday or a public holiday in England and Wales moves to the next working day "
            "(national holidays).")
    finally:
        qapp.removeTranslator(broken)
