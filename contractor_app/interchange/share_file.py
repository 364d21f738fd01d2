"""The pay-share file (docs/share-format.md): canonical JSON signed with a key made for that one share.

Writing: the share's rows as JSON with sorted keys and no spaces, a random id, and an Ed25519 signature over the
document without its signature. The key pair is made for the share and forgotten: the public key in the file lets a
group see that nothing changed after export, and identifies neither the worker nor the vault (a group cannot link
two shares by key). Whoever edits a file can sign it again with a key of their own; the signature shows edits made
without doing so, which is what a group pooling files by hand meets.

Reading is for files from strangers: bounded in size, every field checked for type, range and length, unknown
fields refused, and any problem reported as one line naming the file.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..domain.share import CATEGORIES, DAYS_LATE_LABELS, Share, ShareRow
from ..errors import InvalidInput

FORMAT = "contractor-ledger-pay-share"
VERSION = 1
MAX_BYTES = 512 * 1024
MAX_ROWS = 2_000
MAX_TEXT = 80
_MONTH = re.compile(r"\A\d{4}-(0[1-9]|1[0-2])\Z")
_CURRENCY = re.compile(r"\A[A-Z]{3}\Z")
_REGION = re.compile(r"\A[A-Z]{2}(-[A-Z0-9]{1,3})?\Z")
_AMOUNT = re.compile(r"\A-?\d{1,13}(\.\d{1,2})?\Z")
_KEYS = {"format", "version", "id", "months", "rows", "public_key", "signature"}
_ROW_KEYS = {"month", "platform", "category", "region", "currency", "hours", "unpaid_percent", "earned", "paid",
             "fees", "hourly_rate", "net_hourly_rate", "minimum_wage", "below_minimum", "late_payments",
             "short_payments", "days_late"}


class ShareRefused(InvalidInput):
    """A share file that is malformed, of another format, or changed after it was signed."""


def new_share_id() -> str:
    return str(uuid.uuid4())


def encode(share: Share) -> bytes:
    """The signed file's bytes."""
    key = Ed25519PrivateKey.generate()
    document = _document(share)
    document["public_key"] = _b64(key.public_key().public_bytes_raw())
    document["signature"] = _b64(key.sign(_canonical(document)))
    return _canonical(document) + b"\n"


def decode(path: Path, data: bytes) -> Share:
    """The share in ``data`` (read from ``path``), or ShareRefused saying what is wrong with it."""
    if len(data) > MAX_BYTES:
        raise _refused(path, f"larger than {MAX_BYTES // 1024} KiB, which no share is")
    try:
        document = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _refused(path, "not a share file (not valid JSON)") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _refused(path, "not a pay share of Contractor Ledger")
    if document.get("version") != VERSION:
        raise _refused(path, f"share format version {document.get('version')!r}; this app reads version {VERSION}")
    if set(document) != _KEYS:
        raise _refused(path, "its fields are not those of a share")
    _check_signature(path, document)
    try:
        share = _share(document)
    except (KeyError, TypeError, ValueError, InvalidOperation) as error:
        raise _refused(path, str(error) or "a field has the wrong type") from None
    return share


def _document(share: Share) -> dict[str, Any]:
    return {
        "format": FORMAT, "version": VERSION, "id": share.share_id,
        "months": {"first": share.first_month, "last": share.last_month},
        "rows": [_row_json(row) for row in share.rows],
    }


def _row_json(row: ShareRow) -> dict[str, Any]:
    def amount(value: Decimal | None) -> str | None:
        return None if value is None else f"{value:.2f}"

    return {
        "month": row.month, "platform": row.platform, "category": row.category, "region": row.region,
        "currency": row.currency, "hours": row.hours, "unpaid_percent": row.unpaid_percent,
        "earned": amount(row.earned), "paid": amount(row.paid), "fees": amount(row.fees),
        "hourly_rate": amount(row.hourly_rate), "net_hourly_rate": amount(row.net_hourly_rate),
        "minimum_wage": amount(row.minimum_wage), "below_minimum": row.below_minimum,
        "late_payments": row.late_payments, "short_payments": row.short_payments, "days_late": row.days_late,
    }


