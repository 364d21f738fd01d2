"""Services announce what they change (services/changes.py): an operation reports the kinds its services marked,
nested calls add up, a failed one reports nothing, and outside an operation (the CLI) nothing is collected."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from contractor_app.errors import InvalidInput
from contractor_app.services.changes import (
    ENTRIES,
    EVIDENCE,
    INVOICES,
    PAYMENTS,
    TIMER,
    Changes,
    announces,
    changes_of,
    with_changes,
)
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.entries.timer import start_timer, stop_timer
from contractor_app.services.payments import record_payment
from contractor_app.store.vault import Vault

START = datetime(2026, 11, 2, 9, tzinfo=UTC)


def test_a_marked_service_reports_its_kinds_and_nested_ones_add_up(vault: Vault) -> None:
    add_client(vault, NewClient(name="Acme", currency="USD"))
    entry, changes = with_changes(lambda: log_work(vault, NewEntry(client="Acme", start=START,
                                                                   end=START + timedelta(hours=1), tz="UTC")))
    assert isinstance(changes, Changes) and set(changes) == {ENTRIES} and entry.entry.client == "Acme"
    start_timer(vault, client="Acme", tz="UTC", at=START + timedelta(days=1))  # outside an operation: collects nothing
    _, changes = with_changes(lambda: stop_timer(vault, at=START + timedelta(days=1, hours=1)))
    assert set(changes) == {TIMER, ENTRIES, EVIDENCE}  # evidence captured while it ran is linked to the entry

    @announces(PAYMENTS)
    def outer() -> None:
        log_work(vault, NewEntry(client="Acme", start=START + timedelta(hours=2), end=START + timedelta(hours=3),
                                 tz="UTC"))

    assert set(with_changes(outer)[1]) == {PAYMENTS, ENTRIES}
    assert set(changes_of(record_payment)) == {PAYMENTS, INVOICES}  # a payment's link changes an invoice's balance


def test_a_failed_operation_reports_nothing(vault: Vault) -> None:
    seen: list[Changes] = []

    def fails() -> None:
        seen.append(with_changes(lambda: log_work(vault, NewEntry(client="Nobody", start=START,
                                                                  end=START + timedelta(hours=1), tz="UTC")))[1])

    with pytest.raises(Exception):  # noqa: B017  # whichever error: the point is that nothing is reported
        fails()
    assert seen == []


def test_a_read_reports_nothing_and_unknown_kinds_are_refused() -> None:
    assert changes_of(len) == Changes()
    with pytest.raises(ValueError, match="unknown change kinds"):
        announces("entrys")
    with pytest.raises(ValueError):
        announces()
    assert with_changes(lambda: 42) == (42, Changes())
    with pytest.raises(InvalidInput):
        with_changes(lambda: (_ for _ in ()).throw(InvalidInput("no")))
