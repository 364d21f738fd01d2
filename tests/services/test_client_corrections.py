"""Renaming an engagement, correcting or removing pay terms: nothing already recorded is lost. Entries keep their
engagement; terms that price entries are not removed; a correction that would leave entries unpriced is refused."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import FROM_THE_START, Terms
from contractor_app.errors import InvalidInput, NotFound
from contractor_app.services.clients.details import get_client
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.clients.terms import (
    add_engagement,
    add_terms,
    reinstate_terms,
    remove_terms,
    rename_engagement,
    update_terms,
)
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.entries.queries import EntryQuery, page_entries
from contractor_app.services.verify import verify_vault
from contractor_app.store.vault import Vault

from .test_clients import audit_events


def usd(amount: str) -> Money:
    return Money(Decimal(amount), "USD")


def hourly(rate: str, since: date = FROM_THE_START) -> Terms:
    return Terms(kind="hourly", rate=usd(rate), effective_from=since)


@pytest.fixture
def client_id(vault: Vault) -> int:
    return add_client(vault, NewClient(name="Acme Labeling", currency="USD", engagement="Image annotation",
                                       terms=hourly("20"))).id


def log(vault: Vault, day: date, engagement: str = "Image annotation") -> None:
    log_work(vault, NewEntry(client="Acme Labeling", engagement=engagement, tz="UTC",
                             start=datetime(day.year, day.month, day.day, 9, tzinfo=UTC),
                             end=datetime(day.year, day.month, day.day, 11, tzinfo=UTC)))


def earned(vault: Vault) -> list[tuple[str, Money | None]]:
    rows = page_entries(vault, EntryQuery(), offset=0, limit=100)
    return [(row.entry.engagement, row.earned) for row in rows]


def test_a_renamed_engagement_keeps_its_entries_and_terms(vault: Vault, client_id: int) -> None:
    log(vault, date(2026, 3, 2))
    engagement = get_client(vault, client_id).engagements[0]
    renamed = rename_engagement(vault, engagement.id, "  Image QA ")
    assert (renamed.id, renamed.name, renamed.history) == (engagement.id, "Image QA", engagement.history)
    assert earned(vault) == [("Image QA", usd("40.00"))]
    assert rename_engagement(vault, engagement.id, "Image annotation").name == "Image annotation"  # the undo
    assert audit_events(vault, "engagements") == ["create", "update", "update"]
    assert verify_vault(vault).ok


def test_a_rename_that_clashes_or_is_empty_changes_nothing(vault: Vault, client_id: int) -> None:
    other = add_engagement(vault, client_id, "Audio QA")
    engagement = get_client(vault, client_id).engagements[0]
    with pytest.raises(InvalidInput, match="already has an engagement named 'Audio QA'"):
        rename_engagement(vault, engagement.id, "audio qa")
    with pytest.raises(InvalidInput, match="needs a name"):
        rename_engagement(vault, engagement.id, "   ")
    with pytest.raises(NotFound):
        rename_engagement(vault, 999, "Anything")
    assert [e.name for e in get_client(vault, client_id).engagements] == ["Image annotation", other.name]
    assert audit_events(vault, "engagements") == ["create", "create"]


def test_corrected_terms_price_the_entries_again_and_the_correction_undoes(vault: Vault, client_id: int) -> None:
    log(vault, date(2026, 3, 2))
    record = get_client(vault, client_id).engagements[0].history[0]
    fixed = update_terms(vault, record.id, hourly("22"), note="the rate was 22")
    assert fixed.id == record.id and fixed.terms.rate == usd("22") and fixed.note == "the rate was 22"
    assert earned(vault) == [("Image annotation", usd("44.00"))]
    update_terms(vault, record.id, record.terms, platform_fee_percent=record.platform_fee_percent, note=record.note)
    assert get_client(vault, client_id).engagements[0].history == (record,)
    assert earned(vault) == [("Image annotation", usd("40.00"))]
    assert audit_events(vault, "pay_terms") == ["create", "update", "update"]


def test_a_correction_that_would_leave_entries_unpriced_or_clash_is_refused(vault: Vault, client_id: int) -> None:
    log(vault, date(2026, 3, 2))
    engagement = get_client(vault, client_id).engagements[0]
    first = engagement.history[0]
    with pytest.raises(InvalidInput, match="Your entry of 2026-03-02 would have no pay terms"):
        update_terms(vault, first.id, hourly("20", date(2026, 4, 1)))
    add_terms(vault, engagement.id, hourly("25", date(2026, 5, 1)))
    with pytest.raises(InvalidInput, match="already has pay terms from 2026-05-01"):
        update_terms(vault, first.id, hourly("20", date(2026, 5, 1)))
    with pytest.raises(InvalidInput, match="pays in USD"):
        update_terms(vault, first.id, Terms(kind="hourly", rate=Money(Decimal(20), "EUR")))
    assert get_client(vault, client_id).engagements[0].history[-1] == first
    assert earned(vault) == [("Image annotation", usd("40.00"))]


def test_terms_that_price_entries_are_kept_and_others_removed_with_undo(vault: Vault, client_id: int) -> None:
    engagement = get_client(vault, client_id).engagements[0]
    raise_ = add_terms(vault, engagement.id, hourly("25", date(2026, 3, 1)))
    mistake = add_terms(vault, engagement.id, hourly("99", date(2026, 6, 1)), note="typed the wrong year")
    log(vault, date(2026, 3, 2))
    log(vault, date(2026, 4, 9))
    with pytest.raises(InvalidInput, match="2 entries from 2026-03-02 to 2026-04-09 are paid at these terms"):
        remove_terms(vault, raise_.id)
    log(vault, date(2026, 1, 5))
    with pytest.raises(InvalidInput, match="Your entry of 2026-01-05 is paid at these terms. Correct the terms"):
        remove_terms(vault, engagement.history[0].id)
    removed = remove_terms(vault, mistake.id)
    assert removed.record == mistake
    assert [r.terms.rate for r in get_client(vault, client_id).engagements[0].history] == [usd("25"), usd("20")]
    back = reinstate_terms(vault, removed)
    assert (back.terms, back.note) == (mistake.terms, mistake.note)
    assert [r.terms.rate for r in get_client(vault, client_id).engagements[0].history] == [
        usd("99"), usd("25"), usd("20")]
    assert sorted(m.amount for _, m in earned(vault) if m) == [Decimal("40.00"), Decimal("50.00"), Decimal("50.00")]
    assert audit_events(vault, "pay_terms") == ["create", "create", "create", "delete", "create"]
    assert verify_vault(vault).ok
