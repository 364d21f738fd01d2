"""The Dashboard's pay-per-hour card cites each minimum wage's source as the packet, `rules list` and the Pay view
do: for a value read in a copy of its official page (a reprint, a translation site's copy), the official page first
and the copy after it, in the worker's language. The tooltip printed the copy's address alone, which a worker could
take for the law's source."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.services.clients.directory import NewClient

from ...rule_book import minimum_wages_changed
from .one_day import board_after_one_day

LOS_ANGELES = "America/Los_Angeles"
OFFICIAL, COPY = "https://www.dir.ca.gov/dlse/minimum-wage.htm", "https://reprints.example.org/ca-minimum-wage"


@pytest.fixture
def read_in_a_copy() -> Iterator[None]:
    """California's minimum wages as shipped, each read in a copy of the State's page."""
    with minimum_wages_changed("US-CA", source=COPY, official_page=OFFICIAL, official_source=None, confirmed=True):
        yield


def _californian(ledger: Ledger, data_dir: Path) -> MainWindow:
    """A client in California at 20/h, 6 h on Mon 2 March 2026; the Dashboard as of the next Monday."""
    client = NewClient(name="Acme", currency="USD", jurisdiction="US-CA",
                       terms=Terms(kind="hourly", rate=Money(Decimal(20), "USD")))
    return board_after_one_day(ledger, data_dir, client, LOS_ANGELES, date(2026, 3, 2), (time(9), time(15)),
                               today=date(2026, 3, 9))


def test_the_rate_card_cites_the_official_page_before_the_copy(qtbot, read_in_a_copy: None, ledger: Ledger,  # type: ignore[no-untyped-def]
                                                               data_dir: Path) -> None:
    tip = _californian(ledger, data_dir).dashboard.rate_card.toolTip()
    assert f"Minimum wage: US-CA: {OFFICIAL} (read in a copy at {COPY})" in tip
    assert tip.count(COPY) == 1  # the copy is never cited on its own


def test_the_rate_card_cites_the_copy_in_the_worker_s_language(qtbot, spanish: None, read_in_a_copy: None,  # type: ignore[no-untyped-def]
                                                              ledger: Ledger, data_dir: Path) -> None:
    tip = _californian(ledger, data_dir).dashboard.rate_card.toolTip()
    assert f"US-CA: {OFFICIAL} (leído en una copia en {COPY})" in tip
    assert "read in a copy" not in tip
