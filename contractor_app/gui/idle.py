"""Idle detection for auto-lock: any key, click, wheel or mouse move in the app counts as activity.

The application-wide event filter is installed only while armed (records open): before that every event the
unlock window's first paint sends would pass through Python for nothing (issue 18).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, app: QObject, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self._last = time.monotonic()
        self._armed = False
        self._app = app
        self._check = QTimer(self, interval=5000, timeout=self.check)  # type: ignore[call-arg]  # the stubs omit signals given as keywords

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes

    def start(self) -> None:
        self._last = time.monotonic()
        if not self._armed:
            self._app.installEventFilter(self)
        self._armed = True
        self._check.start()

    def stop(self) -> None:
        if self._armed:
            self._app.removeEventFilter(self)
        self._armed = False
        self._check.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._last = time.monotonic()
        return False

    def idle_seconds(self, now: float | None = None) -> float:
        return (now if now is not None else time.monotonic()) - self._last

    def check(self, now: float | None = None) -> bool:
        """Emit ``idle`` once when idle for the configured minutes (0: never)."""
        if self._armed and self.minutes > 0 and self.idle_seconds(now) >= self.minutes * 60:
            self.stop()
            self.idle.emit()
            return True
        return False
