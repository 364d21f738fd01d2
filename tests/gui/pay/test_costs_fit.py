"""The Costs tab's two lists (expenses, distance log) at 1024x640, in English and Spanish, with the sample's very long
client name: no title or figure is cut and nothing scrolls sideways. With columns sized to their contents, the
client's 460 px name pushed the Note column out of sight behind a horizontal scroll bar ("home inte")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from contractor_app.domain.money import Money
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.services.expenses import NewExpense, add_expense
from contractor_app.services.trips import add_trip

from ...sample import LONG_NAME
from ..conftest import unlock_copy
from ..test_tables_fit import TITLE_BAR, cut
from .test_costs_tab import template  # noqa: F401 - the module's sample records, shared


@pytest.fixture
def main(qtbot, ledger: Ledger, template: Path, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]  # noqa: F811 - the fixture imported above
    main = unlock_copy(ledger, template, data_dir, "pay")
    main.show()
    main.resize(1024, 640 - TITLE_BAR)
    qtbot.waitExposed(main)
    session = main.session
    session.call(add_expense, NewExpense(client=LONG_NAME, on=date(2026, 3, 31), amount=Money(Decimal("45.00"), "USD"),
                                         kind="internet", note="home internet, half of it for the work"))
    session.call(add_trip, client=LONG_NAME, on=date(2026, 3, 30), distance=Decimal("12.5"),
                 note="to the depot and back")
    pay = main.pay
    pay.period.setCurrentIndex(pay.period.findData("all"))
    pay.tabs.setCurrentWidget(pay.costs)
    qtbot.waitUntil(lambda: pay.costs.model.rowCount() == 1 and pay.costs.trips.model.rowCount() == 1)
    return main


def _check(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for table in (main.pay.costs.table, main.pay.costs.trips.table):
        qtbot.waitUntil(table.isVisible)
        assert cut(table) == [], table.accessibleName()
        assert not table.horizontalScrollBar().isVisible(), table.accessibleName()


def test_the_costs_lists_fit_at_1024x640(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _check(qtbot, main)


def test_the_costs_lists_fit_at_1024x640_in_spanish(qtbot, spanish: None, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _check(qtbot, main)
