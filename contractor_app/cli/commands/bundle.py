"""`bundle --client X --from --to -o claim.zip`: the evidence bundle a lawyer or clinic checks without the app."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..options import add_period, period

if TYPE_CHECKING:
    from ..context import Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("bundle", help="one zip for a lawyer or clinic: reports, records, evidence, "
                                                "time stamps and a checker")
    parser.add_argument("--client", required=True)
    add_period(parser)
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.zip")
    parser.set_defaults(run=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.bundle import make_bundle  # here, not above: `bundle --help` needs neither it nor the records

    with ctx.vault() as vault:
        result = make_bundle(vault, args.client, period(args), args.output)
    ctx.print(f"Wrote {result.path}: {result.reports} signed reports, {result.entries} entries, {result.payments} "
              f"payments, {result.evidence} evidence files, {result.anchors} anchors, {result.timestamps} time "
              f"stamps. Key fingerprint: {result.fingerprint}.",
              "Whoever receives it unzips it and runs `python verify.py` (README.txt inside says how).")
    return 0
