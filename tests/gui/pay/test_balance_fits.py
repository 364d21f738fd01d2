"""The Pay balance table fits its window: the "Check" column ("⚠ Below minimum wage", "Exchange rate needed")
once made it scroll sideways at 1024x640, in English too. Long verdicts wrap inside their cell instead; the whole
verdict stays in the cell's tooltip and in the explanation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QScrollArea

from contractor_app.gui.controller import Ledger
from contractor_app.gui.fitted_table import PADDING
from contractor_app.gui.main_window import MainWindow

from ...sample import SampleWork, Templates
from ..conftest import text_at, unlock_copy

TITLE_BAR = 30


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=12)).folder


@pytest.fixture
def text_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[int]:
    """The application font at 100% and doubled (the worker's text at 200%), set before the window is built."""
    with text_at(request.param):
        yield request.param


# 200% text at 1366x768, as the other large-text tests (at 1024x640 the doubled sidebar alone takes a quarter).
@pytest.mark.parametrize("width, height, text_scale", [(1024, 640, 1), (1366, 768, 1), (1366, 768, 2)],
                         indirect=["text_scale"])
def test_the_balance_table_never_scrolls_sideways(qtbot, text_scale: int, ledger: Ledger, template: Path,  # type: ignore[no-untyped-def]
                                                  data_dir: Path, width: int, height: int) -> None:
    main: MainWindow = unlock_copy(ledger, template, data_dir, view=None)  # the Pay view, shown below
    main.show()
    main.resize(width, height - TITLE_BAR)
    qtbot.waitExposed(main)
    main.show_key("pay")
    pay = main.pay
    QApplication.processEvents()
    table = pay.balance_table
    assert pay.balances.rowCount() > 0
    titles = [pay.balances.headerData(c, Qt.Orientation.Horizontal) for c in range(pay.balances.columnCount())]
    check = titles.index("Check")
    assert any(pay.balances.text(row, check) for row in range(pay.balances.rowCount()))  # a verdict is shown
    header = table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(len(titles))]
    assert not table.horizontalScrollBar().isVisible() and table.horizontalScrollBar().maximum() == 0, widths
    assert header.length() <= table.viewport().width(), (widths, table.viewport().width())
    assert table.mapTo(main, table.rect().topRight()).x() < main.width()  # the table itself is not cut either
    around = main.stack.currentWidget()
    assert isinstance(around, QScrollArea) and not around.horizontalScrollBar().isVisible()  # nor the view around it


def test_no_figure_is_cut_to_fit_in_spanish_at_1024x640(qtbot, spanish: None, ledger: Ledger, template: Path,  # type: ignore[no-untyped-def]
                                                       data_dir: Path) -> None:
    """QLocale writes Spanish money with a no-break space ("792,00\u00a0USD"): the table took it for two words and
    cut the figures ("792,00 …") instead of wrapping the client's name and the verdict."""
    main: MainWindow = unlock_copy(ledger, template, data_dir, view=None)  # the Pay view, shown below
    main.show()
    main.resize(1024, 640 - TITLE_BAR)
    qtbot.waitExposed(main)
    main.show_key("pay")
    QApplication.processEvents()
    table, model = main.pay.balance_table, main.pay.balances
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    texts = {(row, column): str(model.index(row, column).data() or "")
             for row in range(model.rowCount()) for column in range(model.columnCount())}
    def width(row: int, column: int, text: str) -> int:
        font = model.index(row, column).data(Qt.ItemDataRole.FontRole)
        return (QFontMetrics(font) if isinstance(font, QFont) else metrics).horizontalAdvance(text)

    cut = [(text, header.sectionSize(column)) for (row, column), text in texts.items()
           if " " not in text and width(row, column, text) + PADDING > header.sectionSize(column)]
    assert "\u00a0" in str(model.index(0, 2).data())  # the money is written as QLocale writes it
    assert cut == []
    assert not table.horizontalScrollBar().isVisible()
