"""The vault's lifecycle on real SQLCipher files: create, lock, unlock, passwords, the recovery key, and refusals."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from contractor_app.errors import InvalidInput, NewerVersion, VaultLocked, VaultMissing, WrongPassword
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.profile import Profile, save_profile
from contractor_app.store.crypto import new_recovery_key
from contractor_app.store.models import Base
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, Cli, Result, vault_files
from ..sample import Sample as Template
from ..sample import Templates

NEW_PASSWORD = "a brand new passphrase"
RECOVERY_KEY = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}\b")


def record_some_work(vault: Vault) -> None:
    add_client(vault, NewClient(name="Acme Labeling", currency="USD"))
    start = datetime(2026, 3, 2, 14, tzinfo=UTC)
    for day in range(3):
        log_work(vault, NewEntry(client="Acme Labeling", start=start + timedelta(days=day),
                                 end=start + timedelta(days=day, hours=2), tz="UTC", note=f"batch {day}"))


def snapshot(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, audit events included: equal snapshots mean the data did not change."""
    with vault.reading() as session:
        return {table.name: [tuple(row) for row in session.execute(select(table))]
                for table in Base.metadata.sorted_tables}


def unlocked_snapshot(folder: Path, password: str) -> dict[str, list[tuple[Any, ...]]]:
    with Vault.unlock(folder, password) as vault:
        return snapshot(vault)


def rewrite_header(path: Path, **changes: Any) -> None:
    """Change fields of the key header and recompute its checksum as keyfile.py does (SHA-256 of canonical JSON)."""
    body = json.loads(path.read_text(encoding="utf-8"))
    body.pop("checksum")
    body.update(changes)
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    body["checksum"] = hashlib.sha256(canonical).hexdigest()
    path.write_text(json.dumps(body, sort_keys=True, indent=1) + "\n", encoding="utf-8")


def assert_one_line_error(result: Result, code: int, message: str) -> None:
    assert result.code == code, (result.out, result.err)
    assert message in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err


def profile_in_utc(vault: Vault) -> None:
    save_profile(vault, Profile(timezone="UTC"))


@pytest.fixture(scope="module")
def template(templates: Templates) -> Template:
    """A locked vault with a profile, a client and three entries, made once; tests work on copies."""
    return templates(profile_in_utc, record_some_work)


@pytest.fixture
def ready(template: Template, cli: Cli) -> Cli:
    shutil.copytree(template.folder, cli.data_dir)
    return cli


# --- create, lock, unlock -----------------------------------------------------------------------------------

def test_create_lock_unlock_round_trip(data_dir: Path) -> None:
    vault, recovery_key = Vault.create(data_dir, PASSWORD)
    assert RECOVERY_KEY.fullmatch(recovery_key)
    record_some_work(vault)
    before, vault_id = snapshot(vault), vault.vault_id
    assert len(before["work_entries"]) == 3
    vault.lock()
    assert vault.is_locked
    assert not (data_dir / "vault.db-wal").exists()  # locking checkpoints the WAL into vault.db

    with Vault.unlock(data_dir, PASSWORD) as again:
        assert again.vault_id == vault_id
        assert snapshot(again) == before


def test_second_create_refuses_and_changes_nothing(ready: Cli) -> None:
    before = vault_files(ready.data_dir)
    with pytest.raises(InvalidInput, match="already records"):
        Vault.create(ready.data_dir, NEW_PASSWORD)
    assert_one_line_error(ready("init", "--timezone", "UTC", password=NEW_PASSWORD), 1, "already records")
    assert vault_files(ready.data_dir) == before
    assert ready("list").code == 0  # the original password still opens the original records


def test_locked_vault_refuses_sessions(ready: Cli) -> None:
    vault = Vault.unlock(ready.data_dir, PASSWORD)
    vault.lock()
    with pytest.raises(VaultLocked):
        with vault.unit_of_work():
            pass
    with pytest.raises(VaultLocked):
        with vault.reading():
            pass


def test_missing_vault(data_dir: Path, cli: Cli) -> None:
    data_dir.mkdir()
    with pytest.raises(VaultMissing):
        Vault.unlock(data_dir, PASSWORD)
    assert_one_line_error(cli("list"), 1, "No records found")
    assert list(data_dir.iterdir()) == []  # nothing was created by the failed unlock


# --- wrong password -----------------------------------------------------------------------------------------

