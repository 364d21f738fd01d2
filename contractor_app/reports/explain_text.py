"""The claim packet's worked steps in the report's language (its appendix, reports/claim.py).

domain/explain.py keeps each step as an English template and typed values; here each template, and each fixed word
put in one ("none", a category, "your record", a number's label), is translated through ``translate("reports", …)``
(the catalogues resources/translations/reports_*.ts), and the figures are written as the language writes them:
amounts with ``amount_in`` (their decimals kept: a minimum wage can have more than a cent's), hours, rates and
multipliers with ``number``, days with ``day``, in English too: the command line's bare digits ("USD 5525.00",
`summary --explain`, pinned by its JSON) would stand under figures the packet groups everywhere else. Rule
names, citations, places and commands stay as the rule files and the command line write them. lupdate finds the
templates in the list below (``QT_TRANSLATE_NOOP``: an identity function, kinds.py);
tests/reports/test_explain_languages.py checks that none is missing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from ..domain.explain import Amount, Hours, Step, value_said
from ..domain.rules import Sourced, page_cited
from .kinds import QT_TRANSLATE_NOOP
from .language import ENGLISH, amount_in, current, day, number, translate

TEMPLATES = (
    QT_TRANSLATE_NOOP("reports", "{source} (read {read} at a secondary source; to confirm at {official})"),
    QT_TRANSLATE_NOOP("reports", "{official} (read in a copy at {source})"),
    QT_TRANSLATE_NOOP("reports", "{basis}; {source}"),
    QT_TRANSLATE_NOOP("reports", "1 {base} = {rate} {quote} on {on} ({source})"),
    QT_TRANSLATE_NOOP("reports", "workdays start at {start} {zone} (your zone: the law's is not known)"),
    QT_TRANSLATE_NOOP("reports", " ({amount} a day{divisor})"),
    QT_TRANSLATE_NOOP("reports", " ({amount} a week{divisor})"),
    QT_TRANSLATE_NOOP("reports", " ({amount} a month{divisor})"),
    QT_TRANSLATE_NOOP("reports", "The minimum wage here is in {target} and you are paid in {base}: {span} cannot be "
                                 "compared without an exchange rate from your own records (this app never takes one "
                                 "from the network). To compare, {how}."),
    QT_TRANSLATE_NOOP("reports", "workdays in your zone"),
    QT_TRANSLATE_NOOP("reports", "workdays start at {start} {zone}"),
    QT_TRANSLATE_NOOP("reports", " ÷ {hours} h"),
    QT_TRANSLATE_NOOP("reports", "Hours worked from {start} to {end}, by the days of your own zone: {hours} h ({by})."),
    QT_TRANSLATE_NOOP("reports", "Straight time: each day's work at the terms in force that day (hourly: rate x "
                                 "hours; per unit: rate x units, on the day the entry started; a fixed price once, on"
                                 " the day of the engagement's first work), rounded to the cent day by day."),
    QT_TRANSLATE_NOOP("reports", "Earned = straight time + bonuses and adjustments + overtime premium (owed to "
                                 "employees only)."),
    QT_TRANSLATE_NOOP("reports", ", and over {daily} h in a workday ({double} h: double time)"),
    QT_TRANSLATE_NOOP("reports", "an estimate only: you are a contractor"),
    QT_TRANSLATE_NOOP("reports", "{rule}: {multiplier}x the regular rate for hours over {weekly} in the "
                                 "workweek{daily}{seventh} ({status}). Each workweek is assessed whole, in the law's "
                                 "days ({where}), and counted once, in the period holding its last day. The premium "
                                 "is what overtime adds to the straight time already counted: (multiplier - 1) x "
                                 "regular rate x hours; the regular rate is the week's straight time plus bonuses "
                                 "over all its hours."),
    QT_TRANSLATE_NOOP("reports", "every hour on its own: an entry's pay covers that entry's hours only, and an hour "
                                 "paid nothing is short by the whole minimum wage"),
    QT_TRANSLATE_NOOP("reports", "per workweek: the week's agreed pay (with bonuses and adjustments) against its "
                                 "hours at the minimum wage"),
    QT_TRANSLATE_NOOP("reports", "You are a contractor: the minimum wage is a benchmark, a right only if you were "
                                 "misclassified. "),
    QT_TRANSLATE_NOOP("reports", "{who}Judged on what the agreed terms pay for the hours (hours in unpaid categories "
                                 "count as paid nothing), never on money received: money not yet received is owed, "
                                 "not underpaid. Minimum wage {wage}/h{stated} ({jurisdiction}, from {since}); test: "
                                 "{test}."),
    QT_TRANSLATE_NOOP("reports", "Shortfall for the period = the sum of its workweeks' shortfalls."),
    QT_TRANSLATE_NOOP("reports", "You marked this client as app-based: {name} ({citation}) sets {amount} per {unit} "
                                 "for {applies_to}, from {since}, whatever your classification. Judged per workweek: "
                                 "the hours recorded at the floor against what the agreed terms pay for them, bonuses"
                                 " and adjustments dated in the week included (tips are not pay under these laws)."),
    QT_TRANSLATE_NOOP("reports", "the workweek ending {end}"),
    QT_TRANSLATE_NOOP("reports", "{weeks} workweeks ending {first} to {last}"),
    QT_TRANSLATE_NOOP("reports", "Amounts allocated to entries count on the entry's day; the rest of a payment counts"
                                 " when the period it covers ends in this period (the day it came, if no period is "
                                 "recorded). Balance = earned - paid: money still owed to you (late if past its due "
                                 "date)."),
    QT_TRANSLATE_NOOP("reports", "{category} {hours} h"),
    QT_TRANSLATE_NOOP("reports", "You are an employee: hours in categories the terms call unpaid are still hours "
                                 "worked and are paid, at the agreed hourly rate (or the minimum wage under per-unit "
                                 "terms)."),
    QT_TRANSLATE_NOOP("reports", "Bonuses and adjustments dated in the period are added."),
    QT_TRANSLATE_NOOP("reports", "No overtime rule is known for this client's jurisdiction."),
    QT_TRANSLATE_NOOP("reports", "Workweek {start} to {end}: {hours} h; regular rate ({straight} + bonus {bonus}) / "
                                 "{hours} h = {rate}/h; {overtime} h at {multiplier}x and {double} h at 2x: premium "
                                 "{extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}"),
    QT_TRANSLATE_NOOP("reports", "The minimum wage is in {wage_currency} and you are paid in {currency}: each "
                                 "workweek converts it at the latest rate in your own records on or before the week's"
                                 " last day (a rate you recorded or a statement showed; else a converted payment's), "
                                 "never one from the network. The hourly minimum at that rate is the minimum in your "
                                 "pay's currency."),
    QT_TRANSLATE_NOOP("reports", "sum of each entry-day's own shortfall"),
    QT_TRANSLATE_NOOP("reports", "{required} - {pay}, not below zero"),
    QT_TRANSLATE_NOOP("reports", " (minimum {wage}/h at {rate})"),
    QT_TRANSLATE_NOOP("reports", "Workweek {start} to {end}: {hours} h at the minimum wage{converted} = {required}; "
                                 "the terms pay {pay}; short {shortfall} ({rule})."),
    QT_TRANSLATE_NOOP("reports", "Workweek {start} to {end}: {hours} h x {floor} = {required}; the terms pay {pay}; "
                                 "short {shortfall} ({required} - {pay}, not below zero)."),
    QT_TRANSLATE_NOOP("reports", "record the rate you were paid at: {command} (or any day before it)"),
    QT_TRANSLATE_NOOP("reports", "No minimum wage applies: none is known for this client's place, no pay terms are "
                                 "recorded, or no workweek ends in this period."),
    QT_TRANSLATE_NOOP("reports", "; the 7th consecutive day of the workweek too"),
)

WORDS = (
    QT_TRANSLATE_NOOP("reports", "owed: you are an employee"),
    QT_TRANSLATE_NOOP("reports", "none"),
    QT_TRANSLATE_NOOP("reports", "hours worked"),
    QT_TRANSLATE_NOOP("reports", "hours the terms pay for"),
    QT_TRANSLATE_NOOP("reports", "straight time"),
    QT_TRANSLATE_NOOP("reports", "bonuses and adjustments"),
    QT_TRANSLATE_NOOP("reports", "overtime premium owed"),
    QT_TRANSLATE_NOOP("reports", "earned"),
    QT_TRANSLATE_NOOP("reports", "shortfall"),
    QT_TRANSLATE_NOOP("reports", "paid"),
    QT_TRANSLATE_NOOP("reports", "balance"),
    QT_TRANSLATE_NOOP("reports", "hours"),
    QT_TRANSLATE_NOOP("reports", "regular rate"),
    QT_TRANSLATE_NOOP("reports", "overtime hours"),
    QT_TRANSLATE_NOOP("reports", "double-time hours"),
    QT_TRANSLATE_NOOP("reports", "premium"),
    QT_TRANSLATE_NOOP("reports", "rate"),
    QT_TRANSLATE_NOOP("reports", "minimum per hour"),
    QT_TRANSLATE_NOOP("reports", "required"),
    QT_TRANSLATE_NOOP("reports", "agreed pay"),
    QT_TRANSLATE_NOOP("reports", "productive"),
    QT_TRANSLATE_NOOP("reports", "training"),
    QT_TRANSLATE_NOOP("reports", "onboarding"),
    QT_TRANSLATE_NOOP("reports", "assessment"),
    QT_TRANSLATE_NOOP("reports", "waiting"),
    QT_TRANSLATE_NOOP("reports", "rework"),
    QT_TRANSLATE_NOOP("reports", "admin"),
    QT_TRANSLATE_NOOP("reports", "travel"),
    QT_TRANSLATE_NOOP("reports", "your record"),
    QT_TRANSLATE_NOOP("reports", "hour"),
)

# What a pay floor applies to, as resources/rules/pay_floors.json words it. A step puts a rule file's text in as it
# is (domain/explain.py); this one is a description, not a name or a citation, so it is said in the reader's
# language, keyed by its English (a text the rule file changes or adds stays English until listed here and
# translated: the tests read the rule file).
APPLIES_TO = (
    QT_TRANSLATE_NOOP("reports", "app-based restaurant delivery workers, per hour of active time, before tips"),
    QT_TRANSLATE_NOOP("reports", "app-based workers, per hour of engaged time (0.44 per minute; plus 0.74 per "
                                 "engaged mile and at least 5.00 per offer, not modelled)"),
    QT_TRANSLATE_NOOP("reports", "app-based workers, per hour of engaged time (0.45 per minute; plus 0.77 per "
                                 "engaged mile and at least 5.20 per offer, not modelled)"),
)


def translated(text: str) -> str:
    return translate("reports", text)


def figure(value: Any) -> str:
    """A number, an amount, hours or a day put in a step, as the report's language writes it."""
    if isinstance(value, Amount):
        return amount_in(value.amount, value.currency)
    if isinstance(value, Hours):
        return number(value.value)
    if isinstance(value, Decimal | int):
        return number(value)
    if isinstance(value, date):
        return day(value)
    return str(value)


def step_text(step: Step) -> str:
    """``step.text`` in the report's language, its figures written as the rest of the packet writes them (in English
    the command line's words, with grouped money: "USD 5,525.00")."""
    return step.said(translated, figure)


def source_text(step: Step) -> str:
    """The step's source: a citation or a page as the rule files write it, and for a value read at a secondary source
    the words around it in the report's language."""
    if step.source is None or current() == ENGLISH:
        return str(step.source or "")
    return value_said(step.source, translated, figure)


def cited(value: Sourced) -> str:
    """A rule value's page as the packet cites it (domain/explain.py's ``page_cited``), in the report's language."""
    return value_said(page_cited(value), translated, figure)


def numbers(step: Step) -> list[tuple[str, str]]:
    """``step.numbers`` in the report's language, (label, value), the values written as the packet writes them."""
    return [(translated(label), value_said(value, translated, figure)) for label, value in step.figures]
