"""The backup file, format version 1 (docs/backup-format.md): its layout, its header, and the checks they pass.

    MAGIC | header length (4 bytes, big-endian) | header | payload (stream.py) | END_MAGIC | SHA-256(header)

The header is canonical JSON ending in a plain SHA-256 of its other fields (``checksum``), as the vault's key file
does: a wrong checksum is damage (exit 4), never a wrong password. The header states the payload's size, so the
file's exact length is known, and the trailer repeats the header's hash: a file cut short, bytes appended, or a
header put on another backup's payload are all seen before any key is derived. (The cryptographic guarantees are
the stream's; these checks make the common accidents plain damage with a precise name.)

Everything read from a file is hostile until checked here: lengths are capped, every field's type and size checked,
and the key file's KDF parameters bounded (by KdfParams) before anyone derives a key.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from dataclasses import dataclass
from typing import Any, BinaryIO

from ..errors import BackupDamaged, NewerVersion, UnknownFormatVersion, VaultDamaged
from ..store.crypto import b64, unb64
from ..store.keyfile import KeyHeader, canonical_json
from . import stream

FORMAT = "contractor-ledger-backup"
VERSION = 1
MAGIC = b"CLBACKUP"
END_MAGIC = b"CLBKEND1"
_LENGTH = struct.Struct(">I")
PREFIX_BYTES = len(MAGIC) + _LENGTH.size
TRAILER_BYTES = len(END_MAGIC) + hashlib.sha256().digest_size
MAX_HEADER_BYTES = 64 * 1024
MAX_SNAPSHOT_BYTES = 1 << 44  # 16 TiB
PAGE_BYTES = 4096
SALT_BYTES = 32
NEWER = ("This backup names a format version this app does not know: it was made by a newer version of Contractor "
         "Ledger (update the app to open it), or it was changed. Nothing was changed.")

_VAULT_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
_APP_VERSION = re.compile(r"[0-9A-Za-z.+-]{1,40}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class Header:
    raw: bytes  # exactly as stored: its hash binds the payload and the trailer
    vault_id: str
    created_at: str
    app_version: str
    snapshot_bytes: int
    key_file: KeyHeader  # the vault's key file when the backup was made, rollback record at the snapshot's head
    payload_salt: bytes
    manifest: dict[str, str]  # the sealed list of contents (manifest.py)
    manifest_ad: bytes  # what the list of contents is sealed under: every other field

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(self.raw).digest()

    @property
    def file_bytes(self) -> int:
        return PREFIX_BYTES + len(self.raw) + stream.sealed_size(self.snapshot_bytes) + TRAILER_BYTES

    def prefix(self) -> bytes:
        return MAGIC + _LENGTH.pack(len(self.raw)) + self.raw

    def trailer(self) -> bytes:
        return END_MAGIC + self.digest


def draft(*, vault_id: str, created_at: str, app_version: str, snapshot_bytes: int, key_file: KeyHeader,
          payload_salt: bytes) -> dict[str, Any]:
    """Every header field but the sealed list of contents, which is sealed under ``canonical_json(draft)``."""
    return {
        "format": FORMAT, "version": VERSION, "vault_id": vault_id, "created_at": created_at,
        "app_version": app_version, "chunk_bytes": stream.CHUNK_BYTES, "snapshot_bytes": snapshot_bytes,
        "key_file": json.loads(key_file.to_bytes()), "payload_salt": b64(payload_salt),
    }


def finish(draft_fields: dict[str, Any], manifest: dict[str, str]) -> Header:
    """Add the sealed list of contents and the checksum; parse the result, so writer and reader agree by design."""
    body = {**draft_fields, "manifest": manifest}
    body["checksum"] = hashlib.sha256(canonical_json(body)).hexdigest()
    return parse(canonical_json(body))


def read(handle: BinaryIO, file_size: int) -> Header:
    """Read and check the header, the file's length and its trailer; leave ``handle`` at the first chunk."""
    prefix = handle.read(PREFIX_BYTES)
    if len(prefix) < PREFIX_BYTES or not prefix.startswith(MAGIC):
        raise BackupDamaged("start of file", "It does not start like a Contractor Ledger backup.")
    (length,) = _LENGTH.unpack(prefix[len(MAGIC):])
    if not 2 <= length <= MAX_HEADER_BYTES:
        raise BackupDamaged("header", "Its stated length is impossible.")
    raw = handle.read(length)
    if len(raw) < length:
        raise BackupDamaged("cut short", "The file ends inside its header.")
    header = parse(raw)
    if file_size < header.file_bytes:
        raise BackupDamaged("cut short", "The file ends early; copying or syncing it may not have finished.")
    if file_size > header.file_bytes:
        raise BackupDamaged("extra bytes at the end", "Something was added after its last part.")
    handle.seek(header.file_bytes - TRAILER_BYTES)
    if handle.read(TRAILER_BYTES) != header.trailer():
        raise BackupDamaged("end of file", "Its end does not belong to its header.")
    handle.seek(PREFIX_BYTES + length)
    return header


