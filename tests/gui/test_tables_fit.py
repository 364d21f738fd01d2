"""Every table's titles and figures are whole at 1024x640, in English and in Spanish.

The Data & privacy lists once cut the title of their stretching column to "t was colle": the fixed columns beside
it kept their width and the one that stretches was left with what remained; the Pay lists' Client column was 36 px
wide and the Evidence list's file names 26 px. The tables now share their width (gui/fitted_table.py): titles and
texts wrap, and only free text (notes, steps taken) may be cut, with the whole text in the details beside the list.
Each table is checked on its own, with the records of docs/screenshots (``staged``, tests/gui/conftest.py). (The
Entries table, which can hold a hundred thousand rows, keeps its own columns: its long client names are cut, with the
whole name in the tooltip.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QStandardItem, QStandardItemModel, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QTableView, QTabWidget

from contractor_app.gui.controller import Ledger
from contractor_app.gui.fitted_table import PADDING, FittedTable, WrappingHeader
from contractor_app.gui.main_window import MainWindow

from ..conftest import fast_cases
from .conftest import text_at, unlock_copy

TITLE_BAR = 30
# Free text that a list may cut (the whole text is in the details below it): matched against column titles.
FREE_TEXT = re.compile(r"^(Note|Nota|Steps taken|Medidas tomadas|Data involved|Datos afectados|What was collected|"
                       r"Qué se recopiló|Data|Datos|Whose data|De quién son los datos)$")

# (view, object name of the table, tab to show first): the tables this test answers for, each in its own test.
TABLES = [("privacy", "handled", 0), ("privacy", "collected", 1), ("privacy", "incidents", 2),
          ("privacy", "requests", 3), ("pay", "payment_table", 0), ("pay", "invoice_table", 1),
          ("pay", "late_table", 2), ("evidence", "table", 0)]


def _table(main: MainWindow, view: str, name: str, tab: int) -> QTableView:
    main.show_key(view)
    shown = main.stack.currentWidget()
    assert shown is not None
    tabs = shown.findChild(QTabWidget)
    if tabs is not None:
        tabs.setCurrentIndex(tab)
    QApplication.processEvents()
    lists = getattr(getattr(main, view), name)
    table = lists.table if hasattr(lists, "table") else lists
    assert isinstance(table, QTableView)
    return table


def cut(table: QAbstractItemView) -> list[str]:
    """The titles and cell texts (other than free text) that do not fit their column (wrapped at spaces, where the
    table wraps), with Qt's own margins: a cell's text is inset by the focus frame's margin and a pixel, a title by
    the header's margin (FittedTable's wrapping titles by its own padding)."""
    assert isinstance(table, QTableView)
    model, header = table.model(), table.horizontalHeader()
    titles, cells = header.fontMetrics(), table.fontMetrics()
    style = table.style()
    margins = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    wrapping = isinstance(header, WrappingHeader)
    title_margins = 2 * PADDING if wrapping else 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = titles.horizontalAdvance(" \u25b2")  # PlainHeader's sort mark, after the title
    found = []
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        room = header.sectionSize(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        sorted_here = header.isSortIndicatorShown() and header.sortIndicatorSection() == column
        needed = _widest_word(titles, title) if wrapping else titles.horizontalAdvance(title)
        if needed + title_margins + (arrow if sorted_here else 0) > room:
            found.append(f"title {title!r} in {room} px")
        if FREE_TEXT.match(title):
            continue
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = str(index.data() or "")
            icon = table.iconSize().width() + 4 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
            one_line = not table.wordWrap() or table.rowHeight(row) < 2 * cells.lineSpacing()
            needed = cells.horizontalAdvance(text) if one_line else _widest_word(cells, text)
            if needed + icon + margins > room:
                found.append(f"{title!r}: {text!r} in {room} px")
    return found


def broken_words(table: QTableView) -> list[str]:
    """Cells whose text Qt breaks inside a word, laid out as the table draws them: Qt's word wrap may also break
    after a hyphen, and the Access requests list's "2026-09-25 (e-mail)" read "(e-" above "mail)" at 1024x640
    although its column held "(e-mail)" whole."""
    model, header = table.model(), table.horizontalHeader()
    margins = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    found = []
    for column in range(model.columnCount()):
        width = header.sectionSize(column) - margins
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            layout = QTextLayout(text, table.font())
            layout.setTextOption(option)
            layout.beginLayout()
            ends = []
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                ends.append(line.textStart() + line.textLength())
            layout.endLayout()
            found += [f"{text[:end]!r} above {text[end:]!r} in {width} px" for end in ends[:-1]
                      if not text[end - 1].isspace()]
    return found


def _widest_word(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(word) for word in re.split(r"[ \t\n]+", text) if word), default=0)


@pytest.fixture(scope="module")
def template(staged: Path) -> Path:
    """The records the English tests' shared window opens (tests/gui/conftest.py's shared_window)."""
    return staged


def _main(qtbot, ledger: Ledger, staged: Path, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window of the test's own, for the tests in Spanish or at 200% text (set before the window is built)."""
    main = unlock_copy(ledger, staged, data_dir, view=None)  # each test shows its table's view
    return _at_1024x640(qtbot, main)


