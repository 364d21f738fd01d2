"""The Pay view in the worker's language: payment methods are stored choices (shown translated, stored the same
in every language, so a payment recorded in Spanish reads "bank transfer" on the command line), and the statement
tables' headers and kinds, once plain strings lupdate never saw, are translated."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from contractor_app.domain.times import DateRange
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.gui.pay.statement_dialog import KINDS, OutcomesModel
from contractor_app.gui.pay.text import method_label, method_value
from contractor_app.gui.pay.unmatched import UnmatchedModel
from contractor_app.services.payments import list_payments

from ...sample import SampleWork, Templates
from ..conftest import unlock_copy

METHOD = 7  # the payments table's method column


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=3)).folder


def test_a_method_chosen_in_spanish_is_stored_as_bank_transfer(qtbot, spanish: None, ledger: Ledger,  # type: ignore[no-untyped-def]
                                                               template: Path, data_dir: Path) -> None:
    main: MainWindow = unlock_copy(ledger, template, data_dir, "pay")
    dialog = main.pay.record_payment()
    dialog.client.setCurrentIndex(dialog.client.findData("TaskHive"))
    qtbot.keyClicks(dialog.amount, "50.00")
    dialog.method.setCurrentIndex(dialog.method.findData("bank transfer"))
    assert dialog.method.currentText() == "Transferencia bancaria"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [stored] = main.session.read(list_payments, period=DateRange())
    assert stored.method == "bank transfer"  # the record is the same in every language
    assert main.pay.payments.text(0, METHOD) == "Transferencia bancaria"  # shown in Spanish
    main.pay.payment_table.selectRow(0)
    edit = main.pay.edit_payment()
    assert edit is not None and edit.method.currentText() == "Transferencia bancaria"


def test_stored_methods_read_in_the_language_and_typed_ones_as_typed(spanish: None) -> None:
    assert method_label("bank transfer") == "Transferencia bancaria"
    assert method_label("Bank transfer") == "Transferencia bancaria"  # as English versions stored it
    assert method_label("paypal") == "PayPal"  # a statement import's source
    assert method_label("my aunt's account") == "my aunt's account" and method_label(None) == ""
    assert method_value("transferencia bancaria ") == "bank transfer"
    assert method_value("Venmo") == "Venmo" and method_value("  ") is None


def test_statement_tables_and_kinds_are_translated(spanish: None) -> None:
    horizontal = Qt.Orientation.Horizontal
    assert UnmatchedModel().headerData(6, horizontal) == "Por qué no se asoció"
    assert OutcomesModel().headerData(5, horizontal) == "Factura o por qué no"
    assert QCoreApplication.translate("StatementDialog", str(KINDS[0][0])) == "Descarga de actividad de PayPal (CSV)"
