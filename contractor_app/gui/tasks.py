"""Background tasks: run a function off the UI thread and get ``on_result`` or ``on_error`` back on the main thread.

Writes go to one serial worker (the lane DESIGN.md asks for), slow reads (key derivation, records check, filters)
to a parallel pool. Tests swap in ``SyncRunner``, which runs everything at once on the calling thread.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], object]  # its value is dropped


class _Relay(QObject):
    """Lives on the main thread; a signal emitted from a worker reaches it queued, so callbacks run there."""

    done = Signal(int, object, object)


class _Task(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._number, self._work, self._relay = number, work, relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # noqa: BLE001 - every failure travels back to the main thread
            self._relay.done.emit(self._number, None, error)
        else:
            self._relay.done.emit(self._number, result, None)


class TaskRunner(QObject):
    """Runs work on thread pools; ``busy_changed`` tells whether anything is still running."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)
        self._parallel = QThreadPool(self)
        self._parallel.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver)
        self._pending: dict[int, tuple[Callback | None, Callback | None]] = {}
        self._numbers = itertools.count(1)

    def run(self, work: Callable[[], Any], *, on_result: Callback | None = None, on_error: Callback | None = None,
            serial: bool = True) -> None:
        number = next(self._numbers)
        self._pending[number] = (on_result, on_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        (self._serial if serial else self._parallel).start(_Task(number, work, self._relay))

    def wait(self, msecs: int = 30_000) -> None:
        """Block until every task has finished (on quit: the vault must be locked before the process ends)."""
        self._serial.waitForDone(msecs)
        self._parallel.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @Slot(int, object, object)
    def _deliver(self, number: int, result: Any, error: BaseException | None) -> None:
        on_result, on_error = self._pending.pop(number, (None, None))
        try:
            if error is not None:
                if on_error is None:
                    raise error
                on_error(error)
            elif on_result is not None:
                on_result(result)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)


class SyncRunner(QObject):
    """The same interface, run immediately on the calling thread: for tests, and for scripts."""

    busy_changed = Signal(bool)

    def run(self, work: Callable[[], Any], *, on_result: Callback | None = None, on_error: Callback | None = None,
            serial: bool = True) -> None:
        try:
            result = work()
        except Exception as error:
            if on_error is None:
                raise
            on_error(error)
        else:
            if on_result is not None:
                on_result(result)

    def wait(self, msecs: int = 30_000) -> None:
        pass

    @property
    def busy(self) -> bool:
        return False


Runner = TaskRunner | SyncRunner
