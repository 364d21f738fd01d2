"""Sorting the Entries table by any column is the service's query (SQL ORDER BY, ties broken by start and id), so
it pages like the unsorted list at 100k rows. Each order is checked against the same sort done in Python over the
rows the service shows: clients and engagements by name, earnings under the terms in force (in the entry's own zone,
with a change of terms and an unpaid category), notes without regard to case, and flags grouped."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.clients.terms import set_terms
from contractor_app.services.entries.edits import update_entry
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.entries.queries import (
    ENTRY_ORDERS,
    EntryQuery,
    ListedEntry,
    count_entries,
    entry_totals,
    page_entries,
)
from contractor_app.store.models import WorkEntry
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..sample import Templates

DAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
FLAG_WEIGHTS = {"overlap": 16, "late": 8, "imported": 4, "edited": 2, "conflict": 1}


@pytest.fixture
def ready(templates: Templates, data_dir: Path) -> Iterator[Vault]:
    """Four clients and 26 entries in three zones: built once per session, each test on its own copy."""
    with Vault.unlock(templates(fill).copy_to(data_dir), PASSWORD) as vault:
        yield vault


def fill(vault: Vault) -> None:
    add_client(vault, NewClient(name="acme", currency="USD", terms=Terms(
        kind="hourly", rate=Money(Decimal(20), "USD"), unpaid_categories=("training",))))
    add_client(vault, NewClient(name="Zeta Tasks", currency="EUR", engagement="Search", terms=Terms(
        kind="per_unit", rate=Money(Decimal("0.5"), "EUR"), unit_name="task")))
    add_client(vault, NewClient(name="Bolt", currency="USD", terms=Terms(kind="fixed",
                                                                         rate=Money(Decimal(900), "USD"))))
    add_client(vault, NewClient(name="Mira", currency="USD"))  # no terms: earns nothing known
    # From 10 November acme pays 30/h: the day an entry starts is read in its own zone.
    set_terms(vault, client="acme", terms=Terms(kind="hourly", rate=Money(Decimal(30), "USD"),
                                                effective_from=date(2026, 11, 10), unpaid_categories=("training",)))
    clients = ("acme", "Zeta Tasks", "Bolt", "Mira")
    notes = ("beta", None, "Alpha", "alpha", "", "gamma")
    zones = ("UTC", "Pacific/Auckland", "America/Los_Angeles")
    now = datetime.now(UTC).replace(microsecond=0)
    for i in range(24):
        start = DAY + timedelta(days=i // 2, hours=(i * 5) % 11) if i < 20 else now - timedelta(hours=8 - i % 4)
        log_work(vault, NewEntry(
            client=clients[i % 4], start=start, end=start + timedelta(minutes=30 + 37 * (i % 5)), tz=zones[i % 3],
            category="training" if i % 5 == 4 else "productive", units=Decimal(i % 6) if i % 3 else None,
            note=notes[i % 6], break_seconds=300 if i % 4 == 1 else 0,
            source="import:watson" if i % 9 == 4 else "manual"))
    for name in ("UTC", "Pacific/Auckland"):  # 12:00 UTC on 9 November is already the 10th in Auckland
        start = datetime(2026, 11, 9, 12, 0, tzinfo=UTC)
        log_work(vault, NewEntry(client="acme", start=start, end=start + timedelta(hours=1), tz=name, note=name))
    first = page_entries(vault, EntryQuery(), offset=0, limit=3)
    update_entry(vault, first[2].entry.id, {"note": "edited"})


def _nothing_last(value: Any) -> tuple[int, Any]:
    return (0, 0) if value is None else (1, value)


KEYS: dict[str, Callable[[ListedEntry], Any]] = {
    "date": lambda r: r.entry.start,
    "start": lambda r: r.entry.start,
    "end": lambda r: r.entry.end,
    "duration": lambda r: r.entry.worked_seconds,
    "client": lambda r: r.entry.client.casefold(),
    "engagement": lambda r: (r.entry.client.casefold(), r.entry.engagement.casefold()),
    "category": lambda r: r.entry.category,
    "units": lambda r: _nothing_last(r.entry.units),
    "earned": lambda r: _nothing_last(r.earned.amount if r.earned is not None else None),
    "note": lambda r: (r.entry.note or "").lower(),
    "flags": lambda r: sum(FLAG_WEIGHTS[flag] for flag in r.entry.flags),
}


def test_every_column_of_the_table_can_be_sorted() -> None:
    assert set(ENTRY_ORDERS) == set(KEYS)


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("order", list(KEYS))
def test_each_order_matches_the_same_sort_in_python(ready: Vault, order: str, descending: bool) -> None:
    query = EntryQuery(order=order, descending=descending)
    count = count_entries(ready, query)
    rows = [row for offset in range(0, count, 5) for row in page_entries(ready, query, offset=offset, limit=5)]
    assert len(rows) == count == 26
    key = KEYS[order]
    expected = sorted(rows, key=lambda r: (key(r), r.entry.start, r.entry.id), reverse=descending)
    assert [r.entry.id for r in rows] == [r.entry.id for r in expected], [key(r) for r in rows]
    assert len({key(r) for r in rows}) >= 2  # the data really has something to sort
    assert any("overlap" in r.entry.flags for r in rows) and not all("overlap" in r.entry.flags for r in rows)
    # A selection is counted in the same order: rows 3..9 of this sort.
    for ranges in ([(3, 7)], [(0, 2), (20, 6)], [(0, count)]):  # the last is every row: no sorting needed
        chosen = [row for offset, size in ranges for row in rows[offset:offset + size]]
        totals = entry_totals(ready, query, ranges)
        assert totals.count == len(chosen) and totals.worked_seconds == sum(r.entry.worked_seconds for r in chosen)
        assert totals.earned == _earned_by_currency(chosen), ranges


def _earned_by_currency(rows: list[ListedEntry]) -> tuple[Money, ...]:
    sums: dict[str, Decimal] = {}
    for row in rows:
        if row.earned is not None:
            sums[row.earned.currency] = sums.get(row.earned.currency, Decimal(0)) + row.earned.amount
    return tuple(Money(amount, code).rounded() for code, amount in sorted(sums.items()))


def test_the_default_is_newest_first_and_an_unknown_order_is_refused(ready: Vault) -> None:
    rows = page_entries(ready, EntryQuery(), offset=0, limit=26)
    assert [r.entry.id for r in rows] == [r.entry.id for r in sorted(
        rows, key=lambda r: (r.entry.start, r.entry.id), reverse=True)]
    with pytest.raises(ValueError, match="order"):
        page_entries(ready, EntryQuery(order="colour"), offset=0, limit=5)


def test_earnings_follow_the_terms_in_force_in_the_entrys_own_zone(ready: Vault) -> None:
    """The same hour, 12:00 UTC on 9 November, earns the old rate in UTC and the new one in Auckland (the 10th)."""
    rows = page_entries(ready, EntryQuery(order="earned", descending=False), offset=0, limit=26)
    by_note = {r.entry.note: r for r in rows}
    assert by_note["UTC"].earned == Money(Decimal(20), "USD") and by_note["Pacific/Auckland"].earned == Money(
        Decimal(30), "USD")
    assert rows.index(by_note["UTC"]) < rows.index(by_note["Pacific/Auckland"])
    amounts = [r.earned.amount for r in rows if r.earned is not None]
    assert amounts == sorted(amounts)
    assert any(r.earned is not None and r.earned.amount == 0 and r.entry.category == "training" for r in rows), [
        (r.entry.client, r.entry.category, r.earned) for r in rows]  # training is unpaid: zero, not nothing
    assert any(r.earned is None for r in rows) and rows[0].earned is None  # fixed price and no terms: first


def test_totals_stay_exact_with_units_finer_than_a_millionth(vault: Vault) -> None:
    """Units are summed in millionths in SQL. Logging allows 3 decimals, but records restored from elsewhere may
    hold finer ones: such a unit sends the sum row by row, still to the exact cent."""
    add_client(vault, NewClient(name="Fine", currency="USD", terms=Terms(
        kind="per_unit", rate=Money(Decimal("0.07"), "USD"), unit_name="gram")))
    for i, units in enumerate((Decimal("1000.125"), Decimal("2.5"), Decimal("0.001"))):
        start = DAY + timedelta(hours=i)
        log_work(vault, NewEntry(client="Fine", start=start, end=start + timedelta(minutes=10), tz="UTC", units=units))
    assert entry_totals(vault, EntryQuery(), [(0, 3)]).earned == (Money(Decimal("70.18"), "USD"),)
    with vault.unit_of_work() as uow:  # as if restored from another computer's records
        row = uow.session.scalars(select(WorkEntry).where(WorkEntry.units == Decimal("0.001"))).one()
        row.units = Decimal("0.0000004")
        uow.updated(row)
        other = uow.session.scalars(select(WorkEntry).where(WorkEntry.units == Decimal("2.5"))).one()
        other.units = Decimal("7142.8571429")
        uow.updated(other)
    rows = page_entries(vault, EntryQuery(), offset=0, limit=3)
    totals = entry_totals(vault, EntryQuery(), [(0, 3)])
    assert totals.earned == _earned_by_currency(rows) == (Money(Decimal("570.01"), "USD"),)
