"""Which secrets open a backup, and the keys one backup file is encrypted with.

A backup carries the vault's own key slots (its key file as it was when the backup was made), so it opens with the
password in force then, or with the recovery key, exactly as the vault did, and a restored vault keeps both. The
data key they unwrap never encrypts backup bytes itself: each file gets its own payload and manifest keys, derived
by HKDF from the data key and a random salt in the header.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import BackupDamaged, WrongPassword
from ..store import crypto
from ..store.keyfile import KeyHeader


@dataclass(frozen=True, slots=True)
class Password:
    text: str


@dataclass(frozen=True, slots=True)
class RecoveryKey:
    text: str


Secret = Password | RecoveryKey


@dataclass(frozen=True, slots=True)
class FileKeys:
    payload: bytes
    manifest: bytes


def unwrap_data_key(key_file: KeyHeader, secret: Secret) -> bytes:
    """The vault's data key from the backup's key slots; WrongPassword (exit 3) when the secret does not open it."""
    if isinstance(secret, Password):
        data_key = key_file.unwrap_password(secret.text)
        if data_key is None:
            raise WrongPassword("Wrong password for this backup: it opens with the password you had when it was "
                                "made, or with your recovery key. Nothing was changed.")
    else:
        data_key = key_file.unwrap_recovery(secret.text)
        if data_key is None:
            raise WrongPassword("That recovery key does not open this backup. Nothing was changed.")
    return data_key


def file_keys(data_key: bytes, salt: bytes) -> FileKeys:
    def derive(purpose: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=crypto.KEY_BYTES, salt=salt,
                    info=b"contractor-ledger backup v1 " + purpose).derive(data_key)

    return FileKeys(payload=derive(b"payload"), manifest=derive(b"manifest"))


def open_sealed(key: bytes, sealed: dict[str, str], associated: bytes) -> bytes:
    """Open a box of the header. The password was already proven right, so a failure here is damage."""
    opened = crypto.unwrap(key, sealed, associated)
    if opened is None:
        raise BackupDamaged("header", "Its list of contents fails its check.")
    return opened
