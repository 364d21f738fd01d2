"""Damage and tampering on disk are exit 4 with a message naming the damage, never a wrong password or a traceback.

The damaged vaults are copies of one locked vault with a few hundred entries (many pages), built once per module.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from contractor_app.errors import VaultDamaged, VaultRolledBack
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_many
from contractor_app.services.profile import Profile, save_profile
from contractor_app.store.crypto import KdfParams
from contractor_app.store.engine import PAGE_SIZE
from contractor_app.store.keyfile import canonical_json
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, Cli, Result
from ..sample import Templates

ENTRIES = 300


@dataclass(frozen=True)
class Template:
    folder: Path
    pages: int
    entry_page: int  # 0-based index of a page in the middle of the file that holds a work entry


def raw_connection(db: Path, data_key: bytes) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(db))
    conn.isolation_level = None
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return conn


def page_holding_entry(folder: Path, scratch: Path, entry_id: int) -> int:
    """The page that holds one work entry: rewrite that row in a scratch copy and see which page changed.

    SQLCipher re-encrypts a written page with a fresh IV, so exactly the written pages differ. (This build has no
    dbstat table to ask directly.) Choosing a page that `list` must read makes its exit 4 a real check.
    """
    shutil.copytree(folder, scratch)
    with Vault.unlock(scratch, PASSWORD) as vault:
        data_key = vault._key()
    original = (scratch / "vault.db").read_bytes()
    conn = raw_connection(scratch / "vault.db", data_key)
    conn.execute("UPDATE work_entries SET note = upper(note) WHERE id = ?", (entry_id,))
    conn.close()
    changed = (scratch / "vault.db").read_bytes()
    pages = [i for i in range(len(original) // PAGE_SIZE)
             if original[i * PAGE_SIZE:(i + 1) * PAGE_SIZE] != changed[i * PAGE_SIZE:(i + 1) * PAGE_SIZE]]
    assert len(pages) == 1, pages
    return pages[0]


def many_entries(vault: Vault) -> None:
    save_profile(vault, Profile(timezone="UTC"))
    add_client(vault, NewClient(name="Acme Labeling", currency="USD"))
    start = datetime(2025, 1, 6, 9, tzinfo=UTC)
    log_many(vault, [NewEntry(client="Acme Labeling", start=start + timedelta(days=day),
                              end=start + timedelta(days=day, hours=2), tz="UTC",
                              note=f"labeling batch {day} " + "details " * 8) for day in range(ENTRIES)])


@pytest.fixture(scope="module")
def template(templates: Templates, tmp_path_factory: pytest.TempPathFactory) -> Template:
    folder = templates(many_entries).folder
    assert sorted(p.name for p in folder.iterdir()) == ["vault.db", "vault.key", "vault.lock"]  # WAL checkpointed
    pages = (folder / "vault.db").stat().st_size // PAGE_SIZE
    entry_page = page_holding_entry(folder, tmp_path_factory.mktemp("tamper") / "scratch", ENTRIES // 2)
    assert pages >= 40 and 0 < entry_page < pages - 1
    return Template(folder, pages, entry_page)


@pytest.fixture
def damaged(template: Template, cli: Cli) -> Cli:
    """A fresh copy of the template vault in the cli's data folder, for the test to damage."""
    shutil.copytree(template.folder, cli.data_dir)
    return cli


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def assert_damage(result: Result, *phrases: str) -> None:
    """Exit 4, one line on stderr, no traceback, and every phrase somewhere in the output."""
    text = result.out + result.err
    assert result.code == 4, text
    assert result.err.count("\n") == 1, result.err
    assert "Traceback" not in text and "Wrong password" not in text
    for phrase in phrases:
        assert phrase in text, (phrase, text)


# --- the database file --------------------------------------------------------------------------------------

def test_byte_changed_in_a_middle_page(damaged: Cli, template: Template) -> None:
    page = template.entry_page
    flip_byte(damaged.data_dir / "vault.db", page * PAGE_SIZE + 100)
    assert_damage(damaged("verify"), "damaged", f"page {page + 1}")  # SQLite numbers pages from 1
    assert_damage(damaged("list"), "damaged", f"page {page + 1}")
    assert damaged("list", password="not the password").code == 3  # the password is still judged first

    with Vault.unlock(damaged.data_dir, PASSWORD) as vault:  # the page is not needed to unlock
        assert vault.integrity_problems() == [f"damaged: page {page + 1}"]


def test_page_1_damaged(damaged: Cli) -> None:
    flip_byte(damaged.data_dir / "vault.db", 100)
    assert_damage(damaged("verify"), "damaged", "page 1")
    assert_damage(damaged("list"), "damaged", "page 1")
    with pytest.raises(VaultDamaged) as caught:
        Vault.unlock(damaged.data_dir, PASSWORD)
    assert caught.value.what == "page 1"


@pytest.mark.parametrize("cut", [1000, PAGE_SIZE * 3 + 17])
def test_database_truncated_mid_page(damaged: Cli, cut: int) -> None:
    db = damaged.data_dir / "vault.db"
    db.write_bytes(db.read_bytes()[:-cut])
    assert_damage(damaged("verify"), "truncated")
    assert_damage(damaged("list"), "truncated")
    with pytest.raises(VaultDamaged) as caught:
        Vault.unlock(damaged.data_dir, PASSWORD)
    assert caught.value.what == "truncated file"


