"""A client's work split once into days: the worker's calendar days and the law's workdays, with what each holds.

Every figure of an assessment adds up days, and what a day holds does not depend on the period asked for. So the
work is split in one pass over plain rows (integer seconds as stored, no ORM objects, no datetime per entry), and
the summary and all of the dashboard's periods (this week, this month, twelve weeks, all time) add up the same
days instead of splitting the work again for each (issue 18).

What a day holds is exactly what the per-entry reckoning gives (domain/assessment.py documents the rules):
straight-time earnings under the terms in force that day, hours by category, and, by the law's workdays, the
hours and pay the overtime, minimum-wage and pay-floor tests weigh. The one pass only takes shortcuts that give
the same numbers: an entry inside one day (nearly every entry) is counted without being split, and the terms,
minimum wage and pay floor of a day are looked up once per day, not once per entry.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from .exchange import Quote, Rates
from .pay import Terms
from .rules import MinimumWage, PayFloor, RuleBook, chain
from .times import DateRange
from .workday import Workday, law_workday
from .worktime import DaySplitter, Work, spread, workweek_start

HOUR = Decimal(3600)
ZERO = Decimal(0)

# One work entry as read from the vault: entry id, engagement id, start and end (UTC, whole seconds since the
# epoch), break seconds, category, units (a Decimal or its text; None without units).
Row = tuple[int, int, int, int, int, str, Decimal | str | None]
TermsSchedule = Sequence[Terms]  # sorted by effective_from


def terms_on(schedule: TermsSchedule, day: date) -> Terms | None:
    index = bisect.bisect_right([t.effective_from for t in schedule], day) - 1
    return schedule[index] if index >= 0 else None


def rows_of(work: Iterable[Work]) -> list[Row]:
    """``Work`` values as rows. The vault stores whole seconds; a time with a fraction of a second is refused, as
    the reckoning counts whole seconds."""
    rows: list[Row] = []
    for item in work:
        start, end = item.start.timestamp(), item.end.timestamp()
        if start != int(start) or end != int(end):
            raise ValueError(f"entry {item.entry_id}: times are whole seconds")
        rows.append((item.entry_id, item.engagement_id, int(start), int(end), item.break_seconds, item.category,
                     item.units))
    return rows


def first_entries_of(rows: Iterable[Row]) -> dict[int, int]:
    """Each engagement's first entry in ``rows`` (earliest start, then lowest id)."""
    first: dict[int, tuple[int, int]] = {}
    for entry_id, engagement_id, start, *_ in rows:
        key = (start, entry_id)
        if engagement_id not in first or key < first[engagement_id]:
            first[engagement_id] = key
    return {engagement: entry for engagement, (_, entry) in first.items()}


# A minimum wage converted into the pay's currency is kept to this many places: far finer than the cent that every
# figure is rounded to in the end, and coarse enough that the hours (in seconds) times it, and the sums of those,
# are exact within Decimal's 28 digits while a sum (x 3600) stays under 10**16: some 2.7 trillion of the currency.
CONVERTED_PLACES = Decimal("1E-12")


def converted_wage(local: MinimumWage, quote: Quote, currency: str) -> MinimumWage:
    """The minimum wage ``local`` (per hour, in the law's currency) in ``currency`` at ``quote``: converted once and
    rounded once, half to even, to ``CONVERTED_PLACES``; everything after that is exact. Kept to Decimal's 28
    significant digits instead (86.875 / 58.1 = 1.495266781411359724612736661), the hours times it rounded in the
    28th digit, so a day's figure depended on the order its entries were added in: one by one or grouped."""
    amount = quote.convert_from_target(local.amount).quantize(CONVERTED_PLACES, rounding=ROUND_HALF_EVEN)
    return replace(local, amount=amount, currency=currency, legal_amount=None)


# Where the minimum wage is owed for every hour on its own, not averaged over the workweek (Armenta v. Osmose).
EVERY_HOUR = {"US-CA": "Armenta v. Osmose, Inc., 135 Cal.App.4th 314 (2005); Labor Code 1194"}


def every_hour_basis(jurisdiction: str | None) -> str | None:
    """The case or statute owing the minimum wage for every hour on its own in ``jurisdiction``, or None."""
    return next((EVERY_HOUR[code] for code in chain(jurisdiction) if code in EVERY_HOUR), None) \
        if jurisdiction else None


