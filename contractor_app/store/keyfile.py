"""The key header ``vault.key``: a small JSON file holding everything needed to unlock the database.

Its fields: format version, vault id, Argon2id parameters and salt, the data key wrapped by the password and by the
recovery key (AES-GCM, header fields as associated data), and the anti-rollback record (latest audit sequence and
chain head, MAC keyed from the data key). A plain SHA-256 of the content comes first when reading, so a damaged
header is reported as damage and never mistaken for a wrong password.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import NewerVersion, VaultDamaged
from .crypto import KdfParams, b64, subkey, unb64
from .fileio import atomic_write

FORMAT = "contractor-ledger-vault-key"
VERSION = 1


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

    @staticmethod
    def sign(data_key: bytes, vault_id: str, seq: int, head: str) -> RollbackRecord:
        return RollbackRecord(seq, head, _rollback_mac(data_key, vault_id, seq, head))

    def authentic(self, data_key: bytes, vault_id: str) -> bool:
        return hmac.compare_digest(self.mac, _rollback_mac(data_key, vault_id, self.seq, self.head))


def _rollback_mac(data_key: bytes, vault_id: str, seq: int, head: str) -> str:
    message = canonical_json({"vault_id": vault_id, "seq": seq, "head": head})
    return hmac.new(subkey(data_key, "rollback record"), message, hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class KeyHeader:
    vault_id: str
    created_at: str
    kdf: KdfParams
    password_slot: dict[str, str]
    recovery_salt: bytes
    recovery_slot: dict[str, str]
    rollback: RollbackRecord

    def password_ad(self) -> bytes:
        """Associated data binding the password-wrapped key to this vault and these KDF parameters."""
        return canonical_json({"format": FORMAT, "version": VERSION, "vault_id": self.vault_id,
                               "slot": "password", "kdf": _kdf_json(self.kdf)})

    def recovery_ad(self) -> bytes:
        return canonical_json({"format": FORMAT, "version": VERSION, "vault_id": self.vault_id,
                               "slot": "recovery", "salt": b64(self.recovery_salt)})

    def with_rollback(self, rollback: RollbackRecord) -> KeyHeader:
        return replace(self, rollback=rollback)

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "kdf": _kdf_json(self.kdf),
            "password_slot": self.password_slot,
            "recovery_salt": b64(self.recovery_salt),
            "recovery_slot": self.recovery_slot,
            "rollback": {"seq": self.rollback.seq, "head": self.rollback.head, "mac": self.rollback.mac},
        }
        body["checksum"] = hashlib.sha256(canonical_json(body)).hexdigest()
        return json.dumps(body, sort_keys=True, indent=1).encode("utf-8") + b"\n"

    @staticmethod
    def from_bytes(data: bytes) -> KeyHeader:
        try:
            body = json.loads(data.decode("utf-8"))
            if not isinstance(body, dict) or body.get("format") != FORMAT:
                raise ValueError("not a key header")
            version = body["version"]
            if not isinstance(version, int):
                raise ValueError("bad version")
        except (ValueError, KeyError, UnicodeDecodeError):
            raise VaultDamaged("key file", "It is not a readable key file.") from None
        checksum = body.pop("checksum", None)
        if checksum != hashlib.sha256(canonical_json(body)).hexdigest():
            if version > VERSION:
                raise NewerVersion("These records were made by a newer version of Contractor Ledger; update the app.")
            raise VaultDamaged("key file", "Its checksum does not match.")
        if version > VERSION:
            raise NewerVersion("These records were made by a newer version of Contractor Ledger; update the app.")
        try:
            kdf = body["kdf"]
            rollback = body["rollback"]
            return KeyHeader(
                vault_id=str(body["vault_id"]),
                created_at=str(body["created_at"]),
                kdf=KdfParams(_int(kdf["iterations"]), _int(kdf["memory_kib"]), _int(kdf["lanes"]),
                              unb64(kdf["salt"])),
                password_slot=_slot(body["password_slot"]),
                recovery_salt=unb64(body["recovery_salt"]),
                recovery_slot=_slot(body["recovery_slot"]),
                rollback=RollbackRecord(_int(rollback["seq"]), str(rollback["head"]), str(rollback["mac"])),
            )
        except (KeyError, TypeError, ValueError):
            raise VaultDamaged("key file", "A field is missing or malformed.") from None

    @staticmethod
    def read(path: Path) -> KeyHeader:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise VaultDamaged("key file missing", "The database is there but its key file is not.") from None
        return KeyHeader.from_bytes(data)

    def write(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())


def _kdf_json(kdf: KdfParams) -> dict[str, Any]:
    return {"algorithm": "argon2id", "iterations": kdf.iterations, "memory_kib": kdf.memory_kib,
            "lanes": kdf.lanes, "salt": b64(kdf.salt)}


def _int(value: Any) -> int:
    """An integer field, strictly: "3", 3.0 or true are not integers in a file we did not write."""
    if type(value) is not int:
        raise ValueError("not an integer")
    return value


def _slot(value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not {"nonce", "sealed"} <= value.keys():
        raise ValueError("bad slot")
    return {"nonce": str(value["nonce"]), "sealed": str(value["sealed"])}

