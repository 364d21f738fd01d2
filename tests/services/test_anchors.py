"""Time anchors (issue 16): the records' state as a code sent outside the worker's control, and where it went."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.errors import InvalidInput, NotFound
from contractor_app.services.anchors import list_anchors, record_sent, today_anchor
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.profile import load_profile, save_profile
from contractor_app.services.verify import verify_vault
from contractor_app.store.audit import read_head
from contractor_app.store.vault import Vault

from ..conftest import Cli

NOW = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)


def work(vault: Vault) -> None:
    start = datetime(2026, 3, 2, 14, tzinfo=UTC)
    log_work(vault, NewEntry(client="Acme", start=start, end=start + timedelta(hours=2), tz="UTC"))


@pytest.fixture
def records(vault: Vault) -> Vault:
    add_client(vault, NewClient(name="Acme", currency="USD", terms=Terms(kind="hourly",
                                                                         rate=Money(Decimal("20"), "USD"))))
    return vault


def test_an_anchor_covers_the_chain_head_and_anyone_can_recompute_it(records: Vault) -> None:
    work(records)
    with records.reading() as session:
        head = read_head(session, records.vault_id)

    anchor = today_anchor(records, now=NOW)

    assert (anchor.seq, anchor.head, anchor.day.isoformat()) == (head.seq, head.hash, "2026-03-02")
    statement = (f"contractor-ledger anchor v1\nvault {records.vault_id}\nday 2026-03-02\nchanges {head.seq}\n"
                 f"head {head.hash}\n")
    assert anchor.sha256 == hashlib.sha256(statement.encode()).hexdigest()
    short = anchor.sha256[:12].upper()
    assert anchor.code == f"CL1-20260302-{head.seq}-{short[:4]}-{short[4:8]}-{short[8:]}"
    assert f"SHA-256: {anchor.sha256}" in anchor.text and anchor.head in anchor.text
    assert verify_vault(records).ok  # storing it is an audited change like any other


def test_one_anchor_until_the_records_change_again(records: Vault) -> None:
    first = today_anchor(records, now=NOW)
    record_sent(records, first.code, "copy", now=NOW)  # anchors' own changes call for no new anchor
    assert today_anchor(records, now=NOW + timedelta(days=3)) == list_anchors(records)[0]

    work(records)
    second = today_anchor(records, now=NOW + timedelta(days=3))

    assert second.seq > first.seq and second.day.isoformat() == "2026-03-05"
    assert [a.code for a in list_anchors(records)] == [first.code, second.code]


def test_one_anchor_a_day_until_it_is_sent(records: Vault) -> None:
    first = today_anchor(records, now=NOW)
    work(records)
    moved = today_anchor(records, now=NOW + timedelta(minutes=5))  # same day, not sent: today's anchor moves up
    record_sent(records, moved.code, "print", now=NOW + timedelta(minutes=6))
    work(records)
    fixed = today_anchor(records, now=NOW + timedelta(minutes=10))  # the sent one stays as it was sent

    assert moved.id == first.id and moved.seq > first.seq and moved.code != first.code
    assert fixed.id != moved.id and fixed.seq > moved.seq
    assert [(a.code, a.seq) for a in list_anchors(records)] == [(moved.code, moved.seq), (fixed.code, fixed.seq)]
    assert verify_vault(records).ok


def test_the_day_is_the_workers_local_day(records: Vault) -> None:
    save_profile(records, replace(load_profile(records), timezone="America/Los_Angeles"))

    assert today_anchor(records, now=NOW).day.isoformat() == "2026-03-02"  # 15:30 in Los Angeles
    work(records)
    assert today_anchor(records, now=NOW + timedelta(hours=9)).day.isoformat() == "2026-03-03"


def test_where_an_anchor_went_is_recorded(records: Vault) -> None:
    anchor = today_anchor(records, now=NOW)

    record_sent(records, anchor.code.lower(), "email", "  me@example.org ", now=NOW)
    after = record_sent(records, anchor.sha256, "print", now=NOW + timedelta(minutes=1))

    assert [(s.how, s.recipient, s.at) for s in after.sent] == [
        ("email", "me@example.org", NOW), ("print", None, NOW + timedelta(minutes=1))]
    with pytest.raises(NotFound):
        record_sent(records, "CL1-20260302-1-AAAA-BBBB-CCCC", "copy")
    with pytest.raises(InvalidInput):
        record_sent(records, anchor.code, "fax")
    with pytest.raises(InvalidInput):
        record_sent(records, anchor.code, "email", "x" * 201)
    assert verify_vault(records).ok


def test_the_mailto_link_carries_the_whole_anchor(records: Vault) -> None:
    anchor = today_anchor(records, now=NOW)

    url = urlsplit(anchor.mailto("union@example.org"))

    assert url.scheme == "mailto" and unquote(url.path) == "union@example.org"
    fields = parse_qs(url.query)
    assert fields["subject"] == [f"Contractor Ledger anchor {anchor.code}"]
    assert fields["body"][0].startswith(anchor.text)


def test_the_cli_shows_lists_and_records(cli: Cli) -> None:
    cli.init()

    shown = cli("anchor", "show")
    code = re.search(r"anchor (CL1-\d{8}-\d+-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})", shown.out)
    assert shown.code == 0 and code and "Not sent anywhere yet" in shown.out, shown.out
    assert cli("anchor", "sent", code.group(1), "--how", "email", "--to", "me@example.org").code == 0
    shown_json = json.loads(cli("anchor", "show", "--format", "json").out)
    assert (shown_json["format"], shown_json["version"]) == ("contractor-ledger-anchor", 1)
    again = shown_json["anchor"]
    listed_json = json.loads(cli("anchor", "list", "--format", "json").out)
    assert listed_json["format"] == "contractor-ledger-anchors" and listed_json["anchors"] == [again]
    listed = cli("anchor", "list")

    assert again["code"] == code.group(1) and again["sent"][0]["to"] == "me@example.org"
    assert listed.out.strip().endswith("e-mailed to me@example.org")
    missing = cli("anchor", "sent", "CL1-nothing", "--how", "copy")
    assert missing.code == 1 and "No anchor" in missing.err
    assert cli("verify").code == 0