def _canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _check_signature(path: Path, document: dict[str, Any]) -> None:
    public_key, signature = document["public_key"], document["signature"]
    if not isinstance(public_key, str) or not isinstance(signature, str) or len(public_key) > 64 \
            or len(signature) > 128:
        raise _refused(path, "its signature fields are malformed")
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        unsigned = {name: value for name, value in document.items() if name != "signature"}
        # Amounts are strings, so the canonical form re-serialises the document exactly as the writer did.
        key.verify(base64.b64decode(signature, validate=True), _canonical(unsigned))
    except (binascii.Error, ValueError, TypeError):
        raise _refused(path, "its signature fields are malformed") from None
    except InvalidSignature:
        raise _refused(path, "it was changed after it was exported (the signature does not match)") from None


def _share(document: dict[str, Any]) -> Share:
    share_id = document["id"]
    if not isinstance(share_id, str) or str(uuid.UUID(share_id)) != share_id:
        raise ValueError("its id is not a share id")
    months = document["months"]
    if not isinstance(months, dict) or set(months) != {"first", "last"}:
        raise ValueError("its months are malformed")
    first, last = _month(months["first"]), _month(months["last"])
    rows = document["rows"]
    if not isinstance(rows, list) or len(rows) > MAX_ROWS:
        raise ValueError(f"its rows are not a list of at most {MAX_ROWS}")
    return Share(share_id, first, last, tuple(_row(index, row) for index, row in enumerate(rows, start=1)))


def _row(index: int, row: Any) -> ShareRow:
    if not isinstance(row, dict) or set(row) != _ROW_KEYS:
        raise ValueError(f"row {index}: its fields are not those of a share row")
    category = row["category"]
    if category not in CATEGORIES:
        raise ValueError(f"row {index}: unknown kind of work {str(category)[:MAX_TEXT]!r}")
    days_late = row["days_late"]
    if days_late not in DAYS_LATE_LABELS:
        raise ValueError(f"row {index}: days late {str(days_late)[:MAX_TEXT]!r} is not a band")
    below = row["below_minimum"]
    if below is not None and not isinstance(below, bool):
        raise ValueError(f"row {index}: below_minimum is not true, false or null")
    return ShareRow(
        month=_month(row["month"]), platform=_text(index, "platform", row["platform"]), category=category,
        region=_matching(index, "region", row["region"], _REGION, optional=True),
        currency=_matching(index, "currency", row["currency"], _CURRENCY),
        hours=_count(index, "hours", row["hours"], 10_000), unpaid_percent=_count(index, "unpaid_percent",
                                                                                  row["unpaid_percent"], 100),
        earned=_amount(index, "earned", row["earned"]), paid=_amount(index, "paid", row["paid"]),
        fees=_amount(index, "fees", row["fees"]),
        hourly_rate=_optional_amount(index, "hourly_rate", row["hourly_rate"]),
        net_hourly_rate=_optional_amount(index, "net_hourly_rate", row["net_hourly_rate"]),
        minimum_wage=_optional_amount(index, "minimum_wage", row["minimum_wage"]),
        below_minimum=below,
        late_payments=_count(index, "late_payments", row["late_payments"], 10_000),
        short_payments=_count(index, "short_payments", row["short_payments"], 10_000),
        days_late=days_late,
    )


def _month(value: Any) -> str:
    if not isinstance(value, str) or not _MONTH.match(value):
        raise ValueError("a month is not written YYYY-MM")
    return value


def _text(index: int, name: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT or not value.isprintable():
        raise ValueError(f"row {index}: {name} is not a short line of text")
    return value


def _matching(index: int, name: str, value: Any, pattern: re.Pattern[str], *, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not pattern.match(value):
        raise ValueError(f"row {index}: {name} is malformed")
    return value


def _count(index: int, name: str, value: Any, ceiling: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= ceiling:
        raise ValueError(f"row {index}: {name} is not a whole number from 0 to {ceiling:,}")
    return value


def _amount(index: int, name: str, value: Any) -> Decimal:
    if not isinstance(value, str) or not _AMOUNT.match(value):
        raise ValueError(f"row {index}: {name} is not an amount written like \"12.50\"")
    return Decimal(value)


def _optional_amount(index: int, name: str, value: Any) -> Decimal | None:
    return None if value is None else _amount(index, name, value)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _refused(path: Path, why: str) -> ShareRefused:
    return ShareRefused(f"{path.name}: refused, {why}.")
