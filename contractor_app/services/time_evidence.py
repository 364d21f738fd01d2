"""What a report's integrity section says about WHEN its records were written (issue 16): the anchors (and their
time stamps) that cover the report's records as they are now, the records written after the latest anchor, and
the changes recorded with the computer's clock set back.

A record is covered by the first anchor whose chain position is at or after the record's latest change: from that
anchor on, the record existed as it is now. Gathered from the audit chain in the same read as the rest of the
report's data (services.report_data).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Mapping
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.times import iso_utc
from ..reports.data import AnchorRow, ClockJumpRow, TimeEvidence
from ..store.models import Anchor, AnchorSending, AnchorTimestamp, AuditEvent


def gather_time(session: Session, shown: Mapping[tuple[str, str], str]) -> TimeEvidence:
    """The time evidence for a report showing the records ``shown`` ((table, id) -> how the report names it)."""
    # The rule of store.audit.clock_jumps, worked out by SQLite: only the jumps leave the database, not the whole
    # history (reading every change back cost a second per 20k changes).
    found = session.connection().exec_driver_sql(
        'SELECT seq, "at", previous_at, entity, entity_id FROM (SELECT seq, "at", entity, entity_id, '
        'LAG("at") OVER (ORDER BY seq) AS previous_at FROM audit_events) WHERE "at" < previous_at ORDER BY seq').all()
    jumps = tuple(ClockJumpRow(seq=seq, at=_iso(at), previous_at=_iso(previous), what=shown[(entity, entity_id)])
                  for seq, at, previous, entity, entity_id in found if (entity, entity_id) in shown)
    anchors, unanchored = _coverage(session, shown)
    return TimeEvidence(clock_jumps=jumps, anchors=anchors, unanchored=unanchored)


def _iso(seconds: int) -> str:
    return iso_utc(datetime.fromtimestamp(seconds, UTC))


def _coverage(session: Session, shown: Mapping[tuple[str, str], str]) -> tuple[tuple[AnchorRow, ...],
                                                                               tuple[str, ...]]:
    anchors = session.execute(select(Anchor.id, Anchor.seq, Anchor.code, Anchor.day, Anchor.sha256)
                              .order_by(Anchor.seq)).all()
    if not shown:
        return (), ()
    latest: dict[tuple[str, str], int] = {
        (entity, entity_id): seq for entity, entity_id, seq in session.execute(
            select(AuditEvent.entity, AuditEvent.entity_id, func.max(AuditEvent.seq))
            .where(AuditEvent.entity.in_(sorted({table for table, _ in shown})))
            .group_by(AuditEvent.entity, AuditEvent.entity_id))  # all of them: a year's ids are too many to name
        if (entity, entity_id) in shown
    }
    positions = [anchor.seq for anchor in anchors]
    covering: Counter[int] = Counter()
    unanchored = []
    for key, name in shown.items():
        index = bisect.bisect_left(positions, latest.get(key, 0))
        if index == len(anchors):
            unanchored.append(name)
        else:
            covering[index] += 1
    rows = []
    for index, count in sorted(covering.items()):
        anchor = anchors[index]
        stamps = tuple((iso_utc(at), authority) for at, authority in session.execute(
            select(AnchorTimestamp.stamped_at, AnchorTimestamp.authority)
            .where(AnchorTimestamp.anchor_id == anchor.id).order_by(AnchorTimestamp.stamped_at)))
        sent = tuple((how, recipient or "", iso_utc(at)) for how, recipient, at in session.execute(
            select(AnchorSending.how, AnchorSending.recipient, AnchorSending.at)
            .where(AnchorSending.anchor_id == anchor.id).order_by(AnchorSending.id)))
        rows.append(AnchorRow(code=anchor.code, day=anchor.day.isoformat(), sha256=anchor.sha256, covers=count,
                              stamps=stamps, sent=sent))
    return tuple(rows), tuple(unanchored)
