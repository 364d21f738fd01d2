"""Sharing pay figures with a union or worker centre, anonymously, and summarising many workers' shares.

The worker's side: the summary of each month of the chosen period (the same figures the Pay view and the claim
packet show), per platform or kind of work, coarsened by domain/share.py, described in plain words for the worker
to read, then written as a signed file (interchange/share_file.py). The group's side: any number of share files,
each checked as hostile input, counted once per share id, summarised per cell with small cells suppressed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from ..domain.assessment import ClientPay
from ..domain.share import (
    CATEGORIES,
    MIN_WORKERS,
    GroupSummary,
    Share,
    ShareRow,
    bucket_hours,
    days_late_band,
    region_of,
    round_amount,
    round_percent,
    round_rate,
    summarize_shares,
)
from ..domain.times import DateRange
from ..errors import InvalidInput
from ..interchange.reading import read_bytes
from ..interchange.share_file import MAX_BYTES, ShareRefused, decode, encode, new_share_id
from ..reports.language import LANGUAGES as LANGUAGES  # the group report's languages, for the faces
from ..reports.language import in_language
from ..reports.language import language_for as language_for
from ..store.fileio import write_private
from .profile import load_profile
from .summary import Summary, summarize
from .vault import Vault

MAX_FILES = 100_000


@dataclass(frozen=True, slots=True)
class ShareChoices:
    """What the worker decided: the clients whose name goes in the file, and each client's kind of work."""

    named: frozenset[str] = frozenset()
    categories: Mapping[str, str] = field(default_factory=dict)  # client name -> one of CATEGORIES

    def category_of(self, client: str) -> str:
        return self.categories.get(client, "other")


def build_share(vault: Vault, *, period: DateRange, tz: str, choices: ShareChoices,
                today: date | None = None) -> Share:
    """The worker's share for ``period`` (whole days; months are what the file shows)."""
    if period.start is None or period.end is None:
        raise InvalidInput("Give the first and last day to share (--from and --to).")
    for client, category in choices.categories.items():
        if category not in CATEGORIES:
            raise InvalidInput.said("{category!r} for {client} is not a kind of work; use one of: {categories}.",
                                    category=category, client=client, categories=", ".join(CATEGORIES))
    home = load_profile(vault).jurisdiction or None  # the engine's own fallback for a client without one
    rows: list[ShareRow] = []
    for month in _months(period):
        result = summarize(vault, period=month, tz=tz, today=today)
        rows += _rows(result, month, choices, home)
    return Share(new_share_id(), f"{period.start:%Y-%m}", f"{period.end:%Y-%m}", tuple(rows))


def write_share(share: Share, path: Path) -> None:
    write_private(path, encode(share))


def describe(share: Share) -> list[str]:
    """The whole file in plain words, one line per row, for the worker to read before it is written."""
    lines = [f"An anonymous share of {share.first_month} to {share.last_month}: {len(share.rows)} "
             f"{'row' if len(share.rows) == 1 else 'rows'}. It holds no names except platforms you chose to name, "
             "no notes, no exact dates or times, no evidence; amounts are rounded and hours counted in fives."]
    for row in share.rows:
        rate = f"{row.hourly_rate} an hour" if row.hourly_rate is not None else "no hourly rate (no hours)"
        if row.net_hourly_rate is not None:
            rate += f" ({row.net_hourly_rate} after costs)"
        if row.minimum_wage is None:
            minimum = "no minimum wage known"
        else:
            verdict = "below it for some hours" if row.below_minimum else "not below it"
            minimum = f"minimum wage {row.minimum_wage} an hour, the agreed pay {verdict}"
        late = (f"{_count(row.late_payments, 'late payment', 'late payments')} ({row.days_late} days late)"
                if row.late_payments else "no late payments")
        short = _count(row.short_payments, "short payment", "short payments") if row.short_payments else "none short"
        lines.append(
            f"{row.month} · {row.label} · {row.region or 'no region'} · {row.currency}: about {row.hours} hours "
            f"({row.unpaid_percent}% unpaid); earned {row.earned}, paid {row.paid}, fees {row.fees}; {rate}; "
            f"{minimum}; {late}, {short}."
        )
    return lines


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _months(period: DateRange) -> Iterator[DateRange]:
    assert period.start is not None and period.end is not None  # checked by build_share
    start = period.start
    while start <= period.end:
        following = (start.replace(day=1) + timedelta(days=32)).replace(day=1)
        yield DateRange(start, min(following - timedelta(days=1), period.end))
        start = following


