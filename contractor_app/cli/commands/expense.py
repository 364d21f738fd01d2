"""`expense add`, `expense list` and `expense delete`: work-related costs per client (equipment, internet,
software, platform and transfer fees), which the summary subtracts for the net hourly rate."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ...domain.money import Money, parse_decimal
from ...domain.times import parse_date
from ..choices import EXPENSE_KINDS as KINDS
from ..context import Context
from ..options import period, record_number
from ..records import add_delete, add_list, print_records, record_command

if TYPE_CHECKING:
    from ...services.expenses import ExpenseRow

JSON_FORMAT = {"format": "contractor-ledger-expenses", "version": 1}
ID = record_number()  # a record's number, as the lists show it


def register(commands: argparse._SubParsersAction) -> None:
    actions = record_command(commands, "expense", "record work-related costs: equipment, internet, fees...")

    add = actions.add_parser("add", help="record an expense you paid for your work")
    add.add_argument("--client", required=True, help="the client the cost was for")
    add.add_argument("--date", required=True, help="the day you paid it")
    add.add_argument("--amount", required=True)
    add.add_argument("--currency", help="the currency you paid in (default: the client's)")
    add.add_argument("--category", choices=KINDS, default="other")
    add.add_argument("--note")
    add.add_argument("--receipt", type=ID, metavar="EVIDENCE_ID", help="the receipt, kept with `evidence add`")
    add.set_defaults(run=run_add)

    add_list(actions, "list expenses", run_list, period=True)
    add_delete(actions, "delete an expense recorded by mistake (audited)", run_delete, ID)



def run_add(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.expenses import NewExpense, add_expense

    amount = parse_decimal(args.amount, what="Amount")
    new = NewExpense(client=args.client, on=parse_date(args.date),
                     amount=Money(amount, args.currency) if args.currency else amount, kind=args.category,
                     note=args.note, receipt_evidence_id=args.receipt)
    with ctx.vault() as vault:
        view = add_expense(vault, new)
    ctx.print(f"Recorded expense #{view.id}: {view.amount} {view.kind} for {view.client} on {view.on}.")
    return 0


def run_list(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.expenses import list_expenses

    with ctx.vault() as vault:
        expenses = list_expenses(vault, period=period(args), client=args.client)
    print_records(ctx, args, expenses, json_format=JSON_FORMAT, key="expenses", as_json=_json,
                  empty="No expenses recorded. Add one with: contractor-app expense add --client NAME --date DATE "
                        "--amount AMOUNT --category internet",
                  columns=("Id", "Date", "Client", "Category", "Amount", "Receipt", "Note"),
                  row=lambda e: (f"#{e.id}", e.on, e.client, e.kind, e.amount,
                                 f"#{e.receipt_evidence_id}" if e.receipt_evidence_id else "-", (e.note or "")[:40]))
    return 0


def run_delete(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.expenses import delete_expense

    with ctx.vault() as vault:
        removed = delete_expense(vault, args.id)
    ctx.print(f"Deleted expense #{removed.view.id} ({removed.view.amount} {removed.view.kind}, "
              f"{removed.view.on}); the deletion is in the audit trail.")
    return 0


def _json(expense: ExpenseRow) -> dict[str, object]:
    return {"id": expense.id, "client": expense.client, "date": expense.on.isoformat(),
            "amount": str(expense.amount.amount), "currency": expense.amount.currency, "category": expense.kind,
            "note": expense.note, "receipt_evidence_id": expense.receipt_evidence_id}
