"""Every evidence file's length and SHA-256, read from the pages of a closed vault file that were already
authenticated, so that its bytes are not decrypted and authenticated a second time (issue 18).

Why this exists: checking a backup's copy reads the evidence bytes twice through SQLCipher, once in PRAGMA
integrity_check (which reads every overflow page of every row, and so checks its HMAC-SHA512) and once in the
fingerprint pass (which reads them again, HMAC included, to hash them). The HMAC is most of the cost of a page. Once
integrity_check has passed on a file nothing writes to, and the free-list leaves have passed store/free_pages.py,
every page of the file is authentic: integrity_check reads every page in use and reports any page that is neither in
use nor on the free list. So the fingerprint pass may read the evidence pages straight from the file and only
decrypt them (AES-256-CBC, as free_pages.PageKeys does), and its findings count only when those checks passed, as
before. The layout is SQLite's (https://www.sqlite.org/fileformat2.html): a table b-tree whose leaf cells hold a
record, its first bytes in the cell and the rest in a chain of overflow pages.

The file is hostile until integrity_check has passed, and this runs beside it: whatever cannot be a sound table
raises Unreadable (the caller then reads the evidence through SQLCipher), and no loop outlives the file's pages.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from io import BufferedReader
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from .engine import PAGE_SIZE
from .free_pages import IV_BYTES, RESERVE_BYTES

USABLE = PAGE_SIZE - RESERVE_BYTES  # a page's bytes before SQLCipher's IV and HMAC (the same for every page but 1)
_INTERIOR, _LEAF = 0x05, 0x0D  # table b-tree page kinds
_MOST_AHEAD = 256  # pages read and decrypted in one go along an overflow chain (1 MiB)
_SERIAL_SIZES = (0, 1, 2, 3, 4, 6, 8, 8, 0, 0)  # the bytes of a record value of serial types 0-9


class Unreadable(ValueError):
    """The evidence table is not laid out as this reader expects."""


@dataclass(frozen=True, slots=True)
class Content:
    """One row's content column: its length and SHA-256, or None when it is NULL."""

    length: int
    sha256: str


def evidence_contents(db_path: Path, data_key: bytes, root: int, column: int, columns: int
                      ) -> dict[int, Content | None]:
    """Each row id of the table b-tree at page ``root`` with its value of ``column`` (of ``columns``), a blob.

    Only for a closed file whose pages every check has already found authentic (see the module's docstring)."""
    with open(db_path, "rb") as handle:
        reader = _Reader(handle, data_key)
        found: dict[int, Content | None] = {}
        for cell, page in reader.leaf_cells(root):
            rowid, content = reader.content(cell, page, column, columns)
            found[rowid] = content
        return found


class _Reader:
    def __init__(self, handle: BufferedReader, data_key: bytes) -> None:
        self.handle = handle
        self.key = data_key
        self.pages = handle.seek(0, 2) // PAGE_SIZE
        self.budget = self.pages  # pages this reader may still visit: a loop anywhere ends here
        # A run is read and decrypted into these, reused (see _read): update_into wants a block's room to spare.
        self._stored = memoryview(bytearray(_MOST_AHEAD * PAGE_SIZE))
        self._plain = memoryview(bytearray(_MOST_AHEAD * PAGE_SIZE + 15))

    def _spend(self, number: int) -> None:
        self.budget -= 1
        if self.budget < 0 or not 1 < number <= self.pages:
            raise Unreadable(f"page {number} cannot be part of the table")

    def _read(self, number: int, count: int) -> tuple[memoryview, memoryview]:
        """``count`` pages from ``number`` (at most _MOST_AHEAD), as stored and decrypted as one CBC stream from the
        first page's IV: every page but the first then has a wrong first block (see _first_blocks), and each
        reserve decrypts to noise. Both are views of the reader's own buffers, valid until its next read: a new
        buffer per run cost about seven times the decryption itself (the fresh memory's page faults; issue 18)."""
        self.handle.seek((number - 1) * PAGE_SIZE)
        read = self.handle.readinto(self._stored[:count * PAGE_SIZE])
        if not read or read % PAGE_SIZE:
            raise Unreadable(f"page {number} is outside the file")
        stored = self._stored[:read]
        decryptor = Cipher(algorithms.AES(self.key), modes.CBC(stored[USABLE:USABLE + IV_BYTES])).decryptor()
        decryptor.update_into(stored, self._plain)
        return stored, self._plain[:read]

    def page(self, number: int) -> bytes:
        """A b-tree page, decrypted: a copy of its own, as reading the next page reuses the buffers."""
        self._spend(number)
        _, plain = self._read(number, 1)
        return bytes(plain[:USABLE])

    def leaf_cells(self, root: int) -> Iterator[tuple[int, bytes]]:
        """(offset of the cell, its page) for every cell of every leaf, in row order. A page is listed once at most
        and a page's cells fit in it, so what is held at a time is bounded by the file however the tree is damaged."""
        listed = {root}
        stack = [root]
        while stack:
            page = self.page(stack.pop())
            kind, count = page[0], int.from_bytes(page[3:5], "big")
            first = 12 if kind == _INTERIOR else 8
            if kind not in (_INTERIOR, _LEAF):
                raise Unreadable(f"a page of kind {kind} in a table")
            if first + 2 * count > USABLE:
                raise Unreadable(f"a page says it holds {count} cells")
            pointers = [int.from_bytes(page[at:at + 2], "big") for at in range(first, first + 2 * count, 2)]
            if kind == _LEAF:
                yield from ((at, page) for at in pointers)
                continue
            children = [int.from_bytes(page[at:at + 4], "big") for at in pointers]
            children.append(int.from_bytes(page[8:12], "big"))
            for child in reversed(children):  # pushed right to left, so the leftmost is read first
                if child in listed:
                    raise Unreadable(f"page {child} is listed twice in the table")
                listed.add(child)
                stack.append(child)

    def content(self, at: int, page: bytes, column: int, columns: int) -> tuple[int, Content | None]:
        size, at = _varint(page, at)
        rowid, at = _varint(page, at)
        local = _local_bytes(size)
        in_cell = page[at:at + local]  # shorter only in a damaged page, whose cell runs past its end
        payload = _Payload(self, in_cell, size - len(in_cell),
                           int.from_bytes(page[at + local:at + local + 4], "big") if local < size else 0)
        header = payload.take(1)  # the header's length (a varint), then the serial types
        while header[-1] >= 0x80 and len(header) < 9:
            header += payload.take(1)
        length, used = _varint(header, 0)
        if not used <= length <= 9 * (columns + 1):  # a serial type takes 9 bytes at most
            raise Unreadable(f"row {rowid}'s record header says it is {length} bytes long")
        header += payload.take(length - used)
        types = []
        while used < length:
            serial, used = _varint(header, used)
            types.append(serial)
        if len(types) != columns or used != length:
            raise Unreadable(f"row {rowid} has {len(types)} columns where the table has {columns}")
        payload.skip(sum(_value_bytes(serial) for serial in types[:column]))
        serial = types[column]
        if serial == 0:
            return rowid, None
        if serial < 12 or serial % 2:
            raise Unreadable(f"row {rowid}'s content is not a blob")
        digest = hashlib.sha256()
        payload.feed(_value_bytes(serial), digest.update)
        return rowid, Content(_value_bytes(serial), digest.hexdigest())