class LawDays:
    """Work by the law's workdays: hours and straight-time earnings for overtime (every hour counts) and, for the
    minimum wage, the hours under known terms, what the minimum wage makes of them, and, where the minimum wage is
    owed for every hour (``every_hour``: California), each entry-day's own shortfall."""

    def __init__(self, workday: Workday, every_hour: bool = True) -> None:
        self.workday = workday
        self.every_hour = every_hour
        self.seconds: dict[date, int] = defaultdict(int)
        self.earned: dict[date, Decimal] = defaultdict(Decimal)  # x 3600
        self.covered: dict[date, int] = defaultdict(int)  # hours with terms and a minimum wage
        self.pay: dict[date, Decimal] = defaultdict(Decimal)  # x 3600, what the terms pay for them
        self.required: dict[date, Decimal] = defaultdict(Decimal)  # x 3600
        self.short_each: dict[date, Decimal] = defaultdict(Decimal)  # x 3600, entry-day by entry-day
        self.wage: dict[date, MinimumWage] = {}
        self.floor_seconds: dict[date, int] = defaultdict(int)  # hours with terms and an app-based pay floor
        self.floor_pay: dict[date, Decimal] = defaultdict(Decimal)  # x 3600
        self.floor_required: dict[date, Decimal] = defaultdict(Decimal)  # x 3600
        self.floor: dict[date, PayFloor] = {}
        self._week_starts: dict[int, list[date]] = {}  # first weekday -> the workweeks with work, in order

    def add(self, day: date, seconds: int, has_terms: bool, amount: Decimal, wage: MinimumWage | None,
            floor: PayFloor | None = None) -> None:
        self.seconds[day] += seconds
        self.earned[day] += amount
        if has_terms and floor is not None and seconds:
            self.floor_seconds[day] += seconds
            self.floor_pay[day] += amount
            self.floor_required[day] += floor.amount * seconds
            self.floor[day] = floor
        if has_terms and wage is not None and seconds:
            required = wage.amount * seconds
            self.covered[day] += seconds
            self.pay[day] += amount
            self.required[day] += required
            if self.every_hour:
                self.short_each[day] += max(required - amount, ZERO)
            self.wage[day] = wage

    def weeks_ending_in(self, period: DateRange, first_weekday: int) -> list[date]:
        """The first days of the workweeks with work whose LAST day is in ``period``."""
        starts = self._week_starts.get(first_weekday)
        if starts is None:
            starts = self._week_starts[first_weekday] = sorted({workweek_start(day, first_weekday)
                                                                for day in self.seconds})
        low, high = period.bounds()
        return starts[bisect.bisect_left(starts, low - timedelta(days=6)):bisect.bisect_right(
            starts, high - timedelta(days=6))]


@dataclass(frozen=True, slots=True)
class BookSetting:
    """What the days of one client's work are reckoned under: everything but the period."""

    client_currency: str
    employee: bool
    workweek_start: int
    app_based: bool
    schedules: Mapping[int, TermsSchedule]
    rules: RuleBook
    jurisdiction: str | None
    tz: ZoneInfo
    workday: Workday
    first_entries: Mapping[int, int]
    rates: Rates | None
    every_hour: bool  # the minimum wage is owed for every hour on its own (EVERY_HOUR)


