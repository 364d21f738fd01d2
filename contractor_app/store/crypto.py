"""Key derivation and key wrapping for the vault's key hierarchy (DESIGN.md section 3).

password --Argon2id--> KEK --AES-GCM--> data key (DEK, a random 256-bit raw SQLCipher key)
recovery key (160 random bits) --HKDF--> recovery KEK --AES-GCM--> the same DEK
"""

from __future__ import annotations

import base64
import os
import secrets
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import InvalidInput

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
RECOVERY_BYTES = 20
TARGET_UNLOCK_SECONDS = 0.5

# Tests and benchmarks of everything but the KDF set this to get near-instant unlocks; never for real vaults.
FAST_KDF_ENV = "CONTRACTOR_APP_FAST_KDF"


# Bounds on stored KDF parameters. A header is hostile until checked: 64 GiB of memory or a million iterations
# would hang or kill the app before the password could even be tried.
MAX_ITERATIONS = 64
MAX_MEMORY_KIB = 1024 * 1024
MAX_LANES = 16


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters, stored in the key header so unlocking never depends on this machine's speed."""

    iterations: int
    memory_kib: int
    lanes: int
    salt: bytes

    def __post_init__(self) -> None:
        if not (1 <= self.iterations <= MAX_ITERATIONS and 1 <= self.lanes <= MAX_LANES
                and 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB and len(self.salt) >= 8):
            raise ValueError("key derivation parameters out of range")

    def derive(self, password: str) -> bytes:
        return Argon2id(
            salt=self.salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        ).derive(password.encode("utf-8"))


def fast_kdf_requested() -> bool:
    return os.environ.get(FAST_KDF_ENV) == "1"


def calibrated_kdf(target_seconds: float = TARGET_UNLOCK_SECONDS) -> KdfParams:
    """Argon2id at 64 MiB and 4 lanes, with iterations chosen so a derivation takes about ``target_seconds``."""
    salt = os.urandom(SALT_BYTES)
    if fast_kdf_requested():
        return KdfParams(iterations=1, memory_kib=256, lanes=1, salt=salt)
    # Two probes, so the fixed cost (filling 64 MiB) is not mistaken for per-iteration time.
    one, three = (_seconds(KdfParams(iterations=n, memory_kib=64 * 1024, lanes=4, salt=salt)) for n in (1, 3))
    per_iteration = max((three - one) / 2, 1e-3)
    fixed = max(one - per_iteration, 0.0)
    iterations = max(2, min(MAX_ITERATIONS, round((target_seconds - fixed) / per_iteration)))
    return KdfParams(iterations=iterations, memory_kib=64 * 1024, lanes=4, salt=salt)


def _seconds(params: KdfParams) -> float:
    began = time.perf_counter()
    params.derive("calibration")
    return time.perf_counter() - began


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def wrap(kek: bytes, data_key: bytes, associated: bytes) -> dict[str, str]:
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(kek).encrypt(nonce, data_key, associated)
    return {"nonce": b64(nonce), "sealed": b64(sealed)}


def unwrap(kek: bytes, wrapped: dict[str, str], associated: bytes) -> bytes | None:
    """The data key, or None when the KEK is wrong (or the wrapped key altered: the header checksum tells which)."""
    try:
        return AESGCM(kek).decrypt(unb64(wrapped["nonce"]), unb64(wrapped["sealed"]), associated)
    except InvalidTag:
        return None


def subkey(data_key: bytes, purpose: str) -> bytes:
    """A key for one purpose (rollback MAC, report signing seed, ...) derived from the data key."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose.encode()).derive(data_key)


# --- recovery key: 160 bits shown as 8 groups of 4 base32 characters -----------------------------------------

def new_recovery_key() -> str:
    raw = secrets.token_bytes(RECOVERY_BYTES)
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def recovery_kek(recovery_key: str, salt: bytes) -> bytes:
    """Normalize what a person typed (case, spaces, dashes, 0/O, 1/I, 8/B) and derive the recovery KEK.

    The recovery key has 160 random bits, so a fast KDF is enough; brute force is out of reach.
    """
    cleaned = "".join(ch for ch in recovery_key.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        raw = b""
    if len(raw) != RECOVERY_BYTES:
        raise InvalidInput("That is not a recovery key: it has 32 letters and digits in groups of four.")
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"contractor-ledger recovery").derive(raw)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)
