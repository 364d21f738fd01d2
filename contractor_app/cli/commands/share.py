"""`share pay`: an anonymous pay share for a union or worker centre; `share summarize`: what a folder of shares
comes to, for the group (services/share.py; the file format is docs/share-format.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ...domain.share import CATEGORIES, MIN_WORKERS
from ...errors import InvalidInput
from ...services.report_catalog import LANGUAGES
from ..context import Context
from ..options import add_period, period, system_language

HELP = "share your pay figures anonymously with a union or worker centre, or summarise shares"


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("share", help=HELP)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(parser))
    pay = actions.add_parser("pay", help="write an anonymous share of your pay, per month and kind of work")
    add_period(pay)
    pay.add_argument("-o", "--output", type=Path, metavar="FILE.json",
                     help="where to write the share (without it, or with --preview, nothing is written)")
    pay.add_argument("--name", action="append", default=[], metavar="CLIENT",
                     help="name this client's platform in the share (otherwise only its kind of work shows)")
    pay.add_argument("--category", action="append", default=[], metavar="CLIENT=KIND",
                     help=f"the kind of work for a client: {', '.join(CATEGORIES)} (default: other)")
    pay.add_argument("--preview", action="store_true", help="show what the share would hold; write nothing")
    pay.set_defaults(run=run_pay)
    summary = actions.add_parser("summarize", help="summarise a folder of shares: medians, quartiles, late pay")
    summary.add_argument("folder", type=Path, metavar="DIR")
    summary.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    summary.add_argument("--csv", type=Path, metavar="FILE.csv", help="the same figures as a spreadsheet")
    summary.add_argument("--paper", choices=("a4", "letter"), default="a4")
    summary.add_argument("--language", choices=LANGUAGES,
                         help="the PDF's language; default: your system's (LC_ALL, LC_MESSAGES, LANG), else en")
    summary.set_defaults(run=run_summarize)


def run_pay(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.share import ShareChoices, build_share, describe, write_share

    choices = ShareChoices(frozenset(args.name), dict(_category(text) for text in args.category))
    with ctx.vault_and_profile() as (vault, profile):
        share = build_share(vault, period=period(args), tz=profile.timezone, choices=choices)
    ctx.print(*describe(share))
    if args.preview or args.output is None:
        ctx.print("Nothing written." + ("" if args.preview else " Give -o FILE.json to write the share."))
        return 0
    write_share(share, args.output)
    ctx.print(f"Wrote {args.output}.")
    return 0


def run_summarize(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.share import language_for, summarize_folder, write_group_report

    if args.output.suffix.lower() != ".pdf":
        raise InvalidInput(f"{args.output} should end in .pdf.")
    result = summarize_folder(args.folder)
    write_group_report(result, args.output, args.csv, paper=args.paper,
                       language=args.language or system_language(language_for))
    suppressed = sum(cell.suppressed for cell in result.cells)
    ctx.print(*result.refused)
    ctx.print(f"Counted {result.counted} shares ({result.duplicates} duplicates counted once, "
              f"{len(result.refused)} refused); {len(result.cells)} cells, {suppressed} suppressed "
              f"(fewer than {MIN_WORKERS} workers). Wrote {args.output}"
              + (f" and {args.csv}." if args.csv else "."))
    return 0


def _category(text: str) -> tuple[str, str]:
    client, sep, kind = text.partition("=")
    if not sep or not client.strip():
        raise InvalidInput(f"--category {text!r}: write it as CLIENT=KIND, e.g. Acme=annotation.")
    return client.strip(), kind.strip().lower()
