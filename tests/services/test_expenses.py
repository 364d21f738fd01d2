"""Expenses: recorded per client in a currency and a category, with an optional receipt kept as evidence; edits,
deletes and putting back are each audited, and a refused change leaves the records exactly as they were."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.errors import InvalidInput, NotFound
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.evidence import add_evidence
from contractor_app.services.expenses import (
    NewExpense,
    add_expense,
    as_new,
    delete_expense,
    list_expenses,
    reinstate_expense,
    update_expense,
)
from contractor_app.services.verify import verify_vault
from contractor_app.store.audit import read_head
from contractor_app.store.models import AuditEvent
from contractor_app.store.vault import Vault

TODAY = datetime.now(UTC).date() - timedelta(days=1)


@pytest.fixture
def acme(vault: Vault) -> Vault:
    add_client(vault, NewClient(name="Acme Labeling", currency="USD",
                                terms=Terms(kind="hourly", rate=Money(Decimal(20), "USD"))))
    return vault


def head(vault: Vault) -> tuple[int, str]:
    with vault.reading() as session:
        found = read_head(session, vault.vault_id)
        return found.seq, found.hash


def events(vault: Vault) -> list[str]:
    with vault.reading() as session:
        return list(session.scalars(select(AuditEvent.action).where(AuditEvent.entity == "expenses")
                                    .order_by(AuditEvent.seq)))


def test_an_expense_in_the_clients_currency_with_a_receipt(acme: Vault) -> None:
    receipt = add_evidence(acme, b"receipt bytes", name="router.pdf").id
    added = add_expense(acme, NewExpense(client="acme", on=date(2026, 3, 2), amount=Decimal("59.90"),
                                         kind="equipment", note="router", receipt_evidence_id=receipt))
    assert (added.client, added.amount, added.kind, added.receipt_evidence_id) == (
        "Acme Labeling", Money(Decimal("59.90"), "USD"), "equipment", receipt)
    other = add_expense(acme, NewExpense(client="Acme Labeling", on=date(2026, 3, 1),
                                         amount=Money(Decimal("10"), "EUR"), kind="software"))
    assert list_expenses(acme) == [other, added]  # oldest first
    assert list_expenses(acme, period=DateRange(date(2026, 3, 2), None)) == [added]
    assert events(acme) == ["create", "create"]


@pytest.mark.parametrize(("new", "message"), [
    (NewExpense(client="Acme", on=TODAY, amount=Decimal("1"), kind="snacks"), "category is one of"),
    (NewExpense(client="Acme", on=TODAY, amount=Decimal("-1")), "negative"),
    (NewExpense(client="Acme", on=TODAY, amount=Decimal("0")), "zero"),
    (NewExpense(client="Acme", on=TODAY, amount=Decimal("1.001")), "decimal places"),
    (NewExpense(client="Acme", on=TODAY + timedelta(days=3), amount=Decimal("1")), "future"),
    (NewExpense(client="Acme", on=TODAY, amount=Money(Decimal("1"), "XXY")), "currency"),
])
def test_bad_expenses_are_refused_and_nothing_is_written(acme: Vault, new: NewExpense, message: str) -> None:
    before = head(acme)
    with pytest.raises(InvalidInput, match=message):
        add_expense(acme, new)
    assert head(acme) == before and list_expenses(acme) == []


def test_a_receipt_that_is_not_kept_is_refused(acme: Vault) -> None:
    with pytest.raises(NotFound, match="no evidence #7"):
        add_expense(acme, NewExpense(client="Acme", on=TODAY, amount=Decimal("1"), receipt_evidence_id=7))


def test_edit_delete_and_undo_are_audited_and_the_records_check_passes(acme: Vault) -> None:
    added = add_expense(acme, NewExpense(client="Acme", on=TODAY, amount=Decimal("30"), kind="internet"))
    edited = update_expense(acme, added.id, replace(as_new(added), amount=Decimal("35")))
    assert edited.amount == Money(Decimal("35"), "USD")
    removed = delete_expense(acme, added.id)
    assert list_expenses(acme) == []
    back = reinstate_expense(acme, removed)
    assert back == edited  # the same id and values
    with pytest.raises(InvalidInput, match="already back"):
        reinstate_expense(acme, removed)
    assert events(acme) == ["create", "update", "delete", "create"]
    assert verify_vault(acme).ok
