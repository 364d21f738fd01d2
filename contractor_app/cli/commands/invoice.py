"""`invoice`: record what you billed or claimed for a period, and when it is due."""

from __future__ import annotations

import argparse

from ...domain.money import parse_decimal
from ...domain.times import parse_date, parse_period
from ..context import Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("invoice", help="record an invoice or claim and its due date")
    parser.add_argument("--client", required=True)
    parser.add_argument("--date", required=True, help="the day you sent it")
    parser.add_argument("--amount", required=True)
    parser.add_argument("--period", required=True, metavar="FROM..TO", help="the work it bills")
    parser.add_argument("--number")
    parser.add_argument("--due", metavar="DATE", help="due date (default: the contract terms, else the law's)")
    parser.add_argument("--note")
    parser.set_defaults(run=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.invoices import NewInvoice, add_invoice

    new = NewInvoice(client=args.client, issued_on=parse_date(args.date), amount=parse_decimal(args.amount,
                     what="Amount"), covers=parse_period(args.period), number=args.number,
                     due_on=parse_date(args.due) if args.due else None, note=args.note)
    with ctx.vault() as vault:
        invoice_id = add_invoice(vault, new)
    ctx.print(f"Recorded invoice #{invoice_id}.")
    return 0