class WorkBook:
    """One client's work by day. Build it with ``WorkBook.of``; ``domain.assessment.assess_book`` adds up a
    period's days."""

    def __init__(self, setting: BookSetting) -> None:
        self.setting = setting
        self.seconds: dict[date, int] = defaultdict(int)  # local day -> seconds worked
        self.earned: dict[date, Decimal] = defaultdict(Decimal)  # local day -> straight time x 3600
        # local day -> category -> seconds; and the same for the hours the terms pay for
        self.category: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.paid_category: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.whole_entries: dict[date, int] = defaultdict(int)  # entries lying on this local day alone
        self.split_entries: list[tuple[date, ...]] = []  # the local days of each entry spanning several
        self._rows: list[Row] = []  # the rows split, for ``first_days``
        self.law = LawDays(setting.workday, setting.every_hour)
        self.wages: dict[date, MinimumWage | None] = {}
        self.conversions: dict[date, tuple[MinimumWage, Quote]] = {}  # day -> the law's value and the rate used
        self.rate_missing: dict[date, str] = {}  # day -> the currency a rate is needed into
        self._floors: dict[date, PayFloor | None] = {}
        self._wage_changes: list[date] | None = None  # RuleBook.changes, when first needed
        self._wage_stretches: dict[int, tuple[MinimumWage | None, MinimumWage | None]] = {}
        self._floor_changes: list[date] | None = None
        self._floor_stretches: dict[int, PayFloor | None] = {}
        self._terms: dict[tuple[int, date], Terms | None] = {}
        self._days: list[date] | None = None

    @classmethod
    def of(cls, rows: Iterable[Row], *, currency: str, classification: str, workweek_start: int, app_based: bool,
           workday_start: int | None, schedules: Mapping[int, TermsSchedule], rules: RuleBook,
           jurisdiction: str | None, tz: ZoneInfo, first_entries: Mapping[int, int] | None = None,
           rates: Rates | None = None) -> WorkBook:
        """Split ``rows`` (one client's work) into days. ``first_entries`` maps each engagement to its first entry
        ever (where a fixed price counts); without it, the first entry in ``rows``."""
        rows = list(rows)
        setting = BookSetting(
            client_currency=currency, employee=classification == "employee", workweek_start=workweek_start,
            app_based=app_based, schedules=schedules, rules=rules, jurisdiction=jurisdiction, tz=tz,
            workday=law_workday(jurisdiction, workday_start, tz),
            first_entries=dict(first_entries) if first_entries is not None else first_entries_of(rows), rates=rates,
            every_hour=every_hour_basis(jurisdiction) is not None)
        book = cls(setting)
        book._rows = rows
        book._add_all(rows)
        return book

    # --- lookups, once per day -------------------------------------------------------------------------------

    def wage_on(self, day: date) -> MinimumWage | None:
        if day not in self.wages:
            self.wages[day] = self._wage_on(day)
        return self.wages[day]

    def _wage_on(self, day: date) -> MinimumWage | None:
        s = self.setting
        if not s.jurisdiction:
            return None
        wage, local = self._wages_in_rules(day)
        if local is None:
            return wage
        week_end = workweek_start(day, s.workweek_start) + timedelta(days=6)
        quote = s.rates.latest(s.client_currency, local.currency, week_end) if s.rates is not None else None
        if quote is None:
            self.rate_missing[day] = local.currency
            return None
        self.conversions[day] = (local, quote)
        return converted_wage(local, quote, s.client_currency)

    def _wages_in_rules(self, day: date) -> tuple[MinimumWage | None, MinimumWage | None]:
        """(the minimum wage in the client's currency, else the one in the law's own currency) on ``day``, looked
        up once for each stretch between two days the rules change (``RuleBook.changes``): the same for every day
        in it. The conversion of the law's own value depends on the day's workweek, so it is not kept here."""
        s = self.setting
        assert s.jurisdiction is not None  # the caller's check
        if self._wage_changes is None:
            self._wage_changes = s.rules.changes("minimum_wage", s.jurisdiction)
        stretch = bisect.bisect_right(self._wage_changes, day)
        if stretch not in self._wage_stretches:
            wage = s.rules.minimum_wage(s.jurisdiction, day, s.client_currency)
            local = s.rules.local_minimum_wage(s.jurisdiction, day) if wage is None else None
            self._wage_stretches[stretch] = wage, local
        return self._wage_stretches[stretch]

    def floor_on(self, day: date) -> PayFloor | None:
        if day not in self._floors:
            self._floors[day] = self._floor_in_rules(day)
        return self._floors[day]

    def _floor_in_rules(self, day: date) -> PayFloor | None:
        """The app-based pay floor per hour on ``day``, looked up once for each stretch between changes."""
        s = self.setting
        if not s.jurisdiction or not s.app_based:
            return None
        if self._floor_changes is None:
            self._floor_changes = s.rules.changes("pay_floor", s.jurisdiction)
        stretch = bisect.bisect_right(self._floor_changes, day)
        if stretch not in self._floor_stretches:
            found = s.rules.pay_floor(s.jurisdiction, day, s.client_currency, app_based=s.app_based)
            self._floor_stretches[stretch] = found if found is not None and found.unit == "hour" else None
        return self._floor_stretches[stretch]

    def terms_on(self, engagement_id: int, day: date) -> Terms | None:
        key = (engagement_id, day)
        if key not in self._terms:
            self._terms[key] = terms_on(self.setting.schedules.get(engagement_id, ()), day)
        return self._terms[key]

    def earned_x3600(self, terms: Terms | None, day: date, seconds: int, category: str,
                     units: Decimal | None) -> Decimal:
        """Straight time of one piece of an entry on one day, x 3600. A fixed price is added once by the caller.
        An employee's hours in an unpaid category are paid all the same (29 CFR 778.318): at the agreed hourly
        rate, or the minimum wage under per-unit terms."""
        if terms is None or terms.kind == "fixed":
            return ZERO
        if self.setting.employee and category in terms.unpaid_categories:
            if terms.kind == "hourly":
                return terms.rate.amount * seconds
            wage = self.wage_on(day)
            return wage.amount * seconds if wage is not None else ZERO
        return terms.earned_x3600(category=category, worked_seconds=seconds, units=units)

    # --- the one pass ----------------------------------------------------------------------------------------

    def _add_all(self, rows: list[Row]) -> None:
        """Entries inside one day, in the worker's days and in the law's (nearly all), are gathered by engagement,
        day, law's day and category, and priced once per group; the others (overnight shifts, a fixed price's
        first entry) piece by piece. Within a group the terms, the minimum wage and the pay floor are the same,
        and what an entry earns grows with its hours or its units (``Terms.earned_x3600``), so the group's sums
        are the sums of its entries'. The one figure that does not add up so is California's shortfall of each
        entry-day under per-unit pay (the units pay for the hours of their own entry only): there, a per-unit
        engagement's entries are gathered only with identical ones (same units and hours)."""
        s = self.setting
        local, law = _Days(s.tz), _Days(s.workday.zone, s.workday.start)
        same_days = s.workday.zone.key == s.tz.key and s.workday.start == time(0)
        firsts = set(s.first_entries.values())
        one_by_one = {engagement for engagement, schedule in s.schedules.items()
                      if s.every_hour and any(terms.kind == "per_unit" for terms in schedule)}
        groups: dict[tuple[int, date, date, str, Decimal | str | None, int], list[Any]] = {}
        rest: list[Row] = []
        low = high = bound = 0
        day = law_day = EPOCH
        for row in rows:
            entry_id, engagement_id, start, end, pause, category, units = row
            if not low <= start < high:  # rows come mostly in order: most lie in the segment of the row before
                low, high, bound, day, law_day = _segment(start, local, law, same_days)
            if end > bound or entry_id in firsts:
                rest.append(row)
                continue
            seconds = end - start - pause
            key = ((engagement_id, day, law_day, category, units, seconds) if engagement_id in one_by_one
                   else (engagement_id, day, law_day, category, None, 0))
            found = groups.get(key)
            if found is None:
                groups[key] = [seconds, 1, ZERO if units is None else Decimal(units)]
            else:
                found[0] += seconds
                found[1] += 1
                if units is not None:
                    found[2] += Decimal(units)
        terms_on, earned, add_local, add_law = self.terms_on, self.earned_x3600, self._add_local, self.law.add
        wage_on, floor_on, whole = self.wage_on, self.floor_on, self.whole_entries
        for (engagement_id, day, law_day, category, _, _), (seconds, count, units) in groups.items():
            terms = terms_on(engagement_id, day)
            amount = earned(terms, day, seconds, category, units)
            whole[day] += count
            add_local(day, seconds, category, terms, amount)
            add_law(law_day, seconds, terms is not None, amount, wage_on(law_day), floor_on(law_day))
        for row in rest:
            self._add_pieces(row, local, law, same_days)

    def _add_local(self, day: date, seconds: int, category: str, terms: Terms | None, amount: Decimal) -> None:
        self.earned[day] += amount
        self.seconds[day] += seconds
        self.category[day][category] += seconds
        if terms is not None and (self.setting.employee or category not in terms.unpaid_categories):
            self.paid_category[day][category] += seconds

    def _add_pieces(self, row: Row, local: _Days, law: _Days, same_days: bool) -> None:
        """One entry, split into pieces on the days it spans, each priced under the terms of its day."""
        entry_id, engagement_id, start, end, pause, category, raw_units = row
        units = _decimal(raw_units)
        pieces = local.split_row(entry_id, engagement_id, start, end, pause, category, units)
        if len(pieces) == 1:
            self.whole_entries[pieces[0][0]] += 1
        else:
            self.split_entries.append(tuple(day for day, _, _ in pieces))
        figures = self._figures(engagement_id, entry_id, category, pieces)
        for (day, seconds, _), (terms, amount) in zip(pieces, figures, strict=True):
            self._add_local(day, seconds, category, terms, amount)
        # The same work by the law's workdays; an entry inside one day either way keeps its earnings.
        law_pieces = pieces if same_days else law.split_row(entry_id, engagement_id, start, end, pause, category,
                                                            units)
        if len(law_pieces) != len(pieces) or len(pieces) > 1 and not same_days:
            figures = self._figures(engagement_id, entry_id, category, law_pieces)
        add, wage_on, floor_on = self.law.add, self.wage_on, self.floor_on
        for (day, seconds, _), (terms, amount) in zip(law_pieces, figures, strict=True):
            add(day, seconds, terms is not None, amount, wage_on(day), floor_on(day))

    def _figures(self, engagement_id: int, entry_id: int, category: str,
                 pieces: list[tuple[date, int, Decimal | None]]) -> list[tuple[Terms | None, Decimal]]:
        """What each piece of one entry earns, in order: (the terms of the piece's day, straight time x 3600), with
        the fixed price on the first piece of an engagement's first entry."""
        terms_on, earned = self.terms_on, self.earned_x3600
        first = self.setting.first_entries.get(engagement_id) == entry_id
        result = []
        for day, seconds, units in pieces:
            terms = terms_on(engagement_id, day)
            amount = earned(terms, day, seconds, category, units)
            if first and terms is not None and terms.kind == "fixed":
                amount += terms.rate.amount * HOUR
            first = False
            result.append((terms, amount))
        return result

    # --- what a period holds ---------------------------------------------------------------------------------

    def first_days(self, entries: Collection[int]) -> dict[int, date]:
        """The local day each of ``entries`` found in this book starts on, where an amount allocated to it counts.
        Looked up when asked (payments allocated to single entries are rare), not kept for every entry: the day the
        entry's first moment falls on, which is the day of its first piece however it is split."""
        if not entries:
            return {}
        days = DaySplitter(self.setting.tz)
        return {row[0]: days.day_of(datetime.fromtimestamp(row[2], UTC)) for row in self._rows if row[0] in entries}

    def days_in(self, period: DateRange) -> list[date]:
        """The local days with work in ``period``, in order."""
        if self._days is None:
            self._days = sorted(self.seconds)
        low, high = period.bounds()
        return self._days[bisect.bisect_left(self._days, low):bisect.bisect_right(self._days, high)]

    def entries_in(self, period: DateRange, days: list[date]) -> int:
        """Entries with work on a day of the period (``days``: the period's days with work)."""
        low, high = period.bounds()
        return (sum(self.whole_entries.get(day, 0) for day in days)
                + sum(1 for spanned in self.split_entries if any(low <= day <= high for day in spanned)))

    def categories_in(self, days: list[date]) -> tuple[dict[str, int], dict[str, int]]:
        """(seconds by category, seconds the terms pay for by category) over ``days``, sorted by category."""
        worked: dict[str, int] = defaultdict(int)
        paid: dict[str, int] = defaultdict(int)
        for day in days:
            for category, seconds in self.category[day].items():
                worked[category] += seconds
            for category, seconds in self.paid_category.get(day, {}).items():
                paid[category] += seconds
        return dict(sorted(worked.items())), dict(sorted(paid.items()))


