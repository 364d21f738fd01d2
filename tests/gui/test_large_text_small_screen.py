"""Text at 150% on a 1024x640 screen (a laptop at 150% scaling: the text grows, the window does not), like the
200% tests in test_keyboard_and_screen.py: no view scrolls sideways and no form dialog needs more than the screen
(the incident form did: 628 pixels high of 610)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea

from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import VIEW_KEYS, MainWindow

from ..conftest import fast_cases
from ..sample import SampleWork, Templates
from .conftest import text_at, unlock_copy
from .test_form_dialogs import FORMS

WIDTH, HEIGHT, TITLE_BAR = 1024, 640, 30


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=2)).folder


@pytest.fixture
def text_150(qapp: QApplication) -> Iterator[None]:
    """The worker's text at 150% (the application font scaled), set before the window is built."""
    with text_at(1.5):
        yield


@pytest.fixture
def main(qtbot, text_150: None, ledger: Ledger, template: Path, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = unlock_copy(ledger, template, data_dir, view=None)  # the tests show every view themselves
    window.show()
    window.resize(WIDTH, HEIGHT - TITLE_BAR)
    qtbot.waitExposed(window)
    return window


def _sideways(main: MainWindow) -> list[tuple[str, str]]:
    """The views (and scroll areas in them) that scroll sideways: something in them is cut or needs scrolling."""
    sideways = []
    for key in VIEW_KEYS:
        main.show_key(key)
        QApplication.processEvents()
        view = main.current_view()
        areas = [main.stack.currentWidget(), *view.findChildren(QScrollArea)]
        sideways += [(key, area.accessibleName()) for area in areas
                     if isinstance(area, QScrollArea) and area.isVisible() and area.horizontalScrollBar().isVisible()]
    return sideways


def test_at_150_percent_text_on_1024x640_no_view_scrolls_sideways(main: MainWindow) -> None:
    assert _sideways(main) == []


@pytest.mark.parametrize("kind", fast_cases(FORMS, keep=(2, 9)), ids=lambda kind: kind.__name__)
def test_at_150_percent_text_every_form_dialog_fits_1024x640(qtbot, main: MainWindow, kind: type) -> None:  # type: ignore[no-untyped-def]
    dialog = FORMS[kind].open(main)
    assert isinstance(dialog, QDialog)
    qtbot.waitExposed(dialog)
    needed = dialog.minimumSizeHint()
    assert needed.width() <= WIDTH and needed.height() <= HEIGHT - TITLE_BAR, (needed.width(), needed.height())
    assert dialog.width() >= needed.width() and dialog.height() >= needed.height()


def test_at_200_percent_text_in_spanish_no_view_scrolls_sideways(qtbot, spanish: None, qapp: QApplication,  # type: ignore[no-untyped-def]
                                                                 ledger: Ledger, template: Path,
                                                                 data_dir: Path) -> None:
    """Seen in docs/screenshots/200/es: Today cut the running timer and "Add entry", Settings its Save button."""
    with text_at(2):
        window = unlock_copy(ledger, template, data_dir, view=None)
        window.show()
        window.resize(1366, 768 - TITLE_BAR)
        qtbot.waitExposed(window)
        assert ledger.timer is not None and ledger.timer.toggle() and ledger.timer.running  # "Running since …"
        assert _sideways(window) == []
