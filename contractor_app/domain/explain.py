"""How each figure of an assessment was worked out, as plain data a worker or a clinic can check by hand.

``explain`` turns one client's ``ClientPay`` into a list of steps: the rule, its statute or source, the inputs
and the arithmetic, workweek by workweek. The CLI renders it (`summary --explain`); the GUI and the claim packet
can show the same steps. Nothing here computes a new figure: every number is one the assessment already holds,
so the explanation cannot disagree with the figure it explains.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from .assessment import ClientPay, RateNeeded
from .money import Money

CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Step:
    """One line of reckoning: what was done, under which rule, with which numbers."""

    topic: str  # hours | earned | overtime | minimum wage | paid
    text: str
    source: str | None = None  # a statute, a case or a URL
    numbers: tuple[tuple[str, str], ...] = ()  # (what, value), inputs then result


def hours(seconds: int) -> str:
    return f"{(Decimal(seconds) / 3600).quantize(CENT)}"


def _m(value: Money) -> str:
    return f"{value.currency} {value.rounded().amount}"


def explain(item: ClientPay) -> tuple[Step, ...]:
    steps = [*_hours(item), *_earned(item), *_overtime(item), *_minimum_wage(item), *_pay_floor(item),
             *_paid(item)]
    return tuple(steps)


def _hours(item: ClientPay) -> list[Step]:
    by = ", ".join(f"{name} {hours(seconds)} h" for name, seconds in item.seconds_by_category.items())
    return [Step("hours", f"Hours worked from {item.period.start} to {item.period.end}, by the days of your own "
                          f"zone: {hours(item.worked_seconds)} h ({by or 'none'}).",
                 numbers=(("hours worked", hours(item.worked_seconds)),
                          ("hours the terms pay for", hours(item.worked_seconds - item.unpaid_seconds))))]


def _earned(item: ClientPay) -> list[Step]:
    employee = item.client.classification == "employee"
    steps = [Step("earned", "Straight time: each day's work at the terms in force that day (hourly: rate x hours; "
                            "per unit: rate x units, on the day the entry started; a fixed price once, on the day of "
                            "the engagement's first work), rounded to the cent day by day.",
                  numbers=(("straight time", _m(item.straight_earned)),))]
    if employee:
        steps.append(Step("earned", "You are an employee: hours in categories the terms call unpaid are still hours "
                                    "worked and are paid, at the agreed hourly rate (or the minimum wage under "
                                    "per-unit terms).", source="29 CFR 778.318"))
    if item.adjustments.amount:
        steps.append(Step("earned", "Bonuses and adjustments dated in the period are added.",
                          numbers=(("bonuses and adjustments", _m(item.adjustments)),)))
    owed = item.overtime_premium if item.overtime_owed else Money(Decimal(0), item.client.currency)
    steps.append(Step("earned", "Earned = straight time + bonuses and adjustments + overtime premium (owed to "
                                "employees only).",
                      numbers=(("straight time", _m(item.straight_earned)), ("bonuses and adjustments",
                               _m(item.adjustments)), ("overtime premium owed", _m(owed)),
                               ("earned", _m(item.earned)))))
    return steps


def _overtime(item: ClientPay) -> list[Step]:
    over = item.overtime
    if over is None:
        return [Step("overtime", "No overtime rule is known for this client's jurisdiction.")]
    rule = over.rule
    daily = (f", and over {rule.daily_hours} h in a workday ({rule.daily_double_hours} h: double time)"
             if rule.daily_hours is not None else "")
    where = item.workday.describe() if item.workday else "workdays in your zone"
    status = "owed: you are an employee" if item.overtime_owed else "an estimate only: you are a contractor"
    steps = [Step("overtime", f"{rule.name}: {rule.weekly_multiplier}x the regular rate for hours over "
                              f"{rule.weekly_hours} in the workweek{daily}"
                              f"{'; the 7th consecutive day of the workweek too' if rule.seventh_day else ''} "
                              f"({status}). Each workweek is assessed whole, in the law's days ({where}), and "
                              "counted once, in the period holding its last day. The premium is what overtime adds "
                              "to the straight time already counted: (multiplier - 1) x regular rate x hours; the "
                              "regular rate is the week's straight time plus bonuses over all its hours.",
                  source=rule.source)]
    for week in over.weeks:
        extra = rule.weekly_multiplier - 1
        steps.append(Step(
            "overtime",
            f"Workweek {week.week_start} to {week.week_start + timedelta(days=6)}: {hours(week.seconds)} h; "
            f"regular rate ({week.straight.quantize(CENT)} + bonus {week.bonus.quantize(CENT)}) / "
            f"{hours(week.seconds)} h = {week.regular_rate.quantize(CENT)}/h; "
            f"{hours(week.time_and_a_half_seconds)} h at {rule.weekly_multiplier}x and "
            f"{hours(week.double_seconds)} h at 2x: premium {extra} x {week.regular_rate.quantize(CENT)} x "
            f"{hours(week.time_and_a_half_seconds)} + 1 x {week.regular_rate.quantize(CENT)} x "
            f"{hours(week.double_seconds)} = {week.premium.quantize(CENT)}",
            numbers=(("hours", hours(week.seconds)), ("regular rate", str(week.regular_rate.quantize(CENT))),
                     ("overtime hours", hours(week.time_and_a_half_seconds)),
                     ("double-time hours", hours(week.double_seconds)), ("premium", str(week.premium.quantize(CENT))))))
    return steps


def _minimum_wage(item: ClientPay) -> list[Step]:
    check = item.minimum_wage
    needed = [_rate_needed(item.rate_needed)] if item.rate_needed else []
    if check is None:
        return needed or [Step("minimum wage", "No minimum wage applies: none is known for this client's place, no "
                                               "pay terms are recorded, or no workweek ends in this period.")]
    wage = check.wage
    test = ("every hour on its own: an entry's pay covers that entry's hours only, and an hour paid nothing is "
            "short by the whole minimum wage" if check.every_hour else
            "per workweek: the week's agreed pay (with bonuses and adjustments) against its hours at the minimum wage")
    who = ("You are a contractor: the minimum wage is a benchmark, a right only if you were misclassified. "
           if check.benchmark else "")
    steps = [Step("minimum wage", f"{who}Judged on what the agreed terms pay for the hours (hours in unpaid "
                                  f"categories count as paid nothing), never on money received: money not yet "
                                  f"received is owed, not underpaid. Minimum wage {wage.currency} {wage.amount}/h"
                                  f"{wage.as_the_law_states()} ({wage.jurisdiction}, from {wage.effective_from}); "
                                  f"test: {test}.",
                  source=f"{check.basis}; {wage.source}")]
    if check.rate is not None:
        steps.append(Step("minimum wage", f"The minimum wage is in {wage.currency} and you are paid in "
                                          f"{item.client.currency}: each workweek converts it at the latest rate in "
                                          "your own records on or before the week's last day (a rate you recorded "
                                          "or a statement showed; else a converted payment's), never one from the "
                                          "network. The hourly minimum at that rate is the minimum in your pay's "
                                          "currency.",
                          numbers=(("rate", check.rate.rate.describe()),
                                   ("minimum per hour", f"{check.hourly.currency} {rate_places(check.hourly.amount)}"
                                    if check.hourly else "-"))))
    steps += needed
    for week in check.weeks:
        rule = "sum of each entry-day's own shortfall" if check.every_hour else \
            f"{_m(week.required)} - {_m(week.pay)}, not below zero"
        converted = (f" (minimum {week.wage.currency} {week.wage.amount}/h at {week.rate.rate.describe()})"
                     if week.rate is not None and week.wage is not None else "")
        steps.append(Step(
            "minimum wage",
            f"Workweek {week.start} to {week.end}: {hours(week.seconds)} h at the minimum wage{converted} = "
            f"{_m(week.required)}; "
            f"the terms pay {_m(week.pay)}; short {_m(week.shortfall)} ({rule}).",
            numbers=(("hours", hours(week.seconds)), ("required", _m(week.required)), ("agreed pay", _m(week.pay)),
                     ("shortfall", _m(week.shortfall)))))
    steps.append(Step("minimum wage", "Shortfall for the period = the sum of its workweeks' shortfalls.",
                      numbers=(("shortfall", _m(check.shortfall)),)))
    return steps


def _pay_floor(item: ClientPay) -> list[Step]:
    check = item.pay_floor
    if check is None:
        return []  # only for clients marked app-based, where a law sets a floor
    floor = check.floor
    steps = [Step("pay floor", f"You marked this client as app-based: {floor.name} ({floor.citation}) sets "
                               f"{floor.currency} {floor.amount} per {floor.unit} for {floor.applies_to}, from "
                               f"{floor.effective_from}, whatever your classification. Judged per workweek: the "
                               "hours recorded at the floor against what the agreed terms pay for them, bonuses and "
                               "adjustments dated in the week included (tips are not pay under these laws).",
                  source=floor.source)]
    for week in check.weeks:
        steps.append(Step(
            "pay floor",
            f"Workweek {week.start} to {week.end}: {hours(week.seconds)} h x {floor.amount} = {_m(week.required)}; "
            f"the terms pay {_m(week.pay)}; short {_m(week.shortfall)} ({_m(week.required)} - {_m(week.pay)}, not "
            "below zero).",
            numbers=(("hours", hours(week.seconds)), ("required", _m(week.required)), ("agreed pay", _m(week.pay)),
                     ("shortfall", _m(week.shortfall)))))
    steps.append(Step("pay floor", "Shortfall for the period = the sum of its workweeks' shortfalls.",
                      numbers=(("shortfall", _m(check.shortfall)),)))
    return steps


def rate_places(amount: Decimal) -> str:
    """A converted hourly minimum to four places ("1.4953"): a cent would hide the rate's effect."""
    return f"{amount.quantize(Decimal('0.0001'))}"


def _rate_needed(needed: RateNeeded) -> Step:
    span = (f"the workweek ending {needed.first_week_end}" if needed.weeks == 1 else
            f"{needed.weeks} workweeks ending {needed.first_week_end} to {needed.last_week_end}")
    return Step("minimum wage", f"The minimum wage here is in {needed.target} and you are paid in {needed.base}: "
                                f"{span} cannot be compared without an exchange rate from your own records (this "
                                f"app never takes one from the network). To compare, {needed.how()}.")


def _paid(item: ClientPay) -> list[Step]:
    return [Step("paid", "Amounts allocated to entries count on the entry's day; the rest of a payment counts "
                         "when the period it covers ends in this period (the day it came, if no period is recorded). "
                         "Balance = earned - paid: money still owed to you (late if past its due date).",
                 numbers=(("earned", _m(item.earned)), ("paid", _m(item.paid)), ("balance", _m(item.balance))))]
