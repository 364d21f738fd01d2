"""Importing a time stamp without naming its anchor (the desktop app's import): the response's imprint picks the
anchor, and the full check still decides whether it is kept (issue 16)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.interchange.timestamps import TimestampInvalid
from contractor_app.services.anchors import import_timestamp_file, list_anchors, today_anchor
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.store.vault import Vault

from ..tsa import TestAuthority

AT = datetime(2026, 3, 2, 18, 0, 5, tzinfo=UTC)


def test_the_response_finds_its_own_anchor_among_several(vault: Vault, tmp_path: Path) -> None:
    add_client(vault, NewClient(name="Acme", currency="USD", terms=Terms(kind="hourly",
                                                                         rate=Money(Decimal("20"), "USD"))))
    first = today_anchor(vault, now=AT - timedelta(days=3))
    start = datetime(2026, 3, 1, 14, tzinfo=UTC)
    log_work(vault, NewEntry(client="Acme", start=start, end=start + timedelta(hours=1), tz="UTC"))
    latest = today_anchor(vault, now=AT)
    assert latest.code != first.code
    authority = TestAuthority()
    ca, response = tmp_path / "ca.pem", tmp_path / "old.tsr"
    ca.write_bytes(authority.root_pem())
    response.write_bytes(authority.stamp(bytes.fromhex(first.sha256), AT))

    code, stamp = import_timestamp_file(vault, response, ca_file=ca)

    assert code == first.code and stamp.authority == "Test TSA" and stamp.at == AT
    kept = {anchor.code: anchor.stamps for anchor in list_anchors(vault)}
    assert len(kept[first.code]) == 1 and kept[latest.code] == ()
    stranger = tmp_path / "stranger.tsr"
    stranger.write_bytes(authority.stamp(b"\x01" * 32, AT))
    with pytest.raises(TimestampInvalid, match="none of your anchors"):
        import_timestamp_file(vault, stranger, ca_file=ca)
    stranger.write_bytes(b"not DER at all")
    with pytest.raises(TimestampInvalid, match="not a readable"):
        import_timestamp_file(vault, stranger, ca_file=ca)
