"""Running a check beside another: the records check's passes are each CPU-bound inside SQLCipher (decrypting and
authenticating every page) or hashlib, both of which let go of the GIL, so on a computer with two or more cores they
take the time of the longest instead of their sum (issue 18)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Beside(Generic[T]):
    """``work`` started in its own thread; ``result()`` waits for it and returns its value or raises its error.

    Always call ``result()`` (or ``wait()``) before the resources ``work`` uses go away."""

    def __init__(self, work: Callable[[], T]) -> None:
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(work,), name="records-check", daemon=True)
        self._thread.start()

    def _run(self, work: Callable[[], T]) -> None:
        try:
            self._value = work()
        except BaseException as error:  # noqa: BLE001 - handed to the caller by result(), raised there
            self._error = error

    def wait(self) -> None:
        """Wait for the work to end, whatever became of it."""
        self._thread.join()

    def result(self) -> T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]  # set when no error was raised
