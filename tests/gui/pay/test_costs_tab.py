"""The Pay view's Costs tab: an expense added through its form shows in the list and takes the net rate in the
balances down; delete and undo put it back. Models pass qtmodeltester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.services.expenses import list_expenses

from ...sample import SampleWork, Templates
from ..conftest import unlock_copy

NET = 8  # the balances' "Net per hour" column, after "Check"


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=12)).folder


@pytest.fixture
def main(ledger: Ledger, template: Path, data_dir: Path) -> MainWindow:
    return unlock_copy(ledger, template, data_dir, "pay")


def net(main: MainWindow, client: str) -> str:
    model = main.pay.balances
    row = next(r for r in range(model.rowCount()) if model.key_at(r) == client)
    return model.text(row, NET)


def test_an_expense_lowers_the_net_rate_and_undo_restores_it(qtbot, qtmodeltester, main: MainWindow,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    pay = main.pay
    board = main.dashboard  # built before the expense, to see it follow the change
    pay.period.setCurrentIndex(pay.period.findData("all"))
    pay.client.setCurrentIndex(pay.client.findData("Acme Labeling"))
    qtbot.waitUntil(lambda: pay.balances.rowCount() == 1)
    model = pay.balances
    real, before = model.text(0, 5), net(main, "Acme Labeling")
    assert before == real  # no costs yet: net equals the real rate
    pay.tabs.setCurrentWidget(pay.costs)
    assert pay.costs.empty.isVisible() and pay.tabs.tabText(pay.tabs.currentIndex()) == "Costs"

    dialog = pay.costs.add_expense()
    assert dialog.client.currentData() == "Acme Labeling" and dialog.currency.text() == "USD"
    qtbot.keyClicks(dialog.amount, "abc")
    assert dialog.message.isVisible() and "not a number" in dialog.message.text()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "40.00")
    dialog.kind.setCurrentIndex(dialog.kind.findData("equipment"))
    qtbot.keyClicks(dialog.note, "headset")
    dialog.grab().save(str(tmp_path / "expense-dialog.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pay.costs.model.rowCount() == 1)
    assert [(e.kind, str(e.amount), e.note) for e in main.session.read(list_expenses)] == [
        ("equipment", "USD 40.00", "headset")]
    assert pay.costs.model.text(0, 2) == "Equipment" and pay.costs.model.text(0, 3) == "USD 40.00"
    qtbot.waitUntil(lambda: net(main, "Acme Labeling") != before)
    assert _amount(net(main, "Acme Labeling")) < _amount(real)
    qtbot.waitUntil(lambda: "Net of costs" in board.rate_card.detail.text())  # the Dashboard too
    board.rate_card.grab().save(str(tmp_path / "rate-card.png"))
    qtmodeltester.check(pay.costs.model)
    qtmodeltester.check(pay.balances)
    main.resize(1700, 800)
    pay.grab().save(str(tmp_path / "pay-costs.png"))
    dialog_shot = tmp_path / "pay-costs.png"
    assert dialog_shot.stat().st_size > 0

    pay.costs.table.selectRow(0)
    qtbot.mouseClick(pay.costs.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.session.read(list_expenses) == [])
    qtbot.waitUntil(lambda: net(main, "Acme Labeling") == before)
    main.undo.undo()
    qtbot.waitUntil(lambda: len(main.session.read(list_expenses)) == 1)
    main.undo.undo()  # the add itself
    qtbot.waitUntil(lambda: main.session.read(list_expenses) == [])
    main.undo.redo()
    qtbot.waitUntil(lambda: len(main.session.read(list_expenses)) == 1)


def _amount(text: str) -> float:
    """"-USD 1.03/h" -> -1.03."""
    value = float(text.split()[1].split("/")[0].replace(",", ""))
    return -value if text.startswith("-") else value
