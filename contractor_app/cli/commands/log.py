"""`log`: record work already done."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ...domain.categories import CATEGORIES
from ...domain.times import format_duration, parse_datetime, zone
from ..context import Context
from ..options import minutes, non_negative

if TYPE_CHECKING:
    from ...services.entries.details import EntryDetails


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("log", help="record work you did")
    parser.add_argument("--client", required=True)
    parser.add_argument("--engagement", help="project or contract (default: the client's first)")
    parser.add_argument("--start", required=True, metavar="ISO", help="e.g. 2026-11-26T09:00 (your time zone)")
    parser.add_argument("--end", required=True, metavar="ISO")
    parser.add_argument("--break", dest="break_minutes", metavar="MINUTES", help="unpaid break within the entry")
    parser.add_argument("--category", default="productive", help=", ".join(CATEGORIES))
    parser.add_argument("--units", help="tasks or items done")
    parser.add_argument("--note")
    parser.set_defaults(run=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    # Loaded while the key is derived: the service, and the backup and sync code that run after a change.
    with ctx.vault_and_profile(loads=("contractor_app.services.entries.log", "contractor_app.services.backups.schedule",
                                      "contractor_app.services.sync")) as (vault, profile):
        from ...services.entries.log import NewEntry, log_work  # loaded while the key was derived

        tz = profile.zone
        result = log_work(vault, NewEntry(
            client=args.client, engagement=args.engagement,
            start=parse_datetime(args.start, tz), end=parse_datetime(args.end, tz), tz=profile.timezone,
            break_seconds=minutes(args.break_minutes), category=args.category,
            units=non_negative(args.units, what="Units", places=3), note=args.note,
        ))
    ctx.print(f"Logged {describe(result.entry)}.")
    for other in result.overlaps:
        ctx.print(f"Note: it overlaps {describe(other)}. Both are kept, and flagged.")
    return 0


def describe(entry: EntryDetails) -> str:
    local = zone(entry.tz)
    start, end = entry.start.astimezone(local), entry.end.astimezone(local)
    span = (f"{start:%Y-%m-%d %H:%M}-{end:%H:%M}" if start.date() == end.date()
            else f"{start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M}")
    return f"#{entry.id} {entry.client}, {span} ({format_duration(entry.worked_seconds)}, {entry.category})"
