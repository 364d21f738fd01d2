"""The rollback witness in backup headers (issue 14): checked at unlock when this computer keeps none of its own."""

from __future__ import annotations

import hashlib
import hmac
import io
import itertools
import json
import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from contractor_app.backup import format, stream
from contractor_app.backup.keys import file_keys
from contractor_app.backup.verify import verify_backup
from contractor_app.backup.witness import backup_witness
from contractor_app.errors import VaultDamaged, VaultRolledBack
from contractor_app.services.backups.create import Password, back_up_now
from contractor_app.services.backups.restore import restore_backup
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.lifecycle import unlock_vault
from contractor_app.store import crypto
from contractor_app.store.keyfile import KeyHeader, canonical_json
from contractor_app.store.vault import Vault
from contractor_app.store.witness import Witness

from ..conftest import PASSWORD, Cli, vault_files
from ..sample import Templates

_MINUTES = itertools.count()


def _change(folder: Path, name: str) -> None:
    with unlock_vault(folder, PASSWORD) as vault:
        add_client(vault, NewClient(name=name, currency="USD"))


def _backup(folder: Path) -> Path:
    """A backup in the backup folder, named a minute after the one before (two in one second would share a name)."""
    with unlock_vault(folder, PASSWORD) as vault:
        return back_up_now(vault, now=datetime(2026, 12, 1, tzinfo=UTC) + timedelta(minutes=next(_MINUTES))).path


def _data_key(folder: Path) -> bytes:
    with Vault.unlock(folder, PASSWORD, check_rollback=False) as vault:
        return vault._key()


def _copy_pair(folder: Path, to: Path) -> None:
    to.mkdir()
    for name in ("vault.db", "vault.key"):
        shutil.copy2(folder / name, to / name)


def _put_back(pair: Path, folder: Path) -> None:
    for name in ("vault.db-wal", "vault.db-shm"):
        (folder / name).unlink(missing_ok=True)
    for name in ("vault.db", "vault.key"):
        shutil.copy2(pair / name, folder / name)


def _splice(target: Path, donor: Path, field: str, out: Path) -> Path:
    """``target`` with ``field`` of its header taken from ``donor``'s, checksum and trailer made to match."""
    raws = []
    for path in (target, donor):
        with open(path, "rb") as handle:
            raws.append(format.read(handle, path.stat().st_size).raw)
    body, other = (json.loads(raw) for raw in raws)
    body[field] = other[field]
    body.pop("checksum")
    body["checksum"] = hashlib.sha256(canonical_json(body)).hexdigest()
    raw = canonical_json(body)
    data = target.read_bytes()
    payload = data[format.PREFIX_BYTES + len(raws[0]): len(data) - format.TRAILER_BYTES]
    out.write_bytes(format.MAGIC + len(raw).to_bytes(4, "big") + raw + payload + format.END_MAGIC
                    + hashlib.sha256(raw).digest())
    return out


@pytest.fixture
def folder(data_dir: Path, templates: Templates) -> Path:
    templates().copy_to(data_dir)
    _change(data_dir, "First")
    return data_dir


def test_both_files_rolled_back_on_a_computer_without_a_witness_are_caught_by_a_newer_backup(
        folder: Path, tmp_path: Path, config_dir: Path, cli: Cli) -> None:
    _copy_pair(folder, tmp_path / "older")
    _change(folder, "Second")
    newest = _backup(folder)
    _put_back(tmp_path / "older", folder)
    shutil.rmtree(config_dir / "witness")  # a new computer, or the config folder wiped
    before = vault_files(folder)

    with pytest.raises(VaultRolledBack, match="a backup holds change") as caught:
        unlock_vault(folder, PASSWORD)
    assert str(newest) in str(caught.value)
    result = cli("list")
    assert result.code == 4 and "older copy" in result.err
    assert vault_files(folder) == before and not (config_dir / "witness").exists()


def test_backups_at_the_records_or_behind_them_are_no_alarm(folder: Path, config_dir: Path) -> None:
    _backup(folder)
    _change(folder, "Second")
    shutil.rmtree(config_dir / "witness")
    unlock_vault(folder, PASSWORD).lock()  # the backup is older than the records: that is normal
    assert list((config_dir / "witness").iterdir())  # and this computer keeps its own witness from now on


def test_a_diverged_copy_at_the_same_change_count_is_caught(folder: Path, tmp_path: Path, config_dir: Path) -> None:
    _copy_pair(folder, tmp_path / "older")
    _change(folder, "Second")
    _backup(folder)
    _put_back(tmp_path / "older", folder)
    shutil.rmtree(config_dir / "witness")
    # The older pair, made to reach the same change count on another path: the backup's chain head differs.
    with Vault.unlock(folder, PASSWORD, backup_witness=None) as vault:
        add_client(vault, NewClient(name="Other", currency="USD"))
    shutil.rmtree(config_dir / "witness")
    with pytest.raises(VaultRolledBack, match="differs from the one a backup holds"):
        unlock_vault(folder, PASSWORD)


