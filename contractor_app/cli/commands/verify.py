"""`verify`: the records check. Exit 4 when anything is damaged, altered or rolled back."""

from __future__ import annotations

import argparse

from ...errors import ChecksFailed
from ..context import Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("verify", help="check your records for damage, tampering and rollback")
    parser.set_defaults(run=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.verify import clock_jump_text, verify_vault

    with ctx.vault(check_rollback=False) as vault:
        report = verify_vault(vault)
    for jump in report.clock_jumps:  # flagged, not failed: the history is intact, its times are not all trustworthy
        ctx.print(f"CLOCK: {clock_jump_text(jump)}")
    if report.ok:
        ctx.print(f"Records check passed: {report.events} changes recorded, history intact "
                  f"(latest {report.head[:16]}).")
        return 0
    for problem in report.problems:
        ctx.print(f"PROBLEM: {problem}")
    raise ChecksFailed(f"The records check found {len(report.problems)} problem(s); see above.")
