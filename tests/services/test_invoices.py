"""Invoices: due dates (the invoice's, the contract's, the law's), what was paid, status and days late."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.errors import InvalidInput
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.invoices import (
    NewInvoice,
    add_invoice,
    as_new,
    delete_invoice,
    list_invoices,
    overdue_count,
    reinstate_invoice,
    update_invoice,
)
from contractor_app.services.payments import NewPayment, record_payment
from contractor_app.services.verify import verify_vault
from contractor_app.store.vault import Vault

FEB = DateRange(date(2026, 2, 1), date(2026, 2, 28))


@pytest.fixture
def clients(vault: Vault) -> Vault:
    terms = Terms(kind="hourly", rate=Money(Decimal(20), "USD"))
    add_client(vault, NewClient(name="NYC Studio", currency="USD", terms=terms, jurisdiction="US-NY-NYC"))
    add_client(vault, NewClient(name="Net15", currency="USD", terms=terms, payment_terms_days=15))
    add_client(vault, NewClient(name="Nowhere", currency="USD", terms=terms))
    return vault


def test_due_dates_come_from_the_invoice_the_contract_or_the_law(clients: Vault) -> None:
    add_invoice(clients, NewInvoice(client="NYC Studio", issued_on=date(2026, 3, 1), amount=Decimal(500), covers=FEB))
    add_invoice(clients, NewInvoice(client="Net15", issued_on=date(2026, 3, 1), amount=Decimal(100), covers=FEB))
    add_invoice(clients, NewInvoice(client="Nowhere", issued_on=date(2026, 3, 1), amount=Decimal(100), covers=FEB,
                                    due_on=date(2026, 3, 20), number="N-1"))
    add_invoice(clients, NewInvoice(client="Nowhere", issued_on=date(2026, 3, 2), amount=Decimal(100), covers=FEB))
    found = {(i.client, i.number): i for i in list_invoices(clients, today=date(2026, 4, 1))}
    law = found[("NYC Studio", None)]
    assert (law.due_on, law.due_basis, law.law_citation) == (
        date(2026, 3, 30), "NYC Freelance Isn't Free Act", "NYC Admin. Code 20-927 ff.")
    assert (law.status, law.days_late, law.outstanding) == ("overdue", 2, Money(Decimal(500), "USD"))
    contract = found[("Net15", None)]
    assert (contract.due_on, contract.due_basis, contract.days_late) == (date(2026, 3, 15), "contract", 17)
    own = found[("Nowhere", "N-1")]
    assert (own.due_on, own.due_basis, own.status, own.days_late) == (date(2026, 3, 20), "invoice", "overdue", 12)
    unknown = found[("Nowhere", None)]
    assert (unknown.due_on, unknown.status) == (None, "open")  # no terms, no law: never overdue
    assert overdue_count(clients, today=date(2026, 4, 1)) == 3
    assert overdue_count(clients, today=date(2026, 3, 14)) == 0


def test_payments_settle_invoices_by_link_or_by_the_period_they_cover(clients: Vault) -> None:
    linked = add_invoice(clients, NewInvoice(client="Net15", issued_on=date(2026, 3, 1), amount=Decimal(100),
                                             covers=FEB))
    add_invoice(clients, NewInvoice(client="NYC Studio", issued_on=date(2026, 3, 1), amount=Decimal(500), covers=FEB))
    record_payment(clients, NewPayment(client="Net15", received_on=date(2026, 3, 20), gross=Decimal(100),
                                       invoice_id=linked))
    record_payment(clients, NewPayment(client="NYC Studio", received_on=date(2026, 3, 10), gross=Decimal(200),
                                       period=FEB))
    found = {i.client: i for i in list_invoices(clients, today=date(2026, 4, 10))}
    assert (found["Net15"].status, found["Net15"].days_late, found["Net15"].paid_on) == (
        "paid", 5, date(2026, 3, 20))  # due 15 Mar, paid 20 Mar
    studio = found["NYC Studio"]
    assert (studio.status, studio.paid.amount, studio.outstanding.amount) == ("overdue", Decimal(200), Decimal(300))
    assert [i.client for i in list_invoices(clients, client="net15")] == ["Net15"]


def test_edit_delete_and_restore(clients: Vault) -> None:
    invoice = add_invoice(clients, NewInvoice(client="Nowhere", issued_on=date(2026, 3, 1), amount=Decimal(100),
                                              covers=FEB, number="N-1"))
    view = list_invoices(clients)[0]
    update_invoice(clients, invoice, NewInvoice(client="Nowhere", issued_on=date(2026, 3, 2), amount=Decimal(120),
                                                covers=FEB, number="N-2", due_on=date(2026, 3, 31)))
    edited = list_invoices(clients)[0]
    assert (edited.number, edited.amount.amount, edited.due_on, edited.due_basis) == (
        "N-2", Decimal(120), date(2026, 3, 31), "invoice")
    with pytest.raises(InvalidInput, match="before the work"):
        update_invoice(clients, invoice, NewInvoice(client="Nowhere", issued_on=date(2026, 3, 2),
                                                    amount=Decimal(1), covers=FEB, due_on=date(2026, 2, 1)))
    update_invoice(clients, invoice, as_new(view))
    assert list_invoices(clients)[0] == view
    removed = delete_invoice(clients, invoice)
    assert list_invoices(clients) == []
    assert reinstate_invoice(clients, removed) == invoice and list_invoices(clients)[0] == view


def test_an_invoice_a_payment_is_linked_to_cannot_be_deleted(clients: Vault) -> None:
    invoice = add_invoice(clients, NewInvoice(client="Net15", issued_on=date(2026, 3, 1), amount=Decimal(100),
                                              covers=FEB))
    record_payment(clients, NewPayment(client="Net15", received_on=date(2026, 3, 20), gross=Decimal(100),
                                       invoice_id=invoice))
    with pytest.raises(InvalidInput, match="edit that payment first"):
        delete_invoice(clients, invoice)
    assert len(list_invoices(clients)) == 1


def test_editing_an_invoice_amount_moves_the_linked_payments_share(clients: Vault) -> None:
    """A payment counts towards an invoice up to the invoice's amount; raising the amount raises the share."""
    invoice = add_invoice(clients, NewInvoice(client="NYC Studio", issued_on=date(2026, 3, 2),
                                              amount=Decimal("50"),
                                              covers=DateRange(date(2026, 2, 23), date(2026, 3, 1))))
    record_payment(clients, NewPayment(client="NYC Studio", received_on=date(2026, 3, 5), gross=Decimal("100"),
                                       invoice_id=invoice))
    update_invoice(clients, invoice, NewInvoice(client="NYC Studio", issued_on=date(2026, 3, 2),
                                                amount=Decimal("100"),
                                                covers=DateRange(date(2026, 2, 23), date(2026, 3, 1))))
    (listed,) = list_invoices(clients, today=date(2026, 3, 10))
    assert (listed.status, listed.paid.amount, listed.outstanding.amount) == ("paid", Decimal("100"), Decimal("0"))
    assert verify_vault(clients).ok


def test_an_employee_gets_no_freelancer_law_deadline(clients: Vault) -> None:
    """The freelancer laws protect independent contractors only: an employer's late wages are a wage-payment matter."""
    terms = Terms(kind="hourly", rate=Money(Decimal(20), "USD"))
    add_client(clients, NewClient(name="NYC Employer", currency="USD", terms=terms, jurisdiction="US-NY-NYC",
                                  classification="employee"))
    add_invoice(clients, NewInvoice(client="NYC Employer", issued_on=date(2026, 3, 1), amount=Decimal(900), covers=FEB))
    (invoice,) = [i for i in list_invoices(clients, today=date(2026, 4, 1)) if i.client == "NYC Employer"]
    assert (invoice.due_on, invoice.due_basis, invoice.law_citation, invoice.status) == (None, None, None, "open")
