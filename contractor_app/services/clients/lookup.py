"""Finding a client or an engagement by name or id inside a unit of work, and the checks every client
write shares. Nearly every service imports this, so it imports nothing of the other pieces."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.money import Money
from ...domain.pay import Terms
from ...errors import InvalidInput, NotFound
from ...store.models import Client, Engagement, PayTerms


def find_client(session: Session, name: str) -> Client:
    """The client named ``name`` (any case), or the only one whose name starts with it."""
    client = client_named(session, name.strip()) or (_lookup_prefix(session, name.strip()) if name.strip() else None)
    if client is None:
        known = session.scalars(select(Client.name).order_by(Client.name)).all()
        if known:
            raise NotFound.said("No client named {name!r}. Known clients: {known}.", name=name, known=", ".join(known))
        raise NotFound.said("No client named {name!r}. Add one with `client add`.", name=name)
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
    return session.scalars(select(Client).where(func.lower(Client.name) == name.lower())).first()


def _lookup_prefix(session: Session, name: str) -> Client | None:
    """The one client whose name starts with ``name`` (any case), so "acme" finds "Acme Labeling"."""
    matches = [c for c in session.scalars(select(Client)) if c.name.lower().startswith(name.lower())]
    return matches[0] if len(matches) == 1 else None


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
