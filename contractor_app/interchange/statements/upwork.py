"""Upwork transaction history CSV (Reports > Transaction history > Download CSV).

Header (as Upwork writes it, with a byte-order mark): Date, Transaction ID, Transaction Type, Transaction
Summary, Transaction Summary Details, Description 1, Description 2, Description 3, Agency, Freelancer, Team,
Account Name, PO, Ref ID, Amount $, Amount in local currency, Currency, Current Balance $, Payment Method.
Dates are written "Nov 5, 2026". Earnings rows are Hourly, Fixed-price, Bonus (and Milestone, Misc); Upwork's
cut is a separate negative "Service Fee" row for the same contract that points at the earning (its Ref ID
column, or "Ref ID NNN" in its summary, is the earning's Transaction ID). A fee row is kept as that earning's fee;
one that points nowhere in the file names its line. Withdrawals, refunds, Connects, subscriptions and membership
fees are skipped with a count. Amounts are in US dollars ("Amount $"); "Amount in local currency" (with Currency)
is kept as the converted amount.
An hourly earning's summary names the week it pays ("Invoice for 11/09/2026-11/15/2026"): that is its period.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from . import common
from .common import ParsedStatement, StatementPayment, fail

FORMAT = "upwork"
_EARNINGS = ("hourly", "fixed-price", "fixed price", "bonus", "milestone", "misc", "miscellaneous")
_FEES = ("service fee",)
_PERIOD = re.compile(r"(\d{2}/\d{2}/\d{4})\s*-\s*(\d{2}/\d{2}/\d{4})")  # an hourly week: 11/09/2026-11/15/2026
_REF = re.compile(r"Ref ID[:#]?\s*(\w+)", re.IGNORECASE)
_SKIPS = ((("withdrawal", "payment"), common.WITHDRAWAL), (("refund",), common.REFUND),
          (("connects", "subscription", "membership", "gst", "vat", "tax"), common.OUTGOING))


def _day(text: str) -> date | None:
    try:
        return datetime.strptime(text, "%m/%d/%Y").date()
    except ValueError:
        return None


def parse(path: Path) -> ParsedStatement:
    table = common.read_table(path)
    col = {"date": table.require("Date"), "id": table.require("Transaction ID"),
           "type": table.require("Transaction Type"), "amount": table.require("Amount $", "Amount"),
           "ref": table.require("Ref ID"), "local": table.column("Amount in local currency"),
           "currency": table.column("Currency"), "team": table.column("Team"),
           "account": table.column("Account Name"), "summary": table.column("Transaction Summary"),
           "po": table.column("PO")}
    comma = common.decimal_comma(common.cell(row, col["amount"]) for _, row in table.rows)
    parsed = ParsedStatement(FORMAT, path)
    at: dict[str, int] = {}
    fees: list[tuple[int, str, Decimal]] = []
    for line, row in table.rows:
        value = {key: common.cell(row, index) for key, index in col.items()}
        txid = common.text(path, line, "Transaction ID", value["id"])
        if not txid:
            raise fail(path, line, "Transaction ID", "is empty")
        kind = value["type"].lower()
        amount = common.amount(path, line, "Amount $", value["amount"], comma=comma)
        on = common.parse_date(path, line, "Date", value["date"], day_first=False)
        assert amount is not None
        if kind in _FEES:
            mentioned = _REF.search(value["summary"])
            fees.append((line, value["ref"] or (mentioned.group(1) if mentioned else ""), -amount))
            continue
        if kind in _EARNINGS and amount > 0:
            if txid in at:
                raise fail(path, line, "Transaction ID", f"{txid} appears twice")
            local = common.amount(path, line, "Amount in local currency", value["local"], comma=comma,
                                  required=False)
            local_currency = (common.currency(path, line, "Currency", value["currency"])
                              if value["currency"] else None)
            converted = local_currency is not None and local_currency != "USD" and local is not None
            period = _PERIOD.search(value["summary"])
            at[txid] = len(parsed.payments)
            parsed.payments.append(StatementPayment(
                line=line, transaction_id=txid, received_on=on, gross=amount, fees=Decimal(0), currency="USD",
                payer_name=common.text(path, line, "Team", value["team"] or value["account"]),
                reference=common.text(path, line, "PO", value["po"] or value["summary"][:200]),
                converted_amount=local if converted else None, converted_currency=local_currency if converted else None,
                exchange_rate=(local / amount).quantize(Decimal("0.000001")) if converted and local else None,
                period_from=_day(period.group(1)) if period else None,
                period_to=_day(period.group(2)) if period else None,
            ))
            continue
        parsed.skipped[next((reason for words, reason in _SKIPS if any(w in kind for w in words)),
                            common.OUTGOING if amount <= 0 else common.TRANSFER)] += 1
    for line, ref, fee in fees:
        index = at.get(ref)
        if index is None:
            raise fail(path, line, "Ref ID", f"this Service Fee points at {ref[:40]!r}, which is no earning in "
                                             "this file; download the whole period")
        payment = parsed.payments[index]
        parsed.payments[index] = replace(payment, fees=payment.fees + fee)
    for payment in parsed.payments:
        if payment.fees < 0 or payment.fees > payment.gross:
            raise fail(path, payment.line, "Amount $", "its Service Fee rows do not fit its amount")
    return parsed
