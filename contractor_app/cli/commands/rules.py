"""`rules`: the minimum wages and laws the figures use, with sources; override a minimum wage."""

from __future__ import annotations

import argparse

from ...domain.jurisdiction import check_jurisdiction
from ...domain.money import parse_decimal
from ...domain.rules import chain
from ...domain.times import parse_date
from ...services.rules import load_rules, override_minimum_wage
from ..context import Context
from ..output import table


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("rules", help="minimum wages and freelancer laws, with their sources")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the rules in use")
    listing.add_argument("--jurisdiction", help="only what applies to this place, e.g. US-NY-NYC")
    listing.set_defaults(run=run_list)
    override = actions.add_parser("override", help="use your own value for a minimum wage")
    override.add_argument("--jurisdiction", required=True)
    override.add_argument("--from", dest="effective_from", required=True, metavar="DATE")
    override.add_argument("--amount", required=True, help="per hour")
    override.add_argument("--currency", required=True)
    override.add_argument("--note", default="", help="where the value comes from")
    override.set_defaults(run=run_override)


def run_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.vault() as vault:
        book = load_rules(vault)
    places = set(chain(check_jurisdiction(args.jurisdiction))) if args.jurisdiction else None
    wanted = lambda j: places is None or j in places  # noqa: E731
    ctx.print("Minimum wages (per hour)")
    ctx.print(*table(("Where", "From", "Amount", "Source"), [
        (w.jurisdiction, w.effective_from, f"{w.currency} {w.amount}",
         w.source + ("" if w.confirmed else " (news report, unconfirmed)"))
        for w in sorted(book.minimum_wages, key=lambda w: (w.jurisdiction, w.effective_from)) if wanted(w.jurisdiction)
    ]))
    ctx.print("", "Freelancer payment laws")
    ctx.print(*table(("Where", "From", "Law", "Deadline", "Remedy"), [
        (law.jurisdiction, law.effective_from, law.name, f"{law.deadline_days} days", law.remedy)
        for law in book.laws if wanted(law.jurisdiction)
    ]))
    ctx.print("", "Not legal advice: check each value against its source.")
    return 0


def run_override(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.vault() as vault:
        value = override_minimum_wage(vault, jurisdiction=args.jurisdiction, effective_from=parse_date(
            args.effective_from), amount=parse_decimal(args.amount, what="Amount"), currency=args.currency,
            note=args.note)
    ctx.print(f"From {value.effective_from}, {value.jurisdiction} minimum wage is {value.currency} {value.amount}/h "
              "in your figures (your override).")
    return 0
