"""Signing a report so that anyone holding it can tell it is untouched, and which records it was made from.

The PDF's Keywords field carries a payload (kind, client, period, as-of day, the audit chain head, the SHA-256
of the report's data and of each section, the public key) and an Ed25519 signature. The signature covers the
WHOLE file with the signature's own 128 hex digits set to zeros, so changing any single byte anywhere, the
signature included, makes it invalid. The key is derived from the vault's data key, one per vault.

The payload and the signature are found in ONE place only: the Info dictionary's ``/Keywords (`` entry, whose
opening parenthesis no text of the records can produce (reportlab escapes parentheses inside PDF strings with a
backslash). A client named ``CLSIG:000...`` or ``CLDATA:...:CLDATA`` appears in the title and the pages, never there,
and the signature is put in and taken out at that entry's offset, never by searching and replacing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ..errors import LedgerError
from .data import ReportData

SIGNING_PURPOSE = "contractor-ledger report signing key v1"
PLACEHOLDER = "0" * 128
_PREFIX = "contractor-ledger-report"
_SIGNED = re.compile(rb"/Keywords \(" + _PREFIX.encode() + rb" CLDATA:([A-Za-z0-9_=-]+):CLDATA CLSIG:([0-9a-f]{128})\)")
MAX_REPORT_BYTES = 512 * 1024 * 1024


class ReportInvalid(LedgerError):
    """The file is not an untouched Contractor Ledger report."""

    exit_code = 4


def read_report_file(path: Path) -> bytes:
    """The bytes of a file to check, refused as too large by its size BEFORE it is read (and the read is bounded
    too: a file that grows meanwhile is cut at the limit and then refused). OSError passes to the caller."""
    too_large = ReportInvalid("This file is too large to be a Contractor Ledger report.")
    with path.open("rb") as handle:
        if os.fstat(handle.fileno()).st_size > MAX_REPORT_BYTES:
            raise too_large
        pdf = handle.read(MAX_REPORT_BYTES + 1)
    if len(pdf) > MAX_REPORT_BYTES:
        raise too_large
    return pdf


def public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(public: bytes) -> str:
    """SHA-256 of the public key, in groups of four hex digits, as a person can compare it."""
    digest = hashlib.sha256(public).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def payload(data: ReportData, public: bytes) -> dict[str, Any]:
    request = data.request
    return {
        "format": "contractor-ledger-report", "version": 1, "kind": request.kind, "client": request.client,
        "from": request.period.start.isoformat() if request.period.start else None,
        "to": request.period.end.isoformat() if request.period.end else None,
        "as_of": request.as_of.isoformat(), "paper": request.paper, "vault_id": data.vault_id,
        "audit_seq": data.audit_seq, "audit_head": data.audit_head, "data_sha256": data.data_sha256(),
        "sections": data.sections(), "public_key": public.hex(),
    }


def keywords(body: dict[str, Any]) -> str:
    encoded = base64.urlsafe_b64encode(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).decode()
    return f"{_PREFIX} CLDATA:{encoded}:CLDATA CLSIG:{PLACEHOLDER}"


def _signed_entry(pdf: bytes) -> re.Match[bytes] | None:
    """The one Keywords entry carrying payload and signature, or None when there is not exactly one."""
    found = list(_SIGNED.finditer(pdf))
    return found[0] if len(found) == 1 else None


def sign(pdf: bytes, key: Ed25519PrivateKey) -> bytes:
    """Fill the signature placeholder with the signature of the whole file (placeholder zeroed)."""
    entry = _signed_entry(pdf)
    if entry is None or entry.group(2) != PLACEHOLDER.encode():
        raise RuntimeError("the report has no single signature placeholder")
    signature = key.sign(pdf).hex().encode()
    return pdf[:entry.start(2)] + signature + pdf[entry.end(2):]


def read_signed(pdf: bytes) -> dict[str, Any]:
    """Check the signature over the file and return the payload; raise ReportInvalid otherwise."""
    entry = _signed_entry(pdf)
    if entry is None:
        raise ReportInvalid("This file does not carry a Contractor Ledger signature: it was altered, or not made "
                            "by Contractor Ledger.")
    try:
        body = json.loads(base64.urlsafe_b64decode(entry.group(1)))
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(body["public_key"]))
    except (ValueError, KeyError, TypeError):
        raise ReportInvalid("The report's signed data is unreadable: the file was altered.") from None
    blank = pdf[:entry.start(2)] + PLACEHOLDER.encode() + pdf[entry.end(2):]
    try:
        public.verify(bytes.fromhex(entry.group(2).decode()), blank)
    except InvalidSignature:
        raise ReportInvalid("The report was altered after it was made: its signature does not match.") from None
    if not _well_formed(body):  # signed, but by any key: its fields are checked like any input
        raise ReportInvalid("The report's signed data is not what Contractor Ledger writes: it was not made by it.")
    return body


# The payload's fields and their types, as ``payload`` writes them.
_TEXT, _MAYBE_TEXT = (str,), (str, type(None))
_FIELDS = {"kind": _TEXT, "client": _MAYBE_TEXT, "from": _MAYBE_TEXT, "to": _MAYBE_TEXT, "as_of": _TEXT,
           "paper": _TEXT, "vault_id": _TEXT, "audit_seq": (int,), "audit_head": _TEXT, "data_sha256": _TEXT,
           "sections": (dict,), "public_key": _TEXT}


def _well_formed(body: object) -> bool:
    return (isinstance(body, dict) and all(isinstance(body.get(key, ...), kinds) for key, kinds in _FIELDS.items())
            and not isinstance(body["audit_seq"], bool)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in body["sections"].items()))


@dataclass(frozen=True, slots=True)
class ReportCheck:
    body: dict[str, Any]
    same_key: bool
    changed_sections: tuple[str, ...]
    changes_since: int  # audit events recorded after the report was made
