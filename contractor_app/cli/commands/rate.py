"""`rate add` and `rate list`: exchange rates from your own records, to compare pay in one currency with a minimum
wage in another (never a rate from the network; services/rates.py)."""

from __future__ import annotations

import argparse

from ...domain.money import parse_decimal
from ...domain.times import parse_date
from ..context import Context
from ..output import table

HELP = "record or list exchange rates you were paid at"


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("rate", help=HELP)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(parser))
    add = actions.add_parser("add", help="record a rate: 1 FROM = RATE TO on a day")
    add.add_argument("--from", dest="from_currency", required=True, metavar="CURRENCY", help="e.g. USD")
    add.add_argument("--to", dest="to_currency", required=True, metavar="CURRENCY", help="e.g. PHP")
    add.add_argument("--rate", required=True, help="how many TO for 1 FROM, e.g. 58.1")
    add.add_argument("--on", required=True, metavar="DATE", help="the day of the rate, e.g. your payday")
    add.set_defaults(run=run_add)
    listing = actions.add_parser("list", help="the rates your records hold, recorded and from converted payments")
    listing.set_defaults(run=run_list)


def run_add(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.rates import NewRate, record_rate

    new = NewRate(from_currency=args.from_currency, to_currency=args.to_currency,
                  rate=parse_decimal(args.rate, what="Rate"), on=parse_date(args.on))
    with ctx.vault() as vault:
        rate = record_rate(vault, new)
    ctx.print(f"Recorded 1 {rate.from_currency} = {args.rate.strip()} {rate.to_currency} on {rate.on}.")
    return 0


def run_list(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.rates import list_rates

    with ctx.vault() as vault:
        rates = list_rates(vault)
    if not rates:
        ctx.print("No exchange rates yet. Record one with: contractor-app rate add --from USD --to PHP --rate 58.1 "
                  "--on 2026-11-01")
        return 0
    ctx.print(*table(("Day", "From", "To", "Rate", "Source"),
                     [(r.on, r.from_currency, r.to_currency, f"{r.rate.normalize():f}", r.source) for r in rates]))
    return 0
