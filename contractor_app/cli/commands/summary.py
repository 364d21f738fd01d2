"""`summary`: hours by client and category, earned at the agreed rates, paid, and the balance."""

from __future__ import annotations

import argparse
import json

from ...domain.times import format_duration
from ...services.summary import Summary, summarize
from ..context import Context
from ..options import add_period, period
from ..output import hours

JSON_FORMAT = {"format": "contractor-ledger-summary", "version": 1}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("summary", help="hours, earned, paid and balance per client")
    add_period(parser)
    parser.add_argument("--client")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.vault_and_profile() as (vault, profile):
        result = summarize(vault, period=period(args), tz=profile.timezone, client=args.client)
    if args.format == "json":
        json.dump(_json(result), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
    else:
        ctx.print(*_text(result))
    return 0


def _text(result: Summary) -> list[str]:
    span = f"{result.period.start or 'the start'} to {result.period.end or 'today'}"
    if not result.clients:
        return [f"Nothing recorded from {span}."]
    lines = [f"Summary from {span}", ""]
    for item in result.clients:
        lines.append(f"{item.client} ({item.entries} entries, {format_duration(item.worked_seconds)}, "
                     f"{hours(item.worked_seconds)} h)")
        for category, seconds in item.seconds_by_category.items():
            lines.append(f"  {category:<12} {hours(seconds):>8} h")
        lines.append(f"  earned       {item.earned}")
        lines.append(f"  paid         {item.paid}")
        lines.append(f"  balance      {item.balance}")
        lines.append("")
    for currency, (earned, paid) in result.totals().items():
        lines.append(f"Total {currency}: earned {earned}, paid {paid}, balance {earned - paid}")
    return lines


def _json(result: Summary) -> dict[str, object]:
    return {
        **JSON_FORMAT,
        "from": result.period.start.isoformat() if result.period.start else None,
        "to": result.period.end.isoformat() if result.period.end else None,
        "clients": [
            {
                "client": item.client, "currency": item.currency, "entries": item.entries,
                "worked_seconds": item.worked_seconds, "hours": str(hours(item.worked_seconds)),
                "by_category": {name: {"seconds": s, "hours": str(hours(s))}
                                for name, s in item.seconds_by_category.items()},
                "earned": str(item.earned.amount), "paid": str(item.paid.amount),
                "balance": str(item.balance.amount),
            }
            for item in result.clients
        ],
        "totals": [
            {"currency": currency, "earned": str(earned.amount), "paid": str(paid.amount),
             "balance": str((earned - paid).amount)}
            for currency, (earned, paid) in result.totals().items()
        ],
    }