EPOCH = date(1970, 1, 1)
EPOCH_ORDINAL = EPOCH.toordinal()
_Cut = tuple[int, date, int, date, int]


def _decimal(units: Decimal | str | None) -> Decimal | None:
    return Decimal(units) if units is not None else None


def _segment(start: int, local: _Days, law: _Days, same_days: bool) -> tuple[int, int, int, date, date]:
    """The stretch of time around ``start`` (seconds since the epoch) within one UTC day that lies in one day of
    the worker's and one of the law's: (its first moment, the first moment after it, the end of the earlier of the
    two days, the worker's day, the law's day). An entry starting in it lies in those days alone when it ends by
    that end. On a UTC day of a clock change the end is the stretch's first moment, so no entry is taken as whole
    there (``DaySplitter`` looks each moment up then)."""
    utc_day = start // 86400
    low = utc_day * 86400
    high = low + 86400
    local_cut = local.cut_of(utc_day)
    law_cut = local_cut if same_days else law.cut_of(utc_day)
    if local_cut is None or law_cut is None:
        return low, high, low, EPOCH, EPOCH
    if start < local_cut[0]:
        high, day, bound = local_cut[0], local_cut[1], local_cut[2]
    else:
        low, day, bound = local_cut[0], local_cut[3], local_cut[4]
    if start < law_cut[0]:
        return low, min(high, law_cut[0]), min(bound, law_cut[2]), day, law_cut[1]
    return max(low, law_cut[0]), high, min(bound, law_cut[4]), day, law_cut[3]


