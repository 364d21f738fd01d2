"""`report KIND -o FILE.pdf` and `verify-report FILE.pdf`.

The choices come from services.report_catalog; making or checking a report (reportlab, the records) is imported
when one of the commands runs, so that their `--help` starts quickly (issue 18).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ...errors import ChecksFailed, InvalidInput
from ...services.report_catalog import LANGUAGES, PAPER_NAMES, REPORTS
from ..options import add_period, period, system_language

if TYPE_CHECKING:
    from ..context import Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "report", help="make a signed PDF report",
        epilog="; ".join(f"{kind.name}: {kind.title} ({kind.when[0].lower()}{kind.when[1:].rstrip('.')})"
                         for kind in REPORTS.values()))
    parser.add_argument("kind", choices=REPORTS)
    parser.add_argument("--client")
    add_period(parser)
    parser.add_argument("--paper", choices=PAPER_NAMES,
                        help="default: your preference (by your jurisdiction unless set)")
    parser.add_argument("--language", choices=LANGUAGES,
                        help="the report's language; default: your system's (LC_ALL, LC_MESSAGES, LANG), else en")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    parser.set_defaults(run=run)
    check = commands.add_parser("verify-report", help="check that a report is untouched and still matches")
    check.add_argument("file", type=Path)
    check.set_defaults(run=run_verify)


def run(ctx: Context, args: argparse.Namespace) -> int:
    if args.output.suffix.lower() != ".pdf":
        raise InvalidInput("The report file name must end in .pdf.")
    from ...services.report_settings import report_paper
    from ...services.reports import ReportRequest, language_for, make_report

    with ctx.vault_and_profile() as (vault, profile):
        request = ReportRequest(kind=args.kind, client=args.client, period=period(args),
                                as_of=datetime.now(profile.zone).date(),
                                paper=args.paper or report_paper(vault, profile.jurisdiction))
        data = make_report(vault, request, args.output, language=args.language or system_language(language_for))
    ctx.print(f"Wrote {args.output} ({len(data.entries)} entries, {len(data.payments)} payments).")
    return 0


def run_verify(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.reports import ReportInvalid, check_report, fingerprint, read_report_file

    try:
        pdf = read_report_file(args.file)
    except OSError as error:
        raise InvalidInput(f"Cannot read {str(args.file)!r}: {error.strerror}.") from None
    with ctx.vault() as vault:
        result = check_report(vault, pdf)
    key = fingerprint(bytes.fromhex(result.body["public_key"]))
    if not result.same_key:
        raise ReportInvalid(f"The signature is intact but was made with another key ({key}), not these records'.")
    if result.changed_sections:
        ctx.print(f"The file is untouched (signed with key {key}), but the records changed since it was made: "
                  f"{', '.join(result.changed_sections)} differ; {result.changes_since} change(s) recorded since.")
        raise ChecksFailed("The report no longer matches your records; make a new one.")
    ctx.print(f"Valid: untouched since it was made, signed with key {key}, and it matches your records"
              + (f" ({result.changes_since} later change(s) did not touch it)." if result.changes_since else "."))
    return 0