def _at_1024x640(qtbot, main: MainWindow) -> MainWindow:  # type: ignore[no-untyped-def]
    main.show()
    main.resize(1024, 640 - TITLE_BAR)
    qtbot.waitExposed(main)
    return main


@pytest.mark.parametrize("view, name, tab", fast_cases(TABLES, keep=(3, 4)))
def test_no_title_or_figure_is_cut_at_1024x640(qtbot, shared_main: MainWindow,  # type: ignore[no-untyped-def]
                                                view: str, name: str, tab: int) -> None:
    table = _table(_at_1024x640(qtbot, shared_main), view, name, tab)
    assert table.model().rowCount() > 0 and table.isVisible()
    assert cut(table) == [] and broken_words(table) == []
    assert not table.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("view, name, tab", fast_cases(TABLES, keep=(5, 7)))
def test_no_title_or_figure_is_cut_at_1024x640_in_spanish(qtbot, spanish: None, ledger: Ledger, staged: Path,  # type: ignore[no-untyped-def]
                                                           data_dir: Path, view: str, name: str, tab: int) -> None:
    table = _table(_main(qtbot, ledger, staged, data_dir), view, name, tab)
    assert table.model().rowCount() > 0 and table.isVisible()
    assert cut(table) == [] and broken_words(table) == []
    assert not table.horizontalScrollBar().isVisible()


# A money figure and a rate: "USD 720.00", "720,00 USD", "USD 18.46/h". Broken over two lines ("USD" above
# "720.00", "18.46/" above "h") it reads as two values, so a figure is never wrapped, though its cell may be.
AMOUNT = r"[-\u2212]?\d[\d.,\u00a0\u202f]*[.,]\d+"
FIGURE = re.compile(rf"[A-Z]{{3}}[ \u00a0]{AMOUNT}(?:/h)?|{AMOUNT}[ \u00a0][A-Z]{{3}}\b(?:/h)?")


def broken_figures(table: QTableView) -> list[str]:
    model, header, cells = table.model(), table.horizontalHeader(), table.fontMetrics()
    margins = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    return [f"{figure!r} in {header.sectionSize(column)} px"
            for column in range(model.columnCount()) if not table.isColumnHidden(column)
            for row in range(model.rowCount())
            for figure in FIGURE.findall(str(model.index(row, column).data() or ""))
            if cells.horizontalAdvance(figure) + margins > header.sectionSize(column)]


@pytest.mark.parametrize("size", fast_cases([(1280, 800), (1024, 640)], keep=(1,), spread=False))
@pytest.mark.parametrize("name, tab", fast_cases([("balance_table", 0), ("payment_table", 0), ("invoice_table", 1),
                                                  ("late_table", 2)], keep=(0, 2)))
