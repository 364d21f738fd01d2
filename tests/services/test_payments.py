"""Payments: recording one that pays an invoice, editing, deleting and putting it back, each audited.

A refused edit leaves the records exactly as they were (same audit head); a restore brings back the payment and
its link to the invoice, and the records check still passes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.errors import InvalidInput, NotFound
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.invoices import NewInvoice, add_invoice, list_invoices
from contractor_app.services.payments import (
    NewPayment,
    as_new,
    delete_payment,
    list_payments,
    record_payment,
    reinstate_payment,
    update_payment,
)
from contractor_app.services.verify import verify_vault
from contractor_app.store.audit import read_head
from contractor_app.store.models import AuditEvent, PaymentAllocation
from contractor_app.store.vault import Vault

TODAY = datetime.now(UTC).date() - timedelta(days=1)  # "today" or earlier in every zone


@pytest.fixture
def acme(vault: Vault) -> Vault:
    terms = Terms(kind="hourly", rate=Money(Decimal(20), "USD"))
    add_client(vault, NewClient(name="Acme Labeling", currency="USD", terms=terms))
    add_client(vault, NewClient(name="TaskHive", currency="USD", terms=terms))
    add_client(vault, NewClient(name="Euro Data", currency="EUR", terms=Terms(kind="hourly",
                                                                              rate=Money(Decimal(15), "EUR"))))
    return vault


def events(vault: Vault, entity: str) -> list[str]:
    with vault.reading() as session:
        return list(session.scalars(select(AuditEvent.action).where(AuditEvent.entity == entity)
                                    .order_by(AuditEvent.seq)))


def links(vault: Vault) -> list[tuple[int, int | None, Decimal]]:
    with vault.reading() as session:
        return [tuple(row) for row in session.execute(  # type: ignore[misc]
            select(PaymentAllocation.payment_id, PaymentAllocation.invoice_id, PaymentAllocation.amount))]


def head(vault: Vault) -> tuple[int, str]:
    with vault.reading() as session:
        found = read_head(session, vault.vault_id)
        return found.seq, found.hash


def test_a_payment_for_an_invoice_covers_its_period_and_is_linked(acme: Vault) -> None:
    invoice = add_invoice(acme, NewInvoice(client="Acme Labeling", issued_on=date(2026, 3, 1), amount=Decimal(300),
                                           covers=DateRange(date(2026, 2, 1), date(2026, 2, 28)), number="A-7"))
    paid = record_payment(acme, NewPayment(client="acme", received_on=date(2026, 3, 10), gross=Decimal("350.00"),
                                           fees=Decimal("3.50"), invoice_id=invoice))
    assert (paid.period_from, paid.period_to) == (date(2026, 2, 1), date(2026, 2, 28))
    assert (paid.invoice_id, paid.invoice_number, paid.net) == (invoice, "A-7", Money(Decimal("346.50"), "USD"))
    assert links(acme) == [(paid.id, invoice, Decimal(300))]  # never more than the invoice asks
    assert list_payments(acme, period=DateRange())[0] == paid
    assert list_invoices(acme)[0].status == "paid"


def test_an_invoice_of_another_client_is_refused_and_nothing_is_written(acme: Vault) -> None:
    invoice = add_invoice(acme, NewInvoice(client="TaskHive", issued_on=date(2026, 3, 1), amount=Decimal(300),
                                           covers=DateRange(date(2026, 2, 1), date(2026, 2, 28))))
    before = head(acme)
    with pytest.raises(InvalidInput, match="not one of Acme Labeling's"):
        record_payment(acme, NewPayment(client="Acme Labeling", received_on=TODAY, gross=Decimal(1),
                                        invoice_id=invoice))
    assert head(acme) == before and list_payments(acme, period=DateRange()) == []


def test_an_edit_changes_every_field_relinks_and_is_audited(acme: Vault) -> None:
    first = add_invoice(acme, NewInvoice(client="Acme Labeling", issued_on=date(2026, 3, 1), amount=Decimal(100),
                                         covers=DateRange(date(2026, 2, 1), date(2026, 2, 28))))
    second = add_invoice(acme, NewInvoice(client="Acme Labeling", issued_on=date(2026, 4, 1), amount=Decimal(200),
                                          covers=DateRange(date(2026, 3, 1), date(2026, 3, 31))))
    paid = record_payment(acme, NewPayment(client="Acme Labeling", received_on=date(2026, 3, 5), gross=Decimal(100),
                                           invoice_id=first, method="bank transfer"))
    edited = update_payment(acme, paid.id, NewPayment(
        client="Acme Labeling", received_on=date(2026, 4, 3), gross=Decimal(200), fees=Decimal(2),
        reference="TX-9", period=DateRange(date(2026, 3, 1), date(2026, 3, 31)), invoice_id=second))
    assert (edited.id, edited.received_on, edited.net.amount, edited.reference, edited.method) == (
        paid.id, date(2026, 4, 3), Decimal(198), "TX-9", None)
    assert links(acme) == [(paid.id, second, Decimal(200))]
    assert events(acme, "payments") == ["create", "update"]
    assert events(acme, "payment_allocations") == ["create", "delete", "create"]
    # Undo is an edit back to what it was.
    restored = update_payment(acme, paid.id, as_new(paid))
    assert restored == paid and links(acme) == [(paid.id, first, Decimal(100))]
    # The same values again change nothing and record nothing.
    update_payment(acme, paid.id, as_new(paid))
    assert events(acme, "payments") == ["create", "update", "update"]
    assert verify_vault(acme).ok


def test_a_refused_edit_changes_nothing(acme: Vault) -> None:
    paid = record_payment(acme, NewPayment(client="Acme Labeling", received_on=TODAY, gross=Decimal(50)))
    before = head(acme)
    for change, message in (({"fees": Decimal(60)}, "more than the amount"),
                            ({"client": "Euro Data"}, "pays in EUR"),
                            ({"received_on": TODAY + timedelta(days=3)}, "in the future"),
                            ({"gross": Decimal("1.001")}, "decimal places")):
        values = as_new(paid)
        with pytest.raises(InvalidInput, match=message):
            update_payment(acme, paid.id, NewPayment(**{**{k: getattr(values, k) for k in values.__slots__},
                                                        **change}))
    assert head(acme) == before
    with pytest.raises(NotFound):
        update_payment(acme, 999, as_new(paid))


def test_delete_and_restore_bring_back_the_payment_and_its_link(acme: Vault) -> None:
    invoice = add_invoice(acme, NewInvoice(client="Acme Labeling", issued_on=date(2026, 3, 1), amount=Decimal(100),
                                           covers=DateRange(date(2026, 2, 1), date(2026, 2, 28))))
    paid = record_payment(acme, NewPayment(client="Acme Labeling", received_on=date(2026, 3, 5), gross=Decimal(100),
                                           invoice_id=invoice, note="first"))
    removed = delete_payment(acme, paid.id)
    assert removed.view == paid
    assert list_payments(acme, period=DateRange()) == [] and links(acme) == []
    assert list_invoices(acme)[0].status != "paid"
    back = reinstate_payment(acme, removed)
    assert back == paid and links(acme) == [(paid.id, invoice, Decimal(100))]
    assert events(acme, "payments") == ["create", "delete", "create"]
    assert verify_vault(acme).ok
    with pytest.raises(NotFound):
        delete_payment(acme, 999)


def test_a_payment_with_evidence_linked_is_kept_and_a_deletion_comes_back_once(acme: Vault) -> None:
    """Evidence names its record by id: deleting the payment would hand the proof to the next payment that takes
    the id. And undoing one deletion twice must not record the money twice."""
    from contractor_app.services.evidence import add_evidence

    stub = record_payment(acme, NewPayment(client="Acme Labeling", received_on=TODAY, gross=Decimal("50.00")))
    add_evidence(acme, b"pay stub", name="stub.txt", links=[("payment", stub.id)])
    before = head(acme)
    with pytest.raises(InvalidInput, match="Evidence is linked to payment #1, so it is kept; nothing was deleted"):
        delete_payment(acme, stub.id)
    assert head(acme) == before

    other = record_payment(acme, NewPayment(client="TaskHive", received_on=TODAY, gross=Decimal("30.00")))
    removed = delete_payment(acme, other.id)
    reinstate_payment(acme, removed)
    with pytest.raises(InvalidInput, match="already back in your records"):
        reinstate_payment(acme, removed)
    assert [p.gross.amount for p in list_payments(acme, period=DateRange())] == [Decimal("50.00"), Decimal("30.00")]
    assert verify_vault(acme).ok


def test_todays_payment_is_accepted_in_every_zone_and_tomorrow_anywhere_is_not(acme: Vault) -> None:
    """A worker east of UTC records a payment in their morning: their date is already tomorrow's in UTC."""
    from contractor_app.domain.times import latest_today

    record_payment(acme, NewPayment(client="Acme Labeling", received_on=latest_today(), gross=Decimal("10.00")))
    with pytest.raises(InvalidInput, match="in the future"):
        record_payment(acme, NewPayment(client="Acme Labeling", received_on=latest_today() + timedelta(days=1),
                                        gross=Decimal("10.00")))
