"""A Dashboard over new records that hold one client and one day's work: the set-up of the tests that look at one
card's wording (the pay floor's, the minimum wage's sources)."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.dashboard import dashboard
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.store.vault import Vault

from ...conftest import PASSWORD
from ..conftest import unlock


def board_after_one_day(ledger: Ledger, data_dir: Path, client: NewClient, zone: str, worked: date,
                        hours: tuple[time, time], today: date) -> MainWindow:
    """New records, unlocked in ``ledger``: ``client``, one entry on ``worked`` between ``hours`` in ``zone``, and
    the Dashboard showing them as of ``today``."""
    Vault.create(data_dir, PASSWORD)[0].lock()
    unlock(ledger)
    main = ledger.main
    assert main is not None
    main.session.call(add_client, client)
    where = ZoneInfo(zone)
    start, end = (datetime.combine(worked, hour, tzinfo=where) for hour in hours)
    main.session.call(log_work, NewEntry(client=client.name, start=start, end=end, tz=zone))
    board = main.dashboard
    board._show(board._asked, main.session.read(dashboard, tz=zone, today=today))
    return main
