"""The unlock window: a wrong password and a damaged file are different errors; the recovery key works."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from contractor_app.gui.controller import Ledger
from contractor_app.gui.tasks import SyncRunner
from contractor_app.gui.unlock import UnlockWindow
from contractor_app.services.backups.create import back_up_now
from contractor_app.services.backups.schedule import BackupSettings, save_settings
from contractor_app.services.clients.directory import NewClient, add_client, list_clients
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, vault_files
from .conftest import tray_of


def make(qtbot, folder: Path) -> UnlockWindow:  # type: ignore[no-untyped-def]
    window = UnlockWindow(folder, SyncRunner())
    qtbot.addWidget(window)
    window.show()
    return window


def test_wrong_password_is_told_and_changes_nothing(qtbot, vault: Vault, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    vault.lock()
    before = vault_files(data_dir)
    window = make(qtbot, data_dir)
    assert window.unlock_button.isDefault()
    assert window.password.field.echoMode() == window.password.field.EchoMode.Password
    window.password.toggle.click()
    assert window.password.field.echoMode() == window.password.field.EchoMode.Normal
    assert window.password.toggle.text() == "Hide"
    with qtbot.assertNotEmitted(window.unlocked):
        qtbot.keyClicks(window.password.field, "not it at all")
        qtbot.keyClick(window.password.field, Qt.Key.Key_Return)
    assert "Wrong password. Nothing was changed." in window.message.text()
    assert "damaged" not in window.message.text()
    assert vault_files(data_dir) == before
    with qtbot.waitSignal(window.unlocked) as signal:
        window.password.setText(PASSWORD)
        window.unlock_button.click()
    opened = signal.args[0]
    assert not opened.is_locked and window.password.text() == ""
    opened.lock()


def test_a_damaged_key_file_is_not_a_wrong_password(qtbot, vault: Vault, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    vault.lock()
    key = data_dir / "vault.key"
    header = json.loads(key.read_text())
    header["vault_id"] = header["vault_id"][:-1] + ("0" if header["vault_id"][-1] != "0" else "1")
    key.write_text(json.dumps(header))
    window = make(qtbot, data_dir)
    window.password.setText(PASSWORD)
    window.unlock()
    text = window.message.text()
    assert "damaged" in text and "Wrong password" not in text
    assert "restore your latest backup" in text and "Nothing was changed" in text


def test_the_recovery_key_opens_and_sets_a_new_password(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    created, recovery_key = Vault.create(data_dir, PASSWORD)
    created.lock()
    window = make(qtbot, data_dir)
    window.forgot.click()
    assert window.pages.currentIndex() == 1
    window.recovery_key.setText("AAAA-BBBB")
    window.new_password.setText("a brand new password")
    window.repeat_password.setText("a brand new passwor")
    assert not window.recover_button.isEnabled() and "differ" in window.recovery_message.text()
    window.repeat_password.setText("a brand new password")
    assert window.recover_button.isEnabled()
    window.recover()
    assert "not a recovery key" in window.recovery_message.text()
    window.recovery_key.setText(recovery_key.lower().replace("-", " "))
    with qtbot.waitSignal(window.unlocked) as signal:
        window.recover()
    signal.args[0].lock()
    Vault.unlock(data_dir, "a brand new password").lock()


def test_damaged_records_offer_to_restore_the_latest_backup(qtbot, monkeypatch, ledger: Ledger, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    created, _ = Vault.create(data_dir, PASSWORD)
    with created:
        add_client(created, NewClient(name="Acme Labeling", currency="USD"))
        backup = back_up_now(created)
    db = data_dir / "vault.db"
    db.write_bytes(db.read_bytes()[:-1000])  # cut mid-page
    damaged = db.read_bytes()
    window = ledger.show_unlock()
    assert window.restore_button.isHidden()
    qtbot.keyClicks(window.password.field, PASSWORD)
    window.unlock_button.click()
    assert ledger.main is None and "damaged" in window.message.text() and "can restore it" in window.message.text()
    assert window.restore_button.isVisible() and "Restore the latest backup (" in window.restore_button.text()

    asked: list[str] = []
    def question(parent: object, title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    window.restore_button.click()  # cancelled: nothing changes
    assert ledger.main is None and db.read_bytes() == damaged
    assert "kept aside in" in asked[0] and str(data_dir / "previous-") in asked[0]

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window.restore_button.click()
    assert ledger.main is not None, window.message.text()
    assert ledger.session is not None
    assert [client.name for client in ledger.session.read(list_clients)] == ["Acme Labeling"]
    assert window.restore_button.isHidden() and backup.path.exists()
    kept = list(data_dir.glob("previous-*"))
    assert len(kept) == 1 and (kept[0] / "vault.db").read_bytes() == damaged


def test_damaged_records_offer_the_latest_backup_in_the_folder_the_settings_name(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, ledger: Ledger, data_dir: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "usb stick" / "ledger backups"
    created, _ = Vault.create(data_dir, PASSWORD)
    with created:
        add_client(created, NewClient(name="Acme Labeling", currency="USD"))
        save_settings(created, BackupSettings(folder=str(elsewhere)))
        backup = back_up_now(created)
    assert backup.path.parent == elsewhere and not (data_dir / "backups").exists()
    db = data_dir / "vault.db"
    db.write_bytes(db.read_bytes()[:-1000])
    window = ledger.show_unlock()
    qtbot.keyClicks(window.password.field, PASSWORD)
    window.unlock_button.click()
    assert "can restore it" in window.message.text()
    assert window.restore_button.isVisible() and window.restore_button.toolTip() == str(backup.path)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window.restore_button.click()
    assert ledger.session is not None, window.message.text()
    assert [client.name for client in ledger.session.read(list_clients)] == ["Acme Labeling"]


@pytest.mark.tray
def test_the_tray_and_the_recovery_page_are_made_after_the_first_paint(qtbot, ledger: Ledger, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    """Issue 18: what the unlock window's first paint does not show waits. The tray follows once the window has
    painted; the recovery page is built when the worker asks for it, and unlocking never needs it."""
    vault.lock()
    ledger.start()
    window = ledger.unlock_window
    assert window is not None and window.isVisible()
    assert ledger._tray is None and window.pages.count() == 1
    qtbot.waitUntil(lambda: ledger._tray is not None)
    tray = tray_of(ledger)
    assert tray.open_action.isEnabled() and not tray.lock_action.isEnabled()  # locked: open or quit
    window.forgot.click()
    assert window.pages.count() == 2 and window.pages.currentIndex() == 1 and window.recovery_key.hasFocus()
    window.show_password()
    window.password.setText(PASSWORD)
    window.unlock()
    assert ledger.main is not None and tray_of(ledger).lock_action.isEnabled()


# The app started as `contractor-app` starts it; at the unlock window's first paint the child prints its modules.
FIRST_PAINT_CHILD = """
import sys
from contractor_app.cli.main import main
from contractor_app.gui import unlock