def parse(raw: bytes) -> Header:
    try:
        body = json.loads(raw.decode("utf-8"))
        if not isinstance(body, dict):
            raise ValueError("not an object")
        checksum = body.pop("checksum", None)
        intact = checksum == hashlib.sha256(canonical_json(body)).hexdigest()
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BackupDamaged("header", "It is not readable.") from None
    # The checksum rule is the same in every version, so it is checked first: a bit flipped in the version
    # number is damage, not a newer version.
    if not intact:
        raise BackupDamaged("header", "Its checksum does not match.")
    if body.get("format") != FORMAT or type(body.get("version")) is not int or body["version"] < 1:
        raise BackupDamaged("header", "It is not a Contractor Ledger backup header.")
    if body["version"] > VERSION:
        raise UnknownFormatVersion(NEWER)
    try:
        manifest = body.pop("manifest")
        vault_id = _text(body, "vault_id", _VAULT_ID)
        _number(body, "chunk_bytes", stream.CHUNK_BYTES, stream.CHUNK_BYTES)
        snapshot_bytes = _number(body, "snapshot_bytes", PAGE_BYTES, MAX_SNAPSHOT_BYTES)
        if snapshot_bytes % PAGE_BYTES or set(body) != _FIELDS:
            raise ValueError("bad size or fields")
        header = Header(
            raw=raw, vault_id=vault_id, created_at=_text(body, "created_at", _TIME),
            app_version=_text(body, "app_version", _APP_VERSION), snapshot_bytes=snapshot_bytes,
            key_file=_key_file(body["key_file"], vault_id), payload_salt=_bytes(body["payload_salt"], SALT_BYTES),
            manifest=_sealed(manifest), manifest_ad=canonical_json(body),
        )
    except (KeyError, TypeError, ValueError):
        raise BackupDamaged("header", "A field is missing or malformed.") from None
    return header


_FIELDS = {"format", "version", "vault_id", "created_at", "app_version", "chunk_bytes", "snapshot_bytes",
           "key_file", "payload_salt"}


def _key_file(value: Any, vault_id: str) -> KeyHeader:
    """The embedded key file, checked by the vault's own reader (which bounds the KDF parameters)."""
    if not isinstance(value, dict):
        raise ValueError("key file is not an object")
    try:
        key_file = KeyHeader.from_bytes(canonical_json(value))
    except NewerVersion:
        raise UnknownFormatVersion(NEWER) from None
    except VaultDamaged:
        raise BackupDamaged("header", "Its key settings are missing or out of range.") from None
    if key_file.vault_id != vault_id or len(key_file.recovery_salt) != 16:
        raise ValueError("key file of another vault, or a bad salt")
    for slot in (key_file.password_slot, key_file.recovery_slot):  # a data key of 32 bytes, sealed
        _bytes(slot["nonce"], 12)
        _bytes(slot["sealed"], 48)
    if not (_HEX64.fullmatch(key_file.rollback.head) and _HEX64.fullmatch(key_file.rollback.mac)):
        raise ValueError("rollback record")
    return key_file


def _text(body: dict[str, Any], key: str, pattern: re.Pattern[str]) -> str:
    value = body[key]
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise ValueError(key)
    return value


def _number(body: dict[str, Any], key: str, low: int, high: int) -> int:
    value = body[key]
    if type(value) is not int or not low <= value <= high:
        raise ValueError(key)
    return value


def _bytes(value: Any, length: int) -> bytes:
    if not isinstance(value, str) or len(unb64(value)) != length:
        raise ValueError("wrong length")
    return unb64(value)


def _sealed(value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or set(value) != {"nonce", "sealed"}:
        raise ValueError("sealed box")
    _bytes(value["nonce"], 12)
    if not isinstance(value["sealed"], str) or len(unb64(value["sealed"])) < 16:
        raise ValueError("sealed box")
    return {"nonce": value["nonce"], "sealed": value["sealed"]}
