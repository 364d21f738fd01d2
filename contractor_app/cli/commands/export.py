"""`export json|csv -o FILE`: every record as JSON (docs/interchange.md), or entries or payments as CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from ...errors import InvalidInput
from ..context import Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("export", help="export your records as JSON, or entries or payments as CSV")
    parser.add_argument("format", choices=("json", "csv"), metavar="FORMAT", help="json or csv")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    parser.add_argument("--what", choices=("entries", "payments"), default="entries", help="csv: which records")
    parser.add_argument("--evidence-dir", type=Path, metavar="DIR", help="json: also write the evidence files here")
    parser.set_defaults(run=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.exports import export_entries_csv, export_json, export_payments_csv

    if args.format == "csv" and args.evidence_dir:
        raise InvalidInput("--evidence-dir goes with `export json`; nothing was written.")
    with ctx.vault() as vault:
        if args.format == "json":
            result = export_json(vault, args.output, evidence_dir=args.evidence_dir)
        elif args.what == "payments":
            result = export_payments_csv(vault, args.output)
        else:
            result = export_entries_csv(vault, args.output)
    counts = ", ".join(f"{count} {name}" for name, count in result.counts.items() if count) or "no records"
    ctx.print(f"Wrote {result.path}: {counts}.")
    if result.evidence_files:
        ctx.print(f"Wrote {result.evidence_files} evidence files to {args.evidence_dir}.")
    ctx.print("The file is not encrypted: keep it somewhere safe.")
    return 0
