"""PayPal "Activity download" CSV (Reports > Activity download, CSV, "Balance affecting").

The worker chooses which columns the download has, so columns are found by their header name, in any order:
Date, Time, TimeZone, Name, Type, Status, Currency, Gross, Fee, Net, From Email Address, Transaction ID,
Reference Txn ID, Invoice Number, Balance Impact (Date, Type, Currency, Gross and Transaction ID are required).
The file starts with a UTF-8 byte-order mark and quotes every cell. Dates and amounts follow the account's
locale (12/31/2026 and 1,234.56 in the US; 31.12.2026 or 31/12/2026 and 1.234,56 elsewhere); see common.py.

A payment from a client is a completed credit with a positive gross that is not one of the kinds below; the
fee PayPal kept is the Fee column (written negative). Skipped and counted: currency conversions (their two rows,
tied by Reference Txn ID, give a recorded rate, and the payment they convert keeps both amounts), withdrawals
to a bank, transfers, refunds and reversals, holds (Balance Impact "Memo"), other outgoing money, and anything
not Completed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from . import common
from .common import ParsedStatement, Rate, StatementPayment, fail

FORMAT = "paypal"
_US_ZONES = ("PST", "PDT", "MST", "MDT", "CST", "CDT", "EST", "EDT", "AKST", "AKDT", "HST", "America/")
_KINDS = (  # (words in Type, skip reason), first match wins
    (("conversion",), common.CONVERSION),
    (("withdraw", "to bank"), common.WITHDRAWAL),
    (("hold", "authorization", "authorisation"), common.HOLD),  # before refunds: "Reversal of ... Hold"
    (("refund", "reversal", "chargeback", "dispute"), common.REFUND),
    (("transfer", "deposit", "add funds"), common.TRANSFER),  # money the worker added (bank, card)
)


def parse(path: Path) -> ParsedStatement:
    table = common.read_table(path)
    col = {
        "date": table.require("Date"), "type": table.require("Type"), "currency": table.require("Currency"),
        "gross": table.require("Gross"), "id": table.require("Transaction ID"),
        "fee": table.column("Fee"), "net": table.column("Net"), "status": table.column("Status"),
        "impact": table.column("Balance Impact"), "name": table.column("Name"),
        "email": table.column("From Email Address"), "ref_txn": table.column("Reference Txn ID"),
        "invoice": table.column("Invoice Number"), "zone": table.column("TimeZone", "Time Zone"),
    }
    money_cells = [common.cell(row, col[key]) for _, row in table.rows for key in ("gross", "fee", "net")
                   if col[key] is not None]
    comma = common.decimal_comma(money_cells)
    zones = {common.cell(row, col["zone"]) for _, row in table.rows}
    us = any(zone.startswith(_US_ZONES) for zone in zones) or (not comma and not zones - {""})
    day_first = common.day_first((common.cell(row, col["date"]) for _, row in table.rows), default=not us)
    parsed = ParsedStatement(FORMAT, path)
    conversions: dict[str, list[tuple[date, str, Decimal, str]]] = {}
    seen: dict[str, int] = {}
    for line, row in table.rows:
        value = {key: common.cell(row, index) for key, index in col.items()}
        txid = common.text(path, line, "Transaction ID", value["id"])
        if not txid:
            raise fail(path, line, "Transaction ID", "is empty")
        gross = common.amount(path, line, "Gross", value["gross"], comma=comma)
        fee = common.amount(path, line, "Fee", value["fee"], comma=comma, required=False) or Decimal(0)
        currency = common.currency(path, line, "Currency", value["currency"])
        on = common.parse_date(path, line, "Date", value["date"], day_first=day_first)
        net = common.amount(path, line, "Net", value["net"], comma=comma, required=False)
        assert gross is not None
        if net is not None and net != gross + fee:
            raise fail(path, line, "Net", f"{net} is not Gross {gross} plus Fee {fee}")
        kind = _kind(value["type"].lower(), value["impact"].lower(), value["status"].lower(), gross)
        if kind == common.CONVERSION:
            conversions.setdefault(value["ref_txn"] or txid, []).append((on, txid, gross, currency))
        if kind is not None:
            parsed.skipped[kind] += 1
            continue
        if txid in seen:
            raise fail(path, line, "Transaction ID", f"{txid} appears twice (also line {seen[txid]})")
        seen[txid] = line
        parsed.payments.append(StatementPayment(
            line=line, transaction_id=txid, received_on=on, gross=gross, fees=-fee if fee < 0 else fee,
            currency=currency, payer_name=common.text(path, line, "Name", value["name"]),
            payer_email=common.text(path, line, "From Email Address", value["email"]),
            reference=common.text(path, line, "Invoice Number", value["invoice"]),
        ))
    _apply_conversions(parsed, conversions, {p.transaction_id: i for i, p in enumerate(parsed.payments)})
    return parsed


def _kind(kind: str, impact: str, status: str, gross: Decimal) -> str | None:
    if status and status not in ("completed", "abgeschlossen"):
        return common.NOT_COMPLETED
    for words, reason in _KINDS:
        if any(word in kind for word in words):
            return reason
    if impact == "memo":
        return common.HOLD
    if gross <= 0 or impact == "debit":
        return common.OUTGOING
    return None


def _apply_conversions(parsed: ParsedStatement, conversions: dict[str, list[tuple[date, str, Decimal, str]]],
                       payment_at: dict[str, int]) -> None:
    """Each pair of conversion rows (money out in one currency, in in another) is a rate; when it converts a
    payment of this file, that payment keeps the converted amount and the rate too."""
    for reference, rows in conversions.items():
        out = [row for row in rows if row[2] < 0]
        into = [row for row in rows if row[2] > 0]
        if len(out) != 1 or len(into) != 1 or out[0][3] == into[0][3]:
            continue  # an incomplete pair (the other row is in another download): no rate to record
        (_, _, sold, from_currency), (on, txid, bought, to_currency) = out[0], into[0]
        rate = (bought / -sold).quantize(Decimal("0.000001"))
        index = payment_at.get(reference)
        if index is not None and parsed.payments[index].currency == from_currency:
            parsed.payments[index] = replace(parsed.payments[index], converted_amount=bought,
                                             converted_currency=to_currency, exchange_rate=rate)
        parsed.rates.append(Rate(on, from_currency, to_currency, rate, txid))
