"""What deleting a record and undoing the delete share, for entries, payments, invoices, data records and incidents.

A record with evidence linked to it is kept: the link names the record by id, and a later record could take that
id and silently inherit the proof. A deleted record comes back once, under its old id when that id is free; a
second reinstatement of the same deletion is refused rather than recording the money or the incident twice.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound, Phrase
from ..store.models import Base, EvidenceLink
from ..store.vault import UnitOfWork

M = TypeVar("M", bound=Base)


def refuse_if_evidence_linked(session: Session, entity: str, entity_id: int, what: Phrase, advice: str = "") -> None:
    """Refuse to delete ``what`` (e.g. Phrase("payment #{id}", id=3)) while evidence is linked to it."""
    linked = session.scalar(select(func.count()).select_from(EvidenceLink).where(
        EvidenceLink.entity == entity, EvidenceLink.entity_id == entity_id))
    if linked:
        raise InvalidInput.said("Evidence is linked to {what}, so it is kept; nothing was deleted.{advice}", what=what,
                                advice=advice, phrases=("advice",))


def snapshot(row: Base) -> tuple[tuple[str, Any], ...]:
    """Every column of ``row`` as (name, value) pairs: what undoing its deletion puts back."""
    return tuple((column.key, getattr(row, column.key)) for column in type(row).__mapper__.column_attrs)


def free_id(session: Session, model: type[Base], values: dict[str, Any], what: str) -> None:
    """Keep ``values["id"]`` when it is free; drop it (a new id is given) when another record took it since.
    Refuse when the record there is this very one, already restored."""
    there = session.get(model, values["id"])
    if there is None:
        return
    if all(getattr(there, key) == value for key, value in values.items()):
        raise InvalidInput.said("This {what} is already back in your records; nothing was changed.", what=what,
                                phrases=("what",))
    values["id"] = None


def put_back(uow: UnitOfWork, model: type[M], state: tuple[tuple[str, Any], ...], what: str,
             owner: tuple[type[Base], str], **overrides: Any) -> M:
    """Make a deleted record again from its :func:`snapshot` (audited as a new create), under its old id when that
    id is free. ``owner`` is the model and column of the record it belongs to (its client, an entry's
    engagement): when that is gone too, nothing is put back."""
    values = dict(state)
    free_id(uow.session, model, values, what)
    owner_model, column = owner
    if values[column] is not None and uow.session.get(owner_model, values[column]) is None:
        raise NotFound.said("The client of a deleted {what} no longer exists; it cannot be put back.", what=what,
                            phrases=("what",))
    row = model(**{**values, **overrides})
    uow.created(row)
    return row
