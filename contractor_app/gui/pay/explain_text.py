"""How a figure was worked out, in the worker's language (the Pay view's "How was this worked out?").

domain/explain.py keeps each step as an English template and typed values; `summary --explain` prints the English.
Here each template, and each fixed word put in one (``Phrase``, ``Word``: "none", a category, "your record", a
number's label), is translated in the "explain" context, and the figures are written as the app's locale writes
them: hours and rates with its decimal mark, money with ``formatting.money``, days with ``day_text``. Rule names,
citations, places and commands are put in as they are. lupdate reads only contractor_app/gui, so every template and
word is listed below (tests/gui/pay/test_explanation_translated.py checks that none is missing). A translation that
drops or misspells a field gives the English sentence rather than failing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ...domain.currency import minor_units
from ...domain.explain import Amount, Hours, Step, provenance, value_said
from ...domain.money import Money
from ...domain.rules import Sourced
from ..formatting import money
from .text import day_text

CONTEXT = "explain"

TEMPLATES = (
    QT_TRANSLATE_NOOP("explain", "{source} (read {read} at a secondary source; to confirm at {official})"),
    QT_TRANSLATE_NOOP("explain", "{official} (read in a copy at {source})"),
    QT_TRANSLATE_NOOP("explain", "{basis}; {source}"),
    QT_TRANSLATE_NOOP("explain", "1 {base} = {rate} {quote} on {on} ({source})"),
    QT_TRANSLATE_NOOP("explain", "workdays start at {start} {zone} (your zone: the law's is not known)"),
    QT_TRANSLATE_NOOP("explain", " ({amount} a day{divisor})"),
    QT_TRANSLATE_NOOP("explain", " ({amount} a week{divisor})"),
    QT_TRANSLATE_NOOP("explain", " ({amount} a month{divisor})"),
    QT_TRANSLATE_NOOP("explain", "The minimum wage here is in {target} and you are paid in {base}: {span} cannot be "
                                 "compared without an exchange rate from your own records (this app never takes one "
                                 "from the network). To compare, {how}."),
    QT_TRANSLATE_NOOP("explain", "workdays in your zone"),
    QT_TRANSLATE_NOOP("explain", "workdays start at {start} {zone}"),
    QT_TRANSLATE_NOOP("explain", " ÷ {hours} h"),
    QT_TRANSLATE_NOOP("explain", "Hours worked from {start} to {end}, by the days of your own zone: {hours} h ({by})."),
    QT_TRANSLATE_NOOP("explain", "Straight time: each day's work at the terms in force that day (hourly: rate x "
                                 "hours; per unit: rate x units, on the day the entry started; a fixed price once, on"
                                 " the day of the engagement's first work), rounded to the cent day by day."),
    QT_TRANSLATE_NOOP("explain", "Earned = straight time + bonuses and adjustments + overtime premium (owed to "
                                 "employees only)."),
    QT_TRANSLATE_NOOP("explain", ", and over {daily} h in a workday ({double} h: double time)"),
    QT_TRANSLATE_NOOP("explain", "an estimate only: you are a contractor"),
    QT_TRANSLATE_NOOP("explain", "{rule}: {multiplier}x the regular rate for hours over {weekly} in the "
                                 "workweek{daily}{seventh} ({status}). Each workweek is assessed whole, in the law's "
                                 "days ({where}), and counted once, in the period holding its last day. The premium "
                                 "is what overtime adds to the straight time already counted: (multiplier - 1) x "
                                 "regular rate x hours; the regular rate is the week's straight time plus bonuses "
                                 "over all its hours."),
    QT_TRANSLATE_NOOP("explain", "every hour on its own: an entry's pay covers that entry's hours only, and an hour "
                                 "paid nothing is short by the whole minimum wage"),
    QT_TRANSLATE_NOOP("explain", "per workweek: the week's agreed pay (with bonuses and adjustments) against its "
                                 "hours at the minimum wage"),
    QT_TRANSLATE_NOOP("explain", "You are a contractor: the minimum wage is a benchmark, a right only if you were "
                                 "misclassified. "),
    QT_TRANSLATE_NOOP("explain", "{who}Judged on what the agreed terms pay for the hours (hours in unpaid categories "
                                 "count as paid nothing), never on money received: money not yet received is owed, "
                                 "not underpaid. Minimum wage {wage}/h{stated} ({jurisdiction}, from {since}); test: "
                                 "{test}."),
    QT_TRANSLATE_NOOP("explain", "Shortfall for the period = the sum of its workweeks' shortfalls."),
    QT_TRANSLATE_NOOP("explain", "You marked this client as app-based: {name} ({citation}) sets {amount} per {unit} "
                                 "for {applies_to}, from {since}, whatever your classification. Judged per workweek: "
                                 "the hours recorded at the floor against what the agreed terms pay for them, bonuses"
                                 " and adjustments dated in the week included (tips are not pay under these laws)."),
    QT_TRANSLATE_NOOP("explain", "the workweek ending {end}"),
    QT_TRANSLATE_NOOP("explain", "{weeks} workweeks ending {first} to {last}"),
    QT_TRANSLATE_NOOP("explain", "Amounts allocated to entries count on the entry's day; the rest of a payment counts"
                                 " when the period it covers ends in this period (the day it came, if no period is "
                                 "recorded). Balance = earned - paid: money still owed to you (late if past its due "
                                 "date)."),
    QT_TRANSLATE_NOOP("explain", "{category} {hours} h"),
    QT_TRANSLATE_NOOP("explain", "You are an employee: hours in categories the terms call unpaid are still hours "
                                 "worked and are paid, at the agreed hourly rate (or the minimum wage under per-unit "
                                 "terms)."),
    QT_TRANSLATE_NOOP("explain", "Bonuses and adjustments dated in the period are added."),
    QT_TRANSLATE_NOOP("explain", "No overtime rule is known for this client's jurisdiction."),
    QT_TRANSLATE_NOOP("explain", "Workweek {start} to {end}: {hours} h; regular rate ({straight} + bonus {bonus}) / "
                                 "{hours} h = {rate}/h; {overtime} h at {multiplier}x and {double} h at 2x: premium "
                                 "{extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}"),
    QT_TRANSLATE_NOOP("explain", "The minimum wage is in {wage_currency} and you are paid in {currency}: each "
                                 "workweek converts it at the latest rate in your own records on or before the week's"
                                 " last day (a rate you recorded or a statement showed; else a converted payment's), "
                                 "never one from the network. The hourly minimum at that rate is the minimum in your "
                                 "pay's currency."),
    QT_TRANSLATE_NOOP("explain", "sum of each entry-day's own shortfall"),
    QT_TRANSLATE_NOOP("explain", "{required} - {pay}, not below zero"),
    QT_TRANSLATE_NOOP("explain", " (minimum {wage}/h at {rate})"),
    QT_TRANSLATE_NOOP("explain", "Workweek {start} to {end}: {hours} h at the minimum wage{converted} = {required}; "
                                 "the terms pay {pay}; short {shortfall} ({rule})."),
    QT_TRANSLATE_NOOP("explain", "Workweek {start} to {end}: {hours} h x {floor} = {required}; the terms pay {pay}; "
                                 "short {shortfall} ({required} - {pay}, not below zero)."),
    QT_TRANSLATE_NOOP("explain", "record the rate you were paid at: {command} (or any day before it)"),
    QT_TRANSLATE_NOOP("explain", "No minimum wage applies: none is known for this client's place, no pay terms are "
                                 "recorded, or no workweek ends in this period."),
    QT_TRANSLATE_NOOP("explain", "; the 7th consecutive day of the workweek too"),
)

WORDS = (
    QT_TRANSLATE_NOOP("explain", "owed: you are an employee"),
    QT_TRANSLATE_NOOP("explain", "none"),
    QT_TRANSLATE_NOOP("explain", "hours worked"),
    QT_TRANSLATE_NOOP("explain", "hours the terms pay for"),
    QT_TRANSLATE_NOOP("explain", "straight time"),
    QT_TRANSLATE_NOOP("explain", "bonuses and adjustments"),
    QT_TRANSLATE_NOOP("explain", "overtime premium owed"),
    QT_TRANSLATE_NOOP("explain", "earned"),
    QT_TRANSLATE_NOOP("explain", "shortfall"),
    QT_TRANSLATE_NOOP("explain", "paid"),
    QT_TRANSLATE_NOOP("explain", "balance"),
    QT_TRANSLATE_NOOP("explain", "hours"),
    QT_TRANSLATE_NOOP("explain", "regular rate"),
    QT_TRANSLATE_NOOP("explain", "overtime hours"),
    QT_TRANSLATE_NOOP("explain", "double-time hours"),
    QT_TRANSLATE_NOOP("explain", "premium"),
    QT_TRANSLATE_NOOP("explain", "rate"),
    QT_TRANSLATE_NOOP("explain", "minimum per hour"),
    QT_TRANSLATE_NOOP("explain", "required"),
    QT_TRANSLATE_NOOP("explain", "agreed pay"),
    QT_TRANSLATE_NOOP("explain", "productive"),
    QT_TRANSLATE_NOOP("explain", "training"),
    QT_TRANSLATE_NOOP("explain", "onboarding"),
    QT_TRANSLATE_NOOP("explain", "assessment"),
    QT_TRANSLATE_NOOP("explain", "waiting"),
    QT_TRANSLATE_NOOP("explain", "rework"),
    QT_TRANSLATE_NOOP("explain", "admin"),
    QT_TRANSLATE_NOOP("explain", "travel"),
    QT_TRANSLATE_NOOP("explain", "your record"),
    QT_TRANSLATE_NOOP("explain", "hour"),
)

# What a pay floor applies to, as resources/rules/pay_floors.json words it. A step puts a rule file's text in as it
# is (domain/explain.py); this one is a description, not a name or a citation, so it is said in the reader's
# language, keyed by its English (a text the rule file changes or adds stays English until listed here and
# translated: the tests read the rule file).
APPLIES_TO = (
    QT_TRANSLATE_NOOP("explain", "app-based restaurant delivery workers, per hour of active time, before tips"),
    QT_TRANSLATE_NOOP("explain", "app-based workers, per hour of engaged time (0.44 per minute; plus 0.74 per "
                                 "engaged mile and at least 5.00 per offer, not modelled)"),
    QT_TRANSLATE_NOOP("explain", "app-based workers, per hour of engaged time (0.45 per minute; plus 0.77 per "
                                 "engaged mile and at least 5.20 per offer, not modelled)"),
)


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def figure(value: Any) -> str:
    """A number, an amount, hours or a day put in a step, as the app's locale writes it."""
    if isinstance(value, Amount):
        places = max(minor_units(value.currency), -min(value.amount.as_tuple().exponent, 0))  # type: ignore[operator]  # finite
        return money(Money(value.amount, value.currency), places=places)
    if isinstance(value, Hours):
        value = value.value
    if isinstance(value, Decimal):
        return f"{value:f}".replace("-", QLocale().negativeSign()).replace(".", QLocale().decimalPoint())
    if isinstance(value, date):
        return day_text(value)
    return str(value)


def step_text(step: Step) -> str:
    """``step.text`` in the worker's language."""
    return step.said(translated, figure)


def source_text(step: Step) -> str:
    """The step's source: a citation or a page as the rule files write it, and for a value read at a secondary source
    the words around it in the report's language."""
    return "" if step.source is None else value_said(step.source, translated, figure)


def cited(value: Sourced) -> str:
    """A rule value's source as the Pay view cites it beside a figure: the official page first for one read in a copy
    of it, and for one read at a secondary source where it is still to be confirmed (domain/explain.py)."""
    return value_said(provenance(value), translated, figure)


def numbers(step: Step) -> list[tuple[str, str]]:
    """``step.numbers`` in the worker's language: (label, value)."""
    return [(translated(label), value_said(value, translated, figure)) for label, value in step.figures]
