"""Evidence linked by mistake can be unlinked (one audited change, which linking again undoes), the client's
written contract is not unlinked behind the Clients view's back, and a preview reads a file only when it is small
enough: a large file's bytes are never loaded for it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.errors import InvalidInput, NotFound
from contractor_app.services.clients.details import set_contract
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.evidence import (
    add_evidence,
    evidence_for_preview,
    get_evidence,
    link_evidence,
    unlink_evidence,
)
from contractor_app.store.models import AuditEvent
from contractor_app.store.vault import Vault

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def acme(vault: Vault) -> int:
    return add_client(vault, NewClient(name="Acme", currency="USD",
                                       terms=Terms(kind="hourly", rate=Money(Decimal(20), "USD")))).id


def test_unlinking_removes_only_that_link_and_is_audited(vault: Vault, acme: int) -> None:
    entry = log_work(vault, NewEntry(client="Acme", start=START, end=START + timedelta(hours=1), tz="UTC")).entry
    kept = add_evidence(vault, b"a screenshot", "shot.png", links=[("client", acme), ("entry", entry.id)])
    with vault.reading() as session:
        events = len(session.scalars(select(AuditEvent)).all())
    after = unlink_evidence(vault, kept.id, [("entry", entry.id)])
    assert [(link.entity, link.entity_id) for link in after.links] == [("client", acme)]
    assert get_evidence(vault, kept.id) == after
    with vault.reading() as session:
        assert [event.action for event in session.scalars(select(AuditEvent))][events:] == ["delete"]
    back = link_evidence(vault, kept.id, [("entry", entry.id)])  # what undo does
    assert {(link.entity, link.entity_id) for link in back.links} == {("client", acme), ("entry", entry.id)}


def test_unlinking_what_is_not_linked_changes_nothing(vault: Vault, acme: int) -> None:
    kept = add_evidence(vault, b"a pay stub", "stub.pdf", links=[("client", acme)])
    with pytest.raises(NotFound, match="not linked"):
        unlink_evidence(vault, kept.id, [("client", acme), ("entry", 999)])
    assert [(link.entity, link.entity_id) for link in get_evidence(vault, kept.id).links] == [("client", acme)]
    with pytest.raises(InvalidInput, match="Say which"):
        unlink_evidence(vault, kept.id, [])
    with pytest.raises(NotFound):
        unlink_evidence(vault, 12345, [("client", acme)])


def test_the_contract_on_file_stays_linked_to_its_client(vault: Vault, acme: int) -> None:
    kept = add_evidence(vault, b"the signed contract", "contract.pdf", links=[("client", acme)])
    set_contract(vault, acme, on_file=True, evidence_id=kept.id)
    with pytest.raises(InvalidInput, match="written contract"):
        unlink_evidence(vault, kept.id, [("client", acme)])
    assert get_evidence(vault, kept.id).links


def test_a_preview_reads_a_file_only_up_to_its_limit(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    small = add_evidence(vault, b"x" * 1000, "small.txt")
    large = add_evidence(vault, b"y" * 50_000, "large.txt")
    assert evidence_for_preview(vault, small.id, limit=10_000) == b"x" * 1000
    loaded: list[object] = []
    monkeypatch.setattr("contractor_app.services.evidence._load", lambda *args: loaded.append(args))
    assert evidence_for_preview(vault, large.id, limit=10_000) is None
    assert loaded == []  # the large file's bytes were never asked for
