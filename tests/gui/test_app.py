"""The app around the views: background tasks, tray, auto-lock, reminders, preferences, keys, names, geometry."""

from __future__ import annotations

import threading
import time
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QWidget,
)

from contractor_app.cli.main import main as cli_main
from contractor_app.errors import WrongPassword
from contractor_app.gui import app as gui_app
from contractor_app.gui import settings as opts
from contractor_app.gui.controller import Ledger
from contractor_app.gui.dialogs import error_text, show_error
from contractor_app.gui.reminder import Reminder
from contractor_app.gui.settings import Settings
from contractor_app.gui.tasks import TaskRunner
from contractor_app.gui.unlock import UnlockWindow
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..sample import SampleWork, Templates
from .conftest import show_every_view, tray_of, unlock, unlock_copy


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=2)).folder


@pytest.fixture
def opened(ledger: Ledger, template: Path, data_dir: Path) -> Ledger:
    unlock_copy(ledger, template, data_dir)
    return ledger


def test_tasks_run_off_the_ui_thread_and_report_back_on_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    seen: dict[str, object] = {}
    main_thread = QThread.currentThread()

    def work() -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    def failing() -> None:
        raise WrongPassword()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work,
                   on_result=lambda value: seen.update(result=value, on_main=QThread.currentThread() is main_thread))
        runner.run(failing, on_error=lambda error: seen.update(error=error))
    assert seen["worker"] is False and seen["result"] == 42 and seen["on_main"] is True
    assert isinstance(seen["error"], WrongPassword)


