"""The app controller: first run or unlock, then a session with its main window; tray, auto-lock and reminders.

Locking drops the session (the vault's engine and key) and destroys the main window with every view in it, so
nothing of the records stays on screen or in a widget. A fresh main window is built at the next unlock.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ..services.lifecycle import records_exist
from . import settings as opts
from .dialogs import show_error
from .idle import IdleWatcher
from .reminder import Reminder
from .settings import Settings
from .tasks import Runner
from .unlock import UnlockWindow

if TYPE_CHECKING:  # loaded on first use: the unlock window shows before the database layer (and datetime) is imported
    from datetime import datetime

    from .first_run import FirstRunWizard
    from .main_window import MainWindow
    from .session import Session
    from .timer.control import TimerControl
    from .timer.forgotten import ForgottenTimerDialog
    from .tray import Tray

PRELOAD_DELAY_MS = 250
TRAY_DELAY_MS = 100  # the window painted, the worker not yet typing


def preload() -> None:
    """Import what the main window needs, off the UI thread, while the worker types the password."""
    from ..services import vault  # noqa: F401 - imported to load it, off the UI thread
    from . import first_run, main_window  # noqa: F401 - imported to load them, off the UI thread
    from .timer import forgotten as forgotten_timer  # noqa: F401 - imported to load them, off the UI thread


class Ledger(QObject):
    """Owns the windows and the session. ``finished`` asks the application to quit."""

    finished = Signal()

    def __init__(self, folder: Path, runner: Runner, settings: Settings, *, tray_available: bool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder, self.runner, self.settings = folder, runner, settings
        self.session: Session | None = None
        self.timer: TimerControl | None = None
        self.main: MainWindow | None = None
        self.unlock_window: UnlockWindow | None = None
        self.first_run: FirstRunWizard | None = None
        self.forgotten: ForgottenTimerDialog | None = None
        self.restart_wanted = False  # set by "Restart now": the app starts again once it has quit
        self._quitting = False
        self._tray_available = tray_available
        self._tray: Tray | None = None
        app = QApplication.instance()
        assert app is not None  # the controller lives inside the running application
        self.idle = IdleWatcher(app, settings.get(opts.AUTO_LOCK_MINUTES), self)
        self.idle.idle.connect(self.lock)
        self.reminder = Reminder(settings, self._logged_today, self)
        self.reminder.due.connect(self._remind)
        self._seen = QTimer(self, interval=60_000, timeout=self._mark_seen)  # type: ignore[call-arg]  # the stubs omit signals given as keywords

    @property
    def tray_available(self) -> bool:
        """Whether the desktop shows tray icons (asked of Qt once, when first needed)."""
        if self._tray_available is None:
            from PySide6.QtWidgets import QSystemTrayIcon

            self._tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        return self._tray_available

    @property
    def tray(self) -> Tray | None:
        """The tray icon, or None on a desktop without a tray: nothing would show its menu, so none is made (making
        one read the records for its timer line at every unlock). Made once the first window has painted
        (``start``) or when first asked for: its menu, its icons and the tray itself are not needed for the unlock
        window's first paint (issue 18)."""
        if self._tray is None and self.tray_available:
            from .tray import Tray

            self._tray = Tray(self)
            self._tray.open_requested.connect(self.show_window)
            self._tray.lock_requested.connect(self.lock)
            self._tray.quit_requested.connect(self.quit)
            self._tray.add_entry_requested.connect(self._add_entry)
            self._tray.capture_requested.connect(self._capture_evidence)
            if self.session is not None:
                self._tray.attach(self.timer)
        return self._tray

    # --- start ------------------------------------------------------------------------------------------------

    def start(self) -> None:
        if records_exist(self.folder):
            self.show_unlock()
        else:
            self.show_first_run()
        QTimer.singleShot(TRAY_DELAY_MS, lambda: self.tray)  # after the first paint, before the preload

    def show_first_run(self) -> FirstRunWizard:
        from .first_run import FirstRunWizard

        self.first_run = FirstRunWizard(self.folder, self.runner)
        self.first_run.completed.connect(self._set_up)
        self.first_run.rejected.connect(self.quit)
        self.first_run.show()
        return self.first_run

    def _set_up(self, vault: object, start_timer: bool) -> None:
        if self.first_run is not None:
            self.first_run.deleteLater()
            self.first_run = None
        self.open_session(vault).show_key("today")  # a new worker's next step is logging, not the dashboard
        if start_timer and self.timer is not None:
            self.timer.start()

    def show_unlock(self) -> UnlockWindow:
        if self.unlock_window is None:
            self.unlock_window = UnlockWindow(self.folder, self.runner)
            self.unlock_window.unlocked.connect(self._unlocked)
            self.unlock_window.closed.connect(self._unlock_closed)
            geometry = self.settings.geometry("unlock")
            if geometry is not None:
                self.unlock_window.restoreGeometry(geometry)
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()
        # Once the window is painted (a worker importing competes for the interpreter lock meanwhile).
        QTimer.singleShot(PRELOAD_DELAY_MS, lambda: self.runner.run(preload, serial=False, on_error=lambda e: None))
        return self.unlock_window

    def _unlock_closed(self) -> None:
        if not self.tray_available and self.session is None:
            self.quit()  # no tray to come back from: closing the last window ends the app

    def _unlocked(self, vault: object) -> None:
        if self.unlock_window is not None:
            self.settings.set_geometry("unlock", self.unlock_window.saveGeometry())
            self.unlock_window.hide()
        self.open_session(vault)

    # --- the session ------------------------------------------------------------------------------------------

    def open_session(self, vault: object) -> MainWindow:
        from .main_window import MainWindow
        from .session import Session
        from .timer.control import TimerControl

        crashed = not self.settings.get(opts.CLEAN_EXIT)
        last_seen = self._last_seen()
        self.settings.set(opts.CLEAN_EXIT, False)
        self._mark_seen()
        self._seen.start()
        self.session = Session(vault, self.runner, self)  # type: ignore[arg-type]  # the unlocked services.vault.Vault
        self.timer = TimerControl(self.session, limit_hours=self.settings.get(opts.TIMER_LIMIT_HOURS), parent=self)
        self.timer.over_limit.connect(lambda state: self.ask_about_timer(state))
        self.main = MainWindow(self.session, self.timer, self.settings)
        self.main.close_to_tray = self.tray_available
        self.main.lock_requested.connect(self.lock)
        self.main.quit_requested.connect(self.quit)
        self.main.hidden_to_tray.connect(self._hidden_to_tray)
        self.main.preferences_requested.connect(self.edit_preferences)
        self.main.preferences_changed.connect(self._preferences_changed)
        self.main.restart_requested.connect(self.restart)
        self.main.restore_ready.connect(self.restore)
        if self.tray is not None:
            self.tray.attach(self.timer)
        self.main.show()
        self.idle.set_minutes(self.settings.get(opts.AUTO_LOCK_MINUTES))
        self.idle.start()
        self.main.check_records()
        if crashed and self.timer.running:
            self.timer.mark_questioned()
            self.ask_about_timer(self.timer.state, suggested_end=last_seen)
        self.timer.arm()
        return self.main

    def ask_about_timer(self, state: object, suggested_end: datetime | None = None) -> ForgottenTimerDialog | None:
        from .timer.forgotten import ForgottenTimerDialog

        if self.main is None or self.session is None or state is None:
            return None
        if self.forgotten is not None:
            self.forgotten.close()
        dialog = ForgottenTimerDialog(state, self.session.profile.zone, suggested_end=suggested_end,  # type: ignore[arg-type]  # the running timer's TimerState
                                      parent=self.main)
        timer = self.timer
        dialog.stop_at.connect(lambda at: timer.stop(at=at) if timer is not None else None)
        dialog.finished.connect(lambda _: setattr(self, "forgotten", None))
        self.forgotten = dialog
        dialog.open()
        return dialog

    def lock(self) -> None:
        """Drop the keys and every view; show the unlock window."""
        if self._close_session():
            self.show_unlock()

    def _close_session(self) -> bool:
        """Drop the keys and every view (False: no session was open)."""
        if self.session is None:
            return False
        self.idle.stop()
        self._seen.stop()
        if self.forgotten is not None:
            self.forgotten.close()
            self.forgotten = None
        if self.main is not None:
            self.main.save_state()
            self.main.hide()
            self.main.deleteLater()
            self.main = None
        if self._tray is not None:
            self._tray.attach(None)
        self.session.lock(on_backup_error=lambda error: show_error(None, error, self.tr("Automatic backup failed")))
        self.session.deleteLater()
        self.session = None
        if self.timer is not None:
            self.timer.deleteLater()
            self.timer = None
        self.settings.set(opts.CLEAN_EXIT, True)  # locked cleanly: nothing is in the middle of anything
        return True

    def restart(self) -> None:
        """Quit as usual (records locked, writes done) and start again: a new language needs a new start."""
        self.restart_wanted = True
        self.quit()

    def quit(self) -> None:
        """Lock without showing the unlock window, write the settings once and ask the application to end. Once:
        the windows closing as the application ends (closing the unlock window quits where there is no tray) find
        it done instead of waiting on the runner and writing the settings again."""
        if self._quitting:
            return
        self._quitting = True
        self._close_session()
        if self.unlock_window is not None and self.unlock_window.isVisible():
            self.settings.set_geometry("unlock", self.unlock_window.saveGeometry())
            self.unlock_window.hide()
        self.runner.wait()  # the vault is locked only once queued writes are done
        self.settings.set(opts.CLEAN_EXIT, True)
        self.settings.sync()
        if self._tray is not None:
            self._tray.hide()
        self.finished.emit()

    # --- windows and tray -------------------------------------------------------------------------------------

    def show_window(self) -> None:
        if self.main is not None:
            self.main.showNormal()
            self.main.raise_()
            self.main.activateWindow()
        elif self.first_run is not None:
            self.first_run.show()
        else:
            self.show_unlock()

    def _add_entry(self) -> None:
        if self.main is not None:
            self.show_window()
            self.main.new_entry()

    def _capture_evidence(self) -> None:
        if self.main is not None:
            self.main.capture.capture()

    def _hidden_to_tray(self) -> None:
        if not self.settings.get(opts.CLOSE_TO_TRAY_TOLD):
            self.settings.set(opts.CLOSE_TO_TRAY_TOLD, True)
            if self.tray is not None:
                self.tray.notify(self.tr("Contractor Ledger keeps running here, with your timer. Use Quit in this "
                                         "menu to close it."))

    def edit_preferences(self) -> None:
        """File > Preferences: the Settings view, which applies each change as it is made."""
        if self.main is not None:
            self.show_window()
            self.main.show_key("settings")

    def _preferences_changed(self) -> None:
        self.idle.set_minutes(self.settings.get(opts.AUTO_LOCK_MINUTES))
        if self.timer is not None:
            from datetime import timedelta

            self.timer.limit = timedelta(hours=self.settings.get(opts.TIMER_LIMIT_HOURS))

    def restore(self, pending: object) -> None:
        """Finish a restore the Backups view prepared (a backups.restoring.PendingRestore): lock, so the records
        are closed, then swap on the serial lane after the lock's own work, and ask to unlock, saying how it went."""
        from .backups.restoring import PendingRestore

        assert isinstance(pending, PendingRestore)
        self.lock()
        window = self.unlock_window
        if window is None:
            return
        window.set_busy(True)  # no unlocking while the records are being swapped

        def done(text: str) -> None:
            window.set_busy(False)
            window.message.hint(text)

        def failed(error: BaseException) -> None:
            window.set_busy(False)
            window.message.problem(pending.failure(error))

        self.runner.run(pending.run, on_result=done, on_error=failed)

    # --- reminders --------------------------------------------------------------------------------------------

    def _logged_today(self) -> bool | None:
        from datetime import UTC, datetime

        from ..domain.times import DateRange
        from ..services.entries.queries import EntryQuery, count_entries

        if self.session is None or not self.session.is_open:
            return None
        if self.timer is not None and self.timer.running:
            return True
        profile = self.session.profile
        today = datetime.now(UTC).astimezone(profile.zone).date()
        query = EntryQuery(period=DateRange(today, today), tz=profile.timezone)
        return self.session.read(count_entries, query) > 0

    def _remind(self, text: str) -> None:
        if self.tray is not None:
            self.tray.notify(text)
        elif self.main is not None:
            self.main.statusBar().showMessage(text, 60_000)

    def _mark_seen(self) -> None:
        from datetime import UTC, datetime

        self.settings.set(opts.LAST_SEEN, datetime.now(UTC).isoformat(timespec="seconds"))

    def _last_seen(self) -> datetime | None:
        from datetime import datetime

        text = self.settings.get(opts.LAST_SEEN)
        try:
            return datetime.fromisoformat(text) if text else None
        except ValueError:
            return None

    @property
    def windows(self) -> list[QWidget]:
        return [w for w in (self.main, self.unlock_window, self.first_run) if w is not None]
