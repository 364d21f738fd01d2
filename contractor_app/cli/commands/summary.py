"""`summary`: per client, hours, earned, paid, balance, the agreed pay against the minimum wage, overtime, late
and short payments, and contract notices; `--explain` shows how each was worked out (domain/explain.py). JSON
fields are documented in docs/cli-json.md."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ...domain.assessment import ClientPay
from ...domain.exchange import Quote
from ...domain.explain import explain, rate_places
from ...domain.money import Money
from ...domain.times import format_duration
from ..context import Context
from ..options import add_period, period
from ..output import hours

if TYPE_CHECKING:
    from ...services.access_requests import AccessRequestDetails
    from ...services.summary import Summary
    from ...services.vault import Vault

JSON_FORMAT = {"format": "contractor-ledger-summary", "version": 4}
NOT_ADVICE = "estimate — not legal advice"


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("summary", help="hours, earned, paid, balance and your rights, per client")
    add_period(parser)
    parser.add_argument("--client")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--explain", action="store_true",
                        help="show how each figure was worked out: rule, source, inputs and arithmetic, week by week")
    parser.set_defaults(run=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    # Plain SQL only (docs/decisions/0005): loading SQLAlchemy and the models took a third of the command at 100k.
    # Its service loads while the key is derived (docs/decisions/0006).
    with ctx.vault_and_profile(sessions=False, loads=("contractor_app.services.summary",)) as (vault, profile):
        from ...services.summary import summarize

        result = summarize(vault, period=period(args), tz=profile.timezone, client=args.client)
        follow_ups = [] if args.format == "json" else _follow_ups(vault, args.client)
    if args.format == "json":
        json.dump(_json(result, explained=args.explain), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
    else:
        ctx.print(*_text(result, explained=args.explain))
        if follow_ups:
            from .dsar import follow_up_line

            ctx.print("", *(follow_up_line(view) for view in follow_ups))
    return 0


def _follow_ups(vault: Vault, client: str | None) -> list[AccessRequestDetails]:
    """The access requests wanting a follow-up letter. Their reckoning reads through the ORM, so it is loaded only
    when the records hold a request at all (most never do)."""
    with vault.querying() as conn:
        if conn.execute("SELECT 1 FROM access_requests LIMIT 1").fetchone() is None:
            return []
    from ...services.access_requests import needing_attention

    return needing_attention(vault, client=client)


# --- text ------------------------------------------------------------------------------------------------------

def _text(result: Summary, *, explained: bool = False) -> list[str]:
    span = f"{result.period.start or 'the start'} to {result.period.end or 'today'}"
    if not result.clients:
        return [f"Nothing recorded from {span}."]
    lines = [f"Summary from {span}", ""]
    for item in result.clients:
        lines += _client_text(item) + _costs_text(result, item) + [""]
        if explained:
            lines += _explanation(item) + [""]
    costs = result.cost_totals()
    for currency, (earned, paid) in result.totals().items():
        spent = costs.get(currency)
        lines.append(f"Total {currency}: earned {earned}, paid {paid}, balance {earned - paid}"
                     + (f", costs {spent}" if spent is not None and spent.amount else ""))
    lines.append(f"Legal figures are an {NOT_ADVICE}.")
    return lines


def _client_text(item: ClientPay) -> list[str]:
    lines = [f"{item.client.name} ({item.entries} entries, {format_duration(item.worked_seconds)}, "
             f"{hours(item.worked_seconds)} h)"]
    for category, seconds in item.seconds_by_category.items():
        unpaid = "" if category in item.paid_seconds_by_category else "  unpaid"
        lines.append(f"  {category:<12} {hours(seconds):>8} h{unpaid}")
    lines += [f"  earned       {item.earned}", f"  paid         {item.paid}", f"  balance      {item.balance}"]
    if item.effective_hourly_rate is not None:
        lines.append(f"  real hourly rate {item.effective_hourly_rate}/h (paid over all hours worked)")
    check = item.minimum_wage
    if check is not None:
        verdict = (f"the agreed pay is BELOW it by {check.shortfall}" if check.below
                   else "the agreed pay is at or above it")
        basis = ", a benchmark: you are a contractor" if check.benchmark else ""
        converted = (f" = {check.hourly.currency} {rate_places(check.hourly.amount)}/h at "
                     f"{check.rate.rate.describe()}" if check.rate is not None and check.hourly is not None else "")
        lines.append(f"  minimum wage {check.wage.currency} {check.wage.amount}/h{check.wage.as_the_law_states()} "
                     f"({check.wage.jurisdiction}{basis})"
                     f"{converted}: {verdict}")
    needed = item.rate_needed
    if needed is not None:
        lines.append(f"  minimum wage in {needed.target}, pay in {needed.base}: {needed.weeks} workweek(s) to "
                     f"{needed.last_week_end} need an exchange rate; {needed.how()}")
    floor = item.pay_floor
    if floor is not None:
        verdict = (f"the agreed pay is BELOW it by {floor.shortfall}" if floor.below
                   else "the agreed pay is at or above it")
        lines.append(f"  pay floor {floor.floor.currency} {floor.floor.amount}/{floor.floor.unit} ({floor.floor.name}, "
                     f"app-based): {verdict}")
    if item.balance.amount > 0:
        lines.append(f"  still owed to you {item.balance} (money not yet received is owed, not underpaid)")
    if item.overtime is not None and item.overtime.seconds:
        owed = "owed" if item.overtime_owed else "if you were an employee"
        lines.append(f"  overtime ({item.overtime.rule.name}, {owed}): {hours(item.overtime.seconds)} h, "
                     f"premium {item.overtime_premium}")
    for late in item.late_payments:
        paid = f"paid {late.paid_on}" if late.paid_on else "not paid"
        lines.append(f"  LATE: {late.reference} {late.amount} due {late.due_on}, {paid}, {late.days_late} days late"
                     + (f"; {late.law.name}: {late.law.remedy}" if late.law else ""))
    for short in item.short_payments:
        lines.append(f"  SHORT: {short.covers.start}..{short.covers.end} earned {short.earned}, paid {short.paid}, "
                     f"short by {short.short}")
    for notice in item.contract_notices:
        lines.append(f"  CONTRACT: {notice.amount} by {notice.reached_on} within {notice.law.window_text}; "
                     f"{notice.law.name} entitles you to {notice.law.requires}, and none is on file")
    return lines


def _costs_text(result: Summary, item: ClientPay) -> list[str]:
    """The costs of the work and the real hourly rate net of them, when any cost is recorded."""
    costs = result.costs_of(item)
    if not (costs.total.amount or costs.other_currencies or costs.unpriced_trips):
        return []
    lines = [f"  costs        {costs.total} (fees {costs.fees}, expenses {costs.expenses}, "
             f"distance {costs.distance.rounded()})"]
    net = result.net_hourly_rate(item)
    if net is not None:
        lines.append(f"  net hourly rate {net}/h (paid less costs, over all hours worked)")
    if costs.other_currencies:
        lines.append(f"  not subtracted, in other currencies: {', '.join(map(str, costs.other_currencies))}")
    if costs.unpriced_trips:
        lines.append(f"  {costs.unpriced_trips} trip(s) not priced: no official rate for your country on that day "
                     "(set your jurisdiction in your profile)")
    return lines


def _explanation(item: ClientPay) -> list[str]:
    lines = [f"How the figures for {item.client.name} were worked out:"]
    for step in explain(item):
        lines.append(f"  [{step.topic}] {step.text}")
        if step.source:
            lines.append(f"      source: {step.source}")
        if step.numbers:
            lines.append("      " + "; ".join(f"{name} {value}" for name, value in step.numbers))
    return lines


# --- json ------------------------------------------------------------------------------------------------------

CENT = Decimal("0.01")


def _amount(value: Money | Decimal | None) -> str | None:
    """A decimal string with at least two decimals ("800.00"); a rate's extra digits are kept ("0.125")."""
    if value is None:
        return None
    amount = value.amount if isinstance(value, Money) else value
    return str(amount.quantize(CENT) if amount.as_tuple().exponent > -2 else amount)  # type: ignore[operator]  # finite here, so the exponent is an int


