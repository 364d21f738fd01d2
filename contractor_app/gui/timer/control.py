"""The live timer as the views see it: its state, a tick each second, and start/stop through the services.

The timer itself is a row in the vault, so it survives closing or killing the app; this object only mirrors it.
The Today view, the tray and the main window all listen to one TimerControl per session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ...domain.categories import DEFAULT_CATEGORY
from ...services.clients.directory import list_clients
from ...services.entries.queries import EntryQuery, page_entries
from ...services.entries.timer import TimerState, discard_timer, start_timer, stop_timer, timer_status
from ..session import TIMER, Session

SHORTEST_ENTRY_SECONDS = 60  # a timer stopped sooner is dropped: a start by mistake, not a "0 min" entry

@dataclass(frozen=True, slots=True)
class TimerChoice:
    client: str
    engagement: str | None
    category: str = DEFAULT_CATEGORY


class TimerControl(QObject):
    changed = Signal(object)  # TimerState | None
    tick = Signal(int)  # elapsed seconds, each second while running
    over_limit = Signal(object)  # TimerState, once per run, when it has run longer than the limit

    def __init__(self, session: Session, *, limit_hours: int = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.limit = timedelta(hours=max(limit_hours, 1))
        self.state: TimerState | None = None
        self._warned_for: datetime | None = None
        self._armed = False
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        session.changed.connect(self._on_changed)
        session.locked.connect(self._on_locked)
        self.refresh()

    @property
    def running(self) -> bool:
        return self.state is not None

    def elapsed(self, now: datetime | None = None) -> int:
        return self.state.elapsed_seconds(now) if self.state else 0

    def refresh(self) -> None:
        self.state = self.session.read(timer_status) if self.session.is_open else None
        if self.state is None:
            self._clock.stop()
        elif not self._clock.isActive():
            self._clock.start()
        self.changed.emit(self.state)
        self._tick()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if TIMER in kinds:
            self.refresh()

    def _on_locked(self) -> None:
        self.state = None
        self._clock.stop()
        self.changed.emit(None)

    def _tick(self) -> None:
        if self.state is None:
            return
        self.tick.emit(self.elapsed())
        self.check_limit()

    def check_limit(self, now: datetime | None = None) -> bool:
        """Emit ``over_limit`` once per run when the timer has run longer than the limit."""
        if self.state is None or not self._armed:
            return False
        if ((now or datetime.now(UTC)) - self.state.started_at > self.limit
                and self._warned_for != self.state.started_at):
            self._warned_for = self.state.started_at
            self.over_limit.emit(self.state)
            return True
        return False

    def mark_questioned(self) -> None:
        """The worker was already asked about this run (after a crash): do not ask again for the limit."""
        if self.state is not None:
            self._warned_for = self.state.started_at

    def arm(self) -> None:
        """Start watching the limit; the owner calls this once its handlers are connected."""
        self._armed = True
        self.check_limit()

    # --- actions ---------------------------------------------------------------------------------------------

    def last_used(self) -> TimerChoice | None:
        """The client, engagement and category of the latest entry; else the first client."""
        latest = self.session.read(page_entries, EntryQuery(tz=self.session.profile.timezone), offset=0, limit=1)
        if latest:
            entry = latest[0].entry
            return TimerChoice(entry.client, entry.engagement, entry.category)
        clients = self.session.read(list_clients)
        return TimerChoice(clients[0].name, None) if clients else None

    def start(self, choice: TimerChoice | None = None, note: str | None = None,
              **callbacks: Callable[[Any], object]) -> bool:
        """Start on ``choice`` (the last used when None); False when there is no client to start on."""
        choice = choice or self.last_used()
        if choice is None:
            return False
        self.session.call(start_timer, client=choice.client, engagement=choice.engagement, category=choice.category,
                          note=note or None, tz=self.session.profile.timezone, **callbacks)
        return True

    def too_short(self) -> bool:
        """Stopped now, the timer would make an entry of under a minute ("0 min"): it is dropped instead."""
        return self.running and self.elapsed() < SHORTEST_ENTRY_SECONDS

    def stop(self, *, at: datetime | None = None, note: str | None = None,
             **callbacks: Callable[[Any], object]) -> None:
        if at is None and self.too_short():
            self.session.call(discard_timer, **callbacks)
            return
        self.session.call(stop_timer, at=at, note=note or None, **callbacks)

    def toggle(self) -> bool:
        if self.running:
            self.stop()
            return True
        return self.start()
