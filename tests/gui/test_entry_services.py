"""The services added for the desktop app (services/entries/): edit, delete and restore as audited changes, and
the paged, filtered query behind the Entries view. (Here with the GUI tests that drive them; no Qt involved.)"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.errors import InvalidInput, NotFound
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.edits import delete_entries, reinstate_entries, update_entry
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.entries.queries import EntryQuery, count_entries, entry_totals, page_entries
from contractor_app.services.verify import verify_vault
from contractor_app.store.vault import Vault

DAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def ready(vault: Vault) -> Vault:
    usd = Money(Decimal(20), "USD")
    add_client(vault, NewClient(name="Acme", currency="USD", terms=Terms(kind="hourly", rate=usd,
                                                                           unpaid_categories=("training",))))
    add_client(vault, NewClient(name="TaskHive", currency="USD", engagement="Search",
                                terms=Terms(kind="per_unit", rate=Money(Decimal("0.5"), "USD"), unit_name="task")))
    for i in range(5):
        start = DAY + timedelta(days=i)
        log_work(vault, NewEntry(client="Acme" if i % 2 == 0 else "TaskHive", start=start,
                                 end=start + timedelta(hours=2), tz="UTC", units=Decimal(10) if i % 2 else None,
                                 note=f"batch {i}"))
    return vault


def test_edits_are_checked_audited_and_flagged(ready: Vault) -> None:
    [newest] = page_entries(ready, EntryQuery(), offset=0, limit=1)
    assert newest.entry.note == "batch 4" and not newest.entry.edited and newest.earned == Money(Decimal(40), "USD")
    edited = update_entry(ready, newest.entry.id, {"note": "batch 4b", "end": newest.entry.end + timedelta(hours=1)})
    assert edited.note == "batch 4b" and edited.edited and edited.worked_seconds == 3 * 3600
    with pytest.raises(InvalidInput, match="before or when it starts"):
        update_entry(ready, edited.id, {"end": edited.start})
    moved = update_entry(ready, edited.id, {"client": "TaskHive"})
    assert (moved.client, moved.engagement) == ("TaskHive", "Search")
    same = update_entry(ready, edited.id, {"client": "TaskHive"})  # no change, no new audit event
    assert same == moved
    with pytest.raises(ValueError):
        update_entry(ready, edited.id, {"entered_at": DAY})
    assert verify_vault(ready).ok


def test_delete_and_restore_keep_the_records_check_passing(ready: Vault) -> None:
    rows = page_entries(ready, EntryQuery(), offset=0, limit=10)
    removed = delete_entries(ready, [rows[0].entry.id, rows[1].entry.id])
    assert count_entries(ready, EntryQuery()) == 3 and verify_vault(ready).ok
    back = reinstate_entries(ready, removed)
    assert [v.id for v in back] == [rows[0].entry.id, rows[1].entry.id]
    assert [v.note for v in back] == [rows[0].entry.note, rows[1].entry.note]
    assert verify_vault(ready).ok
    with pytest.raises(NotFound):
        delete_entries(ready, [999])
    assert count_entries(ready, EntryQuery()) == 5  # all or nothing
    with pytest.raises(InvalidInput, match="already back"):
        reinstate_entries(ready, removed)  # a second undo of the same delete would record the work twice
    assert count_entries(ready, EntryQuery()) == 5


def test_a_restored_entry_whose_id_was_taken_gets_a_new_one(ready: Vault) -> None:
    newest = page_entries(ready, EntryQuery(), offset=0, limit=1)[0].entry
    [removed] = delete_entries(ready, [newest.id])
    taken = log_work(ready, NewEntry(client="Acme", start=DAY - timedelta(days=3),
                                     end=DAY - timedelta(days=3, hours=-1), tz="UTC")).entry
    assert taken.id == newest.id  # SQLite reused the highest id
    [back] = reinstate_entries(ready, [removed])
    assert back.id != newest.id and back.note == newest.note
    assert verify_vault(ready).ok


def test_pages_filters_and_totals(ready: Vault) -> None:
    everything = EntryQuery()
    assert count_entries(ready, everything) == 5
    pages = page_entries(ready, everything, offset=0, limit=2) + page_entries(ready, everything, offset=2, limit=2) \
        + page_entries(ready, everything, offset=4, limit=2)
    assert [row.entry.note for row in pages] == [f"batch {i}" for i in (4, 3, 2, 1, 0)]
    assert count_entries(ready, EntryQuery(client="taskhive")) == 2
    assert count_entries(ready, EntryQuery(text="BATCH 3")) == 1
    assert count_entries(ready, EntryQuery(text="search")) == 2  # the engagement's name
    assert count_entries(ready, EntryQuery(text="%")) == 0  # wildcards are literal
    assert count_entries(ready, EntryQuery(period=DateRange(date(2026, 11, 3), date(2026, 11, 4)))) == 2
    assert count_entries(ready, EntryQuery(category="training")) == 0
    totals = entry_totals(ready, everything, [(0, 2), (4, 1)])
    assert (totals.count, totals.worked_seconds) == (3, 3 * 7200)
    assert totals.earned == (Money(Decimal("85.00"), "USD"),)  # 40 + 5 (10 tasks) + 40
