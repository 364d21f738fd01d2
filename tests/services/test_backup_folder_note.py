"""The backup folder the settings name is noted beside the records, so that damaged records (whose settings cannot
be read) still find their latest backup there; the note is read as hostile."""

from __future__ import annotations

import stat
from pathlib import Path

from contractor_app.services.backups.create import back_up_now
from contractor_app.services.backups.listing import backup_folders_of, latest_backup_of
from contractor_app.services.backups.schedule import FOLDER_NOTE_NAME, BackupSettings, save_settings
from contractor_app.store.vault import Vault


def test_the_named_folder_is_noted_and_its_backups_found_without_the_records(vault: Vault, tmp_path: Path) -> None:
    data = vault.paths.folder
    elsewhere = tmp_path / "elsewhere"
    assert backup_folders_of(data) == [data / "backups"] and latest_backup_of(data) is None
    save_settings(vault, BackupSettings(folder=str(elsewhere)))
    note = data / FOLDER_NOTE_NAME
    assert note.read_text() == str(elsewhere) and stat.S_IMODE(note.stat().st_mode) == 0o600
    first = back_up_now(vault)
    assert backup_folders_of(data) == [data / "backups", elsewhere]
    assert latest_backup_of(data) == latest_backup_of(data, vault.vault_id) == (
        latest_backup_of(data)[0], first.path)  # type: ignore[index]

    save_settings(vault, BackupSettings())  # back to the default folder: the note goes
    assert not note.exists() and backup_folders_of(data) == [data / "backups"]
    second = back_up_now(vault)
    assert latest_backup_of(data) is not None and latest_backup_of(data)[1] == second.path  # type: ignore[index]


def test_a_note_written_before_is_made_again_by_the_next_backup(vault: Vault, tmp_path: Path) -> None:
    save_settings(vault, BackupSettings(folder=str(tmp_path / "elsewhere")))
    (vault.paths.folder / FOLDER_NOTE_NAME).unlink()  # settings saved by an older version: no note
    back_up_now(vault)
    assert (vault.paths.folder / FOLDER_NOTE_NAME).read_text() == str(tmp_path / "elsewhere")


def test_a_hostile_note_is_ignored(tmp_path: Path) -> None:
    note = tmp_path / FOLDER_NOTE_NAME
    for content in (b"relative/folder", b"\xff\xfe not text", b"/" + b"a" * 5000, b"/one\n/two"):
        note.write_bytes(content)
        assert backup_folders_of(tmp_path) == [tmp_path / "backups"], content
    note.unlink()
    note.mkdir()  # a folder where the note should be
    assert backup_folders_of(tmp_path) == [tmp_path / "backups"]
