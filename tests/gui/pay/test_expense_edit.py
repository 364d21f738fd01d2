"""The expense form picks a receipt from Evidence; an expense is edited through the same form (Enter saves or says
what is missing) and undo puts its old values back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from contractor_app.domain.money import Money
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.services.evidence import add_evidence
from contractor_app.services.expenses import NewExpense, add_expense, list_expenses

from ..conftest import unlock_copy
from .test_costs_tab import template  # noqa: F401 - the module's sample records, shared


@pytest.fixture
def main(ledger: Ledger, template: Path, data_dir: Path) -> MainWindow:  # noqa: F811 - the fixture imported above
    return unlock_copy(ledger, template, data_dir, "pay")


def test_edit_an_expense_link_its_receipt_and_undo(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pay, session = main.pay, main.session
    session.call(add_evidence, b"Internet, March: 45.00", name="receipt.txt")
    session.call(add_expense, NewExpense(client="Acme Labeling", on=date(2026, 3, 31),
                                         amount=Money(Decimal("45.00"), "USD"), kind="internet"))
    pay.period.setCurrentIndex(pay.period.findData("all"))
    pay.client.setCurrentIndex(pay.client.findData("Acme Labeling"))
    pay.tabs.setCurrentWidget(pay.costs)
    costs = pay.costs
    qtbot.waitUntil(lambda: costs.model.rowCount() == 1)
    assert not costs.edit_button.isEnabled()
    costs.table.selectRow(0)
    dialog = costs.edit_selected()
    assert dialog is not None and dialog.windowTitle() == "Edit expense" and dialog.amount.text() == "45.00"
    assert dialog.receipt.currentData() is None and dialog.receipt.itemText(1).endswith("receipt.txt")
    dialog.amount.clear()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # Enter with the amount missing says so, and saves nothing
    assert dialog.isVisible() and "Enter the amount" in dialog.message.text()
    qtbot.keyClicks(dialog.amount, "50")
    dialog.receipt.setCurrentIndex(1)
    dialog.grab().save("/tmp/capture3/expense-edit.png")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    [edited] = session.read(list_expenses)
    assert (edited.amount, edited.receipt_evidence_id) == (Money(Decimal("50"), "USD"), dialog.receipt.currentData())
    assert not dialog.isVisible() and costs.model.text(0, 4).startswith("Evidence #")
    main.undo.undo()
    [back] = session.read(list_expenses)
    assert (back.amount, back.receipt_evidence_id) == (Money(Decimal("45.00"), "USD"), None)
