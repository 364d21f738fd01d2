"""Bulk inserts (issue 18): rows and audit events written with executemany are the ones the ORM path writes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.errors import InvalidInput
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, add_many, log_work
from contractor_app.services.verify import verify_vault
from contractor_app.store.audit import row_state
from contractor_app.store.bulk import insert_rows
from contractor_app.store.models import AuditEvent, Client, WorkEntry
from contractor_app.store.vault import Vault

START = datetime(2026, 3, 2, 9, tzinfo=UTC)


@pytest.fixture
def acme(vault: Vault) -> Vault:
    add_client(vault, NewClient(name="Acme", currency="USD",
                                terms=Terms(kind="hourly", rate=Money(Decimal("20"), "USD"))))
    return vault


def new_entries(count: int, offset: int = 0) -> list[NewEntry]:
    return [NewEntry(client="Acme", start=START + timedelta(hours=i + offset),
                     end=START + timedelta(hours=i + offset, minutes=45), tz="Europe/Berlin",
                     category="training" if i % 2 else "productive", break_seconds=60 * (i % 3),
                     units=Decimal("1.5") if i % 4 == 0 else None, note=f"note {i}" if i % 3 else None,
                     source="import:watson", source_ref=f"ref{i + offset}") for i in range(count)]


def test_bulk_rows_and_events_equal_what_the_orm_records(acme: Vault) -> None:
    log_work(acme, new_entries(1, offset=100)[0])  # one entry the ORM way, before the bulk ones
    with acme.unit_of_work() as uow:
        assert add_many(uow, new_entries(12)) == 12
    with acme.reading() as session:
        rows = session.scalars(select(WorkEntry).order_by(WorkEntry.id)).all()
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "work_entries")
                                 .order_by(AuditEvent.seq)).all()
        assert [row.id for row in rows] == list(range(1, 14))
        assert [event.entity_id for event in events] == [str(row.id) for row in rows]
        # Each event records exactly the state the ORM reads back from the row.
        assert [json.loads(event.data) for event in events] == [row_state(row) for row in rows]
        bulk = rows[1:]
        assert [(row.start_at, row.break_seconds, row.units, row.note, row.source_ref) for row in bulk[:4]] == [
            (START, 0, Decimal("1.5"), None, "ref0"),
            (START + timedelta(hours=1), 60, None, "note 1", "ref1"),
            (START + timedelta(hours=2), 120, None, "note 2", "ref2"),
            (START + timedelta(hours=3), 0, None, None, "ref3"),
        ]
    report = verify_vault(acme)
    assert report.ok, report.problems
    assert report.events == 3 + 1 + 12  # the client's three (client, engagement, terms), one entry, the twelve


def test_bulk_events_chain_between_single_events_in_one_unit_of_work(acme: Vault) -> None:
    with acme.unit_of_work() as uow:
        client = uow.session.scalars(select(Client)).one()
        client.note = "before the import"
        uow.updated(client)  # an ORM event still pending when the bulk ones are written
        add_many(uow, new_entries(7))
        client.note = "after the import"
        uow.updated(client)
    report = verify_vault(acme)
    assert report.ok, report.problems
    with acme.reading() as session:
        actions = session.execute(select(AuditEvent.entity).order_by(AuditEvent.seq)).scalars().all()
    assert actions[-9:] == ["clients", *["work_entries"] * 7, "clients"]


def test_bulk_insert_over_several_chunks_and_a_failure_leaves_nothing(acme: Vault,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("contractor_app.store.bulk.CHUNK", 3)
    monkeypatch.setattr("contractor_app.store.audit._CHUNK", 4)
    with acme.unit_of_work() as uow:
        add_many(uow, new_entries(10))
    assert verify_vault(acme).ok
    bad = [*new_entries(5, offset=50), NewEntry(client="Acme", start=START, end=START, tz="UTC")]
    with pytest.raises(InvalidInput, match="before or when it starts"), acme.unit_of_work() as uow:
        add_many(uow, bad)
    with acme.reading() as session:
        assert len(session.scalars(select(WorkEntry)).all()) == 10


def test_unknown_columns_are_refused(acme: Vault) -> None:
    with pytest.raises(ValueError, match="unknown work_entries columns"), acme.unit_of_work() as uow:
        list(insert_rows(uow.session, WorkEntry, [{"colour": "red"}]))


def test_a_column_whose_default_is_computed_must_be_given(acme: Vault) -> None:
    """Privacy records default their categories with a callable (list): left out, it is an error, not NULL."""
    from contractor_app.store.models import DataRecord

    with pytest.raises(ValueError, match="categories"), acme.unit_of_work() as uow:
        list(insert_rows(uow.session, DataRecord, [{"client_id": 1, "direction": "handled"}]))
