""""How was this worked out?" beside the Pay view's figures: activating a figure opens the steps behind it, the
same ones `summary --explain` prints, readable and week by week."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from contractor_app.domain.times import DateRange
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.gui.pay.explain_text import step_text
from contractor_app.gui.pay.models import BalanceModel
from contractor_app.gui.pay.text import day_text
from contractor_app.services.summary import explanation, summarize
from contractor_app.store.vault import Vault

from ...conftest import PASSWORD, Cli
from ...sample import SampleWork, Templates
from ..conftest import unlock_copy


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=12)).folder


@pytest.fixture
def main(ledger: Ledger, template: Path, data_dir: Path) -> MainWindow:
    return unlock_copy(ledger, template, data_dir, "pay")


def test_a_figure_opens_how_it_was_worked_out_at_its_own_topic(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pay = main.pay
    model = pay.balances
    row = next(r for r in range(model.rowCount()) if model.key_at(r) == "TaskHive")
    index = model.index(row, 6)  # the minimum wage figure
    pay.balance_table.setCurrentIndex(index)
    pay.balance_table.activated.emit(index)
    dialog = pay.explanation
    assert dialog is not None and dialog.isVisible() and "TaskHive" in dialog.windowTitle()
    (item,) = [c for c in pay.data.summary.clients if c.client.name == "TaskHive"]  # type: ignore[union-attr]
    text = dialog.plain_text()
    for step in explanation(item):  # every step the CLI prints, in the window too, its days as the app writes them
        assert " ".join(step_text(step).split()) in " ".join(text.split())
        if not any(isinstance(value, date) for _, value in step.fields):
            assert " ".join(step.text.split()) in " ".join(text.split())
    assert f"Hours worked from {day_text(item.period.start)} to {day_text(item.period.end)}" in text  # "23 Nov 2026"
    assert "Minimum wage" in text and "Workweek " in text and "Source:" in text
    shown = dialog.text.verticalScrollBar().value()
    assert shown > 0  # scrolled to the minimum wage, below hours and earnings

    dialog.close()
    qtbot.mouseClick(pay.explain_link, Qt.MouseButton.LeftButton)  # the link beside the figures: the selection
    pay.explain_link.linkActivated.emit("#explain")
    assert pay.explanation is not None and pay.explanation.isVisible()
    assert pay.explanation.pay.client.name == "TaskHive"
    main.lock_action.trigger()  # locking closes it: no figure stays on screen
    assert pay.explanation is None


def test_the_check_column_says_when_an_app_based_floor_is_not_met(qtbot, cli: Cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """NYC delivery app at 18/h, marked app-based: 6 h on Mon 3 November 2025 earn 108.00 against 6 x 21.44 =
    128.64 at the floor, 20.64 short; the minimum wage (6 x 16.50 = 99.00) is met."""
    cli.init("--currency", "USD", "--jurisdiction", "US-NY-NYC")
    assert cli("client", "add", "Dash", "--rate", "18/h", "--jurisdiction", "US-NY-NYC", "--app-based").code == 0
    assert cli("log", "--client", "dash", "--start", "2025-11-03T10:00", "--end", "2025-11-03T16:00").code == 0
    with Vault.unlock(data_dir, PASSWORD) as vault:
        summary = summarize(vault, period=DateRange(date(2025, 11, 1), date(2025, 11, 30)), tz="America/New_York")
    model = BalanceModel()
    model.set_clients(summary.clients)
    check = model.index(0, 7)
    assert check.data() == "\u26a0 Below the app-based pay floor"
    assert "USD 20.64 short" in check.data(Qt.ItemDataRole.ToolTipRole)
