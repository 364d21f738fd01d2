"""`pay`: record a payment received."""

from __future__ import annotations

import argparse
from decimal import Decimal

from ...domain.money import parse_decimal
from ...domain.times import parse_date, parse_period
from ..context import Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("pay", help="record a payment you received")
    parser.add_argument("--client", required=True)
    parser.add_argument("--date", required=True, help="the day it arrived, e.g. 2026-11-26")
    parser.add_argument("--amount", required=True, help="gross amount paid, before fees")
    parser.add_argument("--currency", help="default: the client's currency")
    parser.add_argument("--fees", help="platform or transfer fees taken from it")
    parser.add_argument("--deductions", help="other deductions (tax withheld, ...)")
    parser.add_argument("--method", help="bank transfer, PayPal, ...")
    parser.add_argument("--reference")
    parser.add_argument("--period", metavar="FROM..TO", help="the work it pays for, e.g. 2026-11-01..2026-11-15")
    parser.add_argument("--note")
    parser.set_defaults(run=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.payments import NewPayment, record_payment

    new = NewPayment(
        client=args.client, received_on=parse_date(args.date), currency=args.currency,
        gross=parse_decimal(args.amount, what="Amount"),
        fees=parse_decimal(args.fees, what="Fees") if args.fees else Decimal(0),
        deductions=parse_decimal(args.deductions, what="Deductions") if args.deductions else Decimal(0),
        method=args.method, reference=args.reference, note=args.note,
        period=parse_period(args.period) if args.period else None,
    )
    with ctx.vault() as vault:
        view = record_payment(vault, new)
    net = f" (net {view.net})" if view.net != view.gross else ""
    ctx.print(f"Recorded payment #{view.id} from {view.client}: {view.gross} on {view.received_on}{net}.")
    return 0
