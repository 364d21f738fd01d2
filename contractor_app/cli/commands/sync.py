"""`sync`: one set of records on two computers through a folder your own sync tool keeps in step
(services/sync.py; docs/sync.md)."""

from __future__ import annotations

import argparse
import json
import platform
from pathlib import Path

from ..context import Context
from ..options import record_number
from ..output import table

HELP = "keep your records in step on two computers through a sync folder"


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("sync", help=HELP)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(parser))
    setup = actions.add_parser("setup", help="use FOLDER (kept in step by Syncthing, Nextcloud, Dropbox...) on the "
                                             "first computer; prints the pairing code")
    setup.add_argument("folder", type=Path, metavar="FOLDER")
    setup.add_argument("--name", help="this computer's name, e.g. laptop (default: its host name)")
    setup.set_defaults(run=run_setup)
    join = actions.add_parser("join", help="join the sync folder of your first computer with its pairing code")
    join.add_argument("folder", type=Path, metavar="FOLDER")
    join.add_argument("--code", required=True, help="the pairing code `sync code` shows on the first computer")
    join.add_argument("--name", help="this computer's name (default: its host name)")
    join.set_defaults(run=run_join)
    actions.add_parser("now", help="read your other computers' changes and write this one's").set_defaults(run=run_now)
    actions.add_parser("status", help="the sync folder, paired computers and conflicts").set_defaults(run=run_status)
    actions.add_parser("code", help="show the pairing code again, to pair another computer").set_defaults(
        run=run_code)
    remove = actions.add_parser("remove", help="stop reading a computer's changes (lost, sold)")
    remove.add_argument("device", metavar="NAME-OR-ID")
    remove.set_defaults(run=run_remove)
    conflicts = actions.add_parser("conflicts", help="records changed on two computers: both versions")
    conflicts.add_argument("--format", choices=("text", "json"), default="text")
    conflicts.set_defaults(run=run_conflicts)
    resolve = actions.add_parser("resolve", help="choose the version to keep of a conflict")
    resolve.add_argument("conflict", type=record_number("conflict"), metavar="NUMBER")
    resolve.add_argument("--keep", choices=("mine", "theirs"), required=True)
    resolve.set_defaults(run=run_resolve)


def run_setup(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.sync import set_up_sync

    with ctx.vault() as vault:
        code = set_up_sync(vault, args.folder, args.name or platform.node())
    ctx.print(f"This computer now writes its changes to {args.folder}.",
              "On your other computer, run:",
              f"  contractor-app sync join FOLDER --code {code}",
              "Keep the code to yourself: with it and the folder, a computer reads your records.")
    return 0


def run_join(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.sync import join_sync

    with ctx.vault() as vault:
        report = join_sync(vault, args.folder, args.code, args.name or platform.node())
    ctx.print(*report.lines())
    return 0


def run_now(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.sync import sync_now

    with ctx.vault() as vault:
        report = sync_now(vault)
    ctx.print(*report.lines())
    return 0


def run_status(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.sync import sync_status

    with ctx.vault() as vault:
        status = sync_status(vault)
    if status is None:
        ctx.print("This computer does not use a sync folder. `sync setup FOLDER` starts one.")
        return 0
    ctx.print(f"Sync folder: {status.folder}", f"This computer: {status.device_name} ({status.device_id[:8]})")
    if status.devices:
        ctx.print(*table(("Computer", "Id", "Paired", "Read"),
                         [(d.name, d.device_id[:8], f"{d.paired_at:%Y-%m-%d}", "removed" if d.removed else "yes")
                          for d in status.devices]))
    else:
        ctx.print("No other computer has joined yet.")
    if status.conflicts:
        ctx.print(f"{status.conflicts} conflicts to choose: `sync conflicts`.")
    return 0


def run_code(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.sync import pairing_code

    with ctx.vault() as vault:
        ctx.print(pairing_code(vault))
    return 0


def run_remove(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.sync import remove_device

    with ctx.vault() as vault:
        gone = remove_device(vault, args.device)
    ctx.print(f"{gone.name} is removed: its changes are no longer read here, and your other computers learn it "
              "from this one's next change file. To be safe from it, also change your password.")
    return 0


def run_conflicts(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.sync import list_conflicts

    with ctx.vault() as vault:
        conflicts = list_conflicts(vault)
    if args.format == "json":
        json.dump([{"number": c.id, "kind": c.entity, "mine": c.mine, "theirs": c.theirs, "device": c.device,
                    "found_at": c.found_at.isoformat()} for c in conflicts], ctx.out, indent=1, ensure_ascii=False)
        ctx.out.write("\n")
        return 0
    if not conflicts:
        ctx.print("No conflicts: your computers agree.")
        return 0
    for conflict in conflicts:
        ctx.print(f"#{conflict.id} {conflict.entity.replace('_', ' ')}, changed here and on {conflict.device}:")
        fields = sorted(set(conflict.mine or {}) | set(conflict.theirs or {}))
        for name in fields:
            mine = (conflict.mine or {}).get(name)
            theirs = (conflict.theirs or {}).get(name)
            if mine != theirs:
                ctx.print(f"  {name}: here {mine!r}, there {theirs!r}")
        if conflict.mine is None:
            ctx.print("  deleted here")
        if conflict.theirs is None:
            ctx.print(f"  deleted on {conflict.device}")
    ctx.print("Keep one with: contractor-app sync resolve NUMBER --keep mine|theirs")
    return 0


def run_resolve(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.sync import resolve_conflict

    with ctx.vault() as vault:
        resolve_conflict(vault, args.conflict, args.keep)
    ctx.print(f"Kept {'this computer' if args.keep == 'mine' else 'the other computer'}'s version; your other "
              "computers take it at their next sync.")
    return 0
