"""A backup's check reads the evidence bytes from its copy's file, decrypting pages that integrity_check has already
authenticated, instead of through SQLCipher a second time (store/evidence_pages.py; issue 18): checked here against
SQLCipher on real vault files, evidence of every size and chains scattered over reused pages included."""

from __future__ import annotations

import hashlib
import hmac
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from contractor_app.backup.keys import Password
from contractor_app.backup.verify import verify_backup
from contractor_app.store import evidence_pages
from contractor_app.store import verify as store_verify
from contractor_app.store.engine import PAGE_SIZE
from contractor_app.store.evidence_pages import Content, Unreadable, evidence_contents
from contractor_app.store.free_pages import HMAC_BYTES, RESERVE_BYTES, PageKeys
from contractor_app.store.models import Evidence
from contractor_app.store.vault import Vault
from contractor_app.store.verify import verify_vault

from ..conftest import PASSWORD
from .conftest import Built

# Local only, one byte either side of the most a cell holds, a few overflow pages, many.
SIZES = (0, 1, 100, 3_980, 3_981, 4_100, 12_345, 300_000, 1_000_000)


def add(vault: Vault, name: str, content: bytes) -> None:
    with vault.unit_of_work() as uow:
        uow.created(Evidence(name=name, media_type="application/octet-stream", size=len(content),
                             sha256=hashlib.sha256(content).hexdigest(), content=content, added_at=datetime.now(UTC)))


def scattered_vault(folder: Path) -> tuple[Path, bytes]:
    """A locked vault with evidence of every size, some written over the free pages that deleted evidence left."""
    vault, _ = Vault.create(folder, PASSWORD)
    with vault:
        for n, size in enumerate(SIZES * 2):
            add(vault, f"first-{n}", os.urandom(size))
        with vault.unit_of_work() as uow:  # through the history, so that the vault still verifies
            for evidence in uow.session.query(Evidence).filter(Evidence.id % 3 == 0):
                uow.deleted(evidence)
        for n, size in enumerate(reversed(SIZES)):
            add(vault, f"again-{n}", os.urandom(size))
        key = vault._key()
    return folder / "vault.db", key


def through_sqlcipher(folder: Path, key: bytes) -> tuple[int, int, int, dict[int, Content]]:
    """The evidence table's root page, its content column and column count, and each row as SQLCipher reads it."""
    with Vault.open_with_data_key(folder, key) as vault, vault.reading() as session:
        connection = session.connection()
        root = connection.exec_driver_sql("SELECT rootpage FROM sqlite_schema WHERE name = 'evidence'").scalar_one()
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(evidence)")]
        rows = {evidence_id: Content(len(content), hashlib.sha256(content).hexdigest()) for evidence_id, content
                in connection.exec_driver_sql("SELECT id, content FROM evidence")}
    return root, columns.index("content"), len(columns), rows


