"""How `import paypal|wise|upwork|payoneer|payments-csv` reports a statement: counts, totals per currency, the
skipped kinds, and each payment not matched to a client or an invoice with why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .output import table

if TYPE_CHECKING:
    from ..services.statement_imports import StatementPreview

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
        lines += [f"  line {o.line}: {o.amount} pays {o.invoice.label}"  # type: ignore[union-attr]  # matched: the invoice is set
                  + (f", short by {o.invoice.shortfall}" if o.invoice.kind == "short" else "")  # type: ignore[union-attr]  # as above
                  for o in matched[:SHOW_UNMATCHED]]
    for title, group in (("Recorded, but no invoice found:", [o for o in result.outcomes if o.client and o.why]),
                         ("Not matched to a client (they wait in the Pay view, to match by hand):",
                          [o for o in result.outcomes if not o.client])):
        if group:
            lines += ["", title]
            lines += [f"  line {o.line}: {o.amount} from {o.payer or 'an unnamed payer'}: {o.why}"
                      for o in group[:SHOW_UNMATCHED]]
            if len(group) > SHOW_UNMATCHED:
                lines.append(f"  ... and {len(group) - SHOW_UNMATCHED} more")
    if not result.committed:
        lines += ["", "Run the same command without --dry-run to import."]
    return lines


def _payments(count: int) -> str:
    return f"{count} payment" if count == 1 else f"{count} payments"
