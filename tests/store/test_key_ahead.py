"""The password's key derived in a thread while the database layer loads (store/key_ahead.py, issue 18).

The unlock must come out exactly as before: the right data key when the key file still asks for the derivation made
ahead, another derivation when it does not, and the usual errors (wrong password, no records) with nothing changed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from contractor_app.errors import VaultDamaged, VaultMissing, WrongPassword
from contractor_app.services import lifecycle
from contractor_app.store import vault as vault_module
from contractor_app.store.crypto import KdfParams
from contractor_app.store.key_ahead import KeyAhead
from contractor_app.store.keyfile import KeyHeader
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, vault_files
from ..sample import Templates, TwoClients

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of the thread of each key derivation made from here on."""
    made: list[str] = []
    derive = KdfParams.derive

    def counted(self: KdfParams, password: str) -> bytes:
        made.append(threading.current_thread().name)
        return derive(self, password)

    monkeypatch.setattr(KdfParams, "derive", counted)
    return made


def records(data_dir: Path, templates: Templates) -> Path:
    """A worker with two clients, no work yet."""
    return templates(TwoClients()).copy_to(data_dir)


def test_an_unlock_derives_the_key_once_in_the_thread_started_before_the_store_loads(
        data_dir: Path, templates: Templates, derivations: list[str]) -> None:
    folder = records(data_dir, templates)
    derivations.clear()  # making the session's template derives too
    with lifecycle.unlock_vault(folder, PASSWORD) as vault:
        assert vault.chain_head().seq >= 0
    assert derivations == ["key derivation"]


def test_a_key_file_changed_since_the_derivation_ahead_is_derived_again(
        data_dir: Path, templates: Templates, tmp_path: Path, derivations: list[str]) -> None:
    """Another vault's key file (its own salt) stands for one that a finished restore or password change put in
    place after the derivation ahead began: the unlock derives again, and opens."""
    folder = records(data_dir, templates)
    Vault.create(tmp_path / "other", PASSWORD)[0].lock()
    derivations.clear()
    with Vault.unlock(folder, PASSWORD, key_ahead=KeyAhead(tmp_path / "other" / "vault.key", PASSWORD)) as vault:
        assert vault.chain_head().seq >= 0
    assert sorted(derivations) == ["MainThread", "key derivation"]


def test_a_derivation_ahead_of_another_password_is_not_used(data_dir: Path, templates: Templates,
                                                             derivations: list[str]) -> None:
    folder = records(data_dir, templates)
    derivations.clear()
    with Vault.unlock(folder, PASSWORD, key_ahead=KeyAhead(folder / "vault.key", PASSWORD + "x")) as vault:
        assert vault.chain_head().seq >= 0
    assert sorted(derivations) == ["MainThread", "key derivation"]
    with pytest.raises(WrongPassword):
        Vault.unlock(folder, PASSWORD + "x", key_ahead=KeyAhead(folder / "vault.key", PASSWORD))


def test_a_wrong_password_is_still_refused_and_changes_nothing(data_dir: Path, templates: Templates,
                                                               derivations: list[str]) -> None:
    folder = records(data_dir, templates)
    before = vault_files(folder)
    derivations.clear()
    with pytest.raises(WrongPassword):
        lifecycle.unlock_vault(folder, PASSWORD + "x")
    assert vault_files(folder) == before
    assert derivations == ["key derivation"]


def derivation_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "key derivation"]


def test_an_unlock_that_fails_before_the_key_is_handed_over_waits_for_the_derivation(
        data_dir: Path, templates: Templates, monkeypatch: pytest.MonkeyPatch) -> None:
    """A restore that cannot be finished (or any error before the hand-over) raises as before, and no derivation
    is left running, holding the password and its key, behind the error."""
    folder = records(data_dir, templates)
    derive = KdfParams.derive

    def slow(self: KdfParams, password: str) -> bytes:
        time.sleep(0.3)
        return derive(self, password)

    def unfinishable(folder: Path) -> None:
        raise VaultDamaged("interrupted restore", "It could not be finished.")

    monkeypatch.setattr(KdfParams, "derive", slow)
    monkeypatch.setattr(vault_module, "finish_interrupted_swap", unfinishable)
    with pytest.raises(VaultDamaged):
        lifecycle.unlock_vault(folder, PASSWORD)
    assert derivation_threads() == []


def test_a_derivation_not_handed_over_is_dropped_when_closed(data_dir: Path, templates: Templates) -> None:
    folder = records(data_dir, templates)
    ahead = KeyAhead(folder / "vault.key", PASSWORD)
    ahead.close()
    assert derivation_threads() == []
    assert ahead.kek_for(KeyHeader.read(folder / "vault.key").kdf, PASSWORD) is None  # nothing kept to hand over


def test_no_records_is_still_said_as_before(tmp_path: Path, derivations: list[str]) -> None:
    with pytest.raises(VaultMissing):
        lifecycle.unlock_vault(tmp_path / "nothing", PASSWORD)
    assert derivations == []


@pytest.mark.parametrize("command", [["list"], ["summary"], ["client", "list"], ["timer", "status"],
                                     ["timer", "start", "--client", "Acme"],
                                     ["log", "--client", "Acme", "--start", "2026-11-02T09:00", "--end",
                                      "2026-11-02T10:00"]])
def test_the_cli_starts_deriving_before_sqlalchemy_loads(data_dir: Path, templates: Templates,
                                                          command: list[str]) -> None:
    """What lets the KDF hide the imports: in a fresh everyday command, the derivation starts in its own thread
    while SQLAlchemy and the models are not yet loaded, and the store loads while it runs."""
    folder = records(data_dir, templates)
    code = ("import sys, threading\n"
            "from tests.kdf import use_fast_kdf; use_fast_kdf()\n"  # as made: not strengthened at this unlock
            "from contractor_app.store.crypto import KdfParams\n"
            "derive = KdfParams.derive\n"
            "def watched(self, password):\n"
            "    print('DERIVE', threading.current_thread().name, 'sqlalchemy' in sys.modules, flush=True)\n"
            "    return derive(self, password)\n"
            "KdfParams.derive = watched\n"
            "from contractor_app.cli.main import main\n"
            "sys.exit(main(['--data-dir', *sys.argv[1:]]))\n")
    env = {**os.environ, "CONTRACTOR_APP_PASSWORD": PASSWORD}
    result = subprocess.run([sys.executable, "-c", code, str(folder), *command], cwd=ROOT, env=env, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert [line for line in result.stdout.splitlines() if line.startswith("DERIVE")] == [
        "DERIVE key derivation False"]
