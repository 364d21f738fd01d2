"""How `import paypal|wise|upwork|payoneer|payments-csv` reports a statement: counts, totals per currency, the
skipped kinds, and each payment not matched to a client or an invoice with why."""

from __future__ import annotations

from ..services.statement_imports import StatementPreview
from .output import table

SHOW_UNMATCHED = 20


def statement_lines(result: StatementPreview) -> list[str]:
    name = result.path.name
    if result.committed:
        lines = [f"Imported {_payments(result.new)} from {name} ({result.format}); {result.recorded} recorded for "
                 "their clients."]
    else:
        lines = [f"Preview of {name} ({result.format}); nothing was imported yet.",
                 f"{_payments(result.new)} to add; {result.recorded} matched to a client."]
    if result.already_imported:
        lines.append(f"Already imported before: {_payments(result.already_imported)}.")
    if result.totals:
        lines += ["", *table(("Currency", "Payments", "Gross", "Fees", "Net"),
                             [(t.currency, t.payments, f"{t.gross:,}", f"{t.fees:,}", f"{t.net:,}")
                              for t in result.totals])]
    if result.skipped:
        lines += ["", "Skipped (not money in from a client): "
                  + ", ".join(f"{count} {reason}" for reason, count in result.skipped) + "."]
    if result.rates:
        lines.append(f"Exchange rates recorded: {result.rates}.")
    matched = [o for o in result.outcomes if o.invoice is not None]
    if matched:
        lines += ["", "Paid invoices:"]
        lines += [f"  line {o.line}: {o.amount} pays {o.invoice.label}"  # type: ignore[union-attr]
                  + (f", short by {o.invoice.shortfall}" if o.invoice.kind == "short" else "")  # type: ignore[union-attr]
                  for o in matched[:SHOW_UNMATCHED]]
    unexplained = [o for o in result.outcomes if o.why]
    if unexplained:
        lines += ["", "Not matched:"]
        lines += [f"  line {o.line}: {o.amount} from {o.payer or 'unknown payer'}"
                  + (f" ({o.client})" if o.client else "") + f": {o.why}" for o in unexplained[:SHOW_UNMATCHED]]
        if len(unexplained) > SHOW_UNMATCHED:
            lines.append(f"  ... and {len(unexplained) - SHOW_UNMATCHED} more")
        if any(o.client is None for o in unexplained):
            lines.append("Payments with no client wait in the Pay view (desktop app) to be matched by hand.")
    if not result.committed:
        lines += ["", "Run the same command without --dry-run to import."]
    return lines


def _payments(count: int) -> str:
    return f"{count} payment" if count == 1 else f"{count} payments"
