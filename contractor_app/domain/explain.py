"""How each figure of an assessment was worked out, as plain data a worker or a clinic can check by hand.

``explain`` turns one client's ``ClientPay`` into a list of steps: the rule, its statute or source, the inputs
and the arithmetic, workweek by workweek. The CLI renders it (`summary --explain`); the GUI and the claim packet
can show the same steps. Nothing here computes a new figure: every number is one the assessment already holds,
so the explanation cannot disagree with the figure it explains.

Each step is kept as an English template and the values put in it (as domain/access_deadlines.py keeps its
sentences), so that the app (gui/pay/explain_text.py) and the claim packet (reports/explain_text.py) can translate
the template and write the values as the worker's language writes them, while ``Step.text`` stays the English the
command line prints. The values are typed for that: ``Hours``, ``Amount``, ``Decimal`` and ``date`` are figures;
``Phrase`` (errors.py) and ``Word`` are fixed English words, translated too; ``Items`` is a list of them; a plain
``str`` (a rule's name, a citation, a place code) is put in as it is. Every template here is a literal (a ``step``'s
second argument, a ``Phrase``'s or a ``Word``'s first) so that tests can check the catalogues hold each one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from ..errors import Phrase
from .assessment import ClientPay, RateNeeded
from .exchange import ExchangeRate
from .money import Money
from .rules import MinimumWage, Sourced, page_cited, read_at_a_secondary_source
from .workday import Workday

CENT = Decimal("0.01")


class Word(str):
    """Fixed English words with nothing put in them (a category, "none", a number's label): translated where the
    catalogue has them, English otherwise."""

    __slots__ = ()


class Items(tuple[Any, ...]):
    """Values written one after another, separated by commas ("productive 3.00 h, training 1.00 h")."""

    __slots__ = ()

    def __str__(self) -> str:
        return ", ".join(str(item) for item in self)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


@dataclass(frozen=True, slots=True)
class Hours:
    """Seconds, written as hours to the cent ("12.50")."""

    seconds: int

    @property
    def value(self) -> Decimal:
        return (Decimal(self.seconds) / 3600).quantize(CENT)

    def __str__(self) -> str:
        return f"{self.value}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount of a currency with its digits as they are ("USD 12.5", "PHP 86.875", no grouping), unlike
    ``str(Money)``."""

    amount: Decimal
    currency: str

    def __str__(self) -> str:
        return f"{self.currency} {self.amount}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


Fields = tuple[tuple[str, Any], ...]


@dataclass(frozen=True, slots=True)
class Step:
    """One line of reckoning: what was done, under which rule, with which numbers. ``template`` and ``fields``
    make ``text``; ``figures`` are the numbers with their English labels, inputs then result."""

    topic: str  # hours | earned | overtime | minimum wage | pay floor | paid
    template: str
    fields: Fields = ()
    source: str | Phrase | None = None  # a statute, a case or a URL (a Phrase when it says more than that)
    figures: tuple[tuple[str, Any], ...] = ()

    @property
    def text(self) -> str:
        return self.template.format(**dict(self.fields))

    @property
    def numbers(self) -> tuple[tuple[str, str], ...]:
        """(what, value) in English, as `summary --explain` and its JSON write them."""
        return tuple((label, str(value)) for label, value in self.figures)

    def said(self, translate: Callable[[str], str], show: Callable[[Any], str]) -> str:
        """``text`` in a reader's language: ``translate`` gives a template's or a word's translation (the English
        when there is none), ``show`` writes a figure."""
        return said(self.template, self.fields, translate, show)


def provenance(value: Sourced) -> str | Phrase:
    """The value's source as a report cites it: the page, and for a secondary one that it was read there and where it
    is still to be confirmed, so that a reader never takes a newspaper's figure for the gazette's; for one read in a
    copy of the official page (a reprint, a translation site's copy), the official page first and then the copy, so
    that the copy's site is not taken for the law's source. Both cases are a ``Phrase``, so the Pay view and the
    claim packet say them in their language."""
    if read_at_a_secondary_source(value):
        return Phrase("{source} (read {read} at a secondary source; to confirm at {official})", source=value.source,
                      read=value.source_read, official=value.official_source)
    return page_cited(value)



def said(template: str, fields: Fields, translate: Callable[[str], str], show: Callable[[Any], str]) -> str:
    """``template`` translated, then filled with ``fields`` written in the same language; a translation that lost
    or misspelt a field gives the English sentence rather than failing."""
    filled = {name: value_said(value, translate, show) for name, value in fields}
    try:
        return translate(template).format(**filled)
    except (KeyError, IndexError, ValueError):
        return template.format(**dict(fields))


def value_said(value: Any, translate: Callable[[str], str], show: Callable[[Any], str]) -> str:
    if isinstance(value, Phrase):
        return said(value.template, tuple(value.fields.items()), translate, show)
    if isinstance(value, Word):
        return translate(value) if value else ""
    if isinstance(value, Items):
        return ", ".join(value_said(item, translate, show) for item in value)
    if isinstance(value, str):
        return value
    return show(value)


def step(topic: str, template: str, /, *, source: str | Phrase | None = None, numbers: tuple[tuple[str, Any], ...] = (),
         **fields: Any) -> Step:
    return Step(topic, template, tuple(fields.items()), source, numbers)


def hours(seconds: int) -> str:
    return str(Hours(seconds))


def _m(value: Money) -> Amount:
    rounded = value.rounded()
    return Amount(rounded.amount, rounded.currency)


def _plain(value: Decimal) -> Decimal:
    """``value`` without trailing zeros and never in exponent form ("58.1", "695")."""
    return Decimal(f"{value.normalize():f}")


def _rate(rate: ExchangeRate) -> Phrase:
    """ExchangeRate.describe(), as words to translate."""
    return Phrase("1 {base} = {rate} {quote} on {on} ({source})", base=rate.from_currency, rate=_plain(rate.rate),
                  quote=rate.to_currency, on=rate.on, source=Word(rate.source))


def _workday(workday: Workday | None) -> Phrase:
    """Workday.describe(), as words to translate."""
    if workday is None:
        return Phrase("workdays in your zone")
    start = workday.start.strftime("%H:%M")
    if workday.from_jurisdiction:
        return Phrase("workdays start at {start} {zone}", start=start, zone=workday.zone.key)
    return Phrase("workdays start at {start} {zone} (your zone: the law's is not known)", start=start,
                  zone=workday.zone.key)


def _as_the_law_states(wage: MinimumWage) -> Phrase | str:
    """MinimumWage.as_the_law_states(), with one template for each unit a rule file states a minimum in."""
    english = wage.as_the_law_states()
    if not english or wage.legal_amount is None or wage.unit not in ("day", "week", "month"):
        return english
    divisor = (Phrase(" ÷ {hours} h", hours=_plain(wage.divisor)) if wage.divisor is not None else "")
    amount = Amount(_plain(wage.legal_amount), wage.currency)
    if wage.unit == "day":
        return Phrase(" ({amount} a day{divisor})", amount=amount, divisor=divisor)
    if wage.unit == "week":
        return Phrase(" ({amount} a week{divisor})", amount=amount, divisor=divisor)
    return Phrase(" ({amount} a month{divisor})", amount=amount, divisor=divisor)


def explain(item: ClientPay) -> tuple[Step, ...]:
    steps = [*_hours(item), *_earned(item), *_overtime(item), *_minimum_wage(item), *_pay_floor(item),
             *_paid(item)]
    return tuple(steps)


def _hours(item: ClientPay) -> list[Step]:
    by = Items(Phrase("{category} {hours} h", category=Word(name), hours=Hours(seconds))
               for name, seconds in item.seconds_by_category.items())
    return [step("hours", "Hours worked from {start} to {end}, by the days of your own zone: {hours} h ({by}).",
                 start=item.period.start, end=item.period.end, hours=Hours(item.worked_seconds),
                 by=by or Word("none"),
                 numbers=((Word("hours worked"), Hours(item.worked_seconds)),
                          (Word("hours the terms pay for"), Hours(item.worked_seconds - item.unpaid_seconds))))]


def _earned(item: ClientPay) -> list[Step]:
    employee = item.client.classification == "employee"
    steps = [step("earned", "Straight time: each day's work at the terms in force that day (hourly: rate x hours; "
                            "per unit: rate x units, on the day the entry started; a fixed price once, on the day of "
                            "the engagement's first work), rounded to the cent day by day.",
                  numbers=((Word("straight time"), _m(item.straight_earned)),))]
    if employee:
        steps.append(step("earned", "You are an employee: hours in categories the terms call unpaid are still hours "
                                    "worked and are paid, at the agreed hourly rate (or the minimum wage under "
                                    "per-unit terms).", source="29 CFR 778.318"))
    if item.adjustments.amount:
        steps.append(step("earned", "Bonuses and adjustments dated in the period are added.",
                          numbers=((Word("bonuses and adjustments"), _m(item.adjustments)),)))
    owed = item.overtime_premium if item.overtime_owed else Money(Decimal(0), item.client.currency)
    steps.append(step("earned", "Earned = straight time + bonuses and adjustments + overtime premium (owed to "
                                "employees only).",
                      numbers=((Word("straight time"), _m(item.straight_earned)),
                               (Word("bonuses and adjustments"), _m(item.adjustments)),
                               (Word("overtime premium owed"), _m(owed)), (Word("earned"), _m(item.earned)))))
    return steps


def _overtime(item: ClientPay) -> list[Step]:
    over = item.overtime
    if over is None:
        return [step("overtime", "No overtime rule is known for this client's jurisdiction.")]
    rule = over.rule
    daily = (Phrase(", and over {daily} h in a workday ({double} h: double time)", daily=rule.daily_hours,
                    double=rule.daily_double_hours) if rule.daily_hours is not None else "")
    status = (Phrase("owed: you are an employee") if item.overtime_owed else
              Phrase("an estimate only: you are a contractor"))
    steps = [step("overtime", "{rule}: {multiplier}x the regular rate for hours over {weekly} in the workweek{daily}"
                              "{seventh} ({status}). Each workweek is assessed whole, in the law's days ({where}), "
                              "and counted once, in the period holding its last day. The premium is what overtime "
                              "adds to the straight time already counted: (multiplier - 1) x regular rate x hours; "
                              "the regular rate is the week's straight time plus bonuses over all its hours.",
                  rule=rule.name, multiplier=rule.weekly_multiplier, weekly=rule.weekly_hours, daily=daily,
                  seventh=Phrase("; the 7th consecutive day of the workweek too") if rule.seventh_day else "",
                  status=status, where=_workday(item.workday), source=provenance(rule))]
    for week in over.weeks:
        rate = week.regular_rate.quantize(CENT)
        steps.append(step(
            "overtime",
            "Workweek {start} to {end}: {hours} h; regular rate ({straight} + bonus {bonus}) / {hours} h = {rate}/h; "
            "{overtime} h at {multiplier}x and {double} h at 2x: premium {extra} x {rate} x {overtime} + 1 x {rate} x "
            "{double} = {premium}",
            start=week.week_start, end=week.week_start + timedelta(days=6), hours=Hours(week.seconds),
            straight=week.straight.quantize(CENT), bonus=week.bonus.quantize(CENT), rate=rate,
            overtime=Hours(week.time_and_a_half_seconds), multiplier=rule.weekly_multiplier,
            double=Hours(week.double_seconds), extra=rule.weekly_multiplier - 1, premium=week.premium.quantize(CENT),
            numbers=((Word("hours"), Hours(week.seconds)), (Word("regular rate"), rate),
                     (Word("overtime hours"), Hours(week.time_and_a_half_seconds)),
                     (Word("double-time hours"), Hours(week.double_seconds)),
                     (Word("premium"), week.premium.quantize(CENT)))))
    return steps


def _minimum_wage(item: ClientPay) -> list[Step]:
    check = item.minimum_wage
    needed = [_rate_needed(item.rate_needed)] if item.rate_needed else []
    if check is None:
        return needed or [step("minimum wage", "No minimum wage applies: none is known for this client's place, no "
                                               "pay terms are recorded, or no workweek ends in this period.")]
    wage = check.wage
    test = (Phrase("every hour on its own: an entry's pay covers that entry's hours only, and an hour paid nothing "
                   "is short by the whole minimum wage") if check.every_hour else
            Phrase("per workweek: the week's agreed pay (with bonuses and adjustments) against its hours at the "
                   "minimum wage"))
    who = (Phrase("You are a contractor: the minimum wage is a benchmark, a right only if you were misclassified. ")
           if check.benchmark else "")
    steps = [step("minimum wage", "{who}Judged on what the agreed terms pay for the hours (hours in unpaid "
                                  "categories count as paid nothing), never on money received: money not yet "
                                  "received is owed, not underpaid. Minimum wage {wage}/h{stated} ({jurisdiction}, "
                                  "from {since}); test: {test}.",
                  who=who, wage=Amount(wage.amount, wage.currency), stated=_as_the_law_states(wage),
                  jurisdiction=wage.jurisdiction, since=wage.effective_from, test=test,
                  source=Phrase("{basis}; {source}", basis=check.basis, source=provenance(wage)))]
    if check.rate is not None:
        steps.append(step("minimum wage", "The minimum wage is in {wage_currency} and you are paid in {currency}: "
                                          "each workweek converts it at the latest rate in your own records on or "
                                          "before the week's last day (a rate you recorded or a statement showed; "
                                          "else a converted payment's), never one from the network. The hourly "
                                          "minimum at that rate is the minimum in your pay's currency.",
                          wage_currency=wage.currency, currency=item.client.currency,
                          numbers=((Word("rate"), _rate(check.rate.rate)),
                                   (Word("minimum per hour"),
                                    Amount(check.hourly.amount.quantize(Decimal("0.0001")), check.hourly.currency)
                                    if check.hourly else "-"))))
    steps += needed
    for week in check.weeks:
        rule = (Phrase("sum of each entry-day's own shortfall") if check.every_hour else
                Phrase("{required} - {pay}, not below zero", required=_m(week.required), pay=_m(week.pay)))
        converted = (Phrase(" (minimum {wage}/h at {rate})", wage=Amount(week.wage.amount, week.wage.currency),
                            rate=_rate(week.rate.rate))
                     if week.rate is not None and week.wage is not None else "")
        steps.append(step(
            "minimum wage",
            "Workweek {start} to {end}: {hours} h at the minimum wage{converted} = {required}; the terms pay {pay}; "
            "short {shortfall} ({rule}).",
            start=week.start, end=week.end, hours=Hours(week.seconds), converted=converted,
            required=_m(week.required), pay=_m(week.pay), shortfall=_m(week.shortfall), rule=rule,
            numbers=((Word("hours"), Hours(week.seconds)), (Word("required"), _m(week.required)),
                     (Word("agreed pay"), _m(week.pay)), (Word("shortfall"), _m(week.shortfall)))))
    steps.append(step("minimum wage", "Shortfall for the period = the sum of its workweeks' shortfalls.",
                      numbers=((Word("shortfall"), _m(check.shortfall)),)))
    return steps


def _pay_floor(item: ClientPay) -> list[Step]:
    check = item.pay_floor
    if check is None:
        return []  # only for clients marked app-based, where a law sets a floor
    floor = check.floor
    steps = [step("pay floor", "You marked this client as app-based: {name} ({citation}) sets {amount} per {unit} "
                               "for {applies_to}, from {since}, whatever your classification. Judged per workweek: "
                               "the hours recorded at the floor against what the agreed terms pay for them, bonuses "
                               "and adjustments dated in the week included (tips are not pay under these laws).",
                  name=floor.name, citation=floor.citation, amount=Amount(floor.amount, floor.currency),
                  unit=Word(floor.unit), applies_to=Word(floor.applies_to), since=floor.effective_from,
                  source=provenance(floor))]
    for week in check.weeks:
        steps.append(step(
            "pay floor",
            "Workweek {start} to {end}: {hours} h x {floor} = {required}; the terms pay {pay}; short {shortfall} "
            "({required} - {pay}, not below zero).",
            start=week.start, end=week.end, hours=Hours(week.seconds), floor=floor.amount,
            required=_m(week.required), pay=_m(week.pay), shortfall=_m(week.shortfall),
            numbers=((Word("hours"), Hours(week.seconds)), (Word("required"), _m(week.required)),
                     (Word("agreed pay"), _m(week.pay)), (Word("shortfall"), _m(week.shortfall)))))
    steps.append(step("pay floor", "Shortfall for the period = the sum of its workweeks' shortfalls.",
                      numbers=((Word("shortfall"), _m(check.shortfall)),)))
    return steps


def rate_places(amount: Decimal) -> str:
    """A converted hourly minimum to four places ("1.4953"): a cent would hide the rate's effect."""
    return f"{amount.quantize(Decimal('0.0001'))}"


def _rate_needed(needed: RateNeeded) -> Step:
    span = (Phrase("the workweek ending {end}", end=needed.first_week_end) if needed.weeks == 1 else
            Phrase("{weeks} workweeks ending {first} to {last}", weeks=needed.weeks, first=needed.first_week_end,
                   last=needed.last_week_end))
    command = (f"contractor-app rate add --from {needed.base} --to {needed.target} --rate RATE --on "
               f"{needed.first_week_end}")
    return step("minimum wage", "The minimum wage here is in {target} and you are paid in {base}: {span} cannot be "
                                "compared without an exchange rate from your own records (this app never takes one "
                                "from the network). To compare, {how}.",
                target=needed.target, base=needed.base, span=span,
                how=Phrase("record the rate you were paid at: {command} (or any day before it)", command=command))


def _paid(item: ClientPay) -> list[Step]:
    return [step("paid", "Amounts allocated to entries count on the entry's day; the rest of a payment counts "
                         "when the period it covers ends in this period (the day it came, if no period is recorded). "
                         "Balance = earned - paid: money still owed to you (late if past its due date).",
                 numbers=((Word("earned"), _m(item.earned)), (Word("paid"), _m(item.paid)),
                          (Word("balance"), _m(item.balance))))]
