"""UnitOfWork.update: an edit is audited as one update when it changes something, and records nothing when it
changes nothing (saving a form untouched leaves no event in the audit chain)."""

from __future__ import annotations

from sqlalchemy import func, select

from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.store.models import AuditEvent, Client
from contractor_app.store.vault import Vault


def events(vault: Vault) -> int:
    with vault.reading() as session:
        return session.scalar(select(func.count(AuditEvent.seq))) or 0


def test_an_update_is_audited_only_when_a_value_differs(vault: Vault) -> None:
    added = add_client(vault, NewClient(name="Acme Labeling", currency="USD"))
    before = events(vault)
    with vault.unit_of_work() as uow:
        client = uow.session.get(Client, added.id)
        assert client is not None
        assert not uow.update(client, {"name": "Acme Labeling", "note": None})
    assert events(vault) == before
    with vault.unit_of_work() as uow:
        client = uow.session.get(Client, added.id)
        assert client is not None
        assert uow.update(client, {"name": "Acme Labeling", "note": "pays late"}, also={"contact": "ops@acme.test"})
    assert events(vault) == before + 1
    with vault.reading() as session:
        stored = session.get(Client, added.id)
        assert stored is not None and (stored.note, stored.contact) == ("pays late", "ops@acme.test")
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None and (event.action, event.entity) == ("update", "clients")