def paintEvent(self, event):
    import PySide6.QtCore, PySide6.QtWidgets
    print("MODULES", " ".join(sorted(sys.modules)), flush=True)
    # PySide6 sets a class up (and its enums) when it is first imported: the classes set up so far
    print("CLASSES", " ".join(sorted([*vars(PySide6.QtCore), *vars(PySide6.QtWidgets)])), flush=True)
    from PySide6.QtWidgets import QApplication
    QApplication.instance().exit(0)

unlock.UnlockWindow.paintEvent = paintEvent
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_the_unlock_windows_first_paint_loads_only_what_it_shows(vault: Vault, data_dir: Path) -> None:
    """Issue 18: the password page paints before what only later windows use is imported. The lists' FittedTable
    (and its header painter) is for the views, the strength meter's check for the recovery page and first run, the
    error messages and message boxes for an error, datetime for a backup's date and the timer, the command line's
    password reading for its commands; each cost milliseconds of the start before the window showed."""
    vault.lock()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT_CHILD, str(data_dir)], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    loaded = done.stdout.split("MODULES ")[1].split("\n")[0].split()
    classes = done.stdout.split("CLASSES ")[1].split()
    assert "contractor_app.gui.unlock" in loaded  # the child did paint the unlock window
    later = ("contractor_app.gui.fitted_table", "contractor_app.gui.strength", "contractor_app.gui.error_messages",
             "contractor_app.gui.palette_hook", "dataclasses", "contractor_app.store", "sqlalchemy",
             "contractor_app.gui.main_window", "contractor_app.gui.tray", "datetime", "getpass",
             "contractor_app.cli.password")
    assert [name for name in loaded if name.startswith(later)] == []
    assert "QLineEdit" in classes  # the password field's class: set up classes are listed
    # Message boxes, forms (the recovery page), lists, combo boxes, and restarting the app come later; so do Qt's
    # namespace (its 93 enums: the window's flags are set by name, gui/by_name.py) and the backup dates' classes.
    assert {"QMessageBox", "QFormLayout", "QAbstractItemView", "QComboBox", "QProcess", "Qt", "QDate",
            "QDateTime"} & set(classes) == set()


