"""`timer start`, `timer stop`, `timer status`: the timer lives in the vault and survives closing the app."""

from __future__ import annotations

import argparse

from ...domain.categories import CATEGORIES
from ...domain.times import format_duration, parse_datetime
from ..context import Context
from .log import describe


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("timer", help="start, stop or show the live timer")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    start = actions.add_parser("start", help="start the timer")
    start.add_argument("--client", required=True)
    start.add_argument("--engagement")
    start.add_argument("--category", default="productive", help=", ".join(CATEGORIES))
    start.add_argument("--note")
    start.add_argument("--at", metavar="ISO", help="when you started, if not now")
    start.set_defaults(run=run_start)
    stop = actions.add_parser("stop", help="stop the timer and log the entry")
    stop.add_argument("--at", metavar="ISO", help="when you finished, if not now")
    stop.add_argument("--note")
    stop.set_defaults(run=run_stop)
    status = actions.add_parser("status", help="show the running timer")
    status.set_defaults(run=run_status)


def run_start(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.entries.timer import start_timer

    with ctx.vault_and_profile() as (vault, profile):
        view = start_timer(vault, client=args.client, engagement=args.engagement, category=args.category,
                           note=args.note, tz=profile.timezone,
                           at=parse_datetime(args.at, profile.zone) if args.at else None)
    ctx.print(f"Timer started for {view.client} ({view.category}) at "
              f"{view.started_at.astimezone(profile.zone):%H:%M}.")
    return 0


def run_stop(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.entries.timer import stop_timer

    with ctx.vault_and_profile() as (vault, profile):
        result = stop_timer(vault, note=args.note, at=parse_datetime(args.at, profile.zone) if args.at else None)
    ctx.print(f"Timer stopped. Logged {describe(result.entry)}.")
    for other in result.overlaps:
        ctx.print(f"Note: it overlaps {describe(other)}. Both are kept, and flagged.")
    return 0


def run_status(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.entries.timer import timer_status

    with ctx.vault_and_profile() as (vault, profile):
        view = timer_status(vault)
    if view is None:
        ctx.print("The timer is not running.")
    else:
        ctx.print(f"Running for {view.client} ({view.category}) since "
                  f"{view.started_at.astimezone(profile.zone):%Y-%m-%d %H:%M}: "
                  f"{format_duration(view.elapsed_seconds())}.")
    return 0
