"""The key hierarchy's promises (issue 14): a password change locks out the old password even with an older copy
of the key file; a rollback of both files is caught by the witness outside the data folder; a rollback record
cannot be spliced into another header; the environment cannot weaken a vault, and a weak one is strengthened."""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from contractor_app.errors import LedgerError, VaultDamaged, VaultRolledBack, WrongPassword
from contractor_app.services.verify import verify_vault
from contractor_app.store import crypto, rekey
from contractor_app.store.keyfile import KeyHeader, canonical_json
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, Cli
from ..kdf import REAL, REPO
from .test_vault import (  # noqa: F401 (fixtures)
    NEW_PASSWORD,
    RECOVERY_KEY,
    Template,
    assert_one_line_error,
    ready,
    record_some_work,
    snapshot,
    template,
    unlocked_snapshot,
)


def swap_in_key_file(folder: Path, key_file: bytes) -> None:
    (folder / "vault.key").write_bytes(key_file)


def assert_does_not_open(folder: Path, password: str) -> None:
    with pytest.raises((WrongPassword, VaultDamaged)):
        Vault.unlock(folder, password, check_rollback=False).lock()


# --- 1. a password change moves the records to a new data key ------------------------------------------------

def test_an_old_key_file_and_the_old_password_do_not_open_the_vault_after_passwd(
        ready: Cli, template: Template, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = ready.data_dir
    before = unlocked_snapshot(folder, PASSWORD)
    old_key_file = (folder / "vault.key").read_bytes()  # cloud version history keeps this
    monkeypatch.setenv("CONTRACTOR_APP_NEW_PASSWORD", NEW_PASSWORD)
    result = ready("passwd")
    assert result.code == 0, result.err
    assert "Your recovery key still works" in result.out and "Backups made before" in result.out

    with Vault.unlock(folder, NEW_PASSWORD) as vault:
        assert snapshot(vault) == before  # every record, and the audit chain, is there
        assert verify_vault(vault).ok
    new_key_file = (folder / "vault.key").read_bytes()
    swap_in_key_file(folder, old_key_file)
    assert_does_not_open(folder, PASSWORD)
    swap_in_key_file(folder, new_key_file)
    # The recovery key was sealed again without being asked for.
    with Vault.unlock_with_recovery_key(folder, template.recovery_key, PASSWORD) as vault:
        assert snapshot(vault) == before
    assert not any(p.name.startswith(("vault.db.rekey", "vault.key.pending")) for p in folder.iterdir())


def test_recovery_moves_the_records_to_a_new_key_too(ready: Cli, template: Template) -> None:
    folder = ready.data_dir
    old_key_file = (folder / "vault.key").read_bytes()
    Vault.unlock_with_recovery_key(folder, template.recovery_key, NEW_PASSWORD).lock()
    swap_in_key_file(folder, old_key_file)
    assert_does_not_open(folder, PASSWORD)


def test_rekey_with_a_new_recovery_key(ready: Cli, template: Template) -> None:
    folder = ready.data_dir
    before = unlocked_snapshot(folder, PASSWORD)
    old_key_file = (folder / "vault.key").read_bytes()
    result = ready("rekey", "--new-recovery-key")
    assert result.code == 0, result.err
    issued = RECOVERY_KEY.search(result.out)
    assert issued and issued.group(0) != template.recovery_key
    assert "old one no longer works" in result.out and "password is unchanged" in result.out

    assert unlocked_snapshot(folder, PASSWORD) == before  # same password, new data key
    with pytest.raises(WrongPassword, match="recovery key"):
        Vault.unlock_with_recovery_key(folder, template.recovery_key, NEW_PASSWORD)
    with Vault.unlock_with_recovery_key(folder, issued.group(0), NEW_PASSWORD) as vault:
        assert verify_vault(vault).ok
    swap_in_key_file(folder, old_key_file)
    assert_does_not_open(folder, PASSWORD)


def test_a_format_1_key_file_gets_a_new_recovery_key_at_its_first_password_change(data_dir: Path) -> None:
    """Format 1 sealed the data key with an HKDF of the recovery key: it cannot be sealed again without it."""
    vault, _ = Vault.create(data_dir, PASSWORD)
    with vault:
        record_some_work(vault)
        key = vault._key()
    header = KeyHeader.read(data_dir / "vault.key")
    old_recovery = crypto.new_recovery_key()
    v1 = replace(header, version=1, recovery_public=None)
    v1 = replace(v1, recovery_slot=crypto.wrap(crypto.recovery_kek(old_recovery, v1.recovery_salt), key,
                                               v1.recovery_ad()))
    message = canonical_json({"vault_id": v1.vault_id, "seq": v1.rollback.seq, "head": v1.rollback.head})
    mac = hmac.new(crypto.subkey(key, "rollback record"), message, hashlib.sha256).hexdigest()
    (data_dir / "vault.key").write_bytes(replace(v1, rollback=replace(v1.rollback, mac=mac)).to_bytes())
    assert json.loads((data_dir / "vault.key").read_text())["version"] == 1

    with Vault.unlock(data_dir, PASSWORD) as opened:  # format 1 still opens
        before = snapshot(opened)
        issued = opened.change_password(PASSWORD, NEW_PASSWORD)
    assert issued is not None and KeyHeader.read(data_dir / "vault.key").version == 2
    with pytest.raises(WrongPassword):
        Vault.unlock_with_recovery_key(data_dir, old_recovery, PASSWORD)
    with Vault.unlock_with_recovery_key(data_dir, issued, PASSWORD) as opened:
        assert snapshot(opened) == before


def write_with_checksum(path: Path, body: dict) -> None:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    path.write_text(json.dumps({**body, "checksum": hashlib.sha256(canonical).hexdigest()}, sort_keys=True))


@pytest.mark.parametrize("stop", ["before the commit point", "after the commit point", "after the database moved"])
def test_an_interrupted_rekey_opens_with_the_old_or_the_new_password(
        ready: Cli, monkeypatch: pytest.MonkeyPatch, stop: str) -> None:
    folder = ready.data_dir
    before = unlocked_snapshot(folder, PASSWORD)

    class Killed(BaseException):
        pass

    def kill(*_: object) -> None:
        raise Killed

    def move_the_database_only(new_db: Path, pending: Path, db: Path, key: Path) -> None:
        new_db.replace(db)
        raise Killed

    if stop == "before the commit point":
        monkeypatch.setattr(rekey, "atomic_write", kill)
    elif stop == "after the commit point":
        monkeypatch.setattr(rekey, "_roll_forward", kill)
    else:
        monkeypatch.setattr(rekey, "_roll_forward", move_the_database_only)
    vault = Vault.unlock(folder, PASSWORD)
    with pytest.raises(Killed):
        vault.change_password(PASSWORD, NEW_PASSWORD)
    vault._data_key = None  # the process died: nothing of it survives
    monkeypatch.undo()

    works, fails = (PASSWORD, NEW_PASSWORD) if stop == "before the commit point" else (NEW_PASSWORD, PASSWORD)
    with pytest.raises(WrongPassword):
        Vault.unlock(folder, fails)
    with Vault.unlock(folder, works) as opened:
        assert snapshot(opened) == before
        assert verify_vault(opened).ok
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == ["vault.db", "vault.key", "vault.lock"]


def test_rekey_is_refused_while_another_process_has_the_records_open(ready: Cli) -> None:
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from tests.kdf import use_fast_kdf; use_fast_kdf(); "
         "from contractor_app.store.vault import Vault; vault = Vault.unlock(sys.argv[1], sys.argv[2]); "
         "print('open', flush=True); time.sleep(60)", str(ready.data_dir), PASSWORD],
        stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        vault = Vault.unlock(ready.data_dir, PASSWORD)
        with vault:
            if not (ready.data_dir / "vault.db-shm").exists():
                pytest.skip("the other process did not map the WAL index")
            before = (ready.data_dir / "vault.key").read_bytes()
            with pytest.raises(LedgerError, match="open in another window"):
                vault.rekey(PASSWORD)
            assert (ready.data_dir / "vault.key").read_bytes() == before
            assert snapshot(vault)  # still usable
    finally:
        holder.kill()
        holder.wait()


