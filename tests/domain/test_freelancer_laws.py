"""Freelancer payment laws protect independent contractors only, and only from their coverage threshold on.

Worked examples with the arithmetic in each test; the rules are the shipped files.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

from contractor_app.domain.assessment import ClientFacts, ClientPay, InvoiceFacts, PaymentFacts, assess
from contractor_app.domain.money import Money
from contractor_app.domain.times import DateRange
from contractor_app.domain.worktime import Work
from contractor_app.services.rules import shipped_rules

from .test_pay_rules import LA, NY, hourly, shift

RULES = shipped_rules()
SEATTLE = LA  # same zone


def facts(jurisdiction: str, *, classification: str = "contractor", terms_days: int | None = None,
          contract: bool = False) -> ClientFacts:
    return ClientFacts(id=1, name="Client", currency="USD", jurisdiction=jurisdiction, classification=classification,
                       workweek_start=0, payment_terms_days=terms_days, contract_on_file=contract)


def days_of(first: date, count: int, tz=NY, hours: float = 8) -> list[Work]:  # type: ignore[no-untyped-def]
    return [shift(first + timedelta(days=i), time(9), hours, tz, entry_id=i + 1 + first.toordinal() % 10000)
            for i in range(count)]


def assess_with(client: ClientFacts, work: list[Work], period: DateRange, *, tz=NY,  # type: ignore[no-untyped-def]
                payments: tuple[PaymentFacts, ...] = (), invoices: tuple[InvoiceFacts, ...] = (),
                today: date = date(2026, 12, 4), rate: str = "25") -> ClientPay:
    return assess(client=client, schedules={1: [hourly(rate)]}, work=work, payments=payments, invoices=invoices,
                  adjustments=(), rules=RULES, period=period, tz=tz, today=today, jurisdiction=client.jurisdiction)


def paid(amount: str, covers: DateRange, on: date) -> PaymentFacts:
    return PaymentFacts(id=1, received_on=on, gross=Decimal(amount), fees=Decimal(0), reference="P-1", covers=covers)


MARCH = DateRange(date(2026, 3, 1), date(2026, 3, 31))


def test_an_nyc_contractor_under_800_dollars_in_120_days_gets_no_damages() -> None:
    """3 days x 8 h x USD 25 = USD 600 < 800: the law does not cover the work. Paid 50 days after completion,
    there is no law deadline (no contract date either), so nothing is late under the law and no remedy is due."""
    work = days_of(date(2026, 3, 2), 3)
    covers = DateRange(date(2026, 3, 2), date(2026, 3, 4))
    result = assess_with(facts("US-NY-NYC"), work, MARCH, payments=(paid("600.00", covers, date(2026, 4, 23)),))
    assert result.late_payments == () and result.contract_notices == ()
    # With a contract date (15 days) the payment is late under the contract, still with no law and no remedy.
    result = assess_with(facts("US-NY-NYC", terms_days=15), work, MARCH,
                         payments=(paid("600.00", covers, date(2026, 4, 23)),))
    (late,) = result.late_payments
    assert (late.due_basis, late.law, late.remedy_estimate) == ("contract", None, None)


def test_an_nyc_contractor_at_800_dollars_is_covered_and_gets_double_damages() -> None:
    """4 days x 8 h x USD 25 = USD 800: covered. Due 30 days after 5 March = 4 April; paid 23 April: 19 days late;
    double damages: USD 800 more."""
    work = days_of(date(2026, 3, 2), 4)
    covers = DateRange(date(2026, 3, 2), date(2026, 3, 5))
    result = assess_with(facts("US-NY-NYC"), work, MARCH, payments=(paid("800.00", covers, date(2026, 4, 23)),))
    (late,) = result.late_payments
    assert (late.due_on, late.days_late, late.due_basis) == (date(2026, 4, 4), 19, "NYC Freelance Isn't Free Act")
    assert late.remedy_estimate == Money(Decimal("800.00"), "USD")


def test_earlier_work_in_the_120_days_counts_toward_the_threshold() -> None:
    """USD 400 in January and USD 400 in March (within 120 days) aggregate to 800: covered. The same USD 400 in
    October 2025 (more than 120 days before) does not count."""
    covers = DateRange(date(2026, 3, 2), date(2026, 3, 3))
    march = days_of(date(2026, 3, 2), 2)  # 2 x 200 = 400
    payment = (paid("400.00", covers, date(2026, 4, 23)),)
    within = assess_with(facts("US-NY-NYC"), days_of(date(2026, 1, 12), 2) + march, MARCH, payments=payment)
    before = assess_with(facts("US-NY-NYC"), days_of(date(2025, 10, 6), 2) + march, MARCH, payments=payment)
    assert within.late_payments[0].law is not None and within.late_payments[0].remedy_estimate is not None
    assert before.late_payments == ()


def test_an_employee_gets_no_freelance_isnt_free_remedy_deadline_or_notice() -> None:
    """USD 1,000 of work for an employer in NYC, paid late: a wage-payment matter, not the freelancer law."""
    work = days_of(date(2026, 3, 2), 5)  # 5 x 200 = 1,000
    covers = DateRange(date(2026, 3, 2), date(2026, 3, 6))
    employee = facts("US-NY-NYC", classification="employee")
    assert assess_with(employee, work, MARCH, payments=(paid("1000.00", covers, date(2026, 5, 1)),)).late_payments == ()
    result = assess_with(facts("US-NY-NYC", classification="employee", terms_days=14), work, MARCH,
                         payments=(paid("1000.00", covers, date(2026, 5, 1)),))
    (late,) = result.late_payments  # late under the agreed terms, but no law and no damages
    assert (late.law, late.remedy_estimate, late.due_basis) == (None, None, "contract")
    assert result.contract_notices == ()
    assert assess_with(facts("US-NY-NYC"), work, MARCH).contract_notices != ()  # the same work as a contractor


def test_a_los_angeles_contractor_at_600_dollars_split_across_two_calendar_years_is_not_covered() -> None:
    """USD 300 on 29-30 Dec 2025 and USD 300 on 2 Jan 2026, paid together 45 days late: the 2026 calendar year
    holds only USD 300 < 600, so the LA ordinance gives no remedy (a rolling 365 days would have counted 600)."""
    work = days_of(date(2025, 12, 29), 2, LA, hours=6) + days_of(date(2026, 1, 2), 1, LA, hours=12)  # 2x150 + 300
    covers = DateRange(date(2025, 12, 29), date(2026, 1, 2))
    january = DateRange(date(2026, 1, 1), date(2026, 1, 31))
    result = assess_with(facts("US-CA-LA", terms_days=15), work, january, tz=LA,
                         payments=(paid("600.00", covers, date(2026, 3, 3)),))
    (late,) = result.late_payments
    assert late.law is None and late.remedy_estimate is None
    # The same USD 600 all in January 2026 is covered: up to twice the unpaid amount.
    work = days_of(date(2026, 1, 5), 2, LA, hours=12)
    covers = DateRange(date(2026, 1, 5), date(2026, 1, 6))
    result = assess_with(facts("US-CA-LA", terms_days=15), work, january, tz=LA,
                         payments=(paid("600.00", covers, date(2026, 3, 3)),))
    (late,) = result.late_payments
    assert late.law is not None and late.law.name == "Los Angeles Freelance Worker Protections"
    assert late.remedy_estimate == Money(Decimal("600.00"), "USD")


def test_illinois_30_days_apply_only_when_the_contract_names_no_date() -> None:
    """USD 600 (>= 500) completed 4 March. With 45-day terms it is due 18 April, and paid 13 April it is on time;
    with no terms the law's 30 days make it due 3 April, and the same payment is 10 days late."""
    work = days_of(date(2026, 3, 2), 3)
    covers = DateRange(date(2026, 3, 2), date(2026, 3, 4))
    payment = (paid("600.00", covers, date(2026, 4, 13)),)
    assert assess_with(facts("US-IL", terms_days=45), work, MARCH, payments=payment).late_payments == ()
    (late,) = assess_with(facts("US-IL"), work, MARCH, payments=payment).late_payments
    assert (late.due_on, late.days_late) == (date(2026, 4, 3), 10)
    assert late.due_basis == "Illinois Freelance Worker Protection Act"