def test_what_the_first_paint_leaves_out_is_there_before_the_worker_can_act(qtbot, vault: Vault,  # type: ignore[no-untyped-def]
                                                                            data_dir: Path) -> None:
    """Issue 18: the flags set by name are Qt's own, and the hand over "Forgot your password?" (which takes Qt's
    namespace) is set once the window has painted, before anyone could point at it."""
    from PySide6.QtWidgets import QLabel

    vault.lock()
    window = UnlockWindow(data_dir, SyncRunner())
    qtbot.addWidget(window)
    labels = {label.text(): label for label in window.findChildren(QLabel) if label.text()}
    icon = next(label for label in window.findChildren(QLabel) if not label.pixmap().isNull())
    centred = Qt.AlignmentFlag.AlignHCenter
    assert labels["Unlock your records"].alignment() == centred
    assert labels[f"Your records: {data_dir}"].alignment() == centred
    assert icon.alignment() == centred and icon.pixmap().width() == 72
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    assert labels[f"Your records: {data_dir}"].textInteractionFlags() == selectable
    assert window.message.textInteractionFlags() == selectable
    assert window.password.toggle.focusPolicy() == Qt.FocusPolicy.TabFocus
    assert not window.first_painted and window.forgot.cursor().shape() == Qt.CursorShape.ArrowCursor
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.forgot.cursor().shape() == Qt.CursorShape.PointingHandCursor, timeout=1000)
    assert window.first_painted


def test_the_unlock_windows_icon_is_the_largest_pixmap_scaled_down_smoothly(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The 72-pixel icon comes from the app icon (QIcon scales it): the same pixels as scaling the 128-pixel file
    ourselves, which needed Qt's namespace before the first paint."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPixmap

    from contractor_app.gui.icons import ICONS, SIZES, app_icon, app_pixmap

    ours = QPixmap(str(ICONS / "app-128.png")).scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio,
                                                        Qt.TransformationMode.SmoothTransformation)
    drawn = app_pixmap(72)
    assert drawn.size() == ours.size() and drawn.toImage() == ours.toImage()
    for size in SIZES:  # the sizes it has: as their files are
        assert app_pixmap(size).toImage() == QPixmap(str(ICONS / f"app-{size}.png")).toImage()
    assert app_icon().availableSizes() == [QSize(size, size) for size in SIZES]
    running = app_icon(running=True)
    assert running.availableSizes() == app_icon().availableSizes()
    assert running.pixmap(16).toImage() != app_pixmap(16).toImage()  # its dot
