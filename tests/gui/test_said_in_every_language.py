"""Pieces of messages that stayed English in every language (the stop-26 notes), each made for real here and read in
the app's real catalogues: a limit's number grouped with the English comma, "page N" in the damaged-records message,
a restore's "(N problem(s) in all)" and the backup check's count (a restore and a check whose copy shows
problems), and a sync round's lines (a sync folder holding a stranger's files)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from contractor_app.backup import restore as backup_restore
from contractor_app.backup import verify as backup_verify
from contractor_app.backup.keys import Password
from contractor_app.errors import BackupDamaged, InvalidInput, LedgerError, Phrase, VaultDamaged
from contractor_app.gui.controller import Ledger
from contractor_app.gui.dialogs import error_text
from contractor_app.services import share
from contractor_app.services.backups.create import back_up_now
from contractor_app.services.backups.restore import restore_backup
from contractor_app.services.clients.lookup import MAX_NOTE, checked_text
from contractor_app.services.sync import SYNC_DIR, sync_status
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..sample import SampleWork, Templates
from .conftest import unlock_copy
from .test_keyboard_and_screen import language as in_language

language = in_language  # the app in the language each test is parametrised with (indirect)


def raised(call, *args, **kwargs) -> LedgerError:  # type: ignore[no-untyped-def]
    with pytest.raises(LedgerError) as caught:
        call(*args, **kwargs)
    return caught.value


GROUPED = {"es": "20.000", "pt_BR": "20.000", "fr": "20\u202f000", "fil": "20,000"}


@pytest.mark.parametrize("language", list(GROUPED), indirect=True)
def test_a_limit_is_grouped_as_the_language_groups_numbers(language: str) -> None:
    error = raised(checked_text, "x" * (MAX_NOTE + 1), "The note", MAX_NOTE)
    assert isinstance(error, InvalidInput) and "20,000" in str(error)  # the command line's English
    text = error_text(error)
    assert GROUPED[language] in text and "limited to" not in text, text
    if language != "fil":
        assert "20,000" not in text


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_a_damaged_page_is_named_in_the_language(language: str, vault: Vault, data_dir: Path) -> None:
    vault.lock()
    db = data_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[100] ^= 0xFF  # inside page 1, which unlocking reads
    db.write_bytes(bytes(data))
    damaged = raised(Vault.unlock, data_dir, PASSWORD)
    assert isinstance(damaged, VaultDamaged) and damaged.what == "page 1"  # as the store names it
    assert error_text(damaged) == "El archivo de tus registros está dañado (página 1)."


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_a_restore_whose_copy_shows_problems_says_them_in_the_language(
        language: str, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = back_up_now(vault, tmp_path / "records.clbackup")
    vault.lock()
    pages = [Phrase("page {number}", number=number) for number in (7, 9, 12)]  # as the page checks name them
    monkeypatch.setattr(backup_restore, "check_copy", lambda staging, unpacked: pages)
    damaged = raised(restore_backup, made.path, Password(PASSWORD), tmp_path / "restored")
    assert isinstance(damaged, BackupDamaged) and "page 7 (3 problem(s) in all)." in str(damaged)
    assert error_text(damaged) == ("Esta copia de seguridad está dañada (contenido). página 7 (3 problema(s) en "
                                   "total). No se restauró ni cambió nada; usa otra copia.")


@pytest.fixture(scope="module")
def two_days(templates: Templates) -> Path:
    return templates(SampleWork(days=2)).folder


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_the_backup_check_counts_its_problems_in_the_language(
        language: str, ledger: Ledger, two_days: Path, data_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    main = unlock_copy(ledger, two_days, data_dir, "backups")
    assert main.session is not None
    made = main.session.read(back_up_now, tmp_path / "records.clbackup")
    damaged = Phrase("damaged: {what}", what=Phrase("page {number}", number=7))  # as the records check names it
    assert damaged == "damaged: page 7"
    monkeypatch.setattr(backup_verify, "check_copy", lambda tmp, unpacked: [damaged])
    main.backups.run_check(made.path, Password(PASSWORD))
    assert main.backups.message.text() == ("\u26a0 Esta copia está dañada: dañado: página 7 (1 problema en total). No "
                                           "se cambió nada; usa otra copia.")


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_folder_of_too_many_shares_is_said_with_the_language_s_grouping(
        language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """It was an English sentence written whole ("holds more than 100,000 share files"): now a template."""
    monkeypatch.setattr(share, "MAX_FILES", 1_000)
    for number in range(1_001):
        (tmp_path / f"{number}.json").write_text("{}")
    error = raised(share.summarize_folder, tmp_path)
    assert str(error) == f"{tmp_path} holds more than 1,000 share files; summarise them in parts."
    assert error_text(error).startswith(f"{tmp_path} contient plus de 1\u202f000 fichiers de partage")
    assert error_text(raised(share.summarize_folder, tmp_path / "0.json")) == (
        f"{tmp_path / '0.json'} n'est pas un dossier de fichiers de partage.")


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_a_sync_round_is_said_in_the_language(qtbot, language: str, ledger: Ledger, two_days: Path,  # type: ignore[no-untyped-def]
                                              data_dir: Path, tmp_path: Path) -> None:
    main = unlock_copy(ledger, two_days, data_dir, "settings")
    section = main.preferences.sync
    folder = tmp_path / "Sync"
    folder.mkdir()
    section.folder.setText(str(folder))
    section.name.setText("laptop")
    qtbot.mouseClick(section.start_button, Qt.MouseButton.LeftButton)
    assert main.session is not None and main.session.read(sync_status) is not None
    stranger = folder / SYNC_DIR / "0123456789abcdef"
    stranger.mkdir()
    (stranger / "hello.cls").write_bytes(b"not a sync file, but long enough to have a header")
    qtbot.mouseClick(section.sync_button, Qt.MouseButton.LeftButton)
    text = section.message.text()
    assert "Rechazado: archivos del dispositivo 01234567 (no es un archivo de sincronización de esta app): no está " \
           "vinculado con esta computadora" in text, text
    assert text.startswith("\u26a0 Se tomaron 0 cambios de tus otros dispositivos.") and "Took" not in text