def test_california_freelance_worker_protection_act_from_2025() -> None:
    """USD 300 (>= 250) invoiced, completed 4 March 2026, unpaid on 4 December: due 3 April, 245 days late; up to
    twice the unpaid amount. The same work in 2024 falls before the Act."""
    work = days_of(date(2026, 3, 2), 3, LA, hours=4)  # 3 x 100
    invoice = InvoiceFacts(id=1, number="INV-1", amount=Decimal("300.00"),
                           covers=DateRange(date(2026, 3, 2), date(2026, 3, 4)), due_on=None)
    (late,) = assess_with(facts("US-CA"), work, MARCH, tz=LA, invoices=(invoice,)).late_payments
    assert late.law is not None and late.law.citation.startswith("Cal. Bus. & Prof. Code 18100")
    assert (late.due_on, late.days_late) == (date(2026, 4, 3), 245)
    assert late.remedy_estimate == Money(Decimal("300.00"), "USD")
    old = days_of(date(2024, 3, 4), 3, LA, hours=4)
    old_invoice = InvoiceFacts(id=1, number="INV-0", amount=Decimal("300.00"),
                               covers=DateRange(date(2024, 3, 4), date(2024, 3, 6)), due_on=None)
    assert assess_with(facts("US-CA"), old, DateRange(date(2024, 3, 1), date(2024, 3, 31)), tz=LA,
                       invoices=(old_invoice,)).late_payments == ()


