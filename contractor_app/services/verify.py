"""The records check, as the CLI's `verify` and the desktop app run it; the check itself is store.verify's.

It lives in store/ because `backup verify` runs it on a restored copy and backup/ sits below services/.
"""

from __future__ import annotations

from ..store import verify
from ..store.audit import ClockJump
from ..store.vault import Vault
from ..store.verify import VerifyReport, evidence_problems
from .lifecycle import newest_backup_witness

__all__ = ["ClockJump", "VerifyReport", "clock_jump_text", "evidence_problems", "verify_vault"]

# The records' tables as a person names them, in the clock-jump lines.
_THING = {"work_entries": "entry", "payments": "payment", "evidence": "evidence", "invoices": "invoice",
          "clients": "client", "incidents": "incident", "data_records": "data record"}


def verify_vault(vault: Vault) -> VerifyReport:
    """The records check; its rollback check, like the unlock's, falls back on the backups' witness when this
    computer keeps none, so `verify` names what the unlock refuses."""
    return verify.verify_vault(vault, backup_witness=newest_backup_witness)


def clock_jump_text(jump: ClockJump) -> str:
    """One line naming the change recorded with the clock set back, and by how much."""
    thing = f"{_THING[jump.entity]} #{jump.entity_id}" if jump.entity in _THING else f"{jump.entity} {jump.entity_id}"
    behind = jump.previous_at - jump.at
    return (f"change #{jump.seq} ({jump.action} {thing}) is recorded at {jump.at:%Y-%m-%d %H:%M:%S} UTC, "
            f"{_duration(int(behind.total_seconds()))} before the change ahead of it "
            f"({jump.previous_at:%Y-%m-%d %H:%M:%S} UTC): the computer's clock was set back")


def _duration(seconds: int) -> str:
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    units = ((days, "d"), (hours, "h"), (minutes, "min"), (seconds, "s"))
    parts = [f"{value} {unit}" for value, unit in units if value]
    return " ".join(parts) or "0 s"
