"""The report choices are never cut on the right at 1024x640: in Spanish the row "Guardar PDF…" / "Preparar para
un abogado o clínica…" made them wider than their column, and the cards' texts were cut ("ganancia", "con las")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from contractor_app.gui.controller import Ledger

from ...sample import SampleWork, Templates
from ..conftest import unlock_copy

TITLE_BAR = 30


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=2)).folder


def _cut(qtbot, ledger: Ledger, template: Path, data_dir: Path) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    main = unlock_copy(ledger, template, data_dir, "reports")
    main.show()
    main.resize(1024, 640 - TITLE_BAR)
    qtbot.waitExposed(main)
    QApplication.processEvents()
    scroll = next(area for area in main.reports.findChildren(QScrollArea)
                  if area.widget() is main.reports.bundle_button.parentWidget())
    choices = scroll.widget()
    assert choices is not None
    return choices.width(), scroll.viewport().width()  # wider than the viewport: cut on the right


def test_the_choices_fit_their_column_in_english(qtbot, ledger: Ledger, template: Path,  # type: ignore[no-untyped-def]
                                                 data_dir: Path) -> None:
    width, room = _cut(qtbot, ledger, template, data_dir)
    assert width <= room


def test_the_choices_fit_their_column_in_spanish(qtbot, spanish: None, ledger: Ledger, template: Path,  # type: ignore[no-untyped-def]
                                                 data_dir: Path) -> None:
    width, room = _cut(qtbot, ledger, template, data_dir)
    assert width <= room