class _Payload:
    """A record read in order: the part in the cell, then its overflow chain, decrypted a run of pages at a time."""

    def __init__(self, reader: _Reader, local: bytes, left: int, overflow: int) -> None:
        self.reader, self.following = reader, overflow
        self.pending = memoryview(local)  # read but not yet taken
        self.left = left  # bytes still on overflow pages
        self.ahead = 16  # pages to read in the next run; doubles while the chain runs on in file order

    def take(self, count: int) -> bytes:
        out = bytearray()
        self.feed(count, out.extend)
        return bytes(out)

    def skip(self, count: int) -> None:
        self.feed(count, None)

    def feed(self, count: int, sink: Callable[[memoryview], object] | None) -> None:
        """Hand the next ``count`` bytes of the record to ``sink`` (None: drop them)."""
        while count:
            if not self.pending:
                self._next_run()
            part = self.pending[:count]
            if sink is not None:
                sink(part)
            self.pending = self.pending[len(part):]
            count -= len(part)

    def _next_run(self) -> None:
        """Decrypt the chain's next pages, as many in one go as lie one after the other in the file. Each page's part
        of the record is moved up against the previous one's, in the reader's buffer, so the run is handed on in
        one piece (hashing it a page at a time cost half as much again as hashing it whole)."""
        number = self.following
        if not number or self.left <= 0:
            raise Unreadable("a record is longer than its pages")
        per_page = USABLE - 4
        count = min(self.ahead, -(-self.left // per_page), _MOST_AHEAD, self.reader.pages - number + 1)
        if count < 1:
            raise Unreadable(f"page {number} is outside the file")
        stored, plain = self.reader._read(number, count)
        count = len(plain) // PAGE_SIZE
        firsts = _first_blocks(stored, plain, count)
        followings = struct.unpack(">" + "I12x" * count, firsts)
        done = 0  # bytes of the record moved to the front of ``plain``: never past the page being read
        for index in range(count):
            self.reader._spend(number)
            at = index * PAGE_SIZE
            take = min(per_page, self.left)
            plain[at:at + 16] = firsts[16 * index:16 * index + 16]
            plain[done:done + take] = plain[at + 4:at + 4 + take]
            done += take
            self.left -= take
            following = followings[index]
            if not self.left or following != number + 1:
                self.following = following
                break
            number = following
        else:
            self.following = number
        self.ahead = min(_MOST_AHEAD, 2 * (index + 1))
        self.pending = plain[:done]


def _first_blocks(stored: memoryview, plain: memoryview, count: int) -> bytes:
    """The first 16 bytes of each of the ``count`` pages of a run decrypted as one CBC stream, put right. There each
    page's first block but the run's first was XORed with the previous page's last 16 stored bytes instead of the
    page's IV: XOR both back in, for every page at once (one XOR of big integers instead of one per page)."""
    starts = range(PAGE_SIZE, count * PAGE_SIZE, PAGE_SIZE)
    got = b"".join(plain[at:at + 16] for at in range(0, count * PAGE_SIZE, PAGE_SIZE))
    wrong = bytes(16) + b"".join(stored[at - 16:at] for at in starts)
    ivs = bytes(16) + b"".join(stored[at + USABLE:at + USABLE + IV_BYTES] for at in starts)
    fixed = int.from_bytes(got, "big") ^ int.from_bytes(wrong, "big") ^ int.from_bytes(ivs, "big")
    return fixed.to_bytes(len(got), "big")


def _local_bytes(size: int) -> int:
    """How much of a table leaf cell's payload of ``size`` bytes is in the cell itself (SQLite's rule)."""
    most = USABLE - 35
    if size <= most:
        return size
    least = (USABLE - 12) * 32 // 255 - 23
    local = least + (size - least) % (USABLE - 4)
    return local if local <= most else least


def _value_bytes(serial: int) -> int:
    return _SERIAL_SIZES[serial] if serial < 10 else (serial - 12) // 2 if serial >= 12 else 0


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for index in range(8):
        byte = data[at + index]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + index + 1
    return (value << 8) | data[at + 8], at + 9
