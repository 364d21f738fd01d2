"""The free pages of a closed SQLCipher vault file, authenticated without SQLCipher walking the whole file again.

Why this exists (issue 18): checking a backup's copy ran PRAGMA cipher_integrity_check (every page's HMAC) beside
PRAGMA integrity_check, which reads every page it checks through SQLCipher and so authenticates it as well: every
b-tree page, every overflow page and every free-list trunk page. The one kind of page integrity_check does not read
is a free-list leaf, so the second full pass over a gigabyte of pages proved nothing else. This module authenticates
exactly those leaves, the way SQLCipher 4 does (its default settings, which the vault uses, with a raw data key):

- the file starts with a 16-byte salt; the HMAC key is PBKDF2-HMAC-SHA512(data key, salt XOR 0x3a, 2 rounds, 32);
- each 4,096-byte page ends with 80 reserved bytes: a 16-byte IV and a 64-byte HMAC-SHA512 over the page's
  encrypted bytes (from offset 16 on page 1), the IV and the page number (4 bytes, little-endian);
- the page's bytes before the reserve are AES-256-CBC under the data key with that IV.

tests/store/test_free_pages.py checks this against SQLCipher on real vaults, page by page. The file is hostile: a
free list that points outside the file, loops, or is longer than the file is reported, never followed forever.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from ..errors import Phrase
from .engine import PAGE_SIZE

SALT_BYTES = 16
IV_BYTES = 16
HMAC_BYTES = 64
RESERVE_BYTES = IV_BYTES + HMAC_BYTES
_HMAC_SALT_MASK = 0x3A
_FAST_KDF_ROUNDS = 2


class PageKeys:
    """The two keys a vault file's pages are sealed under: the data key (AES) and its HMAC key (from the salt)."""

    def __init__(self, data_key: bytes, salt: bytes) -> None:
        self.data_key = data_key
        self.hmac_key = hashlib.pbkdf2_hmac("sha512", data_key, bytes(b ^ _HMAC_SALT_MASK for b in salt),
                                            _FAST_KDF_ROUNDS, 32)

    def authentic(self, page: bytes, number: int) -> bool:
        """Whether ``page`` (as stored in the file) is page ``number`` exactly as SQLCipher wrote it."""
        if len(page) != PAGE_SIZE:
            return False
        start = SALT_BYTES if number == 1 else 0
        body = page[start:PAGE_SIZE - HMAC_BYTES]  # the encrypted bytes and the IV
        mac = hmac.digest(self.hmac_key, body + number.to_bytes(4, "little"), "sha512")
        return hmac.compare_digest(mac, page[PAGE_SIZE - HMAC_BYTES:])

    def plain(self, page: bytes, number: int) -> bytes:
        """The decrypted bytes of an authentic page (page 1 without its salt, every page without its reserve)."""
        start = SALT_BYTES if number == 1 else 0
        iv = page[PAGE_SIZE - RESERVE_BYTES:PAGE_SIZE - HMAC_BYTES]
        decryptor = Cipher(algorithms.AES(self.data_key), modes.CBC(iv)).decryptor()
        return decryptor.update(page[start:PAGE_SIZE - RESERVE_BYTES]) + decryptor.finalize()


def free_page_problems(db_path: Path, data_key: bytes) -> list[str]:
    """Every free-list page of the database file at ``db_path`` that is not authentic, as "page N"; or the one
    reason the free list cannot be followed. Empty when every free page is exactly as SQLCipher wrote it."""
    with open(db_path, "rb") as handle:
        pages = handle.seek(0, 2) // PAGE_SIZE
        first = _page(handle, 1)
        keys = PageKeys(data_key, first[:SALT_BYTES])
        if not keys.authentic(first, 1):
            return ["page 1"]
        header = keys.plain(first, 1)  # the database header, less its first 16 bytes (the salt's place)
        trunk = int.from_bytes(header[32 - SALT_BYTES:36 - SALT_BYTES], "big")
        listed = int.from_bytes(header[36 - SALT_BYTES:40 - SALT_BYTES], "big")
        problems: list[str] = []
        seen = 0
        visited: set[int] = set()
        while trunk:
            if not 1 < trunk <= pages or trunk in visited or seen >= listed:
                return [f"free list: page {trunk} cannot be on it"]
            visited.add(trunk)
            page = _page(handle, trunk)
            if not keys.authentic(page, trunk):
                return [*problems, Phrase("page {number}", number=trunk)]  # its list of leaves cannot be trusted
            content = keys.plain(page, trunk)
            following, count = int.from_bytes(content[:4], "big"), int.from_bytes(content[4:8], "big")
            if count > (PAGE_SIZE - RESERVE_BYTES) // 4 - 2:
                return [*problems, f"free list: page {trunk} lists too many pages"]
            seen += 1
            for at in range(count):
                leaf = int.from_bytes(content[8 + 4 * at:12 + 4 * at], "big")
                if not 1 < leaf <= pages or leaf in visited:
                    return [*problems, f"free list: page {leaf} cannot be on it"]
                visited.add(leaf)
                seen += 1
                if not keys.authentic(_page(handle, leaf), leaf):
                    problems.append(Phrase("page {number}", number=leaf))
            trunk = following
        if seen != listed:
            problems.append(f"free list: {seen} pages where the header says {listed}")
        return problems


def _page(handle: BinaryIO, number: int) -> bytes:
    handle.seek((number - 1) * PAGE_SIZE)
    return handle.read(PAGE_SIZE)
