"""The key file campaign on the older format (issue 14): format 1 `vault.key` files, as the app wrote them before
the whole-header rollback MAC and the sealed recovery slot, are still read; every mutation of one must be refused
with exit 3 or 4 and nothing on disk changed, as for today's format (test_key_file_campaign.py).

A format 1 file is made here from a vault, field for field as the format 1 writer did (git 5c69d8d^:
store/keyfile.py): its recovery slot wrapped under an HKDF of the recovery key, its rollback MAC over the vault id
and the record alone. It opens with the password and with the recovery key (checked first), so each refusal is
about the mutation.

`make test` runs a few hundred; CONTRACTOR_APP_ATTACK=full runs the full count. CAMPAIGN_SEED replays a run.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from contractor_app.cli.main import main
from contractor_app.errors import LedgerError
from contractor_app.services.backups.create import Password, back_up_now
from contractor_app.services.backups.restore import restore_backup
from contractor_app.store import crypto
from contractor_app.store.keyfile import KeyHeader
from contractor_app.store.vault import Vault

from ..backup.test_backup_witness import _as_format_1_key_file
from ..conftest import PASSWORD, vault_files
from ..sample import Templates
from .test_key_file_campaign import mutate, one_client, same_header

FULL = os.environ.get("CONTRACTOR_APP_ATTACK") == "full"
MUTATIONS = 1_200 if FULL else 300


def as_format_1(folder: Path, recovery_key: str) -> bytes:
    """``folder``'s key file rewritten as format 1 (same data key, same password): its bytes."""
    with Vault.unlock(folder, PASSWORD, check_rollback=False) as vault:
        data_key = vault._key()
    header = KeyHeader.read(folder / "vault.key")
    old = replace(header, version=1, recovery_public=None, restored_over=0)
    old = replace(old, recovery_slot=crypto.wrap(crypto.recovery_kek(recovery_key, old.recovery_salt), data_key,
                                                 old.recovery_ad()))
    old = replace(old, rollback=replace(old.rollback, mac=old._rollback_mac(data_key)))
    assert old.rollback_authentic(data_key) and old.unwrap_recovery(recovery_key) == data_key
    return old.to_bytes()