def test_every_evidence_file_read_from_the_pages_is_what_sqlcipher_reads(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, key = scattered_vault(tmp_path / "records")
    root, column, columns, rows = through_sqlcipher(db.parent, key)
    runs: list[tuple[int, int]] = []  # (first page, pages) of every read
    real_read = evidence_pages._Reader._read
    def read(self: evidence_pages._Reader, number: int, count: int) -> tuple[memoryview, memoryview]:
        runs.append((number, count))
        return real_read(self, number, count)

    monkeypatch.setattr(evidence_pages._Reader, "_read", read)
    assert evidence_contents(db, key, root, column, columns) == rows
    assert len(rows) == len(SIZES) * 2 - len(SIZES) * 2 // 3 + len(SIZES)  # the deleted ones are gone
    # Some chains run backwards or jump over the file (the free pages are reused in the free list's order): read
    # a page at a time there, so a scattered chain costs no more than the pages it has.
    assert any(count == 1 for _, count in runs)
    assert sum(count for _, count in runs) < 2 * db.stat().st_size // PAGE_SIZE


def test_a_backups_check_reads_the_evidence_from_the_file_and_still_finds_changed_bytes(
        built: Built, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fingerprint test in test_verify_once.py changes an evidence file's bytes: found this way too."""
    def through_sqlcipher_again(*args: object) -> list[str]:
        raise AssertionError("the evidence pages were authenticated a second time")

    monkeypatch.setattr(store_verify, "evidence_problems", through_sqlcipher_again)
    assert verify_backup(built.backup, Password(PASSWORD)).ok


def test_the_vaults_own_verify_reads_the_evidence_through_sqlcipher(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The live file changes under a reader (commits, checkpoints): only a closed copy's is read directly."""
    db, key = scattered_vault(tmp_path / "records")

    def from_the_file(*args: object) -> object:
        raise AssertionError("the live file's evidence pages were read directly")

    monkeypatch.setattr(store_verify, "evidence_contents", from_the_file)
    with Vault.unlock(db.parent, PASSWORD) as vault:
        assert verify_vault(vault).ok


def test_a_table_it_cannot_read_is_read_through_sqlcipher(tmp_path: Path) -> None:
    db, key = scattered_vault(tmp_path / "records")
    with Vault.open_with_data_key(db.parent, key) as vault, vault.reading() as session:
        index = session.connection().exec_driver_sql(  # an index's b-tree, not a table's
            "SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'evidence'").scalars().first()
    assert index is not None
    with pytest.raises(Unreadable):
        evidence_contents(db, key, index, 8, 9)
    _, column, columns, _ = through_sqlcipher(db.parent, key)
    with pytest.raises(Unreadable):  # a row whose record has other columns than the table
        evidence_contents(db, key, through_sqlcipher(db.parent, key)[0], column, columns + 1)


def test_an_overflow_chain_that_loops_is_damage_and_the_check_ends(tmp_path: Path) -> None:
    """A page re-sealed with the data key (so authentic to SQLCipher) whose chain points back at itself: the
    structure check finds it, and the evidence read beside it ends instead of following the loop."""
    vault, _ = Vault.create(tmp_path / "records", PASSWORD)
    content = os.urandom(200_000)
    with vault:
        add(vault, "scan", content)
        key = vault._key()
    db = tmp_path / "records" / "vault.db"
    data = bytearray(db.read_bytes())
    keys = PageKeys(key, bytes(data[:16]))
    overflow = [n for n in range(2, len(data) // PAGE_SIZE + 1)
                if keys.plain(bytes(data[(n - 1) * PAGE_SIZE:n * PAGE_SIZE]), n)[4:64] in content]
    middle = overflow[len(overflow) // 2]
    at = (middle - 1) * PAGE_SIZE
    plain = bytearray(keys.plain(bytes(data[at:at + PAGE_SIZE]), middle))
    plain[:4] = middle.to_bytes(4, "big")
    data[at:at + PAGE_SIZE] = looped = reseal(keys, bytes(plain), bytes(data[at:at + PAGE_SIZE]), middle)
    assert keys.authentic(looped, middle) and keys.plain(looped, middle) == plain
    db.write_bytes(bytes(data))
    root, column, columns, _ = through_sqlcipher(db.parent, key)
    assert evidence_contents(db, key, root, column, columns)[1] != Content(len(content),
                                                                           hashlib.sha256(content).hexdigest())
    with Vault.open_with_data_key(db.parent, key) as opened:
        report = verify_vault(opened, closed_copy=True)
    assert [problem for problem in report.problems if problem.startswith("damaged: database structure")]


def reseal(keys: PageKeys, plain: bytes, stored: bytes, number: int) -> bytes:
    """``plain`` encrypted and authenticated as SQLCipher would write page ``number`` (its IV kept)."""
    iv = stored[PAGE_SIZE - RESERVE_BYTES:PAGE_SIZE - HMAC_BYTES]
    encryptor = Cipher(algorithms.AES(keys.data_key), modes.CBC(iv)).encryptor()
    body = encryptor.update(plain) + encryptor.finalize() + iv
    return body + hmac.digest(keys.hmac_key, body + number.to_bytes(4, "little"), "sha512")


def test_a_table_page_that_lists_too_much_is_unreadable_and_holds_nothing_back(tmp_path: Path) -> None:
    """Beside integrity_check the file may be damaged: a page claiming more cells than fit in it, or a tree that
    lists a page twice (a loop, or a way to make the reader hold ever more pages), is refused at once."""
    db, key = scattered_vault(tmp_path / "records")
    root, column, columns, _ = through_sqlcipher(db.parent, key)
    data = db.read_bytes()
    keys = PageKeys(key, data[:16])
    at = (root - 1) * PAGE_SIZE
    stored = data[at:at + PAGE_SIZE]
    plain = keys.plain(stored, root)
    assert plain[0] == 0x05  # an interior page: the evidence does not fit in one
    too_many = plain[:3] + (0xFFFF).to_bytes(2, "big") + plain[5:]
    first_child = int.from_bytes(plain[int.from_bytes(plain[12:14], "big"):][:4], "big")
    twice = plain[:8] + first_child.to_bytes(4, "big") + plain[12:]  # the rightmost child is the leftmost again
    for changed in (too_many, twice):
        db.write_bytes(data[:at] + reseal(keys, changed, stored, root) + data[at + PAGE_SIZE:])
        with pytest.raises(Unreadable):
            evidence_contents(db, key, root, column, columns)
        with Vault.open_with_data_key(db.parent, key) as opened:
            assert not verify_vault(opened, closed_copy=True).ok


def test_the_pages_are_decrypted_into_the_readers_own_buffers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18, measured: a new buffer for every run of pages (CipherContext.update returns one) cost about seven
    times the decryption itself (0.35 s against 0.05 s per 400 MiB, the fresh memory's page faults), so runs are
    decrypted with update_into into buffers the reader keeps. Nothing bigger than a page is allocated per read, and
    the evidence still reads as SQLCipher reads it, chains longer than one run (4 MB) included."""
    vault, _ = Vault.create(tmp_path / "records", PASSWORD)
    with vault:
        for n, size in enumerate((3_000, 4_000_000, 300_000)):
            add(vault, f"file-{n}", os.urandom(size))
        key = vault._key()
    db = tmp_path / "records" / "vault.db"
    root, column, columns, rows = through_sqlcipher(db.parent, key)
    allocated: list[int] = []
    real_cipher = evidence_pages.Cipher

    class Decryptor:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def update(self, data: bytes) -> bytes:
            out: bytes = self.inner.update(data)
            allocated.append(len(out))
            return out

        def update_into(self, data: bytes, buffer: bytearray) -> int:
            done: int = self.inner.update_into(data, buffer)
            return done

    class CountingCipher:
        def __init__(self, *args: Any) -> None:
            self.inner: Any = real_cipher(*args)

        def decryptor(self) -> Decryptor:
            return Decryptor(self.inner.decryptor())

    monkeypatch.setattr(evidence_pages, "Cipher", CountingCipher)
    assert evidence_contents(db, key, root, column, columns) == rows
    assert max(allocated, default=0) <= PAGE_SIZE
