"""The daily reminder: at the set time, if nothing was logged today and the timer is not running, say so once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from . import settings as opts
from .settings import Settings

if TYPE_CHECKING:  # loaded when first checked: the unlock window paints without datetime (issue 18)
    from datetime import datetime


class Reminder(QObject):
    due = Signal(str)

    def __init__(self, settings: Settings, logged_today: Callable[[], bool | None],
                 parent: QObject | None = None) -> None:
        """``logged_today`` answers True/False when unlocked, None when locked (then the reminder is generic)."""
        super().__init__(parent)
        self.settings, self.logged_today = settings, logged_today
        self._timer = QTimer(self, interval=60_000, timeout=self.check)  # type: ignore[call-arg]  # the stubs omit signals given as keywords
        self._timer.start()

    def check(self, now: datetime | None = None) -> bool:
        from datetime import datetime

        now = now or datetime.now()
        if not self.settings.get(opts.REMINDER_ENABLED):
            return False
        at = self.settings.reminder_time()
        today = now.date().isoformat()
        if (now.hour, now.minute) < (at.hour(), at.minute()) or self.settings.get(opts.LAST_REMINDED) == today:
            return False
        logged = self.logged_today()
        self.settings.set(opts.LAST_REMINDED, today)
        if logged:
            return False
        self.due.emit(self.tr("Nothing is logged today yet. Add the work you did, or start the timer.")
                      if logged is False else self.tr("Did you log today's work? Unlock your records to add it."))
        return True
