"""Finding a client or an engagement by name or id inside a unit of work, and the checks every client
write shares. Nearly every service imports this, so it imports no other piece but ``names`` (which client a typed
name means, in plain SQL that `list --client` shares)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.money import Money
from ...domain.pay import Terms
from ...errors import InvalidInput, NotFound
from ...store.engine import driver_connection
from ...store.models import Client, Engagement, PayTerms
from .names import client_id_meant, client_id_named


def find_client(session: Session, name: str) -> Client:
    """The client named ``name`` (any case), or the only one whose name starts with it (names.client_id_meant)."""
    client = session.get(Client, client_id_meant(driver_connection(session), name))
    assert client is not None  # just found in this transaction
    return client


def find_engagement(session: Session, client: Client, name: str | None) -> Engagement:
    """The named engagement of ``client``, or its first one when no name is given."""
    query = select(Engagement).where(Engagement.client_id == client.id).order_by(Engagement.id)
    if name:
        query = query.where(func.lower(Engagement.name) == name.strip().lower())
    engagement = session.scalars(query).first()
    if engagement is None:
        if name:
            raise NotFound.said("{client} has no engagement named {name!r}.", client=client.name, name=name)
        raise NotFound.said("{client} has no engagement.", client=client.name)
    return engagement


def terms_of(row: PayTerms) -> Terms:
    return Terms(kind=row.kind, rate=Money(row.rate, row.currency), effective_from=row.effective_from,
                 unit_name=row.unit_name, unpaid_categories=tuple(row.unpaid_categories or ()))


def client_named(session: Session, name: str) -> Client | None:
    found = client_id_named(driver_connection(session), name)
    return None if found is None else session.get(Client, found)


MAX_FIELD = 1_000  # names, contact, the worker's id
MAX_NOTE = 20_000


def checked_text(value: str | None, what: str, limit: int) -> str | None:
    cleaned = (value or "").strip()
    if len(cleaned) > limit:
        raise InvalidInput.said("{what} is limited to {limit:,} characters; nothing was changed.", what=what,
                                limit=limit, phrases=("what",))
    return cleaned or None


def client_by_id(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id) if not isinstance(client_id, bool) else None
    if client is None:
        raise NotFound.said("There is no {what} #{id} in your records; nothing was changed.", what="client",
                            id=client_id, phrases=("what",))
    return client
