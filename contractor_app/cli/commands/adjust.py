"""`adjust`: record a bonus, or an adjustment (which may be negative) to what a client owes."""

from __future__ import annotations

import argparse

from ...domain.money import parse_decimal
from ...domain.times import parse_date
from ..choices import ADJUSTMENT_KINDS as KINDS
from ..context import Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("adjust", help="record a bonus or an adjustment")
    parser.add_argument("--client", required=True)
    parser.add_argument("--date", required=True)
    parser.add_argument("--amount", required=True, help="positive, or negative for a reduction")
    parser.add_argument("--kind", choices=KINDS, default="bonus")
    parser.add_argument("--note")
    parser.set_defaults(run=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.adjustments import add_adjustment

    amount = parse_decimal(args.amount, what="Amount")
    with ctx.vault() as vault:
        adjustment_id = add_adjustment(vault, client=args.client, on=parse_date(args.date), amount=amount,
                                       kind=args.kind, note=args.note)
    ctx.print(f"Recorded {args.kind} #{adjustment_id}.")
    return 0
