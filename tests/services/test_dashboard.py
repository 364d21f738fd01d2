"""The dashboard's figures agree with the pay summary, week by week, and keep currencies apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.dashboard import dashboard, month_of, week_of
from contractor_app.services.entries.log import NewEntry, log_many
from contractor_app.services.invoices import NewInvoice, add_invoice
from contractor_app.services.payments import NewPayment, record_payment
from contractor_app.services.summary import summarize
from contractor_app.store.vault import Vault

TZ = "America/Los_Angeles"
TODAY = date(2026, 5, 20)  # a Wednesday


def work(client: str, day: date, hours: int) -> NewEntry:
    start = datetime(day.year, day.month, day.day, 9, tzinfo=ZoneInfo(TZ)).astimezone(UTC)
    return NewEntry(client=client, start=start, end=start + timedelta(hours=hours), tz=TZ)


def test_a_new_worker_has_an_empty_dashboard(vault: Vault) -> None:
    board = dashboard(vault, tz=TZ, today=TODAY)
    assert (board.clients, board.entries, board.owed, board.rates, board.overdue) == (0, 0, (), (), ())
    assert len(board.weeks) == 12 and all(week.seconds == 0 for week in board.weeks)


def test_figures_match_the_summary_and_currencies_stay_apart(vault: Vault) -> None:
    usd = Terms(kind="hourly", rate=Money(Decimal(10), "USD"), effective_from=date(2026, 1, 1))
    add_client(vault, NewClient(name="Acme", currency="USD", terms=usd, jurisdiction="US-CA"))
    add_client(vault, NewClient(name="Euro", currency="EUR", terms=Terms(kind="hourly", effective_from=date(
        2026, 1, 1), rate=Money(Decimal(20), "EUR"))))
    log_many(vault, [work("Acme", TODAY, 3), work("Acme", TODAY - timedelta(days=7), 4),
                     work("Acme", date(2026, 4, 1), 5), work("Euro", date(2026, 5, 4), 2)])
    record_payment(vault, NewPayment(client="Acme", received_on=date(2026, 5, 15), gross=Decimal(40),
                                     period=DateRange(date(2026, 5, 11), date(2026, 5, 17))))
    add_invoice(vault, NewInvoice(client="Acme", issued_on=date(2026, 4, 2), amount=Decimal(50),
                                  covers=DateRange(date(2026, 4, 1), date(2026, 4, 1)), due_on=date(2026, 4, 30)))
    board = dashboard(vault, tz=TZ, today=TODAY)
    recent = dashboard(vault, tz=TZ, today=TODAY, all_time=False)  # what the Dashboard shows first (issue 18)
    assert board.complete and not recent.complete
    assert (recent.owed, recent.balances, recent.overdue_work) == ((), (), ())
    assert replace(recent, owed=board.owed, balances=board.balances, overdue_work=board.overdue_work,
                   complete=True) == board  # the recent figures are the same either way
    assert (board.clients, board.entries, board.currency) == (2, 4, "USD")
    assert board.week == week_of(TODAY) == DateRange(date(2026, 5, 18), date(2026, 5, 24))
    assert (board.week_seconds, board.week_entries) == (3 * 3600, 1)
    month = summarize(vault, period=month_of(TODAY), tz=TZ, today=TODAY)
    assert board.month_earned == (Money(Decimal(40), "EUR"), Money(Decimal(70), "USD"))
    assert board.month_earned == tuple(sorted((c.earned for c in month.clients), key=lambda m: m.currency))
    assert (board.month_paid, board.month_payments) == ((Money(Decimal(0), "EUR"), Money(Decimal(40), "USD")), 1)
    assert board.owed == (Money(Decimal(40), "EUR"), Money(Decimal(80), "USD"))  # 120 earned - 40 paid
    assert {b.client: b.owed.amount for b in board.balances} == {"Acme": 80, "Euro": 40}
    assert [i.days_late for i in board.overdue] == [20]
    weeks = {week.start: week for week in board.weeks}
    last = weeks[date(2026, 5, 11)]
    assert (last.seconds, last.earned.amount, last.paid.amount, last.rate, last.minimum) == (
        4 * 3600, Decimal(40), Decimal(40), Money(Decimal(10), "USD"), Money(Decimal("16.90"), "USD"))
    assert weeks[date(2026, 5, 4)].seconds == 0  # the EUR work is not on the USD chart
    rate = {r.currency: r for r in board.rates}["USD"]
    # The terms pay 10.00/h for the 12 hours (120.00), whatever was received (40.00): below 16.90 by the terms.
    assert rate.seconds == 12 * 3600 and rate.rate == Money(Decimal("10.00"), "USD") and rate.below
    assert rate.earned == Money(Decimal(120), "USD") and rate.paid == Money(Decimal(40), "USD")
    assert rate.minimum == Money(Decimal("16.90"), "USD") and rate.sources[0].wage.jurisdiction == "US-CA"
    assert {r.currency: r for r in board.rates}["EUR"].minimum is None  # no EUR minimum where Euro is


def test_money_not_yet_received_is_not_below_the_minimum_wage(vault: Vault) -> None:
    """22/h in California (16.90), 30 h over the last weeks, nothing received: 660.00 owed, and the pay per hour
    is the terms' 22.00, at or above the minimum wage (issue 13, item 8)."""
    add_client(vault, NewClient(name="Acme", currency="USD", jurisdiction="US-CA",
                                terms=Terms(kind="hourly", rate=Money(Decimal(22), "USD"))))
    log_many(vault, [work("Acme", TODAY - timedelta(days=7 * back), 10) for back in range(1, 4)])
    board = dashboard(vault, tz=TZ, today=TODAY)
    (rate,) = board.rates
    assert rate.rate == Money(Decimal("22.00"), "USD") and not rate.below and rate.paid.amount == 0
    assert board.owed == (Money(Decimal(660), "USD"),)
    assert [w.rate for w in board.weeks if w.seconds] == [Money(Decimal("22.00"), "USD")] * 3