def test_wrong_password_exits_3_and_touches_no_file(ready: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTRACTOR_APP_NEW_PASSWORD", NEW_PASSWORD)  # so `passwd` gets as far as the old one
    before = vault_files(ready.data_dir)
    assert {"vault.db", "vault.key"} <= before.keys()
    for command in (("list",), ("verify",), ("passwd",),
                    ("log", "--client", "acme", "--start", "2026-03-03T09:00", "--end", "2026-03-03T10:00")):
        assert_one_line_error(ready(*command, password="not the password"), 3, "Wrong password")
    with pytest.raises(WrongPassword):
        Vault.unlock(ready.data_dir, PASSWORD + "!")
    assert vault_files(ready.data_dir) == before


# --- password change ----------------------------------------------------------------------------------------

def test_change_password_rewraps_and_keeps_the_data(ready: Cli) -> None:
    data_dir = ready.data_dir
    recorded = unlocked_snapshot(data_dir, PASSWORD)
    with Vault.unlock(data_dir, PASSWORD) as vault:
        before = vault_files(data_dir)
        with pytest.raises(WrongPassword):
            vault.change_password("not the password", NEW_PASSWORD)
        with pytest.raises(InvalidInput):
            vault.change_password(PASSWORD, "short")
        assert vault_files(data_dir) == before  # refused changes wrote nothing
        vault.change_password(PASSWORD, NEW_PASSWORD)

    with pytest.raises(WrongPassword):
        Vault.unlock(data_dir, PASSWORD)
    assert unlocked_snapshot(data_dir, NEW_PASSWORD) == recorded


def test_passwd_command(ready: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    listed = ready("list", "--format", "json").out
    monkeypatch.setenv("CONTRACTOR_APP_NEW_PASSWORD", NEW_PASSWORD)
    result = ready("passwd")
    assert result.code == 0, result.err
    assert "Password changed" in result.out
    assert_one_line_error(ready("list"), 3, "Wrong password")
    after = ready("list", "--format", "json", password=NEW_PASSWORD)
    assert after.code == 0 and after.out == listed


# --- recovery key -------------------------------------------------------------------------------------------

def test_recovery_key_sets_a_new_password_and_keeps_the_data(ready: Cli, template: Template) -> None:
    data_dir, recovery_key = ready.data_dir, template.recovery_key
    before = unlocked_snapshot(data_dir, PASSWORD)
    assert before["work_entries"]
    typed = recovery_key.lower().replace("-", " ")  # as a person might copy it from paper

    with Vault.unlock_with_recovery_key(data_dir, typed, NEW_PASSWORD) as recovered:
        assert snapshot(recovered) == before
    with pytest.raises(WrongPassword):
        Vault.unlock(data_dir, PASSWORD)
    assert unlocked_snapshot(data_dir, NEW_PASSWORD) == before
    # The recovery key keeps working after it was used.
    Vault.unlock_with_recovery_key(data_dir, recovery_key, PASSWORD).lock()
    assert unlocked_snapshot(data_dir, PASSWORD) == before


def test_wrong_or_malformed_recovery_key_changes_nothing(ready: Cli) -> None:
    data_dir = ready.data_dir
    other_key = new_recovery_key()  # well formed, but not this vault's
    before = vault_files(data_dir)
    with pytest.raises(WrongPassword, match="recovery key"):
        Vault.unlock_with_recovery_key(data_dir, other_key, NEW_PASSWORD)
    for malformed in ("ABCD-EFGH", other_key + "-ABCD", "not a key at all!", ""):
        with pytest.raises(InvalidInput, match="not a recovery key"):
            Vault.unlock_with_recovery_key(data_dir, malformed, NEW_PASSWORD)
    assert vault_files(data_dir) == before
    Vault.unlock(data_dir, PASSWORD).lock()


def test_passwd_recovery_command(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    match = RECOVERY_KEY.search(cli.init().out)
    assert match is not None
    assert cli("client", "add", "Acme Labeling", "--rate", "20/h").code == 0
    assert cli("log", "--client", "acme", "--start", "2026-03-02T09:00", "--end", "2026-03-02T11:00").code == 0
    listed = cli("list", "--format", "json").out
    assert '"worked_seconds": 7200' in listed
    monkeypatch.setenv("CONTRACTOR_APP_NEW_PASSWORD", NEW_PASSWORD)

    monkeypatch.setenv("CONTRACTOR_APP_RECOVERY_KEY", "ABCD-" * 7 + "ABCE")  # valid form, wrong key
    assert_one_line_error(cli("passwd", "--recovery", password=None), 3, "recovery key")
    monkeypatch.setenv("CONTRACTOR_APP_RECOVERY_KEY", "1234")
    assert_one_line_error(cli("passwd", "--recovery", password=None), 1, "not a recovery key")

    monkeypatch.setenv("CONTRACTOR_APP_RECOVERY_KEY", match.group(0))
    result = cli("passwd", "--recovery", password=None)
    assert result.code == 0, result.err
    assert_one_line_error(cli("list"), 3, "Wrong password")
    assert cli("list", "--format", "json", password=NEW_PASSWORD).out == listed


# --- a key file from a newer version ------------------------------------------------------------------------

def test_key_header_from_a_newer_version_says_so_and_exits_4(ready: Cli) -> None:
    """The version field is not authenticated (anyone can recompute the checksum), so "newer" cannot be told from
    "changed": the message names both, and the exit code is that of a file this app cannot trust (docs/security.md,
    "Unknown versions")."""
    key_file = ready.data_dir / "vault.key"
    rewrite_header(key_file, version=3)
    with pytest.raises(NewerVersion):
        Vault.unlock(ready.data_dir, PASSWORD)
    result = ready("list")
    assert_one_line_error(result, 4, "newer version")
    assert "or the file was changed" in result.err

    rewrite_header(key_file, version=2)  # the same header at the current version opens: only the version mattered
    assert ready("list").code == 0