def test_unlocking_derives_the_key_off_the_ui_thread_with_a_busy_bar(qtbot, vault: Vault, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    vault.lock()
    window = UnlockWindow(data_dir, TaskRunner())
    qtbot.addWidget(window)
    window.show()
    window.password.setText(PASSWORD)
    with qtbot.waitSignal(window.unlocked, timeout=10_000) as signal:
        window.unlock()
        assert window.busy.isVisible() and not window.unlock_button.isEnabled()  # the UI thread is free meanwhile
    assert not window.busy.isVisible()
    signal.args[0].lock()


@pytest.mark.tray
def test_closing_the_window_keeps_the_timer_running_in_the_tray(opened: Ledger) -> None:
    main, timer, tray = opened.main, opened.timer, tray_of(opened)
    assert main is not None and timer is not None
    assert tray.toggle_action.text() == "Start timer (Acme Labeling)"
    tray.toggle_action.trigger()
    assert timer.running and tray.toggle_action.text().startswith("Stop (00:00:")
    assert "timer running for Acme Labeling" in tray.icon.toolTip()
    main.close_to_tray = True  # as when the desktop has a tray
    main.close()
    assert not main.isVisible() and opened.session is not None and opened.session.is_open and timer.running
    tray.open_action.trigger()
    assert main.isVisible()
    tray.lock_action.trigger()
    assert opened.session is None and tray.toggle_action.text() == "Unlock to use the timer"
    assert not tray.toggle_action.isEnabled() and tray.icon.toolTip() == "Contractor Ledger: locked"


def test_idle_time_locks_and_clears_every_view(opened: Ledger) -> None:
    assert opened.main is not None and opened.idle.minutes == 10
    today = opened.main.today.model
    assert today.rowCount() > 0
    assert not opened.idle.check(time.monotonic() + 9 * 60)
    assert opened.idle.check(time.monotonic() + 10 * 60 + 1)
    assert opened.session is None and opened.main is None and today.rowCount() == 0
    assert opened.unlock_window is not None and opened.unlock_window.isVisible()


def test_preferences_change_auto_lock_and_the_reminder(opened: Ledger, settings: Settings) -> None:
    assert opened.main is not None and opened.timer is not None
    opened.main.preferences_action.trigger()  # File > Preferences shows the Settings view
    view = opened.main.preferences
    assert opened.main.current_view() is view
    app = view.app
    assert app.auto_lock.value() == 10 and not app.reminder.isChecked()
    app.auto_lock.setValue(3)
    app.limit.setValue(6)
    app.reminder.setChecked(True)
    assert settings.get(opts.AUTO_LOCK_MINUTES) == 3 and opened.idle.minutes == 3
    assert settings.get(opts.TIMER_LIMIT_HOURS) == 6 and opened.timer.limit.total_seconds() == 6 * 3600
    assert settings.get(opts.REMINDER_ENABLED) is True and settings.reminder_time().toString("HH:mm") == "17:00"


def test_the_daily_reminder_comes_once_when_nothing_is_logged(qtbot, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    logged: list[bool | None] = [False]
    reminder = Reminder(settings, lambda: logged[0])
    settings.set(opts.REMINDER_ENABLED, True)
    settings.set(opts.REMINDER_TIME, "17:00")
    assert not reminder.check(datetime(2026, 11, 26, 16, 59))
    with qtbot.waitSignal(reminder.due) as signal:
        assert reminder.check(datetime(2026, 11, 26, 17, 0))
    assert "Nothing is logged today" in signal.args[0]
    assert not reminder.check(datetime(2026, 11, 26, 18, 0))  # once a day
    logged[0] = True
    assert not reminder.check(datetime(2026, 11, 27, 17, 30))  # logged: no reminder


def internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a control (a combo box's popup, a header, a line edit's clear button)."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit)):
            return True
        parent = parent.parent()
    return False


def test_shortcuts_are_in_the_menus_and_every_control_has_a_name(opened: Ledger) -> None:
    main = opened.main
    assert main is not None
    in_menus = {action.shortcut().toString(QKeySequence.SequenceFormat.PortableText): action.text()
                for menu in main.menuBar().findChildren(QMenu)
                for action in menu.actions() if not action.shortcut().isEmpty()}
    for keys in ("Ctrl+T", "Ctrl+N", "Ctrl+F", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+L", "Ctrl+1", "Ctrl+2", "F1"):
        assert keys in in_menus, keys
    assert [s.toString() for s in main.redo_action.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    unnamed = []
    show_every_view(main)
    for widget in main.findChildren(QWidget):
        if internal(widget):
            continue
        if (isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView))
                and not widget.accessibleName()):
            unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
        if isinstance(widget, QAbstractButton) and not (widget.accessibleName() or widget.text()):
            unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    assert unnamed == [], "\n".join(unnamed)
    main.view_actions[2].trigger()
    assert main.current_view() is main.entries
    main.view_actions[1].trigger()
    assert main.current_view() is main.today
    help_box = main.show_help()
    assert "Ctrl+T" in help_box.text() and "Ctrl+L" in help_box.text()
    help_box.close()


@pytest.mark.slow
def test_geometry_is_remembered_and_unlock_lands_on_the_dashboard(opened: Ledger, settings: Settings) -> None:
    assert opened.main is not None
    opened.main.resize(790, 560)  # the offscreen screen is 800x600: geometry is kept within it
    opened.main.show_key("entries")
    opened.lock()
    assert settings.geometry("main") is not None
    unlock(opened)
    assert opened.main is not None and opened.main.size().width() == 790
    assert opened.main.current_view() is opened.main.dashboard


def test_errors_become_dialogs_that_say_what_to_do(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = show_error(None, WrongPassword())
    assert box.text() == "Wrong password. Nothing was changed." and box.isVisible()
    box.close()
    unexpected = error_text(KeyError("SELECT secret FROM entries"))
    assert "KeyError" in unexpected and "Your records are safe" in unexpected and "secret" not in unexpected


def test_contractor_app_without_a_command_opens_the_desktop_app(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    calls: list[Path | None] = []

    def run(argv: list[str] | None, data_dir: Path | None = None) -> int:
        calls.append(data_dir)
        return 0

    monkeypatch.setattr(gui_app, "run", run)
    assert cli_main(["--data-dir", str(tmp_path)]) == 0
    assert calls == [tmp_path]


def test_translations_hook_accepts_a_missing_translation(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    app = QApplication.instance()
    assert app is not None
    installed = gui_app.install_translations(app, QLocale("zu_ZA"))
    assert installed == []


def test_the_light_modules_agree_with_the_store(tmp_path: Path) -> None:
    """lifecycle and strength avoid importing the store at start-up, so they repeat two of its facts."""
    from contractor_app.gui import strength
    from contractor_app.services import lifecycle
    from contractor_app.store import vault as store

    paths = store.VaultPaths(tmp_path)
    assert lifecycle.RECORD_FILES == (paths.db.name, paths.key.name)
    assert strength.MIN_PASSWORD_LENGTH == store.MIN_PASSWORD_LENGTH


def test_closing_the_unlock_window_without_a_tray_quits(qtbot, ledger: Ledger, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.lock()
    window = ledger.show_unlock()
    with qtbot.waitSignal(ledger.finished):
        window.close()


def test_without_a_tray_no_tray_is_made(opened: Ledger) -> None:
    """Nothing would show a tray's menu: none is made (it read the records for its timer line at each unlock)."""
    from contractor_app.gui.tray import Tray

    opened.lock()
    assert opened.tray is None and opened.findChildren(Tray) == []
    assert opened.main is None and opened.unlock_window is not None and opened.unlock_window.isVisible()


def test_quitting_locks_writes_the_settings_once_and_finishes_once(opened: Ledger, settings: Settings,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Quit locks without showing the unlock window, and the windows closing as the app ends find it done."""
    synced: list[None] = []
    finished: list[None] = []
    real_sync = settings.sync
    monkeypatch.setattr(settings, "sync", lambda: synced.append(real_sync()))
    opened.finished.connect(lambda: finished.append(None))
    assert opened.main is not None and opened.unlock_window is not None
    opened.main.quit_action.trigger()
    assert opened.session is None and opened.main is None and not opened.unlock_window.isVisible()
    opened.unlock_window.close()  # as the application ends: without a tray, closing it asks to quit
    assert len(synced) == 1 and len(finished) == 1
    assert settings.get(opts.CLEAN_EXIT)


def test_locking_makes_the_days_automatic_backup(tmp_path: Path) -> None:
    """Locking from the desktop app backs up (at most daily, only after a change), then locks."""
    from contractor_app.gui.session import _back_up_and_lock
    from contractor_app.services.clients.directory import NewClient, add_client
    from contractor_app.store.vault import Vault

    vault, _ = Vault.create(tmp_path / "records", "password one")
    add_client(vault, NewClient(name="Acme", currency="USD"))
    _back_up_and_lock(vault)
    assert vault.is_locked
    assert [p.name for p in (tmp_path / "records" / "backups").iterdir() if p.suffix] != []
