"""The records check: both database integrity checks, the audit chain and its replay, and the rollback check."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..errors import LedgerError
from ..store.audit import chain_problems, read_head, replay_problems
from ..store.models import AuditEvent
from ..store.vault import Vault
from .evidence import evidence_problems


@dataclass(frozen=True, slots=True)
class VerifyReport:
    problems: tuple[str, ...]
    events: int
    head: str

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_vault(vault: Vault) -> VerifyReport:
    """Run every check and collect every problem; a check that cannot run is itself a problem."""
    problems = list(vault.integrity_problems())
    events, head = 0, ""
    if not problems:
        try:
            with vault.reading() as session:
                columns = [getattr(AuditEvent, name) for name in
                           ("seq", "at", "action", "entity", "entity_id", "data", "prev_hash", "hash")]
                history = session.execute(select(*columns).order_by(AuditEvent.seq)).all()
                problems.extend(chain_problems(history, vault.vault_id))
                problems.extend(replay_problems(session, history))
                last = read_head(session, vault.vault_id)
                events, head = last.seq, last.hash
            # Evidence bytes are left out of the history (their SHA-256 is in it): check them against it.
            problems.extend(f"record check: {problem}" for problem in evidence_problems(vault))
        except LedgerError as error:
            problems.append(str(error))
        rollback = vault.rollback_problem()
        if rollback:
            problems.append(rollback)
    return VerifyReport(problems=tuple(problems), events=events, head=head)
