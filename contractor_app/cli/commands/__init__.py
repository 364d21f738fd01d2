"""One module per subcommand; each has ``register(subparsers)`` and sets ``run(context, args)`` as default.

Only the module of the command being run is imported (issue 18: a command's start-up should not pay for reportlab,
the importers or the backup code it does not use). `--help` lists every command from COMMANDS without importing
any of them; tests/cli/test_startup.py keeps each help line equal to the one its module registers.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# Command name -> (module under cli/commands, the help line `--help` shows), in `--help` order.
COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("init", "create your encrypted records; prints the recovery key once"),
    "client": ("client", "add or list clients and platforms"),
    "log": ("log", "record work you did"),
    "timer": ("timer", "start, stop or show the live timer"),
    "pay": ("pay", "record a payment you received"),
    "invoice": ("invoice", "record an invoice or claim and its due date"),
    "adjust": ("adjust", "record a bonus or an adjustment"),
    "expense": ("expense", "record work-related costs: equipment, internet, fees..."),
    "distance": ("distance", "log distance driven for work, priced at the official rate"),
    "rate": ("rate", "record or list exchange rates you were paid at"),
    "list": ("listing", "list your entries"),
    "summary": ("summary", "hours, earned, paid, balance and your rights, per client"),
    "report": ("report", "make a signed PDF report"),
    "verify-report": ("report", "check that a report is untouched and still matches"),
    "bundle": ("bundle", "one zip for a lawyer or clinic: reports, records, evidence, time stamps and a checker"),
    "rules": ("rules", "minimum wages and freelancer laws, with their sources"),
    "data": ("data", "record data you handled, or data collected about you"),
    "evidence": ("evidence", "keep files as proof: contracts, pay stubs, screenshots, emails"),
    "incident": ("incident", "record a data breach notice or a dispute"),
    "dsar": ("dsar", "data-access requests you sent, their deadlines and the answers"),
    "import": ("importing", "import entries from another tracker, a payment statement, or a JSON export"),
    "export": ("export", "export your records as JSON, or entries or payments as CSV"),
    "backup": ("backup", "make, check or restore an encrypted backup of your records"),
    "share": ("share", "share your pay figures anonymously with a union or worker centre, or summarise shares"),
    "sync": ("sync", "keep your records in step on two computers through a sync folder"),
    "anchor": ("anchor", "today's anchor of your records, to send outside your control"),
    "verify": ("verify", "check your records for damage, tampering and rollback"),
    "passwd": ("passwd", "change your password (or use your recovery key)"),
    "rekey": ("passwd", "your password or recovery key may have leaked: move your records to a new key"),
}


def load(command: str) -> ModuleType:
    """The module that registers and runs ``command`` (a key of COMMANDS)."""
    return importlib.import_module(f"{__name__}.{COMMANDS[command][0]}")
