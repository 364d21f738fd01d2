"""How fast the rule book answers (the engine asks once per day worked, per client): printed, never asserted."""

from __future__ import annotations

import time
from datetime import date, timedelta

from contractor_app.services.rules import shipped_rules

from .conftest import Figures

PLACES = ("US-CA-LA", "US-NY-NYC", "US-TX", "GB", "PH-00", "CA-ON", "US-WA-SEA")


def test_rule_book_lookups(figures: Figures) -> None:
    started = time.perf_counter()
    book = shipped_rules()
    figures.add("rule book built", f"{(time.perf_counter() - started) * 1000:.1f} ms",
                f"{len(book.minimum_wages)} minimum wages, files read once per process")
    days = [date(2024, 1, 1) + timedelta(days=n) for n in range(3 * 365)]
    started = time.perf_counter()
    for place in PLACES:
        for day in days:
            book.minimum_wage(place, day, "USD")
            book.freelancer_law(place, day)
    lookups = 2 * len(PLACES) * len(days)
    per = (time.perf_counter() - started) / lookups * 1e6
    figures.add("minimum wage + freelancer law lookup", f"{per:.2f} us each", f"{lookups:,} lookups")
