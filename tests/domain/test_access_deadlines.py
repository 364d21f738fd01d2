"""The deadlines data-access laws give, counted as the rule file says (calendar months, or days)."""

from __future__ import annotations

from datetime import date

import pytest

from contractor_app.domain.access_deadlines import (
    ANSWERED,
    INCOMPLETE,
    OPEN,
    OVERDUE,
    add_months,
    due_date,
    standing,
)
from contractor_app.services.access_requests import access_laws


@pytest.mark.parametrize(("start", "months", "due"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),  # no 31 February: the last day of the month
    (date(2024, 1, 31), 1, date(2024, 2, 29)),  # a leap year
    (date(2026, 3, 3), 1, date(2026, 4, 3)),  # the corresponding date
    (date(2026, 12, 15), 1, date(2027, 1, 15)),  # across the year
    (date(2026, 3, 31), 1, date(2026, 4, 30)),
    (date(2026, 1, 31), 3, date(2026, 4, 30)),
])
def test_months_end_on_the_same_date_or_the_last_of_a_shorter_month(start: date, months: int, due: date) -> None:
    assert add_months(start, months) == due


def test_each_law_counts_as_its_rule_says() -> None:
    laws = access_laws()
    assert set(laws) == {"gdpr", "uk-gdpr", "ccpa"}
    assert due_date(laws["gdpr"], date(2026, 3, 3)) == date(2026, 4, 3)
    assert due_date(laws["gdpr"], date(2026, 3, 3), extended=True) == date(2026, 6, 3)  # two further months
    assert due_date(laws["uk-gdpr"], date(2026, 5, 31)) == date(2026, 6, 30)
    assert due_date(laws["ccpa"], date(2026, 1, 31)) == date(2026, 3, 17)  # 45 calendar days
    assert due_date(laws["ccpa"], date(2026, 1, 31), extended=True) == date(2026, 5, 1)  # 45 more
    for law in laws.values():
        assert law.citation and law.source.startswith("https://") and law.extension_rule


# Art. 12(3) GDPR: "within one month of receipt ... may be extended by two further months". Counted as the ICO says
# ("calculate the extension as three months from the original start date, ie the day you receive the request") and
# as Regulation 1182/71 art. 3(2)(c) counts a period in months from the day of receipt: the same date three months
# on, or the last day of that month. A last day on a Saturday or Sunday moves to the Monday (art. 3(4); the ICO: "If
# the corresponding date falls on a weekend or a public holiday, you have until the next working day"). Worked by
# hand with a 2026-2028 calendar:
@pytest.mark.parametrize(("received", "first", "extended"), [
    # 31 Jan 2026: one month -> no 31 Feb -> Sat 28 Feb -> Mon 2 Mar; three months -> Thu 30 Apr (not 28 Apr,
    # which is 28 Feb + 2 months: counting from the end of the first month loses the two days February lacks).
    (date(2026, 1, 31), date(2026, 3, 2), date(2026, 4, 30)),
    (date(2024, 1, 31), date(2024, 2, 29), date(2024, 4, 30)),  # leap year: Thu 29 Feb; Tue 30 Apr
    # 31 Oct 2026: one month -> Mon 30 Nov; three months -> Sun 31 Jan 2027 -> Mon 1 Feb 2027 (not 30 Jan).
    (date(2026, 10, 31), date(2026, 11, 30), date(2027, 2, 1)),
    # 31 May 2026: Tue 30 Jun; three months -> Mon 31 Aug (28 Feb-style clipping would give 30 Aug).
    (date(2026, 5, 31), date(2026, 6, 30), date(2026, 8, 31)),
    # 29 Nov 2027: Wed 29 Dec; three months -> Tue 29 Feb 2028 (a leap year).
    (date(2027, 11, 29), date(2027, 12, 29), date(2028, 2, 29)),
    # 3 Sep 2026 (the ICO's example day): Sat 3 Oct -> Mon 5 Oct; three months -> Thu 3 Dec.
    (date(2026, 9, 3), date(2026, 10, 5), date(2026, 12, 3)),
    # 17 Jan 2026: Tue 17 Feb; three months -> Fri 17 Apr.
    (date(2026, 1, 17), date(2026, 2, 17), date(2026, 4, 17)),
])
@pytest.mark.parametrize("law", ["gdpr", "uk-gdpr"])
def test_gdpr_extension_is_three_months_from_receipt_and_a_weekend_last_day_moves_to_monday(
        law: str, received: date, first: date, extended: date) -> None:
    laws = access_laws()
    assert due_date(laws[law], received) == first
    assert due_date(laws[law], received, extended=True) == extended


def test_standing_on_a_day() -> None:
    due = date(2026, 2, 28)
    assert standing(due, None, None, date(2026, 2, 28)) == OPEN  # the last day is still in time
    assert standing(due, None, None, date(2026, 3, 1)) == OVERDUE
    assert standing(due, date(2026, 3, 5), False, date(2026, 3, 6)) == INCOMPLETE
    assert standing(due, date(2026, 3, 5), True, date(2026, 3, 6)) == ANSWERED
    assert standing(due, date(2026, 3, 5), True, date(2026, 3, 2)) == OVERDUE  # not answered yet on that day


# CCPA, read at Cal. Civ. Code 1798.130(a)(2)(A) ("within 45 days of receiving a verifiable consumer request ... may
# be extended once by an additional 45 days when reasonably necessary, provided the consumer is provided notice of the
# extension within the first 45-day period") and 11 CCR 7021(b) ("no later than 45 calendar days after receipt ...
# for a maximum total of 90 calendar days from the day the request is received"). Calendar days: a weekend or a
# holiday neither stops nor moves the count. Worked by hand:
@pytest.mark.parametrize(("received", "first", "extended"), [
    (date(2026, 1, 2), date(2026, 2, 16), date(2026, 4, 2)),  # 29 days left in Jan + 16; Presidents' Day stays
    (date(2026, 2, 1), date(2026, 3, 18), date(2026, 5, 2)),  # 27 left in Feb + 18; 90: 27 + 31 + 30 + 2 (a Sat)
    (date(2026, 11, 14), date(2026, 12, 29), date(2027, 2, 12)),  # 16 left in Nov + 29; 90: 16 + 31 + 31 + 12
    (date(2024, 1, 31), date(2024, 3, 16), date(2024, 4, 30)),  # a leap year: 29 Feb counts
])
def test_ccpa_counts_45_calendar_days_and_at_most_90_with_the_extension(received: date, first: date,
                                                                         extended: date) -> None:
    ccpa = access_laws()["ccpa"]
    assert (ccpa.days, ccpa.extension_days, ccpa.rest_day_moves) == (45, 45, False)
    assert due_date(ccpa, received) == first
    assert due_date(ccpa, received, extended=True) == extended
