"""The payload as a STREAM of AES-256-GCM chunks: the construction age uses (Hoang, Reyhanitabar, Rogaway, Vizár).

The plaintext is cut into 64 KiB chunks (the last may be shorter, never empty). Chunk i, counted from 0, is sealed
with the nonce ``i`` (11 bytes, big-endian) followed by 1 on the last chunk and 0 on the others, and with the
header's SHA-256 as associated data. So each of these fails authentication: a chunk changed, moved, repeated or
dropped (wrong counter), a stream cut at a chunk boundary (no chunk carries the last flag where it should), and a
payload put under another backup's header (other associated data). Every file has its own key, so nonces never
repeat under one key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..errors import BackupDamaged, Phrase

CHUNK_BYTES = 64 * 1024
TAG_BYTES = 16
_COUNTER_BYTES = 11


def chunk_count(size: int) -> int:
    return max(1, -(-size // CHUNK_BYTES))


def sealed_size(size: int) -> int:
    return size + TAG_BYTES * chunk_count(size)


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(_COUNTER_BYTES, "big") + (b"\x01" if last else b"\x00")


Progress = Callable[[int, int], object]
"""Called with (bytes done, bytes in all) before the first chunk and after each one; whatever it raises (a cancel)
stops the stream there and reaches the caller, whose file is then incomplete and must be thrown away."""


def seal(key: bytes, associated: bytes, source: BinaryIO, size: int, sink: BinaryIO,
         progress: Progress | None = None) -> None:
    """Encrypt exactly ``size`` bytes of ``source`` into ``sink``."""
    aead = AESGCM(key)
    count = chunk_count(size)
    for index in range(count):
        if progress is not None:
            progress(min(index * CHUNK_BYTES, size), size)
        part = source.read(min(CHUNK_BYTES, size - index * CHUNK_BYTES))
        if index * CHUNK_BYTES + len(part) != min(size, (index + 1) * CHUNK_BYTES):
            raise ValueError("the source is shorter than its stated size")
        sink.write(aead.encrypt(_nonce(index, index == count - 1), part, associated))


def unseal(key: bytes, associated: bytes, source: BinaryIO, size: int, sink: Callable[[bytes], object],
           progress: Progress | None = None) -> None:
    """Decrypt a stream of ``size`` plaintext bytes from ``source``, handing each authenticated chunk to ``sink``.

    Raises BackupDamaged at the first chunk that is missing, short or fails authentication; the chunks before it
    were authentic, but the caller must treat the whole stream as refused.
    """
    aead = AESGCM(key)
    count = chunk_count(size)
    for index in range(count):
        if progress is not None:
            progress(min(index * CHUNK_BYTES, size), size)
        sealed = source.read(min(CHUNK_BYTES, size - index * CHUNK_BYTES) + TAG_BYTES)
        try:
            sink(aead.decrypt(_nonce(index, index == count - 1), sealed, associated))
        except InvalidTag:
            raise BackupDamaged(Phrase("part {number} of {count}", number=index + 1, count=count),
                                "It fails its check.") from None
