"""A long client name is whole in the Clients list at 200% text: it wraps (up to five lines) instead of showing
"Northwind Huma…", and the tooltip still has it whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from contractor_app.gui.clients.list_model import ClientDelegate, wrap
from contractor_app.gui.controller import Ledger

from ...sample import LONG_NAME, SampleWork, Templates
from ..conftest import text_at, unlock_copy

TITLE_BAR = 30


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=2)).folder


@pytest.fixture
def text_200(qapp: QApplication) -> Iterator[None]:
    with text_at(2):
        yield


@pytest.mark.parametrize("width, height", [(1366, 768), (1024, 640)])
def test_a_long_name_wraps_whole_at_200_percent_text(qtbot, text_200: None, ledger: Ledger, template: Path,  # type: ignore[no-untyped-def]
                                                     data_dir: Path, width: int, height: int) -> None:
    main = unlock_copy(ledger, template, data_dir, "clients")
    main.show()
    main.resize(width, height - TITLE_BAR)
    qtbot.waitExposed(main)
    view = main.clients
    view.select(LONG_NAME)
    QApplication.processEvents()
    index = view.list.currentIndex()
    delegate = view.list.itemDelegate()
    assert isinstance(delegate, ClientDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(view.list)
    option.widget = view.list
    option.rect = view.list.visualRect(index)
    lines = delegate.name_lines(option, index)
    assert len(lines) > 1 and " ".join(lines) == LONG_NAME, lines  # wrapped, nothing cut
    assert view.list.visualRect(index).height() >= view.list.fontMetrics().height() * (len(lines) + 1)  # room for all
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(LONG_NAME)
    short = view.list.model().index(0, 0)
    assert short.data() != LONG_NAME and len(delegate.name_lines(option, short)) == 1  # short names: one line


def test_beyond_five_lines_the_last_is_elided(qapp: QApplication) -> None:
    metrics = QFontMetrics(qapp.font())
    lines = wrap(LONG_NAME, metrics, metrics.horizontalAdvance("Evaluation"))
    assert len(lines) == 5 and lines[-1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= metrics.horizontalAdvance("Evaluation") for line in lines)
