"""What a report's integrity section says about WHEN its records were written (issue 16): the changes recorded
with the computer's clock set back.

Gathered from the audit chain, in the same read as the rest of the report's data (services.report_data).
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.times import iso_utc
from ..reports.data import ClockJumpRow, TimeEvidence
from ..store.audit import clock_jumps
from ..store.models import AuditEvent


def gather_time(session: Session, shown: Mapping[tuple[str, str], str]) -> TimeEvidence:
    """The time evidence for a report showing the records ``shown`` ((table, id) -> how the report names it):
    every change to one of them recorded while the clock ran behind the change before it."""
    history = session.execute(select(AuditEvent.seq, AuditEvent.at, AuditEvent.action, AuditEvent.entity,
                                     AuditEvent.entity_id).order_by(AuditEvent.seq)).all()
    jumps = tuple(
        ClockJumpRow(seq=jump.seq, at=iso_utc(jump.at), previous_at=iso_utc(jump.previous_at),
                     what=shown[(jump.entity, jump.entity_id)])
        for jump in clock_jumps(history) if (jump.entity, jump.entity_id) in shown
    )
    return TimeEvidence(clock_jumps=jumps)
