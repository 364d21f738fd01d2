"""No plaintext on disk: marker strings held in records and evidence never appear in the backup file, nor in any
file of the data folder, the backup folder or the temporary folder, looked at in the middle of creating, checking
and restoring a backup (when the temporary copies exist) and after."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from contractor_app.backup import create, restore, verify
from contractor_app.backup.keys import Password
from contractor_app.services.backups.restore import restore_backup
from contractor_app.store import snapshot as store_snapshot
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from .conftest import MARKERS, data_key_of, fill_every_kind, table_rows


def leaks(*folders: Path) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path}: {marker!r}" for marker in MARKERS for encoding in ("utf-8", "utf-16-le")
                          if marker.encode(encoding) in data]
    return found


@pytest.mark.parametrize("snapshot", ["in place", "exported"])
def test_markers_never_reach_the_disk_during_backup_check_and_restore(
        snapshot: str, tmp_path: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    records, out, restored = tmp_path / "records", tmp_path / "out", tmp_path / "restored"
    out.mkdir()
    scans: list[str] = []

    def scanning(module: object, name: str) -> None:
        original: Callable[..., object] = getattr(module, name)

        def wrapper(*args: object, **kwargs: object) -> object:
            scans.append(name)
            assert leaks(tmp_path) == [], name  # every folder at once: records, out, restored, tmp
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    if snapshot == "exported":  # no moment of the live file could be had: the snapshot is an SQLCipher export
        monkeypatch.setattr(store_snapshot, "_begin_checkpointed_read", lambda *args: False)
        scanning(create, "describe")  # the snapshot is written, the backup not yet
    else:
        scanning(create, "describe_with")  # the live file is held at its moment, the backup not yet written
    scanning(verify, "verify_vault")  # the copy being checked is unpacked
    scanning(restore, "swap_in")  # the staging copy is complete and checked

    vault, _ = Vault.create(records, PASSWORD)
    with vault:
        fill_every_kind(vault, evidence_bytes=1000)
        create.create_backup(vault, out / "b.clbackup")
    assert verify.verify_backup(out / "b.clbackup", Password(PASSWORD)).ok
    restore_backup(out / "b.clbackup", Password(PASSWORD), restored)

    assert scans == ["describe" if snapshot == "exported" else "describe_with", "verify_vault", "verify_vault",
                     "swap_in"]
    assert leaks(tmp_path) == []
    dump = repr(table_rows(restored / "vault.db", data_key_of(restored)))  # the markers really are in there
    assert all(marker in dump for marker in MARKERS)


def test_the_scan_finds_a_marker_written_in_the_clear(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text(f"x {MARKERS[1]} y", encoding="utf-16-le")
    assert leaks(tmp_path) == [f"{tmp_path / 'plain.txt'}: {MARKERS[1]!r}"]