# --- 2. rollback of both files together, and spliced rollback records ----------------------------------------

def test_rolling_back_both_files_is_caught_by_the_witness(ready: Cli, config_dir: Path) -> None:
    folder = ready.data_dir
    assert ready("list").code == 0  # this computer sees the records: the witness is written
    older = {name: (folder / name).read_bytes() for name in ("vault.db", "vault.key")}
    assert ready("log", "--client", "acme", "--start", "2026-03-09T09:00", "--end", "2026-03-09T10:00").code == 0
    for name, data in older.items():  # a cloud folder's version history restores the pair
        (folder / name).write_bytes(data)

    result = ready("list")
    assert_one_line_error(result, 4, "replaced by an older copy")
    assert "this computer saw change" in result.err and "backup restore" in result.err
    with pytest.raises(VaultRolledBack):
        Vault.unlock(folder, PASSWORD)
    # Without this computer's witness, the newer automatic backup gives it away (tests/backup/test_backup_witness.py).
    shutil.rmtree(config_dir / "witness")
    result = ready("list")
    assert result.code == 4 and "a backup holds change" in result.err
    # What is not detected (docs/security.md): whoever also deletes the config folder and the newer backups.
    shutil.rmtree(folder / "backups")
    assert ready("list").code == 0


def test_a_restore_asked_for_is_not_a_rollback_and_the_witness_follows_it(ready: Cli, config_dir: Path,
                                                                           tmp_path: Path) -> None:
    """The witness must not refuse the older records of a restore the worker asked for, and must protect them
    from then on (docs/security.md, "Rollback")."""
    backup = tmp_path / "older.clbackup"
    assert ready("backup", "create", "-o", str(backup)).code == 0
    assert ready("log", "--client", "acme", "--start", "2026-03-09T09:00", "--end", "2026-03-09T10:00").code == 0
    result = ready("backup", "restore", str(backup))  # records older than this computer's witness, on purpose
    assert result.code == 0, result.err
    assert ready("list").code == 0
    restored = {name: (ready.data_dir / name).read_bytes() for name in ("vault.db", "vault.key")}
    assert ready("log", "--client", "acme", "--start", "2026-03-10T09:00", "--end", "2026-03-10T10:00").code == 0
    for name, data in restored.items():
        (ready.data_dir / name).write_bytes(data)
    assert_one_line_error(ready("list"), 4, "replaced by an older copy")


