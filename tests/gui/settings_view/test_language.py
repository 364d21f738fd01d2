"""The Spanish translation: the checked-in .qm is the compiled .ts, the chosen language is applied at start before
any window, and the main workflow's strings (module helpers such as formatting.py included) come out in Spanish."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from contractor_app.gui import app as gui_app
from contractor_app.gui import formatting as fmt
from contractor_app.gui import settings as opts
from contractor_app.gui.evidence import model as evidence_model
from contractor_app.gui.pay import text as pay_text
from contractor_app.gui.settings import Settings

TRANSLATIONS = gui_app.TRANSLATIONS


@pytest.fixture
def spanish(qapp: QApplication, settings: Settings) -> Iterator[list[object]]:
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


def test_spanish_is_applied_from_the_settings(spanish: list[object]) -> None:
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
    monkeypatch.setattr(gui_app, "apply_language", lambda app, chosen: order.append("language") or [])
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
