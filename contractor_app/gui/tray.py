"""The tray icon: start or stop the timer and see it run, add an entry, open, lock, quit.

Closing the main window leaves the app here, so the timer keeps running in view. While locked the tray shows
nothing about the records: only Open (to unlock) and Quit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from .icon_set import icon
from .icons import app_icon

if TYPE_CHECKING:
    from .timer.control import TimerControl


class Tray(QObject):
    open_requested = Signal()
    add_entry_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()
    capture_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        """Made only where the desktop has a tray (the controller's ``tray_available``)."""
        super().__init__(parent)
        self.timer: TimerControl | None = None
        self.menu = QMenu()
        self.toggle_action = QAction(self)
        self._running_shown: bool | None = None
        self.toggle_action.triggered.connect(self._toggle)
        self.add_action = QAction(self.tr("Add entry…"), self)
        self.capture_action = QAction(self.tr("Capture evidence"), self)
        self.open_action = QAction(self.tr("Open"), self)
        self.lock_action = QAction(self.tr("Lock"), self)
        self.quit_action = QAction(self.tr("Quit"), self)
        for action, name in ((self.add_action, "newEntry"), (self.capture_action, "captureEvidence"),
                             (self.open_action, "open"), (self.lock_action, "lock"), (self.quit_action, "quit")):
            action.setIcon(icon(name))  # drawn only when the menu is shown: QtSvg stays unloaded until then
        for action, signal in ((self.add_action, self.add_entry_requested),
                               (self.capture_action, self.capture_requested), (self.open_action, self.open_requested),
                               (self.lock_action, self.lock_requested), (self.quit_action, self.quit_requested)):
            action.triggered.connect(signal)  # triggered(bool) into a signal without arguments: Qt drops the bool
        for action in (self.toggle_action, self.add_action, self.capture_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.open_action, self.lock_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.attach(None)
        self.icon.show()

    def attach(self, timer: TimerControl | None) -> None:
        """Follow a session's timer, or none (locked)."""
        if self.timer is not None:
            for signal in (self.timer.changed, self.timer.tick):
                signal.disconnect(self._update)
        self.timer = timer
        if timer is not None:
            timer.changed.connect(self._update)
            timer.tick.connect(self._update)
        self._update()

    def _update(self, *_: object) -> None:
        timer = self.timer
        unlocked = timer is not None and timer.session.is_open
        self.add_action.setEnabled(unlocked)
        self.lock_action.setEnabled(unlocked)
        self.toggle_action.setEnabled(unlocked)
        running = bool(timer and timer.running)
        self.capture_action.setEnabled(unlocked and running)
        if not unlocked:
            self.toggle_action.setText(self.tr("Unlock to use the timer"))
            self.icon.setToolTip(self.tr("Contractor Ledger: locked"))
        elif running and timer is not None and timer.state is not None:
            from .formatting import clock  # only once a timer runs: not before the unlock window shows

            elapsed = clock(timer.elapsed())
            self.toggle_action.setText(self.tr("Stop (%1)").replace("%1", elapsed))
            self.icon.setToolTip(self.tr("Contractor Ledger: timer running for %1, %2")
                                 .replace("%1", timer.state.client).replace("%2", elapsed))
        else:
            choice = timer.last_used() if timer is not None else None
            self.toggle_action.setText(self.tr("Start timer (%1)").replace("%1", choice.client) if choice
                                       else self.tr("Start timer"))
            self.toggle_action.setEnabled(choice is not None)
            self.icon.setToolTip(self.tr("Contractor Ledger: timer stopped"))
        if running != self._running_shown:  # not on every tick: a new icon makes the menu lay itself out again
            self._running_shown = running
            self.toggle_action.setIcon(icon("stopTimer" if running else "startTimer"))
        self.icon.setIcon(app_icon(running))

    def _toggle(self) -> None:
        if self.timer is not None:
            self.timer.toggle()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()

    def notify(self, text: str) -> None:
        self.icon.showMessage(self.tr("Contractor Ledger"), text, app_icon(), 10_000)

    def hide(self) -> None:
        self.icon.hide()
