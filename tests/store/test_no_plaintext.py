"""No plaintext on disk: marker strings written as records never appear in any file of the data folder
(database, -wal, -shm, key file) or of the temporary folder, while the vault is open or after it is locked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.listing import list_entries
from contractor_app.services.entries.log import NewEntry, log_many, log_work
from contractor_app.services.payments import NewPayment, record_payment
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD

MARKERS = ("QZXV-marker-ascii-4417", "Ŋøŧę-Дмитрий-Đặng-Ñúñez-4417")


def _encodings(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def _leaks(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {marker}" for marker in MARKERS for blob in _encodings(marker) if blob in data]
    return found


@pytest.mark.slow
def test_markers_never_reach_the_disk(tmp_path: Path, private_tmp: Path) -> None:
    folder = tmp_path / "records"
    vault, _ = Vault.create(folder, PASSWORD)
    ascii_marker, unicode_marker = MARKERS
    start = datetime(2026, 11, 2, 9, tzinfo=UTC)
    add_client(vault, NewClient(name=f"Client {unicode_marker}", currency="USD",
                                terms=Terms(kind="hourly", rate=Money(Decimal(20), "USD"))))
    log_work(vault, NewEntry(client="Client", start=start, end=start + timedelta(hours=1), tz="UTC",
                             note=f"{ascii_marker} {unicode_marker}"))
    # Enough rows to make SQLite spill pages and sort in temp storage, each note carrying both markers.
    log_many(vault, (
        NewEntry(client="Client", start=start + timedelta(hours=2, minutes=i),
                 end=start + timedelta(hours=2, minutes=i + 1), tz="UTC",
                 note=f"{i} {ascii_marker} {unicode_marker} " + "x" * 200)
        for i in range(2000)
    ))
    record_payment(vault, NewPayment(client="Client", received_on=start.date(), gross=Decimal(20),
                                     reference=ascii_marker, note=unicode_marker))
    assert len(list_entries(vault, period=DateRange(), tz="UTC")) == 2001  # the data really is there

    assert {"vault.db", "vault.db-wal", "vault.db-shm", "vault.key"} <= {p.name for p in folder.iterdir()}  # WAL live
    assert _leaks(folder) == [] and _leaks(private_tmp) == []
    vault.lock()
    assert _leaks(folder) == [] and _leaks(private_tmp) == []


def test_the_scan_finds_a_marker_in_plain_sqlite(tmp_path: Path) -> None:
    """The scanner itself works: an unencrypted SQLite file with the marker is caught."""
    import sqlite3

    folder = tmp_path / "plain"
    folder.mkdir()
    with sqlite3.connect(folder / "plain.db") as conn:
        conn.execute("CREATE TABLE t (note TEXT)")
        conn.execute("INSERT INTO t VALUES (?)", (MARKERS[1],))
    assert _leaks(folder) == [f"plain.db: {MARKERS[1]}"]
