"""A progress bar with a Cancel button for a view's slow, cancellable work, and the Job it hands out.

Making a report and backing up, checking or restoring each had their own bar, button and cancel flag. The Job is
the ``progress`` callable the service calls from the worker thread after each step (done, in all). It relays the
progress to the bar (a signal: queued onto the UI thread), and once the worker pressed Cancel it raises the
panel's ``cancelled`` error there, inside the service, whose clean-up then removes whatever was half-written (the
backup code and services.reports.write_report both promise that). A service that takes a threading.Event instead
gets ``job.flag``. The Job belongs to no widget: locking deletes the view, and work already asked for finishes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

STEPS = 1000


class Job(QObject):
    progressed = Signal(int, int)  # done, in all (bytes or steps)

    def __init__(self, cancelled: Callable[[], Exception]) -> None:
        super().__init__()
        self._error = cancelled
        self._cancelled = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise self._error()
        self.progressed.emit(done, total)

    @property
    def flag(self) -> threading.Event:
        """Set once cancelled: for services that check a flag instead of calling back."""
        return self._cancelled

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class ProgressPanel(QWidget):
    """Hidden while idle. ``start`` shows it with a moving bar until the first progress arrives, which is then
    passed on by ``progressed`` (for a view that words its steps)."""

    progressed = Signal(int, int)

    def __init__(self, cancelled: Callable[[], Exception], bar_name: str, cancel_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._error = cancelled
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(bar_name)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(cancel_name)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.job: Job | None = None
        self.hide()

    def start(self, text: str) -> Job:
        """Show the panel for new work; `text` says what it is ("" when the view words it elsewhere: then the
        panel shows no words at all, not even "Cancelling…", which a narrow row would clip to a letter)."""
        job = self.job = Job(self._error)
        job.progressed.connect(lambda done, total: shiboken6.isValid(self) and self._progressed(job, done, total))  # type: ignore[func-returns-value]  # a slot: its value is dropped
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()
        return self.job

    def _progressed(self, job: Job, done: int, total: int) -> None:
        if job is not self.job:
            return  # a late report of work already finished
        self.bar.setRange(0, STEPS)
        self.bar.setValue(STEPS * done // total if total else 0)
        self.progressed.emit(done, total)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            if self.label.text():
                self.label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def finish(self) -> None:
        self.job = None
        self.hide()

    @property
    def busy(self) -> bool:
        return self.job is not None
