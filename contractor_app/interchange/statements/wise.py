"""Wise (TransferWise) statements, in both layouts Wise has offered.

The balance statement (one file per currency; Statements > balance statement > CSV): "TransferWise ID", Date
(DD-MM-YYYY), Amount (signed), Currency, Description, Payment Reference, Running Balance, Exchange From,
Exchange To, Exchange Rate, Payer Name, Payee Name, Payee Account Number, Merchant, ..., Total fees. An incoming
payment is a positive amount with a payer; its fees are Total fees (already taken from Amount, so gross is
Amount + Total fees). A conversion between the worker's own balances ("BALANCE-" or "CONVERSION-" ids, Exchange
From/To/Rate filled) is counted as a transfer and kept as a recorded rate; it appears in both currencies' files
under one id, recorded once.

The transaction history (Transactions > download): ID, Status, Direction (IN, OUT, NEUTRAL), Created on,
Finished on, Source fee amount, Source fee currency, Target fee amount, Target fee currency, Source name, Source
amount (after fees), Source currency, Target name, Target amount (after fees), Target currency, Exchange rate,
Reference, .... Money in is Direction IN, COMPLETED; it was sent in the source currency and arrived in the
target one, so a payment converted on the way keeps both amounts and the rate. NEUTRAL rows are conversions
between own balances, OUT rows are money out (withdrawals and payments the worker made).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from . import common
from .common import ParsedStatement, Rate, StatementPayment, Table, fail

FORMAT = "wise"
_OWN_BALANCES = ("BALANCE", "CONVERSION")


def parse(path: Path) -> ParsedStatement:
    table = common.read_table(path)
    if table.column("TransferWise ID") is not None:
        return _statement(table)
    if table.column("Direction") is not None and table.column("ID") is not None:
        return _history(table)
    raise fail(path, 1, None, "neither a Wise balance statement (\"TransferWise ID\" column) nor a transaction "
                              "history (ID and Direction columns); was the header changed? Columns found: "
                              + ", ".join(table.header)[:300])


def _statement(table: Table) -> ParsedStatement:
    path = table.path
    col = {"id": table.require("TransferWise ID"), "date": table.require("Date"),
           "amount": table.require("Amount"), "currency": table.require("Currency"),
           "payer": table.require("Payer Name"), "fees": table.require("Total fees"),
           "reference": table.column("Payment Reference"), "description": table.column("Description"),
           "from": table.column("Exchange From"), "to": table.column("Exchange To"),
           "rate": table.column("Exchange Rate")}
    comma = common.decimal_comma(common.cell(row, col["amount"]) for _, row in table.rows)
    parsed = ParsedStatement(FORMAT, path)
    rated: set[str] = set()
    for line, row in table.rows:
        value = {key: common.cell(row, index) for key, index in col.items()}
        txid = common.text(path, line, "TransferWise ID", value["id"])
        if not txid:
            raise fail(path, line, "TransferWise ID", "is empty")
        on = common.parse_date(path, line, "Date", value["date"], day_first=True)
        amount = common.amount(path, line, "Amount", value["amount"], comma=comma)
        fees = common.amount(path, line, "Total fees", value["fees"], comma=comma, required=False) or Decimal(0)
        currency = common.currency(path, line, "Currency", value["currency"])
        assert amount is not None
        rate = common.rate(path, line, "Exchange Rate", value["rate"])
        if value["from"] and value["to"] and rate:
            source, target = (common.currency(path, line, "Exchange From", value["from"]),
                              common.currency(path, line, "Exchange To", value["to"]))
            if source != target and txid not in rated:
                rated.add(txid)
                parsed.rates.append(Rate(on, source, target, rate, txid))
        if txid.upper().startswith(_OWN_BALANCES):
            parsed.skipped[common.TRANSFER] += 1
        elif txid.upper().startswith("FEE-"):  # a fee Wise charged on the worker's own transfer
            parsed.skipped[common.FEE] += 1
        elif amount <= 0:
            parsed.skipped[common.WITHDRAWAL if "TRANSFER" in txid.upper() else common.OUTGOING] += 1
        elif not value["payer"]:
            parsed.skipped[common.TRANSFER] += 1  # money added by the worker (a top-up) has no payer
        else:
            parsed.payments.append(StatementPayment(
                line=line, transaction_id=txid, received_on=on, gross=amount + abs(fees), fees=abs(fees),
                currency=currency, payer_name=common.text(path, line, "Payer Name", value["payer"]),
                reference=common.text(path, line, "Payment Reference", value["reference"]),
            ))
    return parsed


def _history(table: Table) -> ParsedStatement:
    path = table.path
    col = {"id": table.require("ID"), "status": table.require("Status"), "direction": table.require("Direction"),
           "created": table.require("Created on"), "finished": table.column("Finished on"),
           "source_fee": table.require("Source fee amount"), "source_fee_currency": table.column("Source fee currency"),
           "target_fee": table.column("Target fee amount"), "source_name": table.require("Source name"),
           "source_amount": table.require("Source amount (after fees)"),
           "source_currency": table.require("Source currency"),
           "target_amount": table.require("Target amount (after fees)"),
           "target_currency": table.require("Target currency"), "rate": table.column("Exchange rate"),
           "reference": table.column("Reference")}
    money = [common.cell(row, col[key]) for _, row in table.rows for key in ("source_amount", "target_amount")]
    comma = common.decimal_comma(money)
    parsed = ParsedStatement(FORMAT, path)
    for line, row in table.rows:
        value = {key: common.cell(row, index) for key, index in col.items()}
        txid = common.text(path, line, "ID", value["id"])
        if not txid:
            raise fail(path, line, "ID", "is empty")
        direction, status = value["direction"].upper(), value["status"].upper()
        on = common.parse_date(path, line, "Finished on" if value["finished"] else "Created on",
                               (value["finished"] or value["created"])[:10], day_first=False)
        source_amount = common.amount(path, line, "Source amount (after fees)", value["source_amount"], comma=comma)
        target_amount = common.amount(path, line, "Target amount (after fees)", value["target_amount"], comma=comma)
        source = common.currency(path, line, "Source currency", value["source_currency"])
        target = common.currency(path, line, "Target currency", value["target_currency"])
        rate = common.rate(path, line, "Exchange rate", value["rate"])
        assert source_amount is not None and target_amount is not None
        if status != "COMPLETED":
            parsed.skipped[common.NOT_COMPLETED if status != "REFUNDED" else common.REFUND] += 1
            continue
        if source != target and rate is not None:
            parsed.rates.append(Rate(on, source, target, rate, txid))
        if direction == "NEUTRAL":
            parsed.skipped[common.TRANSFER] += 1
            continue
        if direction != "IN":
            parsed.skipped[common.WITHDRAWAL if direction == "OUT" else common.OUTGOING] += 1
            continue
        fee = (common.amount(path, line, "Source fee amount", value["source_fee"], comma=comma, required=False)
               or Decimal(0))
        target_fee = (common.amount(path, line, "Target fee amount", value["target_fee"], comma=comma,
                                    required=False) or Decimal(0))
        # The payment is what arrived, in the target currency; fees charged in the source currency are converted.
        fees = abs(target_fee) + (abs(fee) * rate if source != target and rate else abs(fee))
        fees = fees.quantize(Decimal("0.01"))
        parsed.payments.append(StatementPayment(
            line=line, transaction_id=txid, received_on=on, gross=target_amount + fees, fees=fees,
            currency=target, payer_name=common.text(path, line, "Source name", value["source_name"]),
            reference=common.text(path, line, "Reference", value["reference"]),
            converted_amount=source_amount + abs(fee) if source != target else None,
            converted_currency=source if source != target else None,
            exchange_rate=(1 / rate).quantize(Decimal("0.000001")) if source != target and rate else None,
        ))
    return parsed