def _json(result: Summary, *, explained: bool = False) -> dict[str, Any]:
    return {
        **JSON_FORMAT,
        "from": result.period.start.isoformat() if result.period.start else None,
        "to": result.period.end.isoformat() if result.period.end else None,
        "notice": f"Minimum wage, overtime, remedies and notices are an {NOT_ADVICE}.",
        "clients": [{**_client_json(item), **_costs_json(result, item), **({"explanation": [
            {"topic": step.topic, "text": step.text, "source": None if step.source is None else str(step.source),
             "numbers": [{"what": name, "value": value} for name, value in step.numbers]}
            for step in explain(item)]} if explained else {})} for item in result.clients],
        "totals": [
            {"currency": currency, "earned": _amount(earned), "paid": _amount(paid), "balance": _amount(earned - paid),
             "costs": _amount(result.cost_totals().get(currency, Money(Decimal(0), currency)))}
            for currency, (earned, paid) in result.totals().items()
        ],
    }


def _costs_json(result: Summary, item: ClientPay) -> dict[str, Any]:
    costs = result.costs_of(item)
    return {
        "net_hourly_rate": _amount(result.net_hourly_rate(item)),
        "costs": {"fees": _amount(costs.fees), "expenses": _amount(costs.expenses.rounded()),
                  "distance": _amount(costs.distance.rounded()), "total": _amount(costs.total),
                  "other_currencies": [{"amount": _amount(m), "currency": m.currency}
                                       for m in costs.other_currencies],
                  "unpriced_trips": costs.unpriced_trips},
    }


