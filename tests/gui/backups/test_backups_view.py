"""The Backups view through its widgets, on real records: back up (a file appears, the view and the status bar show
it), check it (complete), check a damaged copy (damaged, nothing changed), cancel (nothing written), the
automatic-backup settings, and a restore with its confirmation that really brings the records back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from contractor_app.backup.keys import Password
from contractor_app.gui.backups.secret_dialog import SecretDialog
from contractor_app.gui.backups.view import BackupsView
from contractor_app.gui.controller import Ledger
from contractor_app.services.backups.schedule import BackupSettings, load_settings
from contractor_app.services.clients.directory import NewClient, add_client, list_clients
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.entries.queries import EntryQuery, count_entries
from contractor_app.store.vault import Vault

from ...conftest import PASSWORD
from ...sample import Templates
from ..conftest import unlock


def add_acme(vault: Vault) -> None:
    add_client(vault, NewClient(name="Acme Labeling", currency="USD"))


@pytest.fixture
def recovery_key(data_dir: Path, templates: Templates) -> str:
    """Records with one client (a copy of a template built once per session) and their recovery key."""
    sample = templates(add_acme)
    sample.copy_to(data_dir)
    return sample.recovery_key


@pytest.fixture
def view(ledger: Ledger, recovery_key: str) -> BackupsView:
    unlock(ledger)
    assert ledger.main is not None
    ledger.main.show_key("backups")
    return ledger.main.backups


def backup_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.clbackup")) if folder.is_dir() else []


def entry_count(ledger: Ledger) -> int:
    assert ledger.session is not None
    return ledger.session.read(count_entries, EntryQuery())


def test_back_up_check_and_find_a_damaged_copy(qtbot, qtmodeltester, ledger: Ledger, view: BackupsView,  # type: ignore[no-untyped-def]
                                               data_dir: Path, tmp_path: Path) -> None:
    folder = data_dir / "backups"
    assert view.last_when.text() == "No backup yet" and view.empty.isVisibleTo(view)
    assert backup_files(folder) == []

    qtbot.mouseClick(view.back_up_button, Qt.MouseButton.LeftButton)
    [made] = backup_files(folder)
    assert "Backup saved" in view.message.text() and str(made) in view.message.text()
    assert view.model.rowCount() == 1 and not view.progress.isVisible() and view.back_up_button.isEnabled()
    assert str(made) in view.last_where.text() and "just now" in view.last_when.text()
    assert "Not checked" in view.last_details.text()
    assert ledger.main is not None and ledger.main.backup_label.text() == "last backup just now"
    qtmodeltester.check(view.model)

    dialog = view.check_last()
    assert dialog is not None and not dialog.ok_button.isEnabled()  # nothing typed yet
    dialog.password.setText(PASSWORD)
    dialog.ok_button.click()
    assert "complete and restores" in view.message.text(), view.message.text()
    assert dialog.password.text() == ""  # the password is forgotten once used; the dialog goes
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert view.findChildren(SecretDialog) == []
    assert "Complete (checked" in view.last_details.text()
    assert view.model.index(0, 3).data().startswith("\u2713 Complete")

    wrong = view.check_file(made)
    assert wrong is not None
    wrong.password.setText("not the password")
    wrong.accept()
    assert "Wrong password for this backup" in view.message.text() and "Nothing was changed" in view.message.text()

    damaged = tmp_path / "damaged.clbackup"
    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit, in the middle of the encrypted records
    damaged.write_bytes(bytes(data))
    def state() -> tuple[bytes, int, list[str]]:
        assert ledger.session is not None
        return made.read_bytes(), entry_count(ledger), [c.name for c in ledger.session.read(list_clients)]

    before = state()
    dialog = view.check_file(damaged)
    assert dialog is not None
    dialog.password.setText(PASSWORD)
    dialog.accept()
    text = view.message.text()
    assert text.startswith("\u26a0 This backup is damaged (part") and "Nothing was restored or changed" in text
    assert state() == before
    assert view.model.index(0, 3).data().startswith("\u2713 Complete")  # the good one is still fine

    header_damaged = tmp_path / "header.clbackup"
    header_damaged.write_bytes(b"CLBACKUP" + bytes(data[8:40]) + b"garbage")
    assert view.check_file(header_damaged) is None  # damaged before any password is asked
    assert "This backup is damaged" in view.message.text()


def test_cancelling_a_backup_writes_nothing(view: BackupsView, data_dir: Path) -> None:
    start = view.progress.start

    def start_then_cancel(text: str):  # type: ignore[no-untyped-def]
        job = start(text)
        assert view.progress.isVisible() and not view.back_up_button.isEnabled()
        view.progress.cancel_button.click()  # as if pressed while the work runs
        return job

    view.progress.start = start_then_cancel  # type: ignore[method-assign]
    view.back_up_now()
    assert view.message.text() == "Cancelled. Nothing was written, and your records are unchanged."
    assert [p.name for p in (data_dir / "backups").iterdir()] == []  # no backup, no partial file
    assert not any(p.name.startswith(".backup-") for p in data_dir.iterdir())
    assert view.back_up_button.isEnabled() and not view.progress.isVisible()

    view.progress.start = start  # type: ignore[method-assign]
    view.back_up_now()
    [backup] = (data_dir / "backups").iterdir()
    view.progress.start = start_then_cancel  # type: ignore[method-assign]
    view.run_restore(backup, Password(PASSWORD), "today", datetime.now(UTC))
    assert view.message.text() == "Cancelled. Nothing was written, and your records are unchanged."
    assert not any(p.name.startswith((".restore-", "previous-")) for p in data_dir.iterdir())
    assert view.session.is_open


def test_cancelling_a_backup_mid_way_leaves_nothing_half_written(view: BackupsView, data_dir: Path) -> None:
    steps: list[int] = []

    def cancel_after_the_first_part(done: int, total: int) -> None:
        steps.append(done)
        if 0 < done < total and view.progress.cancel_button.isEnabled():  # part of the backup is written
            view.progress.cancel_button.click()

    view.progress.progressed.connect(cancel_after_the_first_part)
    view.back_up_now()
    assert len(steps) >= 2 and steps[-1] > 0
    assert view.message.text() == "Cancelled. Nothing was written, and your records are unchanged."
    assert [p.name for p in (data_dir / "backups").iterdir()] == []
    assert not any(p.name.startswith(".backup-") for p in data_dir.iterdir())


def test_a_cancel_pressed_during_the_last_check_still_stops_the_restore(monkeypatch, view: BackupsView,  # type: ignore[no-untyped-def]
                                                                       data_dir: Path) -> None:
    view.back_up_now()
    [backup] = (data_dir / "backups").iterdir()
    ready: list[object] = []
    view.restore_ready.connect(ready.append)
    from contractor_app.gui.backups import view as module

    prepare = module.prepare_restore

    def then_cancel(*args, **kwargs):  # type: ignore[no-untyped-def]
        staged = prepare(*args, **kwargs)
        view.progress.cancel()  # pressed after the last part was read, while the copy was being checked
        return staged

    monkeypatch.setattr(module, "prepare_restore", then_cancel)
    view.run_restore(backup, Password(PASSWORD), "today", datetime.now(UTC))
    assert ready == [] and view.session.is_open and "Cancelled" in view.message.text()
    assert not any(p.name.startswith((".restore-", "previous-")) for p in data_dir.iterdir())


def test_back_up_to_a_chosen_file_and_change_the_settings(ledger: Ledger, view: BackupsView, tmp_path: Path) -> None:
    chosen = tmp_path / "usb" / "my copy"
    chosen.parent.mkdir()
    view.ask_save_file = lambda: chosen.with_name("my copy.clbackup")  # type: ignore[method-assign]
    view.back_up_to()
    assert (tmp_path / "usb" / "my copy.clbackup").is_file()
    view.back_up_to()  # never overwrites
    assert "already a file" in view.message.text()

    form = view.auto
    assert (form.daily.value(), form.weekly.value(), form.monthly.value()) == (7, 4, 12)
    assert not form.save_button.isEnabled()
    form.daily.setValue(3)
    form.folder.setText(str(tmp_path / "elsewhere"))
    form.save_button.click()
    assert form.message.text() == "Saved." and not form.save_button.isEnabled()
    stored = ledger.session.read(load_settings)  # type: ignore[union-attr]
    assert stored == BackupSettings(folder=str(tmp_path / "elsewhere"), keep_daily=3)
    form.folder.setText("relative/path")
    form.save_button.click()
    assert "full path" in form.message.text()
    view.back_up_now()
    assert len(backup_files(tmp_path / "elsewhere")) == 1 and view.model.rowCount() == 1


@pytest.mark.slow
def test_restore_asks_first_then_brings_the_records_back(qtbot, ledger: Ledger, view: BackupsView,  # type: ignore[no-untyped-def]
                                                         data_dir: Path) -> None:
    view.back_up_now()
    [backup] = backup_files(data_dir / "backups")
    session = ledger.session
    assert session is not None
    now = datetime.now(UTC)
    session.call(log_work, NewEntry(client="Acme Labeling", start=now - timedelta(hours=2),
                                    end=now - timedelta(hours=1), tz="UTC", note="after the backup"))
    assert entry_count(ledger) == 1

    dialog = view.restore_file(backup)
    assert dialog is not None
    explanation = dialog.findChild(type(view.empty), "secretExplanation")
    assert explanation is not None
    text = explanation.text()
    assert "Replace your records with the backup of" in text and f"kept aside in {data_dir / 'previous-'}" in text
    assert "for 30 days" in text
    dialog.password.setText(PASSWORD)
    dialog.reject()  # changed their mind: nothing happens
    assert ledger.session is session and entry_count(ledger) == 1
    assert not any(p.name.startswith((".restore-", "previous-")) for p in data_dir.iterdir())

    dialog = view.restore_file(backup)
    assert dialog is not None
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert ledger.session is None and ledger.main is None  # locked for the swap
    window = ledger.unlock_window
    assert window is not None and window.isVisible()
    assert "restored from the backup of" in window.message.text()
    assert "Unlock with the password you had on the day of the backup" in window.message.text()
    [aside] = [p for p in data_dir.iterdir() if p.name.startswith("previous-")]
    assert (aside / "vault.db").exists() and str(aside) in window.message.text()
    unlock(ledger)
    assert entry_count(ledger) == 0  # the entry made after the backup is gone
    with Vault.unlock(aside, PASSWORD) as kept:  # and kept aside, not lost
        assert count_entries(kept, EntryQuery()) == 1


def test_restore_with_the_recovery_key_sets_a_new_password(ledger: Ledger, view: BackupsView, recovery_key: str,
                                                          data_dir: Path) -> None:
    view.back_up_now()
    [backup] = backup_files(data_dir / "backups")
    dialog = view.restore_file(backup)
    assert dialog is not None
    dialog.use_key.setChecked(True)
    assert dialog.recovery_key.isVisibleTo(dialog) and not dialog.password.isVisibleTo(dialog)
    dialog.recovery_key.setText(recovery_key)
    dialog.new_password.setText("a whole new password")
    dialog.repeat.setText("a whole new passwor")
    assert not dialog.ok_button.isEnabled() and not dialog.message.isVisibleTo(dialog)  # still typing: no "differ"
    dialog.repeat.field.editingFinished.emit()  # left the field
    assert "differ" in dialog.message.text()
    dialog.repeat.setText("a whole new password")
    assert not dialog.message.isVisibleTo(dialog)
    dialog.accept()
    window = ledger.unlock_window
    assert window is not None and "Unlock with your new password." in window.message.text()
    unlock(ledger, "a whole new password")


def test_a_wrong_password_for_a_restore_changes_nothing(ledger: Ledger, view: BackupsView, data_dir: Path) -> None:
    view.back_up_now()
    [backup] = backup_files(data_dir / "backups")
    dialog = view.restore_file(backup)
    assert dialog is not None
    dialog.password.setText("not the password")
    dialog.accept()
    assert ledger.session is not None and ledger.main is not None  # still open
    assert "Wrong password for this backup" in view.message.text()
    assert not any(p.name.startswith((".restore-", "previous-")) for p in data_dir.iterdir())