def test_a_witness_that_fails_its_check_is_ignored_and_rewritten(ready: Cli, config_dir: Path) -> None:
    assert ready("list").code == 0
    (witness,) = (config_dir / "witness").iterdir()
    body = json.loads(witness.read_text())
    witness.write_text(json.dumps({**body, "seq": body["seq"] + 5}))  # forged forward: its MAC fails
    assert ready("list").code == 0
    assert json.loads(witness.read_text()) == body


@pytest.mark.slow
def test_a_rollback_record_spliced_from_another_header_is_refused(ready: Cli, monkeypatch: pytest.MonkeyPatch
                                                                   ) -> None:
    """Two headers of the same data key: the first, and the one an unlock strengthened (new KDF and password
    slot). A record from the first, pasted into the second with its checksum redone, must fail its MAC."""
    folder = ready.data_dir
    older_header = json.loads((folder / "vault.key").read_text())
    assert ready("log", "--client", "acme", "--start", "2026-03-09T09:00", "--end", "2026-03-09T10:00").code == 0
    monkeypatch.setattr(crypto, "POLICY", REAL)
    assert ready("list").code == 0  # strengthens the key file, keeping the data key
    current = json.loads((folder / "vault.key").read_text())
    assert current["kdf"] != older_header["kdf"] and current["rollback"] != older_header["rollback"]
    current.pop("checksum")
    current["rollback"] = older_header["rollback"]
    write_with_checksum(folder / "vault.key", current)
    assert_one_line_error(ready("list"), 4, "latest change fails its check")


# --- 5. no test switch in production ----------------------------------------------------------------------------

@pytest.mark.slow
def test_the_environment_cannot_weaken_a_new_vault(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "POLICY", REAL)
    monkeypatch.setenv("CONTRACTOR_APP_FAST_KDF", "1")
    Vault.create(data_dir, PASSWORD)[0].lock()
    kdf = KeyHeader.read(data_dir / "vault.key").kdf
    assert kdf.memory_kib == 64 * 1024 and kdf.lanes == 4 and kdf.iterations >= 2


@pytest.mark.slow
def test_a_key_file_below_the_floor_is_strengthened_at_the_next_unlock(
        ready: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = ready.data_dir
    before = unlocked_snapshot(folder, PASSWORD)
    assert KeyHeader.read(folder / "vault.key").kdf.memory_kib == 256  # made with the tests' fast KDF
    monkeypatch.setattr(crypto, "POLICY", REAL)
    with Vault.unlock(folder, PASSWORD) as vault:
        assert snapshot(vault) == before
    kdf = KeyHeader.read(folder / "vault.key").kdf
    assert kdf.memory_kib == 64 * 1024 and kdf.iterations >= 2
    with Vault.unlock(folder, PASSWORD) as vault:  # opens with the strengthened file, which is not re-written
        assert snapshot(vault) == before
    assert KeyHeader.read(folder / "vault.key").kdf == kdf
