"""The reads `list` makes in plain SQL (issue 18, docs/decisions/0005) give what the ORM gives for the same rows:
every column of an entry converted as the model's column types convert it, the settings' JSON, the client a name
means, and the audit chain's head. Each is compared with the ORM reading the same vault, so a stored value that
reads differently the two ways fails here."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from contractor_app.domain.times import DateRange
from contractor_app.errors import NotFound
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.clients.lookup import client_named, find_client
from contractor_app.services.clients.names import client_id_meant
from contractor_app.services.entries.details import details_of, engagement_names
from contractor_app.services.entries.edits import update_entry
from contractor_app.services.entries.listing import list_entries
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.profile import Profile, load_profile, save_profile
from contractor_app.services.settings import read_setting, write_setting
from contractor_app.store.audit import read_head
from contractor_app.store.engine import driver_connection
from contractor_app.store.models import Client, Setting, SyncConflict, WorkEntry
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD

START = datetime(2026, 3, 2, 9, tzinfo=UTC)


def some_entries(vault: Vault) -> list[int]:
    add_client(vault, NewClient(name="Acme Labeling", currency="USD"))
    add_client(vault, NewClient(name="Acme Research", currency="EUR"))
    add_client(vault, NewClient(name="Beta", currency="USD"))
    ids = [
        log_work(vault, NewEntry(client="Acme Labeling", start=START, end=START + timedelta(hours=2), tz="UTC",
                                 units=Decimal("12.125"), note="Ñúñez batch")).entry.id,
        log_work(vault, NewEntry(client="Beta", start=START + timedelta(hours=1), end=START + timedelta(hours=3),
                                 tz="America/New_York", break_seconds=600, category="training")).entry.id,
        log_work(vault, NewEntry(client="Acme Research", start=START + timedelta(days=1),
                                 end=START + timedelta(days=1, hours=1), tz="Europe/Madrid")).entry.id,
    ]
    update_entry(vault, ids[2], {"note": "edited later"})
    with vault.unit_of_work() as uow:
        uow.created(SyncConflict(entity="work_entries", uid="u-1", local_id=ids[1], remote_state=None,
                                 remote_device="laptop", found_at=START))
    return ids


def test_the_listing_reads_every_column_as_the_orm_does(vault: Vault) -> None:
    ids = some_entries(vault)
    listed = list_entries(vault, period=DateRange(), tz="UTC")
    with vault.reading() as session:
        rows = session.scalars(select(WorkEntry).order_by(WorkEntry.start_at, WorkEntry.id)).all()
        through_orm = details_of(engagement_names(driver_connection(session)), rows,
                                 {ids[0]: [ids[1]], ids[1]: [ids[0]]}, frozenset({ids[1]}))
    assert listed == through_orm
    assert [entry.id for entry in listed] == ids
    assert listed[0].units == Decimal("12.125") and listed[0].start == START and listed[0].start.tzinfo is not None
    assert [entry.flags for entry in listed] == [("overlap", "late"), ("overlap", "late", "conflict"),
                                                 ("late", "edited")]


def test_a_period_and_a_client_by_the_start_of_its_name(vault: Vault) -> None:
    ids = some_entries(vault)
    day = DateRange(START.date(), START.date())
    assert [entry.id for entry in list_entries(vault, period=day, tz="UTC")] == ids[:2]
    # The entry before the period still marks the one inside as overlapping.
    second_day = DateRange(START.date() + timedelta(days=1), None)
    assert [entry.id for entry in list_entries(vault, period=second_day, tz="UTC")] == ids[2:]
    assert [entry.id for entry in list_entries(vault, period=DateRange(), tz="UTC", client="beta")] == [ids[1]]
    with pytest.raises(NotFound, match="Known clients: Acme Labeling, Acme Research, Beta"):
        list_entries(vault, period=DateRange(), tz="UTC", client="acme")  # two clients start so: neither is meant


def test_a_typed_name_means_the_same_client_to_the_orm_and_the_listing(vault: Vault) -> None:
    some_entries(vault)
    with vault.querying() as conn, vault.reading() as session:
        for typed in ("beta", " BETA ", "Acme research", "Acme L"):
            assert client_id_meant(conn, typed) == find_client(session, typed).id
        assert client_named(session, "acme") is None
        with pytest.raises(NotFound, match="No client named 'Gamma'"):
            client_id_meant(conn, "Gamma")


def test_a_name_checked_inside_a_unit_of_work_sees_its_unflushed_client(vault: Vault) -> None:
    """The ORM's own query flushed the session first (autoflush): the plain one under it must see as much."""
    with vault.unit_of_work() as uow:
        uow.session.add(Client(name="Pending", classification="contractor", currency="USD", created_at=START))
        assert client_named(uow.session, "pending") is not None


@pytest.mark.parametrize("value", [{"name": "Ana", "timezone": "Europe/Madrid"}, ["a", 1, None], "text",
                                   None])
def test_a_setting_reads_as_the_orm_reads_it(vault: Vault, value: object) -> None:
    with vault.unit_of_work() as uow:
        write_setting(uow, "probe", value)
    with vault.reading() as session:
        through_orm = session.scalar(select(Setting.value).where(Setting.key == "probe"))
    assert read_setting(vault, "probe") == through_orm == value
    assert read_setting(vault, "never set") is None


def test_the_profile_and_the_chain_head(vault: Vault) -> None:
    save_profile(vault, Profile(name="Ana", timezone="Europe/Madrid", currency="EUR"))
    assert load_profile(vault) == Profile(name="Ana", timezone="Europe/Madrid", currency="EUR")
    with vault.reading() as session:
        assert vault.chain_head() == read_head(session, vault.vault_id)
    assert vault.chain_head().seq > 0


def test_plain_reads_need_no_engine_and_survive_a_password_change(vault: Vault) -> None:
    """Opening and plain reads make no SQLAlchemy engine; a password change moves the records to a new key and a
    new file, so the plain connections kept from before must not read the old one."""
    folder = vault.paths.folder
    vault.lock()
    with Vault.unlock(folder, PASSWORD) as opened:
        assert list_entries(opened, period=DateRange(), tz="UTC") == []
        assert opened._engine is None
        some_entries(opened)
        assert len(list_entries(opened, period=DateRange(), tz="UTC")) == 3
        opened.change_password(PASSWORD, "a new password")
        log_work(opened, NewEntry(client="Beta", start=START + timedelta(days=5),
                                  end=START + timedelta(days=5, hours=1), tz="UTC"))
        assert len(list_entries(opened, period=DateRange(), tz="UTC")) == 4
    with Vault.unlock(folder, "a new password") as reopened:
        assert len(list_entries(reopened, period=DateRange(), tz="UTC")) == 4


def test_plain_reads_from_several_threads_at_once(vault: Vault) -> None:
    """Each read has a connection of its own (the GUI reads from background threads)."""
    some_entries(vault)
    results: list[int] = []
    errors: list[BaseException] = []
    started = threading.Barrier(4)

    def read() -> None:
        try:
            started.wait()
            for _ in range(20):
                results.append(len(list_entries(vault, period=DateRange(), tz="UTC")))
        except BaseException as error:  # noqa: BLE001 - reported below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and results == [3] * 80