# --- the key header -----------------------------------------------------------------------------------------

def change_one_character(path: Path, value: str) -> None:
    text = path.read_text(encoding="utf-8")
    at = text.index(value) + len(value) // 2
    path.write_text(text[:at] + ("A" if text[at] != "A" else "B") + text[at + 1:], encoding="utf-8")


@pytest.mark.parametrize("field", ["kdf salt", "wrapped key", "recovery slot", "rollback record"])
@pytest.mark.parametrize("password", [PASSWORD, "not the password"], ids=["right password", "wrong password"])
def test_key_header_byte_changed_is_damage_even_with_a_wrong_password(damaged: Cli, field: str,
                                                                       password: str) -> None:
    key_file = damaged.data_dir / "vault.key"
    header = json.loads(key_file.read_text(encoding="utf-8"))
    value = {"kdf salt": header["kdf"]["salt"], "wrapped key": header["password_slot"]["sealed"],
             "recovery slot": header["recovery_slot"]["sealed"], "rollback record": header["rollback"]["mac"]}[field]
    change_one_character(key_file, value)
    # The checksum is checked before the password is tried, so even a wrong password gets exit 4.
    assert_damage(damaged("list", password=password), "damaged", "key file", "checksum")
    assert_damage(damaged("verify", password=password), "damaged", "key file")


@pytest.mark.parametrize("content", [b"\x00\x9f garbage \xff" * 20, b"", b"{}", b"[1, 2, 3]",
                                     b'{"format": "contractor-ledger-vault-key", "version": 1}'])
def test_key_header_replaced_by_something_else(damaged: Cli, content: bytes) -> None:
    (damaged.data_dir / "vault.key").write_bytes(content)
    assert_damage(damaged("list"), "damaged", "key file")
    with pytest.raises(VaultDamaged):
        Vault.unlock(damaged.data_dir, PASSWORD)


@pytest.mark.parametrize(("field", "value"), [("memory_kib", 64 * 1024 * 1024), ("iterations", 10**9),
                                              ("lanes", 0), ("iterations", "3")])
def test_absurd_kdf_parameters_are_refused_before_any_derivation(damaged: Cli, field: str, value: object,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A hostile header with a valid checksum (64 GiB of memory...) must not get to run the KDF."""
    path = damaged.data_dir / "vault.key"
    body = json.loads(path.read_text())
    body.pop("checksum")
    body["kdf"][field] = value
    body["checksum"] = hashlib.sha256(canonical_json(body)).hexdigest()
    path.write_text(json.dumps(body))

    def never(*args: object) -> bytes:
        raise AssertionError("the KDF ran on hostile parameters")

    monkeypatch.setattr(KdfParams, "derive", never)
    assert_damage(damaged("list"), "damaged", "key file")


def test_key_file_deleted(damaged: Cli) -> None:
    (damaged.data_dir / "vault.key").unlink()
    assert_damage(damaged("list"), "damaged", "key file missing")
    assert_damage(damaged("verify"), "key file missing")


def test_database_file_deleted(damaged: Cli) -> None:
    (damaged.data_dir / "vault.db").unlink()
    assert_damage(damaged("list"), "damaged", "database file missing")
    assert_damage(damaged("verify"), "database file missing")
    assert not (damaged.data_dir / "vault.db").exists()  # no new, empty database made in its place


# --- rollback to an older copy ------------------------------------------------------------------------------

@pytest.mark.slow
def test_whole_file_rollback_is_detected(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    assert cli("client", "add", "Acme Labeling", "--rate", "20/h").code == 0
    assert cli("log", "--client", "acme", "--start", "2026-03-02T09:00", "--end", "2026-03-02T11:00").code == 0
    db = cli.data_dir / "vault.db"
    assert not db.with_name("vault.db-wal").exists()  # each command locks, which checkpoints the WAL
    shutil.copy2(db, tmp_path / "older.db")
    for day in (3, 4):
        assert cli("log", "--client", "acme", "--start", f"2026-03-0{day}T09:00",
                   "--end", f"2026-03-0{day}T11:00").code == 0
    assert cli("verify").code == 0

    shutil.copy2(tmp_path / "older.db", db)
    for leftover in ("vault.db-wal", "vault.db-shm"):
        (cli.data_dir / leftover).unlink(missing_ok=True)
    assert_damage(cli("verify"), "rolled back")
    assert_damage(cli("list"), "older copy")
    assert_damage(cli("log", "--client", "acme", "--start", "2026-03-05T09:00", "--end", "2026-03-05T10:00"),
                  "older copy")
    with pytest.raises(VaultRolledBack):
        Vault.unlock(cli.data_dir, PASSWORD)
    with Vault.unlock(cli.data_dir, PASSWORD, check_rollback=False) as vault:  # how `verify` opens it
        assert (vault.rollback_problem() or "").startswith("rolled back: the records end at change")
