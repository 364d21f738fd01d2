"""An anonymous pay-transparency share: one worker's monthly pay figures, coarsened so that they cannot be matched
back to the worker, and what a union or worker centre computes from many of them.

The coarsening is the privacy: hours in buckets of five, amounts to whole units (tens above a thousand), rates to a
quarter, the unpaid share to five per cent, days late in four bands, regions at state or country level, months
instead of dates. docs/share-format.md documents each rule; the numbers here are the ones it quotes.

The group's side suppresses every cell with fewer than ``MIN_WORKERS`` workers, so that a small cell cannot be
read as one person's pay.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

# What kind of work a platform is, for a worker who does not name it.
CATEGORIES = ("annotation", "rating", "transcription", "translation", "moderation", "writing", "delivery",
              "driving", "freelance", "other")
HOURS_BUCKET = 5
UNPAID_PERCENT_STEP = 5
RATE_STEP = Decimal("0.25")
AMOUNT_TENS_FROM = Decimal(1000)  # amounts from here on are rounded to tens, below to whole units
DAYS_LATE_BANDS = ((0, "0"), (7, "1-7"), (30, "8-30"))  # (up to, label); longer is "31+"
LONGEST_BAND = "31+"
DAYS_LATE_LABELS = tuple(label for _, label in DAYS_LATE_BANDS) + (LONGEST_BAND,)
MIN_WORKERS = 5


def bucket_hours(seconds: int) -> int:
    """Hours to the nearest multiple of five; any work at all shows as at least five."""
    hours = Decimal(seconds) / 3600
    buckets = (hours / HOURS_BUCKET).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return max(int(buckets), 1 if seconds > 0 else 0) * HOURS_BUCKET


def round_amount(amount: Decimal) -> Decimal:
    """A whole number of currency units; from a thousand on, a whole number of tens."""
    step = Decimal(10) if abs(amount) >= AMOUNT_TENS_FROM else Decimal(1)
    return (amount / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step


def round_rate(rate: Decimal) -> Decimal:
    """A rate per hour to the nearest quarter of a currency unit."""
    return ((rate / RATE_STEP).quantize(Decimal(1), rounding=ROUND_HALF_UP) * RATE_STEP).quantize(Decimal("0.01"))


def round_percent(part: int, whole: int) -> int:
    """``part`` of ``whole`` as a percentage to the nearest five."""
    if not whole:
        return 0
    percent = Decimal(part) * 100 / Decimal(whole) / UNPAID_PERCENT_STEP
    return int(percent.quantize(Decimal(1), rounding=ROUND_HALF_UP)) * UNPAID_PERCENT_STEP


def days_late_band(days: int) -> str:
    for up_to, label in DAYS_LATE_BANDS:
        if days <= up_to:
            return label
    return LONGEST_BAND


def region_of(jurisdiction: str | None) -> str | None:
    """A jurisdiction code at state or country level: "US-CA-LA" -> "US-CA", "PH" -> "PH"."""
    if not jurisdiction:
        return None
    return "-".join(jurisdiction.upper().split("-")[:2])


@dataclass(frozen=True, slots=True)
class ShareRow:
    """One month of one worker's work for one platform (or kind of work), coarsened."""

    month: str  # YYYY-MM
    platform: str | None  # only when the worker chose to name it
    category: str
    region: str | None
    currency: str
    hours: int
    unpaid_percent: int
    earned: Decimal
    paid: Decimal
    fees: Decimal
    hourly_rate: Decimal | None  # paid ÷ all hours worked
    net_hourly_rate: Decimal | None  # the same, net of fees and costs
    minimum_wage: Decimal | None  # per hour, in ``currency``, that the pay was compared with
    below_minimum: bool | None  # the agreed pay is below it for some hours (None: no minimum known)
    late_payments: int
    short_payments: int
    days_late: str  # the longest delay's band

    @property
    def label(self) -> str:
        return self.platform or self.category


@dataclass(frozen=True, slots=True)
class Share:
    share_id: str
    first_month: str
    last_month: str
    rows: tuple[ShareRow, ...]


@dataclass(frozen=True, slots=True)
class Cell:
    """What a group sees for one platform or kind of work, month and currency."""

    label: str
    month: str
    currency: str
    workers: int
    suppressed: bool
    median_rate: Decimal | None = None
    lower_quartile: Decimal | None = None
    upper_quartile: Decimal | None = None
    below_minimum_share: Decimal | None = None  # of the workers whose minimum wage is known, the share below it
    late_payments: int = 0
    workers_paid_late: int = 0

@dataclass(frozen=True, slots=True)
class GroupSummary:
    """What a folder of shares comes to: the cells, and how many files were counted, duplicate or refused."""

    cells: tuple[Cell, ...]
    counted: int  # shares counted
    duplicates: int  # files holding a share already counted
    refused: tuple[str, ...]  # one line per refused file


def quartiles(values: list[Decimal]) -> tuple[Decimal, Decimal, Decimal]:
    """(lower quartile, median, upper quartile), by the inclusive method (a single value is all three)."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0], ordered[0], ordered[0]
    lower, middle, upper = statistics.quantiles(ordered, n=4, method="inclusive")
    return lower, middle, upper


def summarize_shares(shares: Iterable[Share]) -> list[Cell]:
    """Per platform or category, month and currency: the workers, the real hourly rate's median and quartiles, the
    share below the minimum wage and the late payments; cells of fewer than MIN_WORKERS workers suppressed.

    A worker with two rows in one cell (two unnamed annotation platforms in one currency) counts once: their rows
    are pooled into one hourly rate (paid ÷ hours), as the group asks how each worker was paid.
    """
    pooled: dict[tuple[str, str, str], dict[str, list[ShareRow]]] = defaultdict(lambda: defaultdict(list))
    for share in shares:
        for row in share.rows:
            pooled[(row.label, row.month, row.currency)][share.share_id].append(row)
    cells = []
    for (label, month, currency), by_worker in sorted(pooled.items()):
        workers = len(by_worker)
        if workers < MIN_WORKERS:
            cells.append(Cell(label, month, currency, workers, suppressed=True))
            continue
        rates = [rate for rows in by_worker.values() if (rate := _pooled_rate(rows)) is not None]
        known = [rows for rows in by_worker.values() if any(row.below_minimum is not None for row in rows)]
        below = [rows for rows in known if any(row.below_minimum for row in rows)]
        lower, median, upper = quartiles(rates) if rates else (None, None, None)
        cells.append(Cell(
            label, month, currency, workers, suppressed=False,
            median_rate=median, lower_quartile=lower, upper_quartile=upper,
            below_minimum_share=Decimal(len(below)) / len(known) if known else None,
            late_payments=sum(row.late_payments for rows in by_worker.values() for row in rows),
            workers_paid_late=sum(1 for rows in by_worker.values() if any(row.late_payments for row in rows)),
        ))
    return cells


def _pooled_rate(rows: list[ShareRow]) -> Decimal | None:
    if len(rows) == 1:
        return rows[0].hourly_rate
    hours = sum(row.hours for row in rows)
    return round_rate(sum((row.paid for row in rows), Decimal(0)) / hours) if hours else None
