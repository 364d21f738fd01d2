"""Undo then redo before the first result reached the UI thread: each step runs on the serial worker in order,
and the state one step returns (what a delete removed) is the state the next step uses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from contractor_app.domain.times import DateRange
from contractor_app.gui.pay.commands import record_payment_command
from contractor_app.gui.session import Session
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.payments import NewPayment, list_payments, record_payment
from contractor_app.store.vault import Vault

YESTERDAY = datetime.now(UTC).date() - timedelta(days=1)


class HeldRunner(QObject):
    """Runs queued work in order when told, and delivers the results later: a busy serial worker."""

    busy_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.queued: list[tuple[Callable[[], Any], Any, Any]] = []
        self.finished: list[tuple[Any, Any, Any, BaseException | None]] = []

    def run(self, work: Callable[[], Any], *, on_result: Any = None, on_error: Any = None, serial: bool = True) -> None:
        self.queued.append((work, on_result, on_error))

    def work(self) -> None:
        for work, on_result, on_error in self.queued:
            try:
                self.finished.append((on_result, on_error, work(), None))
            except Exception as error:  # noqa: BLE001 - delivered like the real runner does
                self.finished.append((on_result, on_error, None, error))
        self.queued = []

    def deliver(self) -> None:
        for on_result, on_error, result, error in self.finished:
            if error is not None:
                on_error(error)
            elif on_result is not None:
                on_result(result)
        self.finished = []


def test_a_quick_undo_and_redo_of_a_recorded_payment_keeps_it(vault: Vault) -> None:
    add_client(vault, NewClient(name="Acme Labeling", currency="USD"))
    paid = record_payment(vault, NewPayment(client="Acme Labeling", received_on=YESTERDAY, gross=Decimal("40.00")))
    runner = HeldRunner()
    errors: list[BaseException] = []
    stack = QUndoStack()
    stack.push(record_payment_command(Session(vault, runner), paid.id, errors.append))  # type: ignore[arg-type]
    stack.undo()  # deletes it ...
    stack.redo()  # ... and puts it back, queued before the delete's result reached the window
    runner.work()
    runner.deliver()
    assert errors == []
    assert [p.gross.amount for p in list_payments(vault, period=DateRange())] == [Decimal("40.00")]
