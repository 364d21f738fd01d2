"""The files devices leave for each other in a sync folder: encrypted and authenticated like backups.

    MAGIC (8) | body length (8, big-endian) | nonce (12) | AES-256-GCM(sync key, JSON) | Ed25519 signature (64)

The sync key is shared by every paired device (the pairing code carries it), so the encryption keeps the folder's
host (a cloud drive) out and tells a paired device's file from a stranger's. The AAD binds the writing device and
the file's name, so a file cannot be moved to another device's folder or renumbered. The signature, by the
writing device's own key, lets the others stop trusting one device (removed: its files are no longer read) while
they keep the shared key.

A sync tool copies files piecemeal: a file shorter than its header says is *incomplete* (read again next time),
which is different from one that is whole but wrong (*refused*).
"""

from __future__ import annotations

import json
import os
import struct
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"CLSYNC1\n"
_HEADER = struct.Struct(">8sQ")
NONCE = 12
SIGNATURE = 64
MAX_BODY = 64 * 1024 * 1024


class Incomplete(Exception):
    """The file is still arriving (shorter than its header says): read it again later."""


class Refused(Exception):
    """The file is whole but cannot be trusted: another sync key, a wrong signature, a damaged body."""


def aad(device_id: str, name: str) -> bytes:
    return f"{device_id}/{name}".encode()


def seal(payload: dict[str, Any], *, key: bytes, signer: Ed25519PrivateKey, device_id: str, name: str) -> bytes:
    nonce = os.urandom(NONCE)
    body = nonce + AESGCM(key).encrypt(nonce, json.dumps(payload, sort_keys=True).encode(), aad(device_id, name))
    signed = _HEADER.pack(MAGIC, len(body)) + body
    return signed + signer.sign(signed)


def open_sealed(data: bytes, *, key: bytes, device_id: str, name: str) -> tuple[dict[str, Any], bytes, bytes]:
    """(payload, signed bytes, signature): decrypted and length-checked; the caller checks the signature with the
    public key it trusts for ``device_id`` (:func:`check_signature`)."""
    if len(data) < _HEADER.size:
        raise Incomplete
    magic, length = _HEADER.unpack_from(data)
    if magic != MAGIC or length > MAX_BODY or length < NONCE + 16:
        raise Refused("not a sync file of this app")
    whole = _HEADER.size + length + SIGNATURE
    if len(data) < whole:
        raise Incomplete
    if len(data) > whole:
        raise Refused("longer than its header says")
    signed, signature = data[: _HEADER.size + length], data[_HEADER.size + length:]
    body = signed[_HEADER.size:]
    try:
        plain = AESGCM(key).decrypt(body[:NONCE], body[NONCE:], aad(device_id, name))
    except InvalidTag:
        raise Refused("it does not open with this folder's sync key (a device not paired, or a damaged file)") \
            from None
    try:
        payload = json.loads(plain)
    except ValueError:
        raise Refused("its content is not readable") from None
    if not isinstance(payload, dict):
        raise Refused("its content is not readable")
    return payload, signed, signature


def check_signature(public_key_hex: str, signed: bytes, signature: bytes) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(signature, signed)
    except (InvalidSignature, ValueError):
        raise Refused("its signature is not that of the device it names") from None
