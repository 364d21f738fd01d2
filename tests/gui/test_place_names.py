"""The setup's place list speaks the app's language (issue 20): Qt names countries in English only, so a Spanish
worker was offered "Germany" and "United States". The names are looked up in the translations (context "countries")
and sorted in the language's order; the English name is still understood."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from contractor_app.gui.about_you import AboutYouForm
from contractor_app.gui.country_names import CONTEXT, ENGLISH
from contractor_app.gui.places import _countries, code_for, place_name, places
from contractor_app.services.profile import Profile

# What a translation would hold: German here, for its Ö, which a plain sort puts after Z.
GERMAN = {("countries", "Germany"): "Deutschland", ("countries", "Austria"): "Österreich",
          ("countries", "United States"): "Vereinigte Staaten", ("places", "California"): "Kalifornien"}


class Catalogue(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return GERMAN.get((context, source))


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    catalogue = Catalogue()
    before = QLocale()
    qapp.installTranslator(catalogue)
    QLocale.setDefault(QLocale("de_DE"))
    yield
    qapp.removeTranslator(catalogue)
    QLocale.setDefault(before)


@pytest.mark.usefixtures("german")
def test_countries_are_named_in_the_apps_language() -> None:
    offered = {code: name for name, code in places()}
    assert offered["DE"] == "Deutschland" and offered["AT"] == "Österreich"
    assert offered["US-CA"] == "Kalifornien, Vereinigte Staaten" == place_name("US-CA")
    assert offered["KE"] == "Kenya"  # not translated yet: the English name, as before
    assert code_for("Deutschland") == "DE" and code_for("Österreich") == "AT" and code_for("kalifornien") == "US-CA"
    assert code_for("Germany") == "DE"  # the English name is still understood


@pytest.mark.usefixtures("german")
def test_the_list_is_in_the_languages_order() -> None:
    names = [name for name, _ in places()]
    assert names.index("Oman") < names.index("Österreich") < names.index("Pakistan")  # not after Zimbabwe


@pytest.mark.usefixtures("german")
def test_the_setup_form_offers_the_translated_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = AboutYouForm(Profile(timezone="Europe/Berlin"))
    qtbot.addWidget(form)
    completer = form.jurisdiction.completer()
    assert completer is not None
    model = completer.model()
    listed = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert {"Deutschland", "Österreich"} <= listed and "Germany" not in listed
    form.jurisdiction.setText("Deutschland")
    assert form.valid and form.value().jurisdiction == "DE"


def test_every_country_qt_knows_is_in_the_table_under_its_english_name() -> None:
    """So translators see every name lupdate collects from the table, and English reads as Qt's names did."""
    for code in _countries():
        territory = QLocale.codeToTerritory(code)
        assert ENGLISH.get(code) == QLocale.territoryToString(territory), code
    assert CONTEXT == "countries"