@pytest.fixture(scope="module")
def format_1(templates: Templates, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A vault with one client whose key file is format 1, and its recovery key."""
    sample = templates(one_client)
    folder = sample.copy_to(tmp_path_factory.mktemp("format-1") / "records")
    (folder / "vault.key").write_bytes(as_format_1(folder, sample.recovery_key))
    return folder, sample.recovery_key


def test_a_format_1_key_file_opens_with_the_password_and_the_recovery_key(
        format_1: tuple[Path, str], tmp_path: Path) -> None:
    """The control: the campaign's base file is a good one."""
    folder, recovery_key = format_1
    records = Path(shutil.copytree(folder, tmp_path / "records"))
    assert json.loads((records / "vault.key").read_bytes())["version"] == 1
    Vault.unlock(records, PASSWORD).lock()
    Vault.unlock_with_recovery_key(records, recovery_key, "a brand new password").lock()
    assert KeyHeader.read(records / "vault.key").version == 2  # written again: today's format
    Vault.unlock(records, "a brand new password").lock()


@pytest.mark.slow
def test_every_mutation_of_a_format_1_key_file_is_refused_and_changes_nothing(
        format_1: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Exit 3 or 4 and the folder as it was, except for a change confined to the fields format 1 leaves outside
    every check (UNAUTHENTICATED): the password still opens the records, nothing is written, and a changed
    recovery slot or salt makes the recovery key refused (exit 3 or 4), again with nothing written."""
    seed = int(os.environ.get("CAMPAIGN_SEED") or random.SystemRandom().randrange(2**32))
    rng = random.Random(seed)
    why = f"(replay with CAMPAIGN_SEED={seed})"
    folder, recovery_key = format_1
    records = Path(shutil.copytree(folder, tmp_path / "records"))
    key = records / "vault.key"
    original = key.read_bytes()
    body = json.loads(original)
    monkeypatch.setenv("CONTRACTOR_APP_PASSWORD", PASSWORD)
    monkeypatch.setenv("CONTRACTOR_APP_RECOVERY_KEY", recovery_key)
    monkeypatch.setenv("CONTRACTOR_APP_NEW_PASSWORD", "a brand new password")
    assert main(["--data-dir", str(records), "list"]) == 0
    capsys.readouterr()
    assert key.read_bytes() == original  # reading does not rewrite it
    untouched = vault_files(records)

    tally: Counter[str] = Counter()
    done = 0
    while done < MUTATIONS:
        kind, data = mutate(rng, original, body)
        if same_header(data, body):
            continue
        key.write_bytes(data)
        untouched["vault.key"] = vault_files(records)["vault.key"]
        code = main(["--data-dir", str(records), "list"])
        err = capsys.readouterr().err
        label = f"mutation {done} ({kind}) {why}"
        changed = changed_fields(data, body)
        if code == 0 and changed and changed <= UNAUTHENTICATED:
            tally[f"{kind}, unauthenticated in format 1, opens"] += 1
            if changed & {"recovery_slot", "recovery_salt"}:
                code = main(["--data-dir", str(records), "passwd", "--recovery"])
                err = capsys.readouterr().err
                assert code in (3, 4), f"{label}: the recovery key opened a changed recovery slot: exit {code}"
                tally["recovery key refused (exit 3 or 4)"] += 1
        else:
            assert code in (3, 4), f"{label} gave exit {code}, changed {sorted(changed or [])}: {err.strip()!r}"
            tally[f"{kind} exit {code}"] += 1
        if code:
            assert err.count("\n") == 1 and "Traceback" not in err and "Unexpected" not in err, (err, label)
        assert vault_files(records) == untouched, f"{label} changed the folder"
        done += 1
    key.write_bytes(original)
    assert main(["--data-dir", str(records), "list"]) == 0
    print(f"\nformat 1 key file campaign: seed {seed}, {done} mutations: "
          + ", ".join(f"{kind}: {n}" for kind, n in sorted(tally.items())))


# Format 1 authenticated the password slot (its KDF parameters and vault id as associated data) and the rollback
# record (vault id, seq, head); these fields were under the plain checksum only. Format 2 puts the whole header
# under the rollback MAC, and a format 1 file becomes format 2 at the first change of the records.
UNAUTHENTICATED = {"created_at", "recovery_salt", "recovery_slot"}


def changed_fields(data: bytes, body: dict[str, Any]) -> set[str] | None:
    """The top-level fields ``data`` changes (the checksum aside), or None when it is not a JSON object."""
    try:
        edited = json.loads(data)
    except (ValueError, RecursionError):
        return None
    if not isinstance(edited, dict):
        return None
    return {name for name in edited.keys() | body.keys() if name != "checksum" and edited.get(name) != body.get(name)}


# --- backups that carry a format 1 key file -------------------------------------------------------------------

BACKUP_MUTATIONS = 1_000 if FULL else 100


def byte_mutation(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """A change that knows nothing of the backup format (so it holds whatever format the backups use): bits
    flipped (half of them in the first 4 KiB, where the header is), a cut, bytes appended, a range overwritten,
    two ranges of one length swapped."""
    kind = rng.choice(["bit flips", "bit flips", "truncation", "appended", "overwritten", "ranges swapped"])
    changed = bytearray(data)
    if kind == "bit flips":
        for _ in range(rng.choice([1, 1, 2, 5])):
            position = rng.randrange(min(4096, len(data))) if rng.random() < 0.5 else rng.randrange(len(data))
            changed[position] ^= 1 << rng.randrange(8)
    elif kind == "truncation":
        del changed[rng.randrange(len(data)):]
    elif kind == "appended":
        changed += rng.randbytes(rng.choice([1, 16, 4096, rng.randrange(1, 70_000)]))
    elif kind == "overwritten":
        start = rng.randrange(len(data))
        length = rng.randrange(1, 65)
        changed[start:start + length] = rng.randbytes(len(changed[start:start + length]))
    else:
        length = min(rng.choice([16, 64, 4096, 65_552]), len(data) // 2)
        i = rng.randrange(len(data) - 2 * length + 1)
        j = rng.randrange(i + length, len(data) - length + 1)
        changed[i:i + length], changed[j:j + length] = data[j:j + length], data[i:i + length]
    return kind, bytes(changed)


@pytest.fixture(scope="module")
def older_backup(format_1: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A backup made through the services, rewritten as the app wrote backups before key file format 2 (its
    embedded key file at version 1: test_backup_witness.py's helper, the one place that knows how)."""
    root = tmp_path_factory.mktemp("older-backup")
    records = Path(shutil.copytree(format_1[0], root / "records"))
    with Vault.unlock(records, PASSWORD) as vault:
        data_key = vault._key()
        made = back_up_now(vault, root / "today.clbackup").path
    return _as_format_1_key_file(made, data_key, root / "older.clbackup").read_bytes()


@pytest.mark.slow
def test_every_mutation_of_a_backup_in_the_older_format_is_refused_and_restores_nothing(
        older_backup: bytes, tmp_path: Path) -> None:
    seed = int(os.environ.get("MUTATION_SEED") or random.SystemRandom().randrange(2**32))
    rng = random.Random(seed)
    candidate = tmp_path / "candidate.clbackup"
    candidate.write_bytes(older_backup)
    assert restore_backup(candidate, Password(PASSWORD), tmp_path / "control").report.ok  # the base is good
    folder = tmp_path / "records"
    Vault.create(folder, "the current password")[0].lock()
    before = vault_files(folder)

    tally: Counter[str] = Counter()
    for number in range(BACKUP_MUTATIONS):
        kind, data = byte_mutation(older_backup, rng)
        if data == older_backup:
            continue
        candidate.write_bytes(data)
        with pytest.raises(LedgerError) as refused:
            restore_backup(candidate, Password(PASSWORD), folder)
        code = refused.value.exit_code
        assert code in (3, 4) and "\n" not in str(refused.value), (number, kind, seed, str(refused.value))
        tally[f"{kind} exit {code}"] += 1
    assert vault_files(folder) == before, f"the data folder changed (seed {seed})"
    print(f"\nolder backup format mutations (seed {seed}): {sum(tally.values())} refused: "
          f"{dict(sorted(tally.items()))}")