def _rate(quote: Quote | None) -> dict[str, str] | None:
    """The rate as the worker's records hold it (1 ``from`` = ``rate`` ``to``), its day and where it came from."""
    if quote is None:
        return None
    rate = quote.rate
    return {"from": rate.from_currency, "to": rate.to_currency, "rate": f"{rate.rate.normalize():f}",
            "on": rate.on.isoformat(), "source": rate.source, "kind": rate.kind}


def _floor_json(item: ClientPay) -> dict[str, Any] | None:
    check = item.pay_floor
    if check is None:
        return None
    floor = check.floor
    return {
        "name": floor.name, "citation": floor.citation, "value": _amount(floor.amount), "currency": floor.currency,
        "unit": floor.unit, "applies_to": floor.applies_to, "jurisdiction": floor.jurisdiction,
        "effective_from": floor.effective_from.isoformat(), "source": floor.source, "confirmed": floor.confirmed,
        "required": _amount(check.required), "pay": _amount(check.pay), "below": check.below,
        "shortfall": _amount(check.shortfall),
        "weeks": [{"from": week.start.isoformat(), "to": week.end.isoformat(), "hours": str(hours(week.seconds)),
                   "required": _amount(week.required), "pay": _amount(week.pay), "shortfall": _amount(week.shortfall)}
                  for week in check.weeks],
    }