def test_a_witness_spliced_from_another_header_is_refused(folder: Path, tmp_path: Path, config_dir: Path) -> None:
    older = _backup(folder)
    _copy_pair(folder, tmp_path / "older")
    _change(folder, "Second")
    _change(folder, "Third")
    newer = _backup(folder)
    key = _data_key(folder)
    vault_id = KeyHeader.read(folder / "vault.key").vault_id
    found_older, found_newer = backup_witness(older, vault_id, key), backup_witness(newer, vault_id, key)
    assert isinstance(found_older, Witness) and isinstance(found_newer, Witness)
    assert found_newer.seq > found_older.seq

    for field in ("key_file", "manifest"):  # the key file with its signed record, or the sealed list of contents
        spliced = _splice(older, newer, field, tmp_path / f"spliced-{field}.clbackup")
        with open(spliced, "rb") as handle:
            format.read(handle, spliced.stat().st_size)  # a well-formed header: only the seal can tell
        assert backup_witness(spliced, vault_id, key) is None
    assert backup_witness(newer, vault_id, b"\x00" * 32) is None  # another data key (before a re-key): no evidence

    # Spliced in place of the newer backup, it does not count as evidence: the older records open.
    shutil.move(_splice(older, newer, "key_file", tmp_path / "s.clbackup"), newer)
    _put_back(tmp_path / "older", folder)
    shutil.rmtree(config_dir / "witness")
    unlock_vault(folder, PASSWORD).lock()


def test_a_restore_on_purpose_is_not_taken_for_a_rollback_on_another_computer(
        folder: Path, config_dir: Path) -> None:
    older = _backup(folder)
    _change(folder, "Second")
    _backup(folder)  # newer than what is restored, and left in the backup folder

    restore_backup(older, Password(PASSWORD), folder)
    restored = KeyHeader.read(folder / "vault.key")
    assert restored.restored_over > restored.rollback.seq and restored.rollback_authentic(_data_key(folder))
    shutil.rmtree(config_dir / "witness", ignore_errors=True)  # now on another computer
    with unlock_vault(folder, PASSWORD) as vault:
        add_client(vault, NewClient(name="After the restore", currency="USD"))
    assert KeyHeader.read(folder / "vault.key").restored_over == restored.restored_over  # kept as records change
    shutil.rmtree(config_dir / "witness")
    unlock_vault(folder, PASSWORD).lock()


def test_a_forged_restored_over_fails_the_key_files_check(folder: Path, tmp_path: Path, config_dir: Path) -> None:
    _copy_pair(folder, tmp_path / "older")
    _change(folder, "Second")
    _backup(folder)
    _put_back(tmp_path / "older", folder)
    shutil.rmtree(config_dir / "witness")
    body = json.loads((folder / "vault.key").read_bytes())
    body.pop("checksum")
    body["restored_over"] = 10**6  # a thief's "it was a restore": the checksum anyone can recompute, the MAC not
    body["checksum"] = hashlib.sha256(canonical_json(body)).hexdigest()
    (folder / "vault.key").write_bytes(json.dumps(body).encode())
    with pytest.raises(VaultDamaged, match="fails its check"):
        unlock_vault(folder, PASSWORD)


def _as_format_1_key_file(backup: Path, data_key: bytes, out: Path) -> Path:
    """``backup`` rewritten as the app wrote it before key file format 2: its embedded key file at version 1 (a
    recovery slot wrapped with an HKDF of the recovery key, the rollback MAC over the record alone)."""
    with open(backup, "rb") as handle:
        header = format.read(handle, backup.stat().st_size)
        keys = file_keys(data_key, header.payload_salt)
        manifest = crypto.unwrap(keys.manifest, header.manifest, header.manifest_ad)
        payload = io.BytesIO()
        stream.unseal(keys.payload, header.digest, handle, header.snapshot_bytes, payload.write)
    old = replace(header.key_file, version=1, recovery_public=None)
    old = replace(old, recovery_slot=crypto.wrap(crypto.recovery_kek(crypto.new_recovery_key(), old.recovery_salt),
                                                 data_key, old.recovery_ad()))
    message = canonical_json({"vault_id": old.vault_id, "seq": old.rollback.seq, "head": old.rollback.head})
    old = replace(old, rollback=replace(old.rollback, mac=hmac.new(crypto.subkey(data_key, "rollback record"),
                                                                   message, hashlib.sha256).hexdigest()))
    fields = format.draft(vault_id=header.vault_id, created_at=header.created_at, app_version=header.app_version,
                          snapshot_bytes=header.snapshot_bytes, key_file=old, payload_salt=header.payload_salt)
    assert manifest is not None
    rebuilt = format.finish(fields, crypto.wrap(keys.manifest, manifest, canonical_json(fields)))
    with open(out, "wb") as sink:
        sink.write(rebuilt.prefix())
        payload.seek(0)
        stream.seal(keys.payload, rebuilt.digest, payload, header.snapshot_bytes, sink)
        sink.write(rebuilt.trailer())
    return out


def test_backups_with_an_older_key_file_format_are_witnesses_too(folder: Path, tmp_path: Path,
                                                                  config_dir: Path) -> None:
    _copy_pair(folder, tmp_path / "older")
    _change(folder, "Second")
    newest = _backup(folder)
    key = _data_key(folder)
    shutil.move(_as_format_1_key_file(newest, key, tmp_path / "old-format.clbackup"), newest)
    assert verify_backup(newest, Password(PASSWORD)).ok  # an old backup, still read whole
    with open(newest, "rb") as handle:
        assert format.read(handle, newest.stat().st_size).key_file.version == 1
    _put_back(tmp_path / "older", folder)
    shutil.rmtree(config_dir / "witness")
    with pytest.raises(VaultRolledBack, match="a backup holds change"):
        unlock_vault(folder, PASSWORD)


def test_verify_names_the_backup_the_unlock_refuses_for(folder: Path, tmp_path: Path, config_dir: Path,
                                                        cli: Cli) -> None:
    _copy_pair(folder, tmp_path / "older")
    _change(folder, "Second")
    _backup(folder)
    _put_back(tmp_path / "older", folder)
    shutil.rmtree(config_dir / "witness")
    result = cli("verify")
    assert result.code == 4 and "PROBLEM: rolled back" in result.out and "a backup holds change" in result.out
