"""The records check: both database integrity checks, the audit chain and its replay, evidence against its
fingerprints, and the rollback check.

Everything it checks is the store's own, so it lives here, where `backup verify` (backup/, which sits on store/)
can run it on a restored copy; services.verify is the door the CLI and the GUI use.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select

from ..errors import LedgerError
from .audit import ClockJump, chain_problems, clock_jumps, read_head, replay_problems
from .evidence_pages import Content, evidence_contents
from .models import AuditEvent, Evidence
from .parallel import Beside
from .vault import BackupWitness, Vault


@dataclass(frozen=True, slots=True)
class VerifyReport:
    problems: tuple[str, ...]
    events: int
    head: str
    # Not damage: changes recorded while the computer's clock ran behind an earlier change (it was set back).
    clock_jumps: tuple[ClockJump, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_vault(vault: Vault, *, backup_witness: BackupWitness | None = None, closed_copy: bool = False
                 ) -> VerifyReport:
    """Run every check and collect every problem; a check that cannot run is itself a problem. ``backup_witness``
    as for Vault.unlock: without this computer's witness, the rollback check uses the backups' (services/verify).
    ``closed_copy`` as for Vault.integrity_problems: a backup's copy being checked."""
    # The evidence bytes are read beside the integrity checks (store/parallel.py): the three passes over every page
    # take about the time of the longest on two cores. Their findings count only if every page is sound, as before.
    # A closed copy's file is settled first (Vault.integrity_problems does it too; then it has nothing left to do),
    # so that its evidence pages can be read from it without being authenticated again (store/evidence_pages.py).
    settled = closed_copy and vault.checkpointed()
    evidence = Beside(lambda: evidence_in_file_problems(vault) if settled else evidence_problems(vault))
    try:
        problems = list(vault.integrity_problems(closed_copy=closed_copy))
    finally:
        evidence.wait()
    events, head = 0, ""
    jumps: tuple[ClockJump, ...] = ()
    if not problems:
        try:
            with vault.reading() as session:
                columns = [getattr(AuditEvent, name) for name in
                           ("seq", "at", "action", "entity", "entity_id", "data", "prev_hash", "hash")]
                history = session.execute(select(*columns).order_by(AuditEvent.seq)).all()
                problems.extend(chain_problems(history, vault.vault_id))
                problems.extend(replay_problems(session, history))
                jumps = tuple(clock_jumps(history))
                last = read_head(session, vault.vault_id)
                events, head = last.seq, last.hash
            # Evidence bytes are left out of the history (their SHA-256 is in it): check them against it.
            problems.extend(f"record check: {problem}" for problem in evidence.result())
        except LedgerError as error:
            problems.append(str(error))
        rollback = vault.rollback_problem(backup_witness)
        if rollback:
            problems.append(rollback)
    return VerifyReport(problems=tuple(problems), events=events, head=head, clock_jumps=jumps)


def evidence_problems(vault: Vault) -> list[str]:
    """One line per piece of evidence whose bytes no longer match their size and fingerprint (for `verify`)."""
    problems = []
    with vault.reading() as session:
        # One query of plain driver rows, streamed a file at a time (never all in memory): through the ORM this read
        # took twice as long, and it reads every byte of evidence (a backup's check included; issue 18).
        for evidence_id, name, size, sha256, content in session.connection().exec_driver_sql(
                "SELECT id, name, size, sha256, content FROM evidence ORDER BY id"):
            if content is None or len(content) != size or hashlib.sha256(content).hexdigest() != sha256:
                problems.append(f"evidence #{evidence_id} ({name}) does not match its SHA-256 fingerprint")
    return problems


def evidence_in_file_problems(vault: Vault) -> list[str]:
    """evidence_problems of a closed copy whose file holds the whole database, its evidence bytes read from the file
    without SQLCipher authenticating every page a second time: so they count only when the integrity checks,
    which authenticate every page, pass (store/evidence_pages.py). A table it cannot read is read the usual way."""
    with vault.reading() as session:
        connection = session.connection()
        root = connection.exec_driver_sql(
            "SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = 'evidence'").scalar_one()
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(evidence)")]
        rows = connection.exec_driver_sql("SELECT id, name, size, sha256 FROM evidence ORDER BY id").all()
    try:
        found = evidence_contents(vault.paths.db, vault._key(), root, columns.index("content"), len(columns))
    except (IndexError, ValueError, OSError):  # Unreadable is a ValueError
        return evidence_problems(vault)
    return [f"evidence #{evidence_id} ({name}) does not match its SHA-256 fingerprint"
            for evidence_id, name, size, sha256 in rows if found.get(evidence_id) != Content(size, sha256)]


def fingerprint_matches(row: Evidence, content: bytes | None) -> bool:
    return content is not None and len(content) == row.size and hashlib.sha256(content).hexdigest() == row.sha256
