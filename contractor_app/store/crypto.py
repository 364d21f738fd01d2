"""Key derivation and key wrapping for the vault's key hierarchy (DESIGN.md section 3, docs/security.md).

password --Argon2id--> KEK --AES-GCM--> data key (DEK, a random 256-bit raw SQLCipher key)
recovery key (160 random bits) --HKDF--> X25519 private key; the DEK is sealed to its public key (ECDH with a fresh
ephemeral key, HKDF, AES-GCM). Sealing needs only the public key, so a password change can move the records to a
new DEK and keep the recovery key working without asking for it. (Key files of format 1 sealed the DEK with an
HKDF of the recovery key directly; they still open, and get the public-key form at the next re-key.)
"""

from __future__ import annotations

import base64
import os
import secrets
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import InvalidInput

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
RECOVERY_BYTES = 20
TARGET_UNLOCK_SECONDS = 0.5

# The ceiling on stored KDF parameters. A header is hostile until checked: its parameters are what an unlock will
# spend. Calibration uses 64 MiB and at most 64 iterations, so a header may ask for 4 times that memory (256 MiB) and
# at most the work of the slowest calibrated header, 64 iterations over 64 MiB (about 3.5 s on a 2-core machine
# where a calibrated unlock takes 0.5 s). Before this cap a hostile header could ask for 115 s and 1.1 GB.
MAX_ITERATIONS = 64
MAX_MEMORY_KIB = 256 * 1024
MAX_WORK_KIB = 64 * 1024 * MAX_ITERATIONS  # memory (KiB) times iterations
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
                and 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB
                and self.memory_kib * self.iterations <= MAX_WORK_KIB and 8 <= len(self.salt) <= 64):
            raise ValueError("key derivation parameters out of range")

    def derive(self, password: str) -> bytes:
        return Argon2id(
            salt=self.salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        ).derive(password.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class KdfPolicy:
    """What a new key file gets (calibrated Argon2id) and the floor below which an unlock strengthens it.

    There is no switch to weaken it from the environment: tests replace ``POLICY`` in their own process (see
    tests/kdf.py), so nothing a user's shell sets can make a real vault cheap to attack.
    """

    memory_kib: int = 64 * 1024
    lanes: int = 4
    min_iterations: int = 2
    max_iterations: int = MAX_ITERATIONS
    target_seconds: float = TARGET_UNLOCK_SECONDS

    def calibrate(self) -> KdfParams:
        """``memory_kib`` and ``lanes``, with iterations chosen so a derivation takes about ``target_seconds``."""
        salt = os.urandom(SALT_BYTES)
        if self.min_iterations == self.max_iterations:
            return KdfParams(self.min_iterations, self.memory_kib, self.lanes, salt)
        # Two probes, so the fixed cost (filling the memory) is not mistaken for per-iteration time.
        one, three = (_seconds(KdfParams(n, self.memory_kib, self.lanes, salt)) for n in (1, 3))
        per_iteration = max((three - one) / 2, 1e-3)
        fixed = max(one - per_iteration, 0.0)
        iterations = round((self.target_seconds - fixed) / per_iteration)
        return KdfParams(max(self.min_iterations, min(self.max_iterations, iterations)), self.memory_kib,
                         self.lanes, salt)

    def below_floor(self, params: KdfParams) -> bool:
        """Weaker than any vault this policy makes: re-wrapped with calibrated parameters at the next unlock."""
        return params.memory_kib < self.memory_kib or params.iterations < self.min_iterations


POLICY = KdfPolicy()


def calibrated_kdf() -> KdfParams:
    return POLICY.calibrate()


def below_floor(params: KdfParams) -> bool:
    return POLICY.below_floor(params)


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


def _recovery_raw(recovery_key: str) -> bytes:
    """Normalize what a person typed (case, spaces, dashes, 0/O, 1/I, 8/B) into the key's 160 bits."""
    cleaned = "".join(ch for ch in recovery_key.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        raw = b""
    if len(raw) != RECOVERY_BYTES:
        raise InvalidInput("That is not a recovery key: it has 32 letters and digits in groups of four.")
    return raw


def recovery_kek(recovery_key: str, salt: bytes) -> bytes:
    """The recovery KEK of key files of format 1 (HKDF of the recovery key; 160 random bits need no slow KDF)."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt,
                info=b"contractor-ledger recovery").derive(_recovery_raw(recovery_key))


def recovery_private(recovery_key: str, salt: bytes) -> X25519PrivateKey:
    raw = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt,
               info=b"contractor-ledger recovery x25519").derive(_recovery_raw(recovery_key))
    return X25519PrivateKey.from_private_bytes(raw)


def recovery_public(recovery_key: str, salt: bytes) -> bytes:
    return recovery_private(recovery_key, salt).public_key().public_bytes_raw()


def _sealing_kek(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=b"contractor-ledger recovery seal" + ephemeral + public).derive(shared)


def seal_to(public: bytes, data_key: bytes, associated: bytes) -> dict[str, str]:
    """Wrap ``data_key`` so that only the holder of the private key of ``public`` can unwrap it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    kek = _sealing_kek(ephemeral.exchange(X25519PublicKey.from_public_bytes(public)), ephemeral_public, public)
    return {**wrap(kek, data_key, associated), "ephemeral": b64(ephemeral_public)}


def open_sealed_to(private: X25519PrivateKey, sealed: dict[str, str], associated: bytes) -> bytes | None:
    """The data key, or None when ``private`` is not the key it was sealed to (or the slot was altered)."""
    ephemeral = unb64(sealed["ephemeral"])
    public = private.public_key().public_bytes_raw()
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    except ValueError:  # a low-order point: only a forged slot has one
        return None
    return unwrap(_sealing_kek(shared, ephemeral, public), sealed, associated)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)
