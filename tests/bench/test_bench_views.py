"""What the part-2 views compute over 100k entries (`make bench`): printed, never asserted against a time.

- The Dashboard (the landing view after unlock) reads everything it shows in one service call off the UI thread:
  its cards, twelve weekly assessments and the per-client balances.
- The Pay view's balances for a year, and its invoice list (statuses and deadlines).
Both run with "today" at the end of the populated entries, so the twelve weeks hold work.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date

from contractor_app.domain.times import DateRange
from contractor_app.services.dashboard import dashboard
from contractor_app.services.invoices import list_invoices
from contractor_app.services.summary import summarize
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from .conftest import BIG, Figures
from .populate import FIRST_START, STEP, BenchVault

N = f"{BIG // 1000}k"


def median_ms(action: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def test_dashboard_and_pay_over_100k(vault_100k: BenchVault, figures: Figures) -> None:
    last_day = (FIRST_START + STEP * (vault_100k.entries - 1)).date()
    with Vault.unlock(vault_100k.folder, PASSWORD) as vault:
        board = dashboard(vault, tz="UTC", today=last_day)
        assert board.weeks and sum(week.seconds for week in board.weeks) > 0
        board_ms = median_ms(lambda: dashboard(vault, tz="UTC", today=last_day))
        recent_ms = median_ms(lambda: dashboard(vault, tz="UTC", today=last_day, all_time=False))
        figures.add(f"dashboard: every card and chart over {N}", f"{board_ms:.0f} ms", "median of 3; off the UI thread")
        figures.add("dashboard: the recent figures, shown first", f"{recent_ms:.0f} ms",
                    "this week and month, the weekly charts, the rate; the all-time balances follow")
        # issue 18's row is the whole window's (test_bench_gui.py): these are the service's part of it
        year = DateRange(date(last_day.year, 1, 1), last_day)
        summary = summarize(vault, period=year, tz="UTC", today=last_day)
        assert summary.clients
        figures.add(f"pay view: balances for {last_day.year} over {N}",
                    f"{median_ms(lambda: summarize(vault, period=year, tz='UTC', today=last_day)):.0f} ms",
                    f"{sum(c.entries for c in summary.clients):,} entries in the year")
        figures.add("pay view: invoice list",
                    f"{median_ms(lambda: list_invoices(vault, tz='UTC', today=last_day)):.0f} ms",
                    "statuses and deadlines")
