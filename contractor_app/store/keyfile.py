"""The key header ``vault.key``: a small JSON file holding everything needed to unlock the database.

Its fields: format version, vault id, Argon2id parameters and salt, the data key wrapped by the password and sealed
to the recovery key (AES-GCM, header fields as associated data), and the anti-rollback record (latest audit sequence
and chain head). The record's MAC, keyed from the data key, covers the whole header (format 2): a record cut from
one header and pasted into another fails. A plain SHA-256 of the content comes first when reading, so a damaged
header is reported as damage and never mistaken for a wrong password. Every field is checked for type and size
before use: the file is hostile until checked.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import UnknownFormatVersion, VaultDamaged
from . import crypto
from .crypto import KdfParams, b64, subkey, unb64
from .fileio import atomic_write

FORMAT = "contractor-ledger-vault-key"
# 2: the rollback MAC covers the whole header, and the recovery slot may be sealed to a public key. Format 1 files
# are read and become format 2 at their next write.
VERSION = 2
KDF_ALGORITHM = "argon2id"
NEWER = ("Your key file names a version this app does not know: your records were made by a newer version of "
         "Contractor Ledger (update the app), or the file was changed (then restore your newest backup). Nothing "
         "was changed.")
MAX_HEADER_BYTES = 64 * 1024
_HEX64 = re.compile(r"[0-9a-f]{64}")


# One encoder, not one per call as json.dumps makes: the audit chain encodes twice per event (bulk imports).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(value: Any) -> bytes:
    return _CANONICAL.encode(value).encode("utf-8")


@dataclass(frozen=True, slots=True)
class RollbackRecord:
    """The newest audit event the vault is known to hold. A database whose chain is behind it was rolled back."""

    seq: int
    head: str
    mac: str


@dataclass(frozen=True, slots=True)
class KeyHeader:
    vault_id: str
    created_at: str
    kdf: KdfParams
    password_slot: dict[str, str]
    recovery_salt: bytes
    recovery_slot: dict[str, str]
    rollback: RollbackRecord
    # The recovery key's X25519 public key; None in a format 1 file (its recovery slot is an HKDF-keyed wrap).
    recovery_public: bytes | None = None
    version: int = VERSION
    # The latest change of the records a restore the worker asked for replaced (0: none). Under the rollback MAC, so
    # only the data key's holder can set it: backups at or below it are older on purpose, not evidence of a rollback
    # (docs/security.md, "Rollback").
    restored_over: int = 0

    # --- slots ----------------------------------------------------------------------------------------------

    def password_ad(self) -> bytes:
        """Associated data binding the password-wrapped key to this vault and these KDF parameters."""
        return canonical_json({"format": FORMAT, "version": 1, "vault_id": self.vault_id,
                               "slot": "password", "kdf": _kdf_json(self.kdf)})

    def recovery_ad(self) -> bytes:
        fields: dict[str, Any] = {"format": FORMAT, "version": 1, "vault_id": self.vault_id, "slot": "recovery",
                                  "salt": b64(self.recovery_salt)}
        if self.recovery_public is not None:
            fields.update(version=2, public=b64(self.recovery_public))
        return canonical_json(fields)

    def unwrap_password(self, password: str) -> bytes | None:
        """The data key, or None for a wrong password. Slow by design (Argon2id)."""
        return self.unwrap_with(self.kdf.derive(password))

    def unwrap_with(self, password_key: bytes) -> bytes | None:
        """The data key from ``self.kdf.derive(password)`` derived beforehand (store/unlocking.py), or None for a
        wrong password."""
        return crypto.unwrap(password_key, self.password_slot, self.password_ad())

    def unwrap_recovery(self, recovery_key: str) -> bytes | None:
        """The data key, or None when this recovery key is not the vault's (InvalidInput if it is malformed)."""
        if self.recovery_public is None:
            return crypto.unwrap(crypto.recovery_kek(recovery_key, self.recovery_salt), self.recovery_slot,
                                 self.recovery_ad())
        private = crypto.recovery_private(recovery_key, self.recovery_salt)
        if not hmac.compare_digest(private.public_key().public_bytes_raw(), self.recovery_public):
            return None
        return crypto.open_sealed_to(private, self.recovery_slot, self.recovery_ad())

    def with_password(self, password: str, data_key: bytes, kdf: KdfParams) -> KeyHeader:
        """``data_key`` wrapped under ``password`` with ``kdf`` (the rollback record must be signed again)."""
        draft = replace(self, kdf=kdf)
        return replace(draft, password_slot=crypto.wrap(kdf.derive(password), data_key, draft.password_ad()))

    def with_recovery(self, recovery_key: str, data_key: bytes) -> KeyHeader:
        """``data_key`` sealed to ``recovery_key`` (new or the same), with a fresh salt."""
        salt = crypto.new_data_key()[: crypto.SALT_BYTES]
        public = crypto.recovery_public(recovery_key, salt)
        draft = replace(self, recovery_salt=salt, recovery_public=public)
        return replace(draft, recovery_slot=crypto.seal_to(public, data_key, draft.recovery_ad()))

    def resealed_recovery(self, data_key: bytes) -> KeyHeader:
        """``data_key`` sealed to the recovery key already in this header, which need not be known: a re-key."""
        if self.recovery_public is None:
            raise ValueError("a format 1 recovery slot cannot be resealed without its recovery key")
        return replace(self, recovery_slot=crypto.seal_to(self.recovery_public, data_key, self.recovery_ad()))

    # --- the rollback record ----------------------------------------------------------------------------------

    def signed(self, data_key: bytes, seq: int, head: str) -> KeyHeader:
        """This header (as format 2) with the rollback record at ``seq``/``head``, its MAC over the whole header."""
        draft = replace(self, version=VERSION, rollback=RollbackRecord(seq, head, ""))
        return replace(draft, rollback=RollbackRecord(seq, head, draft._rollback_mac(data_key)))

    def rollback_authentic(self, data_key: bytes) -> bool:
        return hmac.compare_digest(self.rollback.mac.encode("ascii", "replace"),
                                   self._rollback_mac(data_key).encode("ascii"))

    def _rollback_mac(self, data_key: bytes) -> str:
        if self.version == 1:
            message = canonical_json({"vault_id": self.vault_id, "seq": self.rollback.seq,
                                      "head": self.rollback.head})
            return hmac.new(subkey(data_key, "rollback record"), message, hashlib.sha256).hexdigest()
        body = self._body()
        body["rollback"] = {"seq": self.rollback.seq, "head": self.rollback.head}
        return hmac.new(subkey(data_key, "rollback record of the whole header"), canonical_json(body),
                        hashlib.sha256).hexdigest()

    # --- bytes ------------------------------------------------------------------------------------------------

    def _body(self) -> dict[str, Any]:
        body = {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "kdf": _kdf_json(self.kdf),
            "password_slot": self.password_slot,
            "recovery_salt": b64(self.recovery_salt),
            "recovery_slot": self.recovery_slot,
            "rollback": {"seq": self.rollback.seq, "head": self.rollback.head, "mac": self.rollback.mac},
        }
        if self.recovery_public is not None:
            body["recovery_public"] = b64(self.recovery_public)
        if self.restored_over:  # absent when 0, so the key files of vaults never restored are byte for byte as before
            body["restored_over"] = self.restored_over
        return body

    def to_bytes(self) -> bytes:
        body = self._body()
        body["checksum"] = hashlib.sha256(canonical_json(body)).hexdigest()
        return json.dumps(body, sort_keys=True, indent=1).encode("utf-8") + b"\n"

    @staticmethod
    def from_bytes(data: bytes) -> KeyHeader:
        if len(data) > MAX_HEADER_BYTES:
            raise VaultDamaged("key file", "It is far larger than a key file.")
        try:
            body = json.loads(data.decode("utf-8"))
            if not isinstance(body, dict) or body.get("format") != FORMAT:
                raise ValueError("not a key header")
            version = _int(body["version"])
        except (ValueError, KeyError, UnicodeDecodeError, RecursionError):
            raise VaultDamaged("key file", "It is not a readable key file.") from None
        checksum = body.pop("checksum", None)
        if not isinstance(checksum, str) or not hmac.compare_digest(
                checksum.encode("utf-8", "replace"), hashlib.sha256(canonical_json(body)).hexdigest().encode()):
            raise VaultDamaged("key file", "Its checksum does not match." if version <= VERSION else
                               "Its checksum does not match (or it was made by a newer version of Contractor Ledger).")
        if version > VERSION:
            raise UnknownFormatVersion(NEWER)
        try:
            if version < 1:
                raise ValueError("version")
            kdf = _object(body["kdf"])
            if kdf["algorithm"] != KDF_ALGORITHM:
                if isinstance(kdf["algorithm"], str) and re.fullmatch(r"[a-z0-9-]{1,32}", kdf["algorithm"]):
                    raise UnknownFormatVersion(NEWER)
                raise ValueError("algorithm")
            rollback = _object(body["rollback"])
            public = body.get("recovery_public") if version >= 2 else None
            header = KeyHeader(
                vault_id=_text(body["vault_id"], 64),
                created_at=_text(body["created_at"], 64),
                kdf=KdfParams(_int(kdf["iterations"]), _int(kdf["memory_kib"]), _int(kdf["lanes"]),
                              _bytes(kdf["salt"], None)),
                password_slot=_slot(body["password_slot"], ephemeral=False),
                recovery_salt=_bytes(body["recovery_salt"], crypto.SALT_BYTES),
                recovery_slot=_slot(body["recovery_slot"], ephemeral=public is not None),
                rollback=RollbackRecord(_int(rollback["seq"]), _hex64(rollback["head"]), _hex64(rollback["mac"])),
                recovery_public=None if public is None else _bytes(public, 32),
                version=version,
                restored_over=_int(body.get("restored_over", 0)) if version >= 2 else 0,
            )
            if header.rollback.seq < 0 or header.restored_over < 0:
                raise ValueError("seq")
            return header
        except (KeyError, TypeError, ValueError):
            raise VaultDamaged("key file", "A field is missing or malformed.") from None

    @staticmethod
    def read(path: Path) -> KeyHeader:
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_HEADER_BYTES + 1)
        except FileNotFoundError:
            raise VaultDamaged("key file missing", "The database is there but its key file is not.") from None
        return KeyHeader.from_bytes(data)

    def write(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())


