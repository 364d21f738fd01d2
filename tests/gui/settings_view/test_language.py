"""The Spanish translation: the checked-in .qm is the compiled .ts, the chosen language is applied at start before
any window, and the main workflow's strings (module helpers such as formatting.py included) come out in Spanish."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from contractor_app.domain.money import Money
from contractor_app.errors import VaultLocked
from contractor_app.gui import app as gui_app
from contractor_app.gui import formatting as fmt
from contractor_app.gui import settings as opts
from contractor_app.gui.clients.text import rate_text
from contractor_app.gui.dialogs import error_text
from contractor_app.gui.evidence import model as evidence_model
from contractor_app.gui.pay import text as pay_text
from contractor_app.gui.settings import Settings
from contractor_app.gui.tasks import SyncRunner
from contractor_app.gui.unlock import UnlockWindow

TRANSLATIONS = gui_app.TRANSLATIONS


@pytest.fixture
def spanish(qapp: QApplication, settings: Settings) -> Iterator[list[QTranslator]]:
    app = qapp
    before = QLocale()
    settings.set(opts.LANGUAGE, "es")
    installed = gui_app.apply_language(app, settings)
    yield installed
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(before)


def test_the_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for source in TRANSLATIONS.glob("contractor_*.ts"):
        fresh = tmp_path / source.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-nounfinished", str(source), "-qm", str(fresh)], check=True,
                       capture_output=True)
        assert fresh.read_bytes() == source.with_suffix(".qm").read_bytes(), \
            f"{source.name} changed since it was compiled: run `make translations`"


def test_english_counts_say_one_client_not_one_clients(qapp: QApplication, settings: Settings) -> None:
    """English is built in, except its plural forms: contractor_en.qm holds only those ("1 clients" was shown)."""
    before = QLocale()
    settings.set(opts.LANGUAGE, "en")
    installed = gui_app.apply_language(qapp, settings)
    try:
        count = lambda context, text, n: QCoreApplication.translate(context, text, "", n)
        assert count("DashboardView", "all time, %n clients", 1) == "all time, 1 client"
        assert count("DashboardView", "all time, %n clients", 3) == "all time, 3 clients"
        assert count("DashboardView", "%n payments counted", 1) == "1 payment counted"
        assert count("MainWindow", "%n problems found", 1) == "1 problem found"
        assert count("EntriesView", "%n entries", 1) == "1 entry"
        assert pay_text.tr("%n days", None, 1) == "1 day"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_spanish_is_applied_from_the_settings(spanish: list[QTranslator]) -> None:
    assert any(isinstance(t, gui_app.ModuleTranslator) for t in spanish)  # the app's own .qm loaded
    assert QLocale().language() == QLocale.Language.Spanish
    assert QCoreApplication.translate("MainWindow", "Backups") == "Copias de seguridad"
    assert QCoreApplication.translate("UnlockWindow", "Unlock your records") == "Desbloquea tus registros"
    assert QCoreApplication.translate("MainWindow", "%n problems found", "", 3) == "3 problemas encontrados"
    # A module helper's strings: lupdate files them under the empty context, the helper asks under its own.
    assert fmt.ago(timedelta(days=3)) == "hace 3 días" and fmt.category_label("training") == "Capacitación"
    # Counted strings of module helpers are plural in Spanish too; a link to a record names its kind in Spanish.
    assert (pay_text.tr("%n days", None, 1), pay_text.tr("%n days", None, 4)) == ("1 día", "4 días")
    assert evidence_model.tr("Payment #%1") == "Pago n.º %1"
    # A string the translation does not know stays in English.
    assert QCoreApplication.translate("NoSuchView", "Owed to you") == "Owed to you"


def test_english_and_the_system_language(settings: Settings) -> None:
    settings.set(opts.LANGUAGE, "en")
    assert gui_app.chosen_locale(settings).language() == QLocale.Language.English
    settings.set(opts.LANGUAGE, "")
    assert gui_app.chosen_locale(settings) == QLocale.system()


def test_the_app_applies_the_language_before_building_any_window(monkeypatch, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    order: list[str] = []
    def apply_language(app: QCoreApplication, chosen: Settings) -> list[QTranslator]:
        order.append("language")
        return []

    monkeypatch.setattr(gui_app, "apply_language", apply_language)
    monkeypatch.setattr(gui_app, "Settings", lambda store=None: settings)

    class FakeLedger:
        restart_wanted = False

        def __init__(self, *args: object) -> None:
            order.append("windows")
            self.finished = type("S", (), {"connect": lambda self, slot: None})()

        def start(self) -> None:
            pass

    monkeypatch.setattr(gui_app, "Ledger", FakeLedger)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert gui_app.run([], data_dir=Path("/nonexistent")) == 0
    assert order == ["language", "windows"]


@pytest.fixture
def chosen(qapp: QApplication, settings: Settings) -> Iterator[Callable[[str], list[object]]]:
    """Apply a language as the app does at start; undone afterwards (translators removed, default locale back)."""
    before = QLocale()
    installed: list[object] = []

    def choose(code: str) -> list[object]:
        settings.set(opts.LANGUAGE, code)
        installed.extend(gui_app.apply_language(qapp, settings))
        return installed

    yield choose
    for translator in installed:
        qapp.removeTranslator(translator)  # type: ignore[arg-type]
    QLocale.setDefault(before)


@pytest.mark.parametrize(("code", "language", "backups", "problems"), [
    ("pt_BR", QLocale.Language.Portuguese, "Backups", "3 problemas encontrados"),
    ("fr", QLocale.Language.French, "Sauvegardes", "3 problèmes trouvés"),
    ("fil", QLocale.Language.Filipino, "Mga backup", "3 problema ang nakita"),
])
def test_each_new_language_is_applied_from_the_settings(chosen, code: str, language: QLocale.Language,  # type: ignore[no-untyped-def]
                                                        backups: str, problems: str) -> None:
    assert any(isinstance(t, gui_app.ModuleTranslator) for t in chosen(code))
    assert QLocale().language() == language
    assert QCoreApplication.translate("MainWindow", "Backups") == backups
    assert QCoreApplication.translate("MainWindow", "%n problems found", "", 3) == problems
    assert fmt.category_label("waiting") != "Waiting"  # module helpers too


def test_brazilian_portuguese_loads_on_a_computer_in_portugal(chosen, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Numbers as at home (pt_PT), words from the pt_BR catalogue: the locale alone would look for contractor_pt_PT."""

    class InPortugal(QLocale):
        @staticmethod
        def system() -> QLocale:
            return QLocale("pt_PT")

    monkeypatch.setattr(gui_app, "QLocale", InPortugal)
    assert any(isinstance(t, gui_app.ModuleTranslator) for t in chosen("pt_BR"))
    assert QLocale().territory() == QLocale.Country.Portugal
    assert QCoreApplication.translate("UnlockWindow", "Unlock your records") == "Desbloqueie seus registros"


