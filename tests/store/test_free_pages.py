"""store/free_pages.py reads SQLCipher's page format itself: checked here against SQLCipher, on real vault files."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from contractor_app.store.engine import PAGE_SIZE, integrity_problems
from contractor_app.store.free_pages import PageKeys, free_page_problems
from contractor_app.store.models import Evidence
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD


def vault_with_free_pages(folder: Path) -> tuple[Path, bytes]:
    """A locked vault whose file has free pages: evidence added, then deleted. Returns its file and data key."""
    vault, _ = Vault.create(folder, PASSWORD)
    with vault:
        for n in range(3):
            content = os.urandom(120_000)
            with vault.unit_of_work() as uow:
                uow.created(Evidence(name=f"scan-{n}.png", media_type="image/png", size=len(content),
                                     sha256=hashlib.sha256(content).hexdigest(), content=content,
                                     added_at=datetime.now(UTC)))
        with vault.unit_of_work() as uow:
            uow.session.connection().exec_driver_sql("DELETE FROM evidence WHERE name = 'scan-1.png'")
        key = vault._key()
    return folder / "vault.db", key


def pragma(db: Path, key: bytes, name: str) -> list[object]:
    conn = sqlcipher.connect(str(db))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return [row[0] for row in conn.execute(f"PRAGMA {name}")]
    finally:
        conn.close()


def free_leaves(db: Path, key: bytes) -> list[int]:
    """The free-list leaf pages, read from the decrypted trunk pages."""
    data = db.read_bytes()
    keys = PageKeys(key, data[:16])
    trunk = int.from_bytes(keys.plain(data[:PAGE_SIZE], 1)[16:20], "big")
    leaves: list[int] = []
    while trunk:
        content = keys.plain(data[(trunk - 1) * PAGE_SIZE:trunk * PAGE_SIZE], trunk)
        count = int.from_bytes(content[4:8], "big")
        leaves += [int.from_bytes(content[8 + 4 * i:12 + 4 * i], "big") for i in range(count)]
        trunk = int.from_bytes(content[:4], "big")
    return leaves


def flip(db: Path, offset: int) -> None:
    with open(db, "r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0x01]))


def test_every_page_sqlcipher_wrote_is_authentic_here_and_a_changed_byte_is_not(tmp_path: Path) -> None:
    db, key = vault_with_free_pages(tmp_path / "records")
    data = db.read_bytes()
    keys = PageKeys(key, data[:16])
    pages = len(data) // PAGE_SIZE
    assert pages > 50
    assert all(keys.authentic(data[(n - 1) * PAGE_SIZE:n * PAGE_SIZE], n) for n in range(1, pages + 1))
    assert not keys.authentic(data[PAGE_SIZE:2 * PAGE_SIZE], 3)  # page 2's bytes are not page 3
    changed = bytearray(data[PAGE_SIZE:2 * PAGE_SIZE])
    changed[200] ^= 1
    assert not keys.authentic(bytes(changed), 2)
    assert keys.plain(data[:PAGE_SIZE], 1)[:2] == PAGE_SIZE.to_bytes(2, "big")  # the header's page size, decrypted


def test_the_free_list_is_the_one_sqlite_counts(tmp_path: Path) -> None:
    db, key = vault_with_free_pages(tmp_path / "records")
    (count,) = pragma(db, key, "freelist_count")
    assert isinstance(count, int) and count > 20
    assert free_page_problems(db, key) == []


def test_a_damaged_free_page_is_found_where_integrity_check_does_not_look(tmp_path: Path) -> None:
    db, key = vault_with_free_pages(tmp_path / "records")
    leaf = free_leaves(db, key)[3]
    flip(db, (leaf - 1) * PAGE_SIZE + 500)
    assert pragma(db, key, "integrity_check") == ["ok"]  # SQLite does not read a free-list leaf
    assert pragma(db, key, "cipher_integrity_check")  # SQLCipher's full pass sees it
    assert free_page_problems(db, key) == [f"page {leaf}"]


def test_a_free_list_that_loops_is_refused_not_followed(tmp_path: Path) -> None:
    db, key = vault_with_free_pages(tmp_path / "records")
    data = bytearray(db.read_bytes())
    keys = PageKeys(key, bytes(data[:16]))
    header = keys.plain(bytes(data[:PAGE_SIZE]), 1)
    trunk = int.from_bytes(header[16:20], "big")
    flip(db, (trunk - 1) * PAGE_SIZE + 8)  # the trunk page itself damaged: its list cannot be trusted
    assert free_page_problems(db, key) == [f"page {trunk}"]


def test_a_byte_changed_in_any_page_is_found_without_sqlciphers_pass_over_every_page(tmp_path: Path) -> None:
    """What makes cipher_integrity_check redundant for a closed copy (backup verify): integrity_check reads, and so
    authenticates, every page but the free-list leaves, and free_page_problems those. Tried on every page."""
    db, key = vault_with_free_pages(tmp_path / "records")
    pristine = db.read_bytes()
    assert integrity_problems(db, key, free_page_problems) == []
    pages = len(pristine) // PAGE_SIZE
    assert len(free_leaves(db, key)) > 10  # free-list leaves are among the pages tried
    missed = []
    for number in range(1, pages + 1):
        db.write_bytes(pristine)
        flip(db, (number - 1) * PAGE_SIZE + 2000)
        if not integrity_problems(db, key, free_page_problems):
            missed.append(number)
    assert missed == []
