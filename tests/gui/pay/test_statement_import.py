"""Pay → Import statement…: the preview lists each payment with its client or why not, Import records it, and
the payments no client was found for wait under "To match", where matching one by hand can be undone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from contractor_app.domain.times import DateRange
from contractor_app.errors import InvalidInput
from contractor_app.gui.app import install_translations
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.services.payments import list_payments

from ...sample import SampleWork, Templates
from ..conftest import unlock_copy

STATEMENTS = Path(__file__).parents[2] / "interchange" / "fixtures" / "statements"
SHOTS = os.environ.get("STATEMENT_SHOTS")  # a folder to save the dialog and the tab in, to look at them


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=3)).folder


@pytest.fixture
def main(ledger: Ledger, template: Path, data_dir: Path) -> MainWindow:
    return unlock_copy(ledger, template, data_dir, "pay")


def test_preview_import_and_match_by_hand_with_undo(qtbot, qtmodeltester, main: MainWindow, tmp_path: Path  # type: ignore[no-untyped-def]
                                                    ) -> None:
    pay = main.pay
    before = len(main.session.read(list_payments, period=DateRange()))
    dialog = pay.import_statement()
    dialog.kind.setCurrentIndex(dialog.kind.findData("wise"))
    dialog.path.setText(str(STATEMENTS / "wise_statement_USD.csv"))
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(dialog.outcomes)
    assert dialog.outcomes.rowCount() == 2
    assert dialog.outcomes.text(0, 5) == "no client known as Northwind LLC"
    assert dialog.summary.text().startswith("2 new payments, 0 matched to a client.\n")
    assert "USD: gross 1,412.50, fees 4.50, net 1,408.00." in dialog.summary.text()
    assert "1 transfer between own balances, 1 withdrawal" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "statement_preview.png"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    panel = pay.unmatched
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 2 and pay.tabs.tabText(3) == "To match (2)"
    if SHOTS:
        main.grab().save(str(Path(SHOTS) / "pay_payments_tab.png"))
    pay.tabs.setCurrentIndex(3)
    if SHOTS:
        main.grab().save(str(Path(SHOTS) / "pay_to_match.png"))
    panel.table.selectRow(0)
    panel.client.setCurrentIndex(panel.client.findText("TaskHive"))
    qtbot.mouseClick(panel.match_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1 and pay.tabs.tabText(3) == "To match (1)"
    assert len(main.session.read(list_payments, period=DateRange())) == before + 1
    pay.undo.undo()
    assert panel.model.rowCount() == 2
    assert len(main.session.read(list_payments, period=DateRange())) == before
    pay.undo.redo()
    assert panel.model.rowCount() == 1
    assert len(main.session.read(list_payments, period=DateRange())) == before + 1


def test_a_refused_statement_shows_why_and_cannot_be_imported(qtbot, main: MainWindow, tmp_path: Path  # type: ignore[no-untyped-def]
                                                              ) -> None:
    cut = tmp_path / "paypal.csv"
    cut.write_bytes((STATEMENTS / "paypal_activity_de.csv").read_bytes()[:-40])
    dialog = main.pay.import_statement()
    dialog.path.setText(str(cut))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "paypal.csv, line 10" in dialog.message.text() and "Nothing was imported" in dialog.message.text()
    assert not dialog.import_button.isEnabled() and dialog.outcomes.rowCount() == 0


def test_a_bank_csv_gets_its_columns_chosen_once_and_remembered(qtbot, main: MainWindow,  # type: ignore[no-untyped-def]
                                                                  tmp_path: Path) -> None:
    bank = tmp_path / "bank.csv"
    bank.write_text("Booking date;Amount;Ref;Counterparty;Note\n"
                    "14.10.2026;1.234,50;B-1;Northwind LLC;October\n15.10.2026;-20,00;B-2;Bank fee;\n")
    dialog = main.pay.import_statement()
    assert not dialog.columns.isVisibleTo(dialog)  # PayPal: a known layout, no columns to choose
    dialog.kind.setCurrentIndex(dialog.kind.findData("payoneer"))
    assert dialog.columns.isVisibleTo(dialog) and not dialog.columns.source.isVisibleTo(dialog)  # one mapping
    dialog.kind.setCurrentIndex(dialog.kind.findData("payments-csv"))
    assert dialog.columns.isVisibleTo(dialog) and dialog.columns.source.isVisibleTo(dialog)
    dialog.columns.source.setText("my bank")
    dialog.client.setCurrentIndex(dialog.client.findData("TaskHive"))
    dialog.path.setText(str(bank))
    dialog.read_columns()
    qtbot.waitUntil(lambda: dialog.columns.columns != ())
    chosen = {name: combo.currentData() for name, combo in dialog.columns.combos.items()}
    assert chosen == {"date": "Booking date", "amount": "Amount", "id": "Ref", "currency": None, "fees": None,
                      "payer": "Counterparty", "email": None, "reference": None}  # guessed from the names
    reference = dialog.columns.combos["reference"]
    reference.setCurrentIndex(reference.findData("Note"))  # the worker's own choice, to be remembered
    dialog.columns.combos["id"].setCurrentIndex(0)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "The mapping needs id=COLUMN" in dialog.message.text() and not dialog.import_button.isEnabled()
    dialog.columns.combos["id"].setCurrentIndex(dialog.columns.combos["id"].findData("Ref"))
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    english = install_translations(application, QLocale("en_US"))  # the English plural forms, as the app has them
    try:
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    finally:
        for translator in english:
            application.removeTranslator(translator)
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "statement_columns.png"))
    assert dialog.summary.text().startswith("1 new payment, 1 matched to a client.\n")  # English plural forms
    assert "USD: gross 1,234.50, fees 0, net 1,234.50." in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    again = main.pay.import_statement()
    again.kind.setCurrentIndex(again.kind.findData("payments-csv"))
    again.columns.source.setText("my bank")
    again.path.setText(str(bank))
    again.read_columns()
    qtbot.waitUntil(lambda: again.columns.columns != ())
    assert again.columns.combos["reference"].currentData() == "Note"  # the saved choice, not a guess
    qtbot.mouseClick(again.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no column is chosen as the currency" in again.message.text())
    again.client.setCurrentIndex(again.client.findData("TaskHive"))
    qtbot.mouseClick(again.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Already imported: 1." in again.summary.text())
    assert not again.import_button.isEnabled()


def test_preview_and_import_are_off_while_one_runs(qtbot, main: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The busy state: while a preview or an import runs, neither button starts a second one; a refusal turns
    Preview back on (and Import stays off until a new preview)."""
    dialog = main.pay.import_statement()
    dialog.kind.setCurrentIndex(dialog.kind.findData("wise"))
    dialog.path.setText(str(STATEMENTS / "wise_statement_USD.csv"))
    pending: list[dict[str, object]] = []
    monkeypatch.setattr(main.session, "fetch", lambda *args, **kwargs: pending.append(kwargs))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert len(pending) == 1 and not dialog.preview_button.isEnabled() and not dialog.import_button.isEnabled()
    monkeypatch.undo()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)  # disabled: nothing more is asked
    assert len(pending) == 1
    pending[0]["on_error"](InvalidInput("The file changed."))  # type: ignore[operator]
    assert dialog.preview_button.isEnabled() and not dialog.import_button.isEnabled()
    assert "The file changed." in dialog.message.text()

    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    monkeypatch.setattr(main.session, "call", lambda *args, **kwargs: pending.append(kwargs))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(pending) == 2 and not dialog.import_button.isEnabled() and not dialog.preview_button.isEnabled()
    assert dialog.isVisible()