def test_seattle_requires_a_pre_contract_disclosure_and_names_a_remedy_without_a_multiplier() -> None:
    law = RULES.freelancer_law("US-WA-SEA", date(2026, 3, 1))
    assert law is not None and "disclosure" in law.requires and "written contract" not in law.requires.replace(
        "(not a written contract)", "")
    assert law.remedy and "unconfirmed" in law.remedy and law.remedy_multiplier is None
    assert (law.window, law.window_start(date(2026, 3, 1))) == ("calendar_year", date(2026, 1, 1))
    nyc = RULES.freelancer_law("US-NY-NYC", date(2026, 3, 1))
    assert nyc is not None and nyc.window_start(date(2026, 3, 1)) == date(2026, 3, 1) - timedelta(days=119)


def test_the_contract_notice_uses_the_window() -> None:
    """NYC: USD 400 in October 2025 and USD 400 in March 2026 are more than 120 days apart: no notice. Seattle
    (calendar year): USD 400 in February and USD 400 in November 2026 reach 600 on the first November day."""
    split = days_of(date(2025, 10, 6), 2) + days_of(date(2026, 3, 2), 2)
    assert assess_with(facts("US-NY-NYC"), split, MARCH).contract_notices == ()
    year = days_of(date(2026, 2, 2), 2, SEATTLE) + days_of(date(2026, 11, 2), 2, SEATTLE)
    (notice,) = assess_with(facts("US-WA-SEA"), year, DateRange(date(2026, 11, 1), date(2026, 11, 30)),
                            tz=SEATTLE).contract_notices
    assert notice.reached_on == date(2026, 11, 2) and notice.amount == Money(Decimal("600.00"), "USD")


def test_coverage_starts_exactly_at_each_laws_threshold() -> None:
    """Issue 13, item 4: the threshold applies before any remedy, at "equal to or greater than". Work completed on 2
    and 3 March 2026 (or 2 to 5 March), 15-day terms, paid in full on 4 May, 45 days after the 19 March due date.
    Illinois (820 ILCS 193/5, USD 500): 2 x 10 h x 25.00 = 500.00 is covered; x 24.99 = 499.80 is not.
    California (B&P 18101(a), USD 250): 2 x 5 h x 25.00 = 250.00 is covered; x 24.99 = 249.90 is not.
    New York State (GBL art. 44-A, USD 800): 4 x 8 h x 25.00 = 800.00 is covered; x 24.99 = 799.68 is not."""
    cases = [("US-IL", 2, 10, NY, "Illinois Freelance Worker Protection Act"),
             ("US-CA", 2, 5, LA, "California Freelance Worker Protection Act"),
             ("US-NY", 4, 8, NY, "New York State Freelance Isn't Free Act")]
    for jurisdiction, days, hours, tz, name in cases:
        work = days_of(date(2026, 3, 2), days, tz, hours=hours)
        covers = DateRange(date(2026, 3, 2), date(2026, 3, 1 + days))
        for rate, covered in (("25.00", True), ("24.99", False)):
            earned = (Decimal(rate) * days * hours).quantize(Decimal("0.01"))
            (late,) = assess_with(facts(jurisdiction, terms_days=15), work, MARCH, tz=tz, rate=rate,
                                  payments=(paid(str(earned), covers, date(2026, 5, 4)),)).late_payments
            assert (late.law is not None and late.law.name == name) is covered, (jurisdiction, rate)
