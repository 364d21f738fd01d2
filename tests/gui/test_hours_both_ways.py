"""Totals of hours read both ways, "3 h 15 min (3.25 h)": the app said "3 h 15 min" and a report "3.26 h", and a
worker comparing them could not tell they were the same figure."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from contractor_app.gui import formatting as fmt
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow

from ..sample import SampleWork, Templates
from .conftest import unlock_copy


@pytest.mark.parametrize("seconds, shown", [
    (3 * 3600 + 15 * 60, "3 h 15 min (3.25 h)"),
    (3 * 3600 + 16 * 60, "3 h 16 min (3.27 h)"),
    (3 * 3600 + 15 * 60 + 29, "3 h 15 min (3.25 h)"),  # both of the rounded minutes: they always agree
    (40 * 60, "40 min (0.67 h)"),
    (0, "0 min (0.00 h)"),
    (13 * 3600, "13 h (13.00 h)"),
])
def test_hours_both_ways(seconds: int, shown: str) -> None:
    assert fmt.hours(seconds) == shown


def test_the_decimal_mark_is_the_locale_s(qapp) -> None:  # type: ignore[no-untyped-def]
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        assert fmt.hours(3 * 3600 + 15 * 60).endswith("(3,25 h)")
    finally:
        QLocale.setDefault(before)


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=3)).folder


def test_today_pay_and_the_dashboard_show_both(ledger: Ledger, template: Path, data_dir: Path) -> None:
    main: MainWindow = unlock_copy(ledger, template, data_dir, "pay")
    assert main.pay.balances.text(0, 1).endswith(" h)")
    main.show_key("today")
    assert " h)" in main.today.title.text()
    main.show_key("dashboard")
    assert main.dashboard.hours_card.value.text().endswith(" h)")
