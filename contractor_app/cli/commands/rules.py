"""`rules`: the minimum wages, pay floors, laws and mileage rates the figures use, with sources; override a minimum
wage.

`rules list --format json` is documented in docs/cli-json.md.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from ...domain.distance import DistanceRate
from ...domain.jurisdiction import check_jurisdiction
from ...domain.money import parse_decimal
from ...domain.rules import FreelancerLaw, MinimumWage, OvertimeRule, PayFloor, RuleBook, Sourced, chain, page_cited
from ...domain.rules import read_at_a_secondary_source as secondary
from ...domain.times import parse_date
from ..context import Context
from ..output import table

JSON_FORMAT = {"format": "contractor-ledger-rules-list", "version": 1}
NOT_ADVICE = "Not legal advice: check each value against its source."


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("rules", help="minimum wages and freelancer laws, with their sources")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the rules in use")
    listing.add_argument("--jurisdiction", help="only what applies to this place, e.g. US-NY-NYC")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(run=run_list)
    override = actions.add_parser("override", help="use your own value for a minimum wage")
    override.add_argument("--jurisdiction", required=True)
    override.add_argument("--from", dest="effective_from", required=True, metavar="DATE")
    override.add_argument("--amount", required=True, help="per hour")
    override.add_argument("--currency", required=True)
    override.add_argument("--note", default="", help="where the value comes from")
    override.set_defaults(run=run_override)


def run_list(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.rules import load_rules, no_statutory_minimum
    from ...services.trips import distance_rates

    with ctx.vault() as vault:
        book = load_rules(vault)
    place = check_jurisdiction(args.jurisdiction) if args.jurisdiction else None
    places = set(chain(place)) if place else None
    wanted: Callable[[str], bool] = lambda j: places is None or j in places
    rates = [rate for rate in distance_rates() if wanted(rate.jurisdiction)]
    if args.format == "json":
        json.dump(_json(book, place, wanted, rates), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    ctx.print("Minimum wages (the highest level in force applies)")
    ctx.print(*table(("Where", "From", "Legal amount", "Per hour", "Conversion", "For the self-employed", "Source",
                      "Read"), [_wage_row(w) for w in _sorted(book.minimum_wages) if wanted(w.jurisdiction)]))
    gaps = [u for u in book.unknown if wanted(u.jurisdiction)]
    if gaps:
        ctx.print("", "Changes not recorded here (no figure from these days: add your own with `rules override`)")
        ctx.print(*table(("Where", "From", "Rule", "Why"),
                         [(u.jurisdiction, u.effective_from, u.kind.replace("_", " "), u.reason)
                          for u in sorted(gaps, key=lambda u: (u.jurisdiction, u.effective_from))]))
    absent = [a for a in no_statutory_minimum() if wanted(a["jurisdiction"])]
    if absent:
        ctx.print("", "No statutory minimum wage")
        ctx.print(*table(("Where", "Note", "Source"), [(a["jurisdiction"], a["note"], a["source"]) for a in absent]))
    floors = [f for f in _sorted(book.pay_floors) if wanted(f.jurisdiction)]
    if floors:
        ctx.print("", "Pay floors for app-based work (used only for clients marked app-based)")
        ctx.print(*table(("Where", "From", "Floor", "Amount", "Applies to", "Source", "Read"), [
            (f.jurisdiction, f.effective_from, f.name, f"{f.currency} {f.amount}/{f.unit}", f.applies_to, page_cited(f),
             _read(f)) for f in floors]))
    ctx.print("", "Freelancer payment laws (independent contractors only)")
    ctx.print(*table(("Where", "From", "Law", "Covers from", "Requires", "Deadline if the contract names none",
                      "Remedy", "Source", "Read"), [_law_row(law) for law in _sorted(book.laws)
                                                     if wanted(law.jurisdiction)]))
    rules = [r for r in _sorted(book.overtime_rules) if wanted(r.jurisdiction)]
    if rules:
        ctx.print("", "Overtime (owed to employees; for contractors an estimate, in case of misclassification)")
        ctx.print(*table(("Where", "From", "Rule", "Over", "Source", "Read"), [
            (r.jurisdiction, r.effective_from, r.name, _overtime_text(r), page_cited(r), _read(r))
            for r in rules]))
    if rates:
        ctx.print("", "Mileage rates (the cost of driving your own vehicle for work, in the worker's country)")
        ctx.print(*table(("Where", "From", "Rate", "Amount", "Source", "Read"), [
            (rate.jurisdiction, rate.effective_from, rate.name, rate.label, page_cited(rate), _read(rate))
            for rate in rates]))
    ctx.print("", NOT_ADVICE)
    return 0


def _sorted(values: list[Any]) -> list[Any]:
    return sorted(values, key=lambda v: (v.jurisdiction, v.effective_from))


def _read(value: Sourced, overridden: bool = False) -> str:
    """When the source was read, and how good it is: a value read only at a secondary source says so and where it is
    still to be confirmed."""
    if overridden or value.source_read is None:  # only the worker's own values have no page read
        return "your value"
    if secondary(value):
        return f"{value.source_read} at a secondary source; to confirm at {value.official_source}"
    return value.source_read.isoformat()


def _wage_row(w: MinimumWage) -> tuple[object, ...]:
    conversion = "" if w.unit == "hour" else (f"/ {w.divisor} h: {w.divisor_basis}" if w.divisor else w.divisor_basis)
    return (w.jurisdiction, w.effective_from, f"{w.currency} {w.stated}/{w.unit}", f"{w.currency} {w.amount}",
            conversion, "benchmark" if w.benchmark else "binding", page_cited(w), _read(w, w.overridden))


def _overtime_text(rule: OvertimeRule) -> str:
    daily = (f", {rule.daily_hours} h a day (2x over {rule.daily_double_hours} h)"
             if rule.daily_hours is not None else "")
    return f"{rule.weekly_multiplier}x over {rule.weekly_hours} h a week{daily}" + (
        ", 7th consecutive day" if rule.seventh_day else "")


def _law_row(law: FreelancerLaw) -> tuple[object, ...]:
    return (law.jurisdiction, law.effective_from, f"{law.name} ({law.citation})",
            f"{law.currency} {law.contract_threshold} in {law.window_text}", law.requires,
            f"{law.deadline_days} days after completion", law.remedy, page_cited(law), _read(law))


def _text(value: Decimal | date | None) -> str | None:
    return None if value is None else (value.isoformat() if isinstance(value, date) else str(value))


def _secondary(value: MinimumWage | PayFloor | OvertimeRule | FreelancerLaw | DistanceRate) -> dict[str, str | None]:
    """Where a value read only at a secondary source is still to be confirmed, and what that page states; for one
    read in a copy of its official source, the official page the copy reproduces."""
    return {"official_source": value.official_source or None, "quote": value.quote or None,
            "official_page": value.official_page or None}


def _json(book: RuleBook, place: str | None, wanted: Callable[[str], bool],
          rates: list[DistanceRate]) -> dict[str, Any]:
    from ...services.rules import no_statutory_minimum

    common = lambda v: {"jurisdiction": v.jurisdiction, "effective_from": v.effective_from.isoformat()}

    def wage(w: MinimumWage) -> dict[str, Any]:
        return {**common(w), "amount": str(w.stated), "unit": w.unit, "currency": w.currency,
                "hourly": str(w.amount), "divisor": _text(w.divisor), "divisor_basis": w.divisor_basis or None,
                "benchmark": w.benchmark, "source": w.source, "source_read": _text(w.source_read),
                "confirmed": w.confirmed, **_secondary(w), "overridden": w.overridden, "note": w.note or None}

    def floor(f: PayFloor) -> dict[str, Any]:
        return {**common(f), "name": f.name, "citation": f.citation, "amount": str(f.amount), "unit": f.unit,
                "currency": f.currency, "applies_to": f.applies_to, "source": f.source,
                "source_read": _text(f.source_read), "confirmed": f.confirmed, **_secondary(f), "note": f.note or None}

    def overtime(rule: OvertimeRule) -> dict[str, Any]:
        return {**common(rule), "name": rule.name, "weekly_hours": str(rule.weekly_hours),
                "weekly_multiplier": str(rule.weekly_multiplier), "daily_hours": _text(rule.daily_hours),
                "daily_double_hours": _text(rule.daily_double_hours), "seventh_day": rule.seventh_day,
                "source": rule.source, "source_read": _text(rule.source_read), "confirmed": rule.confirmed,
                **_secondary(rule), "note": rule.note or None}

    def law(item: FreelancerLaw) -> dict[str, Any]:
        return {**common(item), "name": item.name, "citation": item.citation, "covers": "independent contractors",
                "threshold": str(item.contract_threshold), "currency": item.currency, "window": item.window,
                "window_days": item.threshold_days, "requires": item.requires, "deadline_days": item.deadline_days,
                "remedy": item.remedy, "remedy_multiplier": _text(item.remedy_multiplier), "source": item.source,
                "source_read": _text(item.source_read), "confirmed": item.confirmed, **_secondary(item),
                "note": item.note or None}

    def distance(rate: DistanceRate) -> dict[str, Any]:
        month, day = rate.year_starts
        return {**common(rate), "name": rate.name, "currency": rate.currency, "unit": rate.unit,
                "tiers": [{"up_to": _text(tier.up_to), "amount": str(tier.amount)} for tier in rate.tiers],
                "year_starts": f"{month:02d}-{day:02d}", "source": rate.source, "source_read": _text(rate.source_read),
                "confirmed": rate.confirmed, **_secondary(rate), "note": rate.note or None}

    return {
        **JSON_FORMAT, "jurisdiction": place, "notice": NOT_ADVICE,
        "minimum_wages": [wage(w) for w in _sorted(book.minimum_wages) if wanted(w.jurisdiction)],
        "unknown": [{"kind": u.kind, **common(u), "reason": u.reason} for u in _sorted(book.unknown)
                    if wanted(u.jurisdiction)],
        "no_statutory_minimum": [a for a in no_statutory_minimum() if wanted(a["jurisdiction"])],
        "pay_floors": [floor(f) for f in _sorted(book.pay_floors) if wanted(f.jurisdiction)],
        "freelancer_laws": [law(item) for item in _sorted(book.laws) if wanted(item.jurisdiction)],
        "overtime": [overtime(rule) for rule in _sorted(book.overtime_rules) if wanted(rule.jurisdiction)],
        "distance_rates": [distance(rate) for rate in rates],
    }


def run_override(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.rules import override_minimum_wage

    with ctx.vault() as vault:
        value = override_minimum_wage(vault, jurisdiction=args.jurisdiction, effective_from=parse_date(
            args.effective_from), amount=parse_decimal(args.amount, what="Amount"), currency=args.currency,
            note=args.note)
    ctx.print(f"From {value.effective_from}, {value.jurisdiction} minimum wage is {value.currency} {value.amount}/h "
              "in your figures (your override).")
    return 0
