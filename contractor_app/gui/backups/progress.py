"""A progress bar with a Cancel button for the view's slow work (backup, check, restore), and the Job it hands out.

The Job is the ``progress`` callable the backup code calls from the worker thread after each part it writes or
reads. It relays the progress to the bar (a signal: queued onto the UI thread), and once the worker pressed Cancel
it raises BackupCancelled there, inside the backup code, whose clean-up then removes whatever was half-written.
The Job belongs to no widget: locking deletes the view, and the backup the worker asked for still finishes.
"""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ...services.backups import BackupCancelled

STEPS = 1000


class Job(QObject):
    progressed = Signal(int, int)  # bytes done, bytes in all

    def __init__(self) -> None:
        super().__init__()
        self._cancelled = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise BackupCancelled()
        self.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class ProgressPanel(QWidget):
    """Hidden while idle. ``start`` shows it with a moving bar until the first progress arrives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupProgress")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the backup work in progress"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.job: Job | None = None
        self.hide()

    def start(self, text: str) -> Job:
        job = self.job = Job()
        job.progressed.connect(lambda done, total: shiboken6.isValid(self) and self._progressed(job, done, total))  # type: ignore[func-returns-value]  # a slot: its value is dropped
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()
        return self.job

    def _progressed(self, job: Job, done: int, total: int) -> None:
        if job is not self.job:
            return  # a late report of work already finished
        self.bar.setRange(0, STEPS)
        self.bar.setValue(STEPS * done // total if total else 0)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def finish(self) -> None:
        self.job = None
        self.hide()

    @property
    def busy(self) -> bool:
        return self.job is not None