def test_no_money_figure_is_broken_over_two_lines(qtbot, shared_main: MainWindow,  # type: ignore[no-untyped-def]
                                                   size: tuple[int, int], name: str, tab: int) -> None:
    main = _at_1024x640(qtbot, shared_main)
    main.resize(size[0], size[1] - TITLE_BAR)
    table = _table(main, "pay", name, tab)
    QApplication.processEvents()
    assert any(FIGURE.search(str(table.model().index(row, column).data() or ""))
               for row in range(table.model().rowCount()) for column in range(table.model().columnCount()))
    assert broken_figures(table) == []


@pytest.mark.parametrize("view, name, tab", [("pay", "balance_table", 0), ("pay", "payment_table", 0),
                                             ("privacy", "requests", 3)])
def test_at_200_percent_text_a_table_scrolls_sideways_rather_than_cut_a_figure(  # type: ignore[no-untyped-def]
        qtbot, spanish: None, qapp: QApplication, ledger: Ledger, staged: Path, data_dir: Path, view: str,
        name: str, tab: int) -> None:
    """Seen in docs/screenshots/200/es: the nine columns of the balance table had less room than their longest
    words, so every column shrank below them and the figures read "792,00 …" and "18,46 … h". The Access requests
    list, a hand-made table until it was a FittedTable, scrolled sideways at any size with a long client name."""
    with text_at(2):
        main = _main(qtbot, ledger, staged, data_dir)
        main.resize(1366, 768 - TITLE_BAR)
        table = _table(main, view, name, tab)
        QApplication.processEvents()
        assert cut(table) == [] and broken_figures(table) == []
        header = table.horizontalHeader()
        shown = sum(header.sectionSize(column) for column in range(header.count()))
        assert (shown > table.viewport().width()) == table.horizontalScrollBar().isVisible()
        # Scrolling anyway, a verdict or a name is not squeezed to its longest word (ten lines a row, in Spanish).
        # (A table that fits, as the Access requests list now does, shares its width as at any size.)
        lines = table.fontMetrics().lineSpacing()
        assert not table.horizontalScrollBar().isVisible() or max(
            table.rowHeight(row) for row in range(table.model().rowCount())) <= 5 * lines + PADDING


def test_at_200_percent_text_in_spanish_the_access_requests_list_shows_every_column(  # type: ignore[no-untyped-def]
        qtbot, spanish: None, qapp: QApplication, ledger: Ledger, staged: Path, data_dir: Path) -> None:
    """docs/screenshots/200/es: the list's longest words came to 1044 px in 969 and it scrolled sideways, so whether
    a request was overdue ("Estado") was out of sight. The files received now go with the answer, in its column."""
    with text_at(2):
        main = _main(qtbot, ledger, staged, data_dir)
        main.resize(1366, 768 - TITLE_BAR)
        table = _table(main, "privacy", "requests", 3)
        QApplication.processEvents()
        assert not table.horizontalScrollBar().isVisible()
        assert cut(table) == [] and broken_words(table) == []


def test_a_table_fits_again_when_its_vertical_scroll_bar_comes(qtbot) -> None:  # type: ignore[no-untyped-def]
    """When the rows no longer all fit (the table got shorter: the text below it grew), the vertical scroll bar comes
    and the viewport narrows after the columns were shared: the last column ran 14 px behind the scroll bar (the
    Access requests list at 200% text), with no sideways scroll bar to reach it."""
    model = QStandardItemModel(6, 3)
    for row in range(6):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"row {row} has a few words to wrap in column {column}"))
    table = FittedTable()
    table.setModel(model)
    qtbot.addWidget(table)
    table.resize(420, 900)
    table.show()
    qtbot.waitExposed(table)
    assert not table.verticalScrollBar().isVisible()
    table.resize(420, 200)  # less room below the list (its details grew): the rows no longer all fit
    QApplication.processEvents()
    header = table.horizontalHeader()
    assert table.verticalScrollBar().isVisible()
    assert sum(header.sectionSize(column) for column in range(3)) == table.viewport().width()