def test_work_past_the_payment_terms_with_no_payment_is_overdue(vault: Vault) -> None:
    """"Nothing overdue" was shown while $3,188 was owed: only invoices counted. Payments go to the oldest work;
    what is left of work older than the terms is overdue, unless an invoice covers it (it counts as the invoice)."""
    usd = Terms(kind="hourly", rate=Money(Decimal(20), "USD"), effective_from=date(2026, 1, 1))
    add_client(vault, NewClient(name="Acme", currency="USD", terms=usd, payment_terms_days=15))
    add_client(vault, NewClient(name="Loose", currency="USD", terms=usd))  # no terms agreed: no due date
    log_many(vault, [work("Acme", date(2026, 4, 1), 5), work("Acme", date(2026, 4, 20), 5),
                     work("Acme", date(2026, 4, 21), 2), work("Acme", TODAY - timedelta(days=3), 4),
                     work("Loose", date(2026, 3, 2), 8)])
    record_payment(vault, NewPayment(client="Acme", received_on=date(2026, 4, 25), gross=Decimal(100)))
    add_invoice(vault, NewInvoice(client="Acme", issued_on=date(2026, 4, 22), amount=Decimal(40),
                                  covers=DateRange(date(2026, 4, 21), date(2026, 4, 21)), due_on=date(2026, 6, 1)))
    board = dashboard(vault, tz=TZ, today=TODAY)
    assert board.overdue == ()  # the invoice is not due yet
    (late,) = board.overdue_work
    # 1 Apr (100) is paid; 20 Apr (100) was due 5 May; 21 Apr is invoiced; last week's work is not due yet.
    assert (late.client, late.owed, late.due_on, late.days_late) == (
        "Acme", Money(Decimal(100), "USD"), date(2026, 5, 5), 15)


def test_a_workweek_across_the_month_start_keeps_its_overtime_on_the_dashboard(vault: Vault) -> None:
    """Issue 13, item 1, on the Dashboard: 10 h a day Mon 30 March to Fri 3 April 2026 at 20/h, an employee in
    Texas (FLSA). The workweek Mon 30 March - Sun 5 April has 50 h, 10 over 40: premium 0.5 x 20 x 10 = 100.00,
    in April (the week's last day). April earns 3 x 10 h x 20 + 100.00 = 700.00, as the summary says; a
    Dashboard that read only April's own work would see 30 h and no overtime (600.00)."""
    usd = Terms(kind="hourly", rate=Money(Decimal(20), "USD"), effective_from=date(2026, 1, 1))
    add_client(vault, NewClient(name="Shop", currency="USD", terms=usd, jurisdiction="US-TX",
                                classification="employee"))
    log_many(vault, [work("Shop", date(2026, 3, 30) + timedelta(days=n), 10) for n in range(5)])
    today = date(2026, 4, 15)
    april = summarize(vault, period=month_of(today), tz=TZ, today=today)
    (shop,) = april.clients
    assert shop.overtime_premium == Money(Decimal("100.00"), "USD")
    for board in (dashboard(vault, tz=TZ, today=today), dashboard(vault, tz=TZ, today=today, all_time=False)):
        assert board.month_earned == (Money(Decimal("700.00"), "USD"),) == (shop.earned,)
