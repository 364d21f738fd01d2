"""The summary reads its facts in plain SQL (issue 18, docs/decisions/0005): each reader gives what the ORM gives
for the same rows, converted as the models' column types convert them (days, exact numbers, flags, the JSON list
of unpaid categories), in the same order. The vault is the golden test's (every kind of client, terms changing,
payments allocated to single entries, invoices, adjustments, a recorded rate) with a converted payment, expenses
and trips added, so a stored value that reads differently the two ways fails here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from contractor_app.domain.assessment import AdjustmentFacts, ClientFacts, InvoiceFacts, PaymentFacts
from contractor_app.domain.exchange import PAYMENT, RECORDED, ExchangeRate
from contractor_app.domain.money import Money
from contractor_app.domain.times import DateRange
from contractor_app.services.clients.lookup import terms_of
from contractor_app.services.costs import costs_by_client
from contractor_app.services.expenses import NewExpense, add_expense
from contractor_app.services.profile import load_profile, save_profile
from contractor_app.services.rates import read_rates
from contractor_app.services.summary import (
    adjustment_facts,
    client_facts,
    engagement_clients,
    first_entries,
    invoice_facts,
    payment_facts,
    term_schedules,
)
from contractor_app.services.trip_prices import priced_trips
from contractor_app.services.trips import add_trip
from contractor_app.store.models import (
    Adjustment,
    Client,
    Engagement,
    Invoice,
    Payment,
    PaymentAllocation,
    PayTerms,
    WorkEntry,
)
from contractor_app.store.models import (
    ExchangeRate as RateRow,
)
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..sample import build_vault
from .test_summary_fast_path import fill
from .test_summary_golden import allocate, busy_day


def costs_and_conversions(vault: Vault) -> None:
    """A payment converted on the way (its rate is one the rights engine may use), expenses in and out of the
    client's currency, and trips priced at the worker's country's rate."""
    save_profile(vault, replace(load_profile(vault), jurisdiction="US-CA"))
    with vault.unit_of_work() as uow:
        payment = uow.session.scalars(select(Payment).order_by(Payment.id)).first()
        assert payment is not None
        payment.exchange_rate, payment.converted_currency, payment.converted_amount = (
            Decimal("0.9125"), "EUR", payment.gross * Decimal("0.9125"))
    for on, amount in ((date(2026, 2, 10), Money(Decimal("12.50"), "USD")), (date(2026, 3, 5), Decimal("7")),
                       (date(2026, 4, 2), Money(Decimal("3.10"), "EUR"))):
        add_expense(vault, NewExpense(client="Coast Clinic", on=on, amount=amount))
    add_trip(vault, client="Metro Courier", on=date(2026, 3, 3), distance=Decimal("14.5"), unit="mi")
    add_trip(vault, client="Coast Clinic", on=date(2026, 2, 3), distance=Decimal("20"), unit="mi", note="site")