class _Days(DaySplitter):
    """A ``DaySplitter`` that also works on whole seconds since the epoch, for the one pass over plain rows."""

    def __init__(self, tz: ZoneInfo, day_start: time = time(0)) -> None:
        super().__init__(tz, day_start)
        self._since = self._since_midnight.seconds
        self._end_at: dict[date, int] = {}
        self._offset_at: dict[int, int | None] = {}  # UTC day number -> the zone's offset at its first moment
        self.cuts: dict[int, _Cut | None] = {}  # UTC day number -> ``cut`` of it

    def cut_of(self, utc_day: int) -> _Cut | None:
        """``cut``, worked out once per UTC day."""
        if utc_day in self.cuts:
            return self.cuts[utc_day]
        found = self.cuts[utc_day] = self.cut(utc_day)
        return found

    def offset_at(self, utc_day: int) -> int | None:
        """The zone's offset from UTC, in seconds, at the first moment of the UTC day ``utc_day``."""
        if utc_day in self._offset_at:
            return self._offset_at[utc_day]
        offset = datetime.fromtimestamp(utc_day * 86400, self.tz).utcoffset()
        found = self._offset_at[utc_day] = None if offset is None else int(offset.total_seconds())
        return found

    def cut(self, utc_day: int) -> _Cut | None:
        """Where the days fall in the UTC day ``utc_day`` (days since the epoch): (the first moment of the later
        day, the earlier day, the first moment after it, the later day, the first moment after it), in seconds
        since the epoch. None on a day of a clock change (``DaySplitter.day_of`` looks each moment up then).

        With one offset all through the UTC day, the earlier day ends where the later begins, and the later ends
        a day after that when the next UTC day keeps the offset too; ``end_of`` (a zone lookup) only otherwise.
        Worked out for each UTC day of years of work: one zone lookup a day (the offset at its midnight), not four
        (tests/domain/test_workbook.py holds it to the old four-lookup cut in zones with odd clock changes; it
        was also checked equal for every UTC day 1970-2031 in all 599 zones, two workday starts, when written)."""
        offset = self.offset_at(utc_day)
        if offset is None or offset != self.offset_at(utc_day + 1):
            return None
        first = (utc_day * 86400 + offset - self._since) // 86400  # the day of the UTC day's first moment
        earlier, later = date.fromordinal(EPOCH_ORDINAL + first), date.fromordinal(EPOCH_ORDINAL + first + 1)
        split = (first + 1) * 86400 - offset + self._since
        later_end = split + 86400 if self.offset_at(utc_day + 2) == offset else self.end_at(later)
        return split, earlier, split, later, later_end

    def end_at(self, day: date) -> int:
        """``end_of`` in seconds since the epoch."""
        end = self._end_at.get(day)
        if end is None:
            end = self._end_at[day] = int(self.end_of(day).timestamp())
        return end

    def split_row(self, entry_id: int, engagement_id: int, start: int, end: int, pause: int, category: str,
                  units: Decimal | None) -> list[tuple[date, int, Decimal | None]]:
        """An entry over several days, split as ``DaySplitter.split`` splits it: (day, seconds, units) pieces.
        In whole seconds from each UTC day's ``cut``; through ``DaySplitter.split`` on a day of a clock change."""
        spans: list[tuple[date, int]] = []
        cursor = start
        while cursor < end:
            cut = self.cut_of(cursor // 86400)
            if cut is None:
                break
            day, bound = (cut[1], cut[2]) if cursor < cut[0] else (cut[3], cut[4])
            if bound <= cursor:
                break
            stop = min(bound, end)
            spans.append((day, stop - cursor))
            cursor = stop
        else:
            if len(spans) == 1:
                return [(spans[0][0], spans[0][1] - pause, units)]
            pauses = spread(pause, [seconds for _, seconds in spans], end - start)
            return [(day, seconds - share, units if index == 0 else None)
                    for index, ((day, seconds), share) in enumerate(zip(spans, pauses, strict=True))]
        work = Work(entry_id=entry_id, engagement_id=engagement_id, start=datetime.fromtimestamp(start, UTC),
                    end=datetime.fromtimestamp(end, UTC), break_seconds=pause, category=category, units=units)
        return [(piece.day, piece.seconds, piece.units) for piece in self.split(work)]
