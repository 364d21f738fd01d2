"""`import FORMAT PATH`: bring another tracker's history in (docs/interchange.md), or restore a JSON export.

--dry-run shows what would be added, the date range, totals per project and every skipped row with its reason,
and writes nothing. Without it, the whole file is added in one step, or nothing is.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ...domain.times import zone
from ...errors import InvalidInput
from ..choices import IMPORT_FIELDS as FIELDS
from ..choices import IMPORT_FORMATS as FORMATS
from ..choices import STATEMENT_FORMATS as STATEMENTS
from ..context import Context
from ..output import table
from ..statement_output import statement_lines

if TYPE_CHECKING:
    from ...services.imports import ImportPreview
    from ...services.json_restore import RestorePreview

SHOW_SKIPPED = 20


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("import", help="import entries from another tracker, a payment statement, or a "
                                                "JSON export")
    parser.add_argument("format", metavar="FORMAT", choices=(*FORMATS, *STATEMENTS, "json"),
                        help=" ".join((*FORMATS, *STATEMENTS, "json")))
    parser.add_argument("path", metavar="PATH", type=Path)
    parser.add_argument("--client", help="put every entry under this client (needed for watson and timewarrior)")
    parser.add_argument("--timezone", help="zone of times written without one (default: yours)")
    parser.add_argument("--dry-run", action="store_true", help="show what would be imported; change nothing")
    parser.add_argument("--source", help="csv, payments-csv: a name for this kind of file; its column mapping is "
                                         "saved under it")
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help=f"csv: which column holds each field ({', '.join(FIELDS)}); repeat for each")
    parser.add_argument("--evidence-dir", type=Path, metavar="DIR", help="json: the evidence files of the export")
    parser.set_defaults(run=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.imports import ImportRequest, parse_mapping, preview_import, run_import
    from ...services.json_restore import preview_restore, run_restore
    from ...services.statement_imports import StatementRequest, import_statement, payment_mapping, preview_statement

    _check_options(args)
    if args.format == "json":
        with ctx.vault() as vault:
            act = preview_restore if args.dry_run else run_restore
            ctx.print(*_restored(act(vault, args.path, evidence_dir=args.evidence_dir)))
        return 0
    if args.format in STATEMENTS:
        statement = StatementRequest(
            format=args.format, path=args.path, client=args.client, source=args.source,
            mapping=payment_mapping(args.map) if args.map else None)
        with ctx.vault() as vault:
            ctx.print(*statement_lines((preview_statement if args.dry_run else import_statement)(vault, statement)))
        return 0
    request = ImportRequest(
        format=args.format, path=args.path, client=args.client, timezone=args.timezone, source=args.source,
        mapping=parse_mapping(args.map) if args.map else None,
    )
    with ctx.vault() as vault:
        result = (preview_import if args.dry_run else run_import)(vault, request)
    ctx.print(*_imported(result))
    return 0


def _check_options(args: argparse.Namespace) -> None:
    """Options meant for another format would be silently ignored; say so instead."""
    from ...services.statement_imports import MAPPED

    misplaced = [
        option for option, given, wanted in (
            ("--source", args.source, ("csv", "payments-csv")), ("--map", args.map, ("csv", *MAPPED)),
            ("--evidence-dir", args.evidence_dir, ("json",)),
        ) if given and args.format not in wanted
    ] + [option for option, given in (("--client", args.client), ("--timezone", args.timezone))
         if given and args.format == "json"] + (["--timezone"] if args.timezone and args.format in STATEMENTS else [])
    if misplaced:
        raise InvalidInput(f"{misplaced[0]} does not apply to `import {args.format}`; nothing was imported.")


def _imported(result: ImportPreview) -> list[str]:
    name = result.path.name
    local = zone(result.timezone)
    if result.committed:
        lines = [f"Imported {_entries(result.entries)} from {name} ({_clock(result.seconds)} worked)."]
    else:
        lines = [f"Preview of {name} ({result.format}); nothing was imported yet.",
                 f"{_entries(result.entries)} to add, {_clock(result.seconds)} worked."]
    if result.first_start and result.last_end:
        lines.append(f"From {result.first_start.astimezone(local):%Y-%m-%d %H:%M} to "
                     f"{result.last_end.astimezone(local):%Y-%m-%d %H:%M} ({result.timezone}).")
    if result.projects:
        lines += ["", *table(("Client", "Engagement", "Project in file", "Entries", "Worked"),
                             [(p.client, p.engagement, p.project or "-", p.entries, _clock(p.seconds))
                              for p in result.projects])]
    if result.overlapping:
        lines += ["", f"{result.overlapping} of them overlap other entries; both are kept, and `list` flags them."]
    if result.skipped:
        lines += ["", f"Skipped {len(result.skipped)}:"]
        lines += [f"  {item.where}: {item.reason}" for item in result.skipped[:SHOW_SKIPPED]]
        if len(result.skipped) > SHOW_SKIPPED:
            lines.append(f"  ... and {len(result.skipped) - SHOW_SKIPPED} more")
    if not result.committed:
        lines += ["", "Run the same command without --dry-run to import."]
    return lines


def _restored(result: RestorePreview) -> list[str]:
    verb = "Imported" if result.committed else "Would import"
    added = ", ".join(f"{count} {name}" for name, count in result.added.items()) or "nothing new"
    lines = [f"{verb} from {result.path.name}: {added}."]
    if result.present:
        lines.append("Already in your records: "
                     + ", ".join(f"{count} {name}" for name, count in result.present.items()) + ".")
    lines += [f"Skipped {item.where}: {item.reason}." for item in result.skipped]
    if not result.committed:
        lines.append("Nothing was changed. Run the same command without --dry-run to import.")
    return lines


def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"


def _clock(seconds: int) -> str:
    """H:MM:SS, exact to the second, as the source trackers show totals."""
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