def _kdf_json(kdf: KdfParams) -> dict[str, Any]:
    return {"algorithm": KDF_ALGORITHM, "iterations": kdf.iterations, "memory_kib": kdf.memory_kib,
            "lanes": kdf.lanes, "salt": b64(kdf.salt)}


def _int(value: Any) -> int:
    """An integer field, strictly: "3", 3.0 or true are not integers in a file we did not write."""
    if type(value) is not int or not -(2**63) <= value < 2**63:
        raise ValueError("not an integer")
    return value


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("not an object")
    return value


def _text(value: Any, limit: int) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= limit:
        raise ValueError("not a short text")
    return value


def _hex64(value: Any) -> str:
    if not isinstance(value, str) or not _HEX64.fullmatch(value):
        raise ValueError("not 64 hex digits")
    return value


def _bytes(value: Any, length: int | None) -> bytes:
    """Base64 of exactly ``length`` bytes (any length up to 64 when None)."""
    if not isinstance(value, str) or len(value) > 128:
        raise ValueError("not base64")
    raw = unb64(value)  # binascii.Error is a ValueError
    if b64(raw) != value:  # stray bits in the last character: the same bytes, but not a file we wrote
        raise ValueError("non-canonical base64")
    if (length is not None and len(raw) != length) or (length is None and not raw):
        raise ValueError("wrong length")
    return raw


def _slot(value: Any, *, ephemeral: bool) -> dict[str, str]:
    """A wrapped 32-byte data key: a 12-byte nonce and 48 sealed bytes (key and tag), plus the sender's public key
    when it is sealed to the recovery key."""
    value = _object(value)
    slot = {"nonce": value["nonce"], "sealed": value["sealed"]}
    _bytes(slot["nonce"], crypto.NONCE_BYTES)
    _bytes(slot["sealed"], crypto.KEY_BYTES + 16)
    if ephemeral:
        slot["ephemeral"] = value["ephemeral"]
        _bytes(slot["ephemeral"], 32)
    return slot