def _client_json(item: ClientPay) -> dict[str, Any]:
    check = item.minimum_wage
    over = item.overtime
    paid_seconds = sum(item.paid_seconds_by_category.values())
    return {
        "client": item.client.name, "currency": item.client.currency,
        "classification": item.client.classification, "entries": item.entries,
        "worked_seconds": item.worked_seconds, "paid_seconds": paid_seconds, "unpaid_seconds": item.unpaid_seconds,
        "hours": {"worked": str(hours(item.worked_seconds)), "paid": str(hours(paid_seconds)),
                  "unpaid": str(hours(item.unpaid_seconds))},
        "by_category": {
            name: {"seconds": seconds, "hours": str(hours(seconds)),
                   "paid": name in item.paid_seconds_by_category}
            for name, seconds in item.seconds_by_category.items()
        },
        "earned": _amount(item.earned), "straight_time": _amount(item.straight_earned.rounded()),
        "adjustments": _amount(item.adjustments), "paid": _amount(item.paid), "fees": _amount(item.fees),
        "balance": _amount(item.balance),
        "effective_hourly_rate": _amount(item.effective_hourly_rate),
        "earned_hourly_rate": _amount(item.earned_hourly_rate),
        "minimum_wage": None if check is None else {
            "value": _amount(check.wage.amount), "currency": check.wage.currency,
            "jurisdiction": check.wage.jurisdiction, "effective_from": check.wage.effective_from.isoformat(),
            "source": check.wage.source, "confirmed": check.wage.confirmed, "overridden": check.wage.overridden,
            "required_for_hours_worked": _amount(check.required), "pay": _amount(check.pay),
            "test": "every hour" if check.every_hour else "workweek", "basis": check.basis,
            "benchmark": check.benchmark,
            "hourly_in_pay_currency": rate_places(check.hourly.amount) if check.hourly else None,
            "exchange_rate": _rate(check.rate),
            "weeks": [{"from": week.start.isoformat(), "to": week.end.isoformat(),
                       "hours": str(hours(week.seconds)), "required": _amount(week.required),
                       "pay": _amount(week.pay), "shortfall": _amount(week.shortfall),
                       "exchange_rate": _rate(week.rate)} for week in check.weeks],
        },
        "exchange_rate_needed": None if item.rate_needed is None else {
            "from": item.rate_needed.base, "to": item.rate_needed.target, "weeks": item.rate_needed.weeks,
            "first_week_end": item.rate_needed.first_week_end.isoformat(),
            "last_week_end": item.rate_needed.last_week_end.isoformat(), "how": item.rate_needed.how()},
        "below_minimum": None if check is None else check.below,
        "minimum_wage_shortfall": None if check is None else _amount(check.shortfall),
        "pay_floor": _floor_json(item),
        "overtime_hours": str(hours(over.seconds)) if over else "0.00",
        "overtime_premium": _amount(item.overtime_premium),
        "overtime": None if over is None else {
            "rule": over.rule.name, "source": over.rule.source, "owed": item.overtime_owed,
            "time_and_a_half_hours": str(hours(over.time_and_a_half_seconds)),
            "double_time_hours": str(hours(over.double_seconds)),
        },
        "late_payments": [
            {"reference": late.reference, "amount": _amount(late.amount), "completed_on": late.completed_on.isoformat(),
             "due": late.due_on.isoformat(), "due_basis": late.due_basis,
             "paid_on": late.paid_on.isoformat() if late.paid_on else None, "days_late": late.days_late,
             "law": late.law.name if late.law else None, "remedy": late.law.remedy if late.law else None,
             "remedy_estimate": _amount(late.remedy_estimate), "source": late.law.source if late.law else None}
            for late in item.late_payments
        ],
        "short_payments": [
            {"from": short.covers.start.isoformat() if short.covers.start else None,
             "to": short.covers.end.isoformat() if short.covers.end else None,
             "earned": _amount(short.earned), "paid": _amount(short.paid), "short": _amount(short.short)}
            for short in item.short_payments
        ],
        "contract_notices": [
            {"law": notice.law.name, "threshold": _amount(notice.law.contract_threshold),
             "window_days": notice.law.threshold_days, "reached_on": notice.reached_on.isoformat(),
             "amount": _amount(notice.amount), "source": notice.law.source}
            for notice in item.contract_notices
        ],
    }