@pytest.fixture(scope="module")
def varied(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_vault(tmp_path_factory.mktemp("plain-summary") / "records", fill, busy_day, allocate,
                       costs_and_conversions).folder


@pytest.fixture
def vault(varied: Path) -> Iterator[Vault]:
    with Vault.unlock(varied, PASSWORD) as opened:
        yield opened


def test_clients_terms_and_engagements(vault: Vault) -> None:
    with vault.reading() as session:
        clients = [ClientFacts(id=c.id, name=c.name, currency=c.currency, jurisdiction=c.jurisdiction,
                               classification=c.classification, workweek_start=c.workweek_start,
                               payment_terms_days=c.payment_terms_days, contract_on_file=c.contract_on_file,
                               workday_start=c.workday_start_minutes, app_based=c.app_based)
                   for c in session.scalars(select(Client).order_by(Client.name))]
        schedules = defaultdict(list)
        for row in session.scalars(select(PayTerms).order_by(PayTerms.effective_from, PayTerms.id)):
            schedules[row.engagement_id].append(terms_of(row))
        owners = dict(session.execute(select(Engagement.id, Engagement.client_id)).all())
        fixed = {e: min((w.start_at, w.id) for w in session.scalars(select(WorkEntry)) if w.engagement_id == e)[1]
                 for e in session.scalars(select(PayTerms.engagement_id).where(PayTerms.kind == "fixed"))}
    with vault.querying() as conn:
        assert client_facts(conn, None) == clients
        assert [(f.contract_on_file, f.app_based) for f in client_facts(conn, None)] == [
            (c.contract_on_file, c.app_based) for c in clients]
        assert all(type(f.contract_on_file) is bool and type(f.app_based) is bool for f in client_facts(conn, None))
        assert client_facts(conn, clients[2].id) == [clients[2]]
        assert term_schedules(conn) == schedules
        assert engagement_clients(conn) == owners
        assert first_entries(conn) == fixed
    assert any(c.contract_on_file for c in clients) and any(c.app_based for c in clients)
    assert any(c.workday_start is not None for c in clients) and len(fixed) == 1
    assert any(terms.unpaid_categories for schedule in schedules.values() for terms in schedule)
    assert any(len(schedule) > 1 for schedule in schedules.values())


def test_payments_invoices_adjustments_and_rates(vault: Vault) -> None:
    with vault.reading() as session:
        allocated: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
        for share in session.scalars(select(PaymentAllocation).where(PaymentAllocation.work_entry_id.is_not(None))):
            assert share.work_entry_id is not None
            allocated[share.payment_id].append((share.work_entry_id, share.amount))
        payments = defaultdict(list)
        for p in session.scalars(select(Payment).order_by(Payment.received_on, Payment.id)):
            payments[p.client_id].append(PaymentFacts(
                id=p.id, received_on=p.received_on, gross=p.gross, fees=p.fees, reference=p.reference,
                covers=DateRange(p.period_from, p.period_to) if p.period_from or p.period_to else None,
                allocations=tuple(allocated[p.id])))
        invoices = defaultdict(list)
        for i in session.scalars(select(Invoice).order_by(Invoice.issued_on, Invoice.id)):
            invoices[i.client_id].append(InvoiceFacts(id=i.id, number=i.number, amount=i.amount, due_on=i.due_on,
                                                      covers=DateRange(i.period_from, i.period_to or i.issued_on)))
        adjustments = defaultdict(list)
        for a in session.scalars(select(Adjustment).order_by(Adjustment.id)):
            adjustments[a.client_id].append(AdjustmentFacts(on=a.on, kind=a.kind, amount=a.amount, note=a.note))
        recorded = [ExchangeRate(r.on, r.from_currency, r.to_currency, r.rate, "your record", RECORDED)
                    for r in session.scalars(select(RateRow).order_by(RateRow.id))]
        converted = [ExchangeRate(p.received_on, p.currency, "EUR", Decimal("0.9125"),
                                  f"payment of {p.received_on}" + (f" {p.reference}" if p.reference else ""), PAYMENT)
                     for p in session.scalars(select(Payment).where(Payment.exchange_rate.is_not(None)))]
    with vault.querying() as conn:
        assert payment_facts(conn) == payments
        assert invoice_facts(conn) == invoices
        assert adjustment_facts(conn) == adjustments
        assert read_rates(conn) == recorded + converted
    assert sum(len(p.allocations) for ps in payments.values() for p in ps) == 4
    assert len(recorded) == 1 and len(converted) == 1
    assert len(invoices) == 1 and len(adjustments) == 2


def test_costs_and_trips(vault: Vault) -> None:
    trips = priced_trips(vault)
    assert [(t.client, t.on, t.distance, t.unit, t.note) for t in trips] == [
        ("Coast Clinic", date(2026, 2, 3), Decimal("20"), "mi", "site"),
        ("Metro Courier", date(2026, 3, 3), Decimal("14.5"), "mi", None)]
    assert all(t.cost is not None and t.cost.currency == "USD" for t in trips)  # the US rate, by the profile
    with vault.reading() as session:
        coast = session.scalar(select(Client.id).where(Client.name == "Coast Clinic"))
    assert coast is not None
    march = costs_by_client(vault, DateRange(date(2026, 3, 1), date(2026, 3, 31)))[coast]
    assert (march.expenses, march.distance, march.other_currencies) == (Money(Decimal("7"), "USD"),
                                                                       Money(Decimal(0), "USD"), ())
    ever = costs_by_client(vault, DateRange())[coast]
    assert ever.expenses == Money(Decimal("19.50"), "USD")
    assert ever.other_currencies == (Money(Decimal("3.10"), "EUR"),)
    assert trips[0].cost is not None and ever.distance == trips[0].cost
    from_march = costs_by_client(vault, DateRange(date(2026, 3, 1), None))[coast]
    assert from_march.expenses == Money(Decimal("7"), "USD") and from_march.distance.amount == 0
