"""The claim packet's integrity section on time (issue 16): changes recorded with the clock set back are named."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.services.anchors import import_timestamp, record_sent, today_anchor
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.reports import ReportRequest, make_report
from contractor_app.store import audit
from contractor_app.store.vault import Vault

from ..store.test_clock_jumps import Clock
from ..tsa import TestAuthority

MARCH = DateRange(date(2026, 3, 1), date(2026, 3, 31))
STAMPED = datetime(2026, 3, 3, 21, 0, tzinfo=UTC)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock(datetime(2026, 3, 2, 18, 0, tzinfo=UTC))
    monkeypatch.setattr(audit, "utc_now", fake)
    return fake


def packet_text(vault: Vault, path: Path) -> str:
    make_report(vault, ReportRequest(kind="claim", client="Acme", period=MARCH, as_of=date(2026, 4, 30),
                                     paper="a4"), path)
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def work(vault: Vault, day: int) -> None:
    start = datetime(2026, 3, day, 14, tzinfo=UTC)
    log_work(vault, NewEntry(client="Acme", start=start, end=start + timedelta(hours=3), tz="America/New_York"))


def setup_client(vault: Vault) -> None:
    add_client(vault, NewClient(name="Acme", currency="USD", terms=Terms(kind="hourly",
                                                                         rate=Money(Decimal("20"), "USD"))))


def test_the_packet_names_an_entry_recorded_with_the_clock_set_back(vault: Vault, clock: Clock,
                                                                     tmp_path: Path) -> None:
    setup_client(vault)
    work(vault, 2)
    clock.now -= timedelta(hours=30)
    work(vault, 3)

    text = packet_text(vault, tmp_path / "claim.pdf")

    assert "The computer's clock was set back: 1 change(s) to these records" in text
    assert "#5 entry of 2026-03-03 09:00 2026-03-01 12:00:00 2026-03-02 18:00:00" in text, text[-1500:]


def test_a_clock_that_ran_forward_is_said_so(vault: Vault, clock: Clock, tmp_path: Path) -> None:
    setup_client(vault)
    work(vault, 2)
    clock.now += timedelta(hours=1)
    work(vault, 3)

    text = packet_text(vault, tmp_path / "claim.pdf")

    assert "every change to these records was recorded at a time after the change before it" in text
    assert "clock was set back" not in text


def test_the_packet_lists_the_anchors_and_time_stamps_covering_it_and_names_later_entries(
        vault: Vault, clock: Clock, tmp_path: Path) -> None:
    setup_client(vault)
    work(vault, 2)
    work(vault, 3)
    anchor = today_anchor(vault, now=datetime(2026, 3, 3, 20, tzinfo=UTC))
    authority = TestAuthority()
    (tmp_path / "ca.pem").write_bytes(authority.root_pem())
    (tmp_path / "a.tsr").write_bytes(authority.stamp(bytes.fromhex(anchor.sha256), STAMPED))
    import_timestamp(vault, anchor.code, tmp_path / "a.tsr", ca_file=tmp_path / "ca.pem")
    clock.now += timedelta(days=2)
    work(vault, 4)  # written after the anchor
    later = today_anchor(vault, now=datetime(2026, 3, 5, 20, tzinfo=UTC))
    record_sent(vault, later.code, "email", "union@example.org", now=datetime(2026, 3, 5, 20, 5, tzinfo=UTC))
    work(vault, 5)  # written after the latest anchor

    text = packet_text(vault, tmp_path / "claim.pdf")

    assert "These records existed, as they are now, no later than" in text
    assert f"{anchor.code} 2026-03-03 2 2026-03-03 21:00:00 UTC, per Test TSA (RFC 3161 time stamp)" in text
    assert (f"{later.code} 2026-03-05 1 2026-03-05 20:05:00 UTC, e-mailed to union@example.org (the worker's "
            "record of sending it)") in text
    assert "Written or changed after the latest anchor (1): entry of 2026-03-05 09:00" in text


def test_a_packet_without_anchors_says_so_once(vault: Vault, clock: Clock, tmp_path: Path) -> None:
    setup_client(vault)
    work(vault, 2)
    text = packet_text(vault, tmp_path / "claim.pdf")
    assert "No anchor of these records was made yet" in text
    assert "Written or changed after the latest anchor" not in text
