"""Imported history is flagged "imported", not "late": every imported entry read "late" (it was entered long after
the work, by an import, not by a worker recording it late)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from PySide6.QtWidgets import QApplication

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.gui import formatting as fmt
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.listing import list_entries
from contractor_app.services.entries.log import NewEntry, log_many
from contractor_app.store.vault import Vault


def test_imported_entries_are_flagged_imported_and_late_ones_say_by_how_much(vault: Vault, qapp: QApplication) -> None:
    hourly = Terms(kind="hourly", rate=Money(Decimal(20), "USD"))
    add_client(vault, NewClient(name="Acme", currency="USD", terms=hourly))
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3, hours=2)
    log_many(vault, [NewEntry(client="Acme", start=start, end=start + timedelta(hours=1), tz="UTC"),
                     NewEntry(client="Acme", start=start + timedelta(hours=1), end=start + timedelta(hours=2),
                              tz="UTC", source="import:csv")])
    typed, imported = list_entries(vault, period=DateRange(), tz="UTC")
    assert typed.flags == ("late",) and imported.flags == ("imported",)
    assert fmt.flag_labels(typed.flags, typed.entered_at - typed.end) == "late by 3 days"
    assert fmt.flag_labels(imported.flags) == "imported"
