"""`list`: entries as a table, spreadsheet-safe CSV, or JSON (format documented in docs/cli-json.md)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from ...domain.times import format_duration, iso_utc, zone
from ..context import Context
from ..options import add_period, period
from ..output import hours, table

if TYPE_CHECKING:
    from ...services.entries.details import EntryDetails

JSON_FORMAT = {"format": "contractor-ledger-entries", "version": 1}
CSV_HEADER = ("id", "client", "engagement", "start_utc", "end_utc", "timezone", "local_start", "local_end",
              "break_minutes", "hours", "category", "units", "note", "source", "entered_at_utc", "flags")


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("list", help="list your entries")
    add_period(parser)
    parser.add_argument("--client")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.set_defaults(run=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    # The listing is plain SQL: no SQLAlchemy loads (docs/decisions/0005), whatever the format. Its service loads
    # while the key is derived (docs/decisions/0006).
    with ctx.vault_and_profile(sessions=False,
                               loads=("contractor_app.services.entries.listing",)) as (vault, profile):
        from ...services.entries.listing import list_entries  # loaded while the key was derived

        entries = list_entries(vault, period=period(args), tz=profile.timezone, client=args.client)
    if args.format == "json":
        json.dump({**JSON_FORMAT, "entries": [_json(entry) for entry in entries]}, ctx.out, ensure_ascii=False,
                  indent=1)
        ctx.out.write("\n")
    elif args.format == "csv":
        from ...services.spreadsheet import write_rows  # only for CSV: no export code in a plain `list`

        write_rows(ctx.out, CSV_HEADER, (_csv(entry) for entry in entries))
    elif not entries:
        ctx.print("No entries in this period. Add one with `log`, or start the timer.")
    else:
        ctx.print(*_table(entries, profile.zone))
        total = sum(entry.worked_seconds for entry in entries)
        ctx.print(f"{len(entries)} entries, {format_duration(total)} ({hours(total)} h).")
    return 0


def _table(entries: list[EntryDetails], local: object) -> list[str]:
    rows = []
    for entry in entries:
        start, end = entry.start.astimezone(local), entry.end.astimezone(local)  # type: ignore[arg-type]  # local is a tzinfo
        rows.append((
            f"#{entry.id}", f"{start:%Y-%m-%d}", f"{start:%H:%M}-{end:%H:%M}", format_duration(entry.worked_seconds),
            entry.client, entry.category, entry.units if entry.units is not None else "",
            (entry.note or "")[:40], ",".join(entry.flags),
        ))
    return table(("Id", "Date", "Time", "Worked", "Client", "Category", "Units", "Note", "Flags"), rows)


def _local(entry: EntryDetails) -> tuple[str, str]:
    local = zone(entry.tz)
    return entry.start.astimezone(local).isoformat(), entry.end.astimezone(local).isoformat()


def _json(entry: EntryDetails) -> dict[str, object]:
    local_start, local_end = _local(entry)
    return {
        "id": entry.id, "client": entry.client, "engagement": entry.engagement,
        "start": iso_utc(entry.start), "end": iso_utc(entry.end), "timezone": entry.tz,
        "local_start": local_start, "local_end": local_end, "break_seconds": entry.break_seconds,
        "worked_seconds": entry.worked_seconds, "category": entry.category,
        "units": str(entry.units) if entry.units is not None else None, "note": entry.note,
        "source": entry.source, "entered_at": iso_utc(entry.entered_at), "flags": list(entry.flags),
        "overlaps": list(entry.overlaps),
    }


def _csv(entry: EntryDetails) -> tuple[object, ...]:
    local_start, local_end = _local(entry)
    return (
        entry.id, entry.client, entry.engagement, iso_utc(entry.start), iso_utc(entry.end), entry.tz,
        local_start, local_end, entry.break_seconds // 60, hours(entry.worked_seconds), entry.category,
        entry.units if entry.units is not None else "", entry.note or "", entry.source, iso_utc(entry.entered_at),
        " ".join(entry.flags),
    )