@dataclass(slots=True)
class _Pooled:
    """One row's exact figures, added up over the clients that share its platform or kind, before rounding."""

    seconds: int = 0
    unpaid_seconds: int = 0
    earned: Decimal = Decimal(0)
    paid: Decimal = Decimal(0)
    fees: Decimal = Decimal(0)
    costs: Decimal = Decimal(0)
    minimum_wage: Decimal | None = None
    below: bool | None = None
    late: int = 0
    short: int = 0
    longest_late: int = 0

    def add(self, summary: Summary, item: ClientPay) -> None:
        costs = summary.costs_of(item)
        self.seconds += item.worked_seconds
        self.unpaid_seconds += item.unpaid_seconds
        self.earned += item.earned.amount
        self.paid += item.paid.amount
        self.fees += item.fees.amount
        self.costs += costs.total.amount
        check = item.minimum_wage
        if check is not None:
            hourly = check.hourly.amount if check.hourly else (
                check.wage.amount if check.wage.currency == item.client.currency else None)
            if hourly is not None:
                self.minimum_wage = max(hourly, self.minimum_wage or hourly)
                self.below = bool(self.below) or check.below
        self.late += len(item.late_payments)
        self.short += len(item.short_payments)
        self.longest_late = max([self.longest_late, *(late.days_late for late in item.late_payments)])

    def rate(self, amount: Decimal) -> Decimal | None:
        return round_rate(amount * 3600 / self.seconds) if self.seconds else None


def _rows(summary: Summary, month: DateRange, choices: ShareChoices, home: str | None) -> list[ShareRow]:
    pooled: dict[tuple[str | None, str, str | None, str], _Pooled] = {}
    for item in summary.clients:
        if not item.worked_seconds and not item.paid.amount:
            continue
        name = item.client.name
        key = (name if name in choices.named else None, choices.category_of(name),
               region_of(item.client.jurisdiction or home), item.client.currency)
        pooled.setdefault(key, _Pooled()).add(summary, item)
    assert month.start is not None
    return [
        ShareRow(
            month=f"{month.start:%Y-%m}", platform=platform, category=category, region=region, currency=currency,
            hours=bucket_hours(figures.seconds),
            unpaid_percent=round_percent(figures.unpaid_seconds, figures.seconds),
            earned=round_amount(figures.earned), paid=round_amount(figures.paid), fees=round_amount(figures.fees),
            hourly_rate=figures.rate(figures.paid), net_hourly_rate=figures.rate(figures.paid - figures.costs),
            minimum_wage=round_rate(figures.minimum_wage) if figures.minimum_wage is not None else None,
            below_minimum=figures.below, late_payments=figures.late, short_payments=figures.short,
            days_late=days_late_band(figures.longest_late),
        )
        for (platform, category, region, currency), figures in pooled.items()
    ]


# --- the group's side --------------------------------------------------------------------------------------------

def summarize_folder(folder: Path, progress: Callable[[int, int], None] | None = None) -> GroupSummary:
    """Every ``*.json`` share in ``folder``: refused files named, each share id counted once."""
    if not folder.is_dir():
        raise InvalidInput.said("{folder} is not a folder of share files.", folder=folder)
    paths = sorted(path for path in folder.iterdir() if path.suffix.lower() == ".json" and path.is_file())
    if len(paths) > MAX_FILES:
        raise InvalidInput.said("{folder} holds more than {most:,} share files; summarise them in parts.",
                                folder=folder, most=MAX_FILES)
    shares: dict[str, Share] = {}
    refused: list[str] = []
    duplicates = 0
    for number, path in enumerate(paths, start=1):
        if progress:
            progress(number, len(paths))
        try:
            share = decode(path, read_bytes(path, limit=MAX_BYTES))
        except ShareRefused as error:
            refused.append(str(error))
            continue
        except InvalidInput as error:  # unreadable or too large
            refused.append(f"{path.name}: refused, {error}")
            continue
        known = shares.get(share.share_id)
        if known is None:
            shares[share.share_id] = share
        elif known == share:
            duplicates += 1
        else:
            refused.append(f"{path.name}: refused, another file holds a different share with the same id.")
    if not shares:
        raise InvalidInput(f"No share could be read in {folder}." + (f" {refused[0]}" if refused else ""))
    return GroupSummary(tuple(summarize_shares(shares.values())), len(shares), duplicates, tuple(refused))


CSV_HEADER = ("platform or kind", "month", "currency", "workers", "median hourly rate", "lower quartile",
              "upper quartile", "share below minimum wage", "late payments", "workers paid late", "note")


def group_csv(summary: GroupSummary) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for cell in summary.cells:
        if cell.suppressed:
            writer.writerow((cell.label, cell.month, cell.currency, f"fewer than {MIN_WORKERS}", "", "", "", "",
                             "", "", f"suppressed: fewer than {MIN_WORKERS} workers"))
            continue
        writer.writerow((cell.label, cell.month, cell.currency, cell.workers, _plain(cell.median_rate),
                         _plain(cell.lower_quartile), _plain(cell.upper_quartile), _percent(cell.below_minimum_share),
                         cell.late_payments, cell.workers_paid_late, ""))
    return buffer.getvalue().encode("utf-8")


def write_group_report(summary: GroupSummary, pdf: Path, csv_path: Path | None, *, paper: str = "a4",
                       language: str = "en") -> None:
    """The group's PDF in ``language`` (a report language code), and the CSV (its columns stay English: it is data
    for a spreadsheet, read by the same scripts in every language)."""
    from ..reports.share_summary import render_group_summary

    with in_language(language):
        pdf_bytes = render_group_summary(summary, paper=paper)
    write_private(pdf, pdf_bytes)
    if csv_path is not None:
        write_private(csv_path, group_csv(summary))


def _plain(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _percent(value: Decimal | None) -> str:
    return "" if value is None else f"{value * 100:.0f}%"