def test_money_follows_the_chosen_locale(chosen) -> None:  # type: ignore[no-untyped-def]
    """French: QLocale's own grouping and symbol placement ("1 234,50 USD"), from a Decimal, never a float."""
    chosen("fr")
    here = QLocale()
    own = here.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)  # EUR in France, CAD in Canada
    assert fmt.money(Money(Decimal("1234.50"), "USD")) == here.toCurrencyString(1234.5, "USD")
    assert fmt.money(Money(Decimal("1234.50"), own)) == here.toCurrencyString(1234.5)
    assert fmt.money(Money(Decimal("-3.20"), own)) == "-" + here.toCurrencyString(3.2)
    assert fmt.money(Money(Decimal("1234.50"), "USD")) != "USD 1,234.50"  # not the English layout
    # A rate finer than a cent keeps its decimals and its symbol's place ("0,455 USD", not "0,455").
    assert rate_text(Money(Decimal("0.455"), "USD")) == here.toCurrencyString(0.455, "USD", 3)
    # Exact beyond a float's digits: 2^53 + 1 cents would round through a double.
    assert fmt.money(Money(Decimal("90071992547409.93"), "USD")).startswith(here.toString(90071992547409))


def test_money_in_english_keeps_its_layout() -> None:
    us, c = QLocale("en_US"), QLocale.c()
    assert fmt.money(Money(Decimal("1234.5"), "USD"), us) == "$1,234.50"
    assert fmt.money(Money(Decimal("1234.5"), "EUR"), us) == "EUR 1,234.50"  # a code never touches the digits
    assert fmt.money(Money(Decimal("-40"), "USD"), c) == "-USD 40.00"


def test_a_wrong_password_is_told_in_the_chosen_language(qtbot, chosen, vault, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """The typed errors' fixed messages (errors.py) are translated where they are shown; they were English."""
    chosen("fil")
    vault.lock()
    window = UnlockWindow(data_dir, SyncRunner())
    qtbot.addWidget(window)
    window.password.setText("not it at all")
    window.unlock()
    assert window.message.text().endswith("Maling password. Walang binago.")
    assert error_text(VaultLocked()) == "Naka-lock ang iyong mga record. I-unlock muna ang mga ito."
