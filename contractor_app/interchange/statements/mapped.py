"""Any bank or platform export of payments, read through a column mapping the worker gives once (``--map
FIELD=COLUMN``) and the app keeps under a source name, as the entries importer keeps a generic CSV's mapping.

Fields: ``date``, ``amount`` and ``id`` (a transaction id unique in that source, so a re-import adds nothing)
are required; ``currency`` (else the client's), ``fees`` (what the platform kept), ``payer``, ``email`` and
``reference`` are optional. A positive amount is money in; zero and negative amounts are skipped as outgoing.
Payoneer has no public export layout, so `import payoneer` is this importer with the source name "payoneer".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...errors import InvalidInput
from . import common
from .common import ParsedStatement, StatementPayment, fail

FORMAT = "payments-csv"
FIELDS = ("date", "amount", "id", "currency", "fees", "payer", "email", "reference")
_REQUIRED = ("date", "amount", "id")


@dataclass(frozen=True, slots=True)
class PaymentMapping:
    date: str
    amount: str
    id: str
    currency: str | None = None
    fees: str | None = None
    payer: str | None = None
    email: str | None = None
    reference: str | None = None

    @classmethod
    def from_fields(cls, fields: dict[str, Any]) -> PaymentMapping:
        unknown = sorted(set(fields) - set(FIELDS))
        if unknown:
            raise InvalidInput.said("Unknown mapping field {field!r}: use {fields}.", field=unknown[0],
                                    fields=", ".join(FIELDS))
        for name, column in fields.items():
            if not isinstance(column, str) or not column.strip() or len(column) > common.MAX_TEXT:
                raise InvalidInput.said("The mapping of {name!r} must name a column.", name=name)
        missing = [name for name in _REQUIRED if name not in fields]
        if missing:
            raise InvalidInput.said("The mapping needs {fields}.",
                                    fields=", ".join(f"{name}=COLUMN" for name in missing))
        return cls(**{name: column.strip() for name, column in fields.items()})

    def fields(self) -> dict[str, str]:
        return {name: column for name, column in asdict(self).items() if column is not None}


def parse(path: Path, mapping: PaymentMapping, *, currency: str | None, source: str) -> ParsedStatement:
    table = common.read_table(path)
    col: dict[str, int] = {}
    for name, column in mapping.fields().items():
        index = table.column(column)
        if index is None:
            raise fail(path, 1, None, f"no column {column!r} (mapped to {name}); was the header changed? "
                                      f"Columns found: {', '.join(table.header)[:300]}")
        col[name] = index
    if "currency" not in col and currency is None:
        raise InvalidInput.said("{name}: no column is chosen as the currency; say which client the payments are from "
                                "(their currency is used) or choose the currency column. Nothing was imported.",
                                name=path.name)
    money = [row[col[key]] for _, row in table.rows for key in ("amount", "fees") if key in col]
    comma = common.decimal_comma(money)
    day_first = common.day_first((row[col["date"]] for _, row in table.rows), default=True)
    parsed = ParsedStatement(source, path)
    seen: dict[str, int] = {}
    for line, row in table.rows:
        value = {key: common.cell(row, index) for key, index in col.items()}
        txid = common.text(path, line, mapping.id, value["id"])
        if not txid:
            raise fail(path, line, mapping.id, "is empty")
        amount = common.amount(path, line, mapping.amount, value["amount"], comma=comma)
        on = common.parse_date(path, line, mapping.date, value["date"], day_first=day_first)
        assert amount is not None
        if amount <= 0:
            parsed.skipped[common.OUTGOING] += 1
            continue
        if txid in seen:
            raise fail(path, line, mapping.id, f"{txid} appears twice (also line {seen[txid]})")
        seen[txid] = line
        fees = common.amount(path, line, mapping.fees or "fees", value.get("fees", ""), comma=comma,
                             required=False)
        code = (common.currency(path, line, mapping.currency or "currency", value["currency"])
                if "currency" in value else currency)
        assert code is not None
        parsed.payments.append(StatementPayment(
            line=line, transaction_id=txid, received_on=on, gross=amount, fees=abs(fees) if fees else Decimal(0),
            currency=code, payer_name=common.text(path, line, mapping.payer or "payer", value.get("payer", "")),
            payer_email=common.text(path, line, mapping.email or "email", value.get("email", "")),
            reference=common.text(path, line, mapping.reference or "reference", value.get("reference", "")),
        ))
    return parsed
