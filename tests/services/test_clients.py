"""The Clients view's services: details read back, edits, engagements, terms history and the written contract.

Every write is audited (the records check replays it) and bad input changes nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from contractor_app.domain.money import Money
from contractor_app.domain.pay import FROM_THE_START, Terms
from contractor_app.errors import InvalidInput, NotFound
from contractor_app.services.clients.details import ClientChanges, get_client, set_contract, update_client
from contractor_app.services.clients.directory import NewClient, add_client, list_clients
from contractor_app.services.clients.terms import add_engagement, add_terms
from contractor_app.services.evidence import add_contract_file, add_evidence, list_evidence
from contractor_app.services.verify import verify_vault
from contractor_app.store.models import AuditEvent
from contractor_app.store.vault import Vault


def usd(amount: str) -> Money:
    return Money(Decimal(amount), "USD")


@pytest.fixture
def client_id(vault: Vault) -> int:
    return add_client(vault, NewClient(name="TaskHive", currency="USD", engagement="Search relevance",
                                       terms=Terms(kind="per_unit", rate=usd("0.45"), unit_name="task"))).id


def audit_events(vault: Vault, entity: str) -> list[str]:
    with vault.reading() as session:
        return list(session.scalars(select(AuditEvent.action).where(AuditEvent.entity == entity)
                                    .order_by(AuditEvent.seq)))


def test_details_are_edited_and_read_back(vault: Vault, client_id: int) -> None:
    before = get_client(vault, client_id)
    assert (before.name, before.worker_ref, before.currency, before.contract) == ("TaskHive", None, "USD", None)
    changes = before.changes(legal_name=" TaskHive Inc. ", address="1 Market St\nSan Francisco, CA",
                             contact="support@taskhive.example", worker_ref="TH-88231", classification="employee",
                             jurisdiction="us-ny-nyc", payment_terms_days=30, workweek_start=6, note="met at a fair")
    after = update_client(vault, client_id, changes)
    assert (after.legal_name, after.address, after.worker_ref, after.jurisdiction) == (
        "TaskHive Inc.", "1 Market St\nSan Francisco, CA", "TH-88231", "US-NY-NYC")
    assert get_client(vault, client_id) == after
    assert (after.classification, after.payment_terms_days, after.workweek_start) == ("employee", 30, 6)
    assert audit_events(vault, "clients") == ["create", "update"]
    update_client(vault, client_id, after.changes())  # nothing changed: nothing recorded
    assert audit_events(vault, "clients") == ["create", "update"]
    assert verify_vault(vault).ok


@pytest.mark.parametrize(("edits", "message"), [
    ({"name": "  "}, "needs a name"),
    ({"name": "acme labeling"}, "already a client named 'Acme Labeling'"),
    ({"payment_terms_days": 400}, "between 0 and 365"),
    ({"workweek_start": 7}, "Monday"),
    ({"classification": "freelancer"}, "contractor or employee"),
    ({"jurisdiction": "California"}, "not understood"),
    ({"worker_ref": "x" * 1001}, "limited to 1,000"),
])
def test_bad_edits_change_nothing(vault: Vault, client_id: int, edits: dict, message: str) -> None:
    add_client(vault, NewClient(name="Acme Labeling", currency="USD"))
    before = get_client(vault, client_id)
    with pytest.raises(InvalidInput, match=message):
        update_client(vault, client_id, before.changes(contact="new contact", **edits))
    assert get_client(vault, client_id) == before


def test_an_unknown_client_is_not_found(vault: Vault) -> None:
    with pytest.raises(NotFound):
        get_client(vault, 99)
    with pytest.raises(NotFound):
        update_client(vault, 99, ClientChanges(name="Ghost"))


def test_engagements_and_a_raise_keep_their_history(vault: Vault, client_id: int) -> None:
    added = add_engagement(vault, client_id, "Ads quality", terms=Terms(kind="hourly", rate=usd("19.00"),
                           unpaid_categories=("training", "onboarding")), platform_fee_percent=Decimal("10"))
    assert [r.terms.effective_from for r in added.history] == [FROM_THE_START]
    assert added.history[0].terms.unpaid_categories == ("onboarding", "training")
    assert added.history[0].platform_fee_percent == Decimal("10")
    raise_ = Terms(kind="hourly", rate=usd("21.50"), effective_from=date(2025, 3, 1), unpaid_categories=("training",))
    record = add_terms(vault, added.id, raise_, note="annual review")
    assert record.terms == raise_ and record.note == "annual review"
    details = get_client(vault, client_id)
    assert [e.name for e in details.engagements] == ["Search relevance", "Ads quality"]
    history = details.engagements[1].history
    assert [(r.terms.effective_from, r.terms.rate) for r in history] == [
        (date(2025, 3, 1), usd("21.50")), (FROM_THE_START, usd("19.00"))]
    assert details.engagements[1].in_force(date(2025, 2, 28)).terms.rate == usd("19.00")  # type: ignore[union-attr]
    assert details.engagements[1].in_force(date(2025, 3, 1)).terms.rate == usd("21.50")  # type: ignore[union-attr]
    assert audit_events(vault, "pay_terms") == ["create", "create", "create"]
    assert verify_vault(vault).ok


@pytest.mark.parametrize(("terms", "fee", "message"), [
    (Terms(kind="hourly", rate=Money(Decimal(20), "EUR")), None, "pays in USD"),
    (Terms(kind="hourly", rate=usd("0")), None, "more than zero"),
    (Terms(kind="per_unit", rate=usd("1"), unit_name="two words"), None, "one word"),
    (Terms(kind="hourly", rate=usd("20"), unpaid_categories=("naps",)), None, "Unknown category"),
    (Terms(kind="hourly", rate=usd("20")), Decimal("101"), "0 to 100"),
    (Terms(kind="salary", rate=usd("20")), None, "hourly, per unit or fixed"),
])
def test_bad_terms_change_nothing(vault: Vault, client_id: int, terms: Terms, fee: Decimal | None,
                                  message: str) -> None:
    before = get_client(vault, client_id)
    with pytest.raises(InvalidInput, match=message):
        add_engagement(vault, client_id, "New work", terms=terms, platform_fee_percent=fee)
    with pytest.raises(InvalidInput, match=message):
        add_terms(vault, before.engagements[0].id, terms, platform_fee_percent=fee)
    assert get_client(vault, client_id) == before


def test_terms_for_a_day_already_recorded_and_repeated_names_are_refused(vault: Vault, client_id: int) -> None:
    engagement = get_client(vault, client_id).engagements[0]
    with pytest.raises(InvalidInput, match="already has pay terms from 1970-01-01"):
        add_terms(vault, engagement.id, Terms(kind="per_unit", rate=usd("0.50"), unit_name="task"))
    with pytest.raises(InvalidInput, match="already has an engagement named 'Search relevance'"):
        add_engagement(vault, client_id, "search RELEVANCE")
    with pytest.raises(InvalidInput, match="needs a name"):
        add_engagement(vault, client_id, " ")
    assert get_client(vault, client_id).engagements == (engagement,)


def test_a_kept_file_becomes_the_written_contract(vault: Vault, client_id: int) -> None:
    kept = add_evidence(vault, b"%PDF-1.4 contract", name="contract.pdf")
    details = set_contract(vault, client_id, on_file=True, evidence_id=kept.id)
    assert details.contract_on_file and details.contract is not None
    assert (details.contract.name, details.contract.sha256) == ("contract.pdf", kept.sha256)
    [evidence] = list_evidence(vault)
    assert [(link.entity, link.entity_id) for link in evidence.links] == [("client", client_id)]
    set_contract(vault, client_id, on_file=True, evidence_id=kept.id)  # again: no second link, no change
    assert len(list_evidence(vault)[0].links) == 1
    assert next(c for c in list_clients(vault) if c.id == client_id).contract_on_file
    cleared = set_contract(vault, client_id, on_file=False)
    assert (cleared.contract_on_file, cleared.contract) == (False, None)
    assert len(list_evidence(vault)) == 1  # the file itself stays kept
    assert verify_vault(vault).ok


def test_a_missing_evidence_file_is_refused(vault: Vault, client_id: int) -> None:
    before = get_client(vault, client_id)
    with pytest.raises(NotFound, match="no evidence #42"):
        set_contract(vault, client_id, on_file=True, evidence_id=42)
    with pytest.raises(InvalidInput, match="marked as on file"):
        set_contract(vault, client_id, on_file=False, evidence_id=42)
    assert get_client(vault, client_id) == before


def test_a_contract_file_is_added_once_and_linked(vault: Vault, client_id: int, tmp_path: Path) -> None:
    path = tmp_path / "TaskHive agreement.pdf"
    path.write_bytes(b"%PDF-1.4 the agreement")
    details = add_contract_file(vault, client_id, path)
    assert details.contract is not None and details.contract.name == "TaskHive agreement.pdf"
    other = add_client(vault, NewClient(name="Acme Labeling", currency="USD")).id
    again = add_contract_file(vault, other, path)  # the same bytes: the kept copy is linked, not added twice
    assert again.contract == details.contract
    [evidence] = list_evidence(vault)
    assert {link.entity_id for link in evidence.links} == {client_id, other}
    with pytest.raises(InvalidInput, match="There is no file"):
        add_contract_file(vault, client_id, tmp_path / "missing.pdf")
    with vault.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.entity == "evidence")) == 1
