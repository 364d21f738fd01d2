"""The live timer. It is a row in the vault, so a timer keeps running across closing or killing the app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.categories import check_category
from ...domain.times import zone
from ...errors import InvalidInput
from ...store.models import Client, Engagement, EvidenceLink, RunningTimer
from ...store.vault import Vault
from ..changes import ENTRIES, EVIDENCE, TIMER, announces
from ..clients.lookup import find_client, find_engagement
from .log import LogResult, NewEntry, add_entry


@dataclass(frozen=True, slots=True)
class TimerState:
    client: str
    engagement: str
    category: str
    note: str | None
    started_at: datetime
    tz: str

    def elapsed_seconds(self, now: datetime | None = None) -> int:
        return int(((now or datetime.now(UTC)) - self.started_at).total_seconds())


@announces(TIMER)
def start_timer(
    vault: Vault, *, client: str, tz: str, category: str = "productive", engagement: str | None = None,
    note: str | None = None, at: datetime | None = None,
) -> TimerState:
    category = check_category(category)
    with vault.unit_of_work() as uow:
        running = uow.session.get(RunningTimer, 1)
        if running is not None:
            view = _view(uow.session, running)
            raise InvalidInput.said("The timer is already running for {client} since {since:%Y-%m-%d %H:%M}; stop it "
                                    "first.", client=view.client, since=view.started_at.astimezone(zone(view.tz)))
        target = find_engagement(uow.session, find_client(uow.session, client), engagement)
        row = RunningTimer(id=1, engagement_id=target.id, category=category, note=note or None,
                           started_at=at or datetime.now(UTC), tz=zone(tz).key)
        uow.created(row)
        return _view(uow.session, row)


def timer_status(vault: Vault) -> TimerState | None:
    with vault.reading() as session:
        row = session.get(RunningTimer, 1)
        return _view(session, row) if row else None


@announces(TIMER, ENTRIES, EVIDENCE)
def stop_timer(vault: Vault, *, at: datetime | None = None, note: str | None = None) -> LogResult:
    """Stop the timer and log its entry, both in one unit of work: the timer is never lost nor logged twice."""
    with vault.unit_of_work() as uow:
        row = uow.session.get(RunningTimer, 1)
        if row is None:
            raise InvalidInput("The timer is not running.")
        status = _view(uow.session, row)
        end = (at or datetime.now(UTC)).replace(microsecond=0)
        if end <= status.started_at:
            raise InvalidInput("The timer would stop before it started, or ran less than a second; check the time.")
        uow.deleted(row)
        logged = add_entry(uow, NewEntry(
            client=status.client, engagement=status.engagement, start=status.started_at, end=end, tz=status.tz,
            category=status.category, note=note or status.note, source="timer",
        ))
        for link in _timer_links(uow.session):  # evidence captured while it ran now points at its entry
            link.entity, link.entity_id = "entry", logged.entry.id
            uow.updated(link)
        return logged


@announces(TIMER, EVIDENCE)
def discard_timer(vault: Vault) -> None:
    """Stop the timer without logging it: the desktop app does so for a timer stopped within a minute of its start
    (a start by mistake), which would otherwise be kept as a "0 min" entry."""
    with vault.unit_of_work() as uow:
        row = uow.session.get(RunningTimer, 1)
        if row is None:
            raise InvalidInput("The timer is not running.")
        for link in _timer_links(uow.session):  # the evidence stays, linked to the client still
            uow.deleted(link)
        uow.deleted(row)


def _timer_links(session: Session) -> list[EvidenceLink]:
    return list(session.scalars(select(EvidenceLink).where(EvidenceLink.entity == "timer").order_by(EvidenceLink.id)))


def _view(session: Session, row: RunningTimer) -> TimerState:
    engagement = session.get_one(Engagement, row.engagement_id)
    client = session.get_one(Client, engagement.client_id)
    return TimerState(client=client.name, engagement=engagement.name, category=row.category, note=row.note,
                     started_at=row.started_at, tz=row.tz)

