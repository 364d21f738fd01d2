"""The Dashboard's pay-per-hour card says where an app-based pay floor stands, as it does for the minimum wage:
the floor's result was computed for clients marked app-based but no card showed it."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from pathlib import Path

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.services.clients.directory import NewClient

from .one_day import board_after_one_day

NEW_YORK = "America/New_York"


def _delivery_worker(ledger: Ledger, data_dir: Path, rate: str) -> MainWindow:
    """A NYC delivery app marked app-based, 6 h on Mon 3 November 2025 at ``rate`` an hour."""
    client = NewClient(name="Dash", currency="USD", jurisdiction="US-NY-NYC", app_based=True,
                       terms=Terms(kind="hourly", rate=Money(Decimal(rate), "USD")))
    return board_after_one_day(ledger, data_dir, client, NEW_YORK, date(2025, 11, 3), (time(10), time(16)),
                               today=date(2025, 11, 10))


def test_the_rate_card_says_when_the_app_based_floor_is_not_met(qtbot, ledger: Ledger, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """18/h for 6 h = 108.00 against 6 x 21.44 = 128.64 at the NYC floor: 20.64 short. The minimum wage
    (16.50) is met, so only the floor makes the card a problem."""
    main = _delivery_worker(ledger, data_dir, "18")
    card = main.dashboard.rate_card
    assert card.value.text() == "USD 18.00/h"
    assert "At or above the minimum wage" in card.detail.text()
    assert "\u26a0 Below the app-based pay floor by USD 20.64 (floor USD 21.44/h)" in card.detail.text()
    assert card.problem
    assert "App-based pay floor: US-NY-NYC" in card.toolTip()


def test_the_rate_card_says_when_the_app_based_floor_is_met(qtbot, ledger: Ledger, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    main = _delivery_worker(ledger, data_dir, "25")
    card = main.dashboard.rate_card
    assert "At or above the app-based pay floor, USD 21.44/h" in card.detail.text()
    assert not card.problem
