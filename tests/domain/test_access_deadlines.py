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
    assert due_date(laws["gdpr"], date(2026, 1, 31)) == date(2026, 2, 28)
    assert due_date(laws["gdpr"], date(2026, 1, 31), extended=True) == date(2026, 4, 28)  # two more months
    assert due_date(laws["uk-gdpr"], date(2026, 5, 31)) == date(2026, 6, 30)
    assert due_date(laws["ccpa"], date(2026, 1, 31)) == date(2026, 3, 17)  # 45 calendar days
    assert due_date(laws["ccpa"], date(2026, 1, 31), extended=True) == date(2026, 5, 1)  # 45 more
    for law in laws.values():
        assert law.citation and law.source.startswith("https://") and law.extension_rule


def test_standing_on_a_day() -> None:
    due = date(2026, 2, 28)
    assert standing(due, None, None, date(2026, 2, 28)) == OPEN  # the last day is still in time
    assert standing(due, None, None, date(2026, 3, 1)) == OVERDUE
    assert standing(due, date(2026, 3, 5), False, date(2026, 3, 6)) == INCOMPLETE
    assert standing(due, date(2026, 3, 5), True, date(2026, 3, 6)) == ANSWERED
    assert standing(due, date(2026, 3, 5), True, date(2026, 3, 2)) == OVERDUE  # not answered yet on that day
