"""`incident add`, `incident list` and `incident update`: data breach notices and disputes, what you did, and what
they cost you in money and time."""

from __future__ import annotations

import argparse
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from ...domain.money import parse_decimal
from ...domain.times import iso_utc
from ...errors import InvalidInput
from ..choices import INCIDENT_KINDS as KINDS
from ..choices import INCIDENT_STATUSES as STATUSES
from ..context import Context
from ..options import add_period, optional_date, record_number
from ..records import add_list, print_records, record_command

if TYPE_CHECKING:
    from ...services.incidents import IncidentDetails

# "2h30m", "2 h 30 min", "45m", "3h", "2:30" (hours:minutes), or "90" (minutes).
_DURATION = re.compile(r"^(?:(?P<h>\d+)\s*h)?\s*(?:(?P<m>\d+)\s*m(?:in)?)?$")
_CLOCK = re.compile(r"^(?P<h>\d+):(?P<m>[0-5]\d)$")

JSON_FORMAT = {"format": "contractor-ledger-incidents", "version": 1}
ID = record_number("incident")  # a record's number, as the lists show it


def register(commands: argparse._SubParsersAction) -> None:
    actions = record_command(commands, "incident", "record a data breach notice or a dispute")

    add = actions.add_parser("add", help="record a breach notice or a dispute")
    add.add_argument("--kind", choices=KINDS, required=True)
    add.add_argument("--company", help="the company's legal name (default: the client's)")
    add.add_argument("--client", help="the client it concerns, if any")
    add.add_argument("--notice-date", metavar="DATE", help="the day the notice reached you")
    add_period(add)  # --from/--to: when the breach or the dispute happened
    add.add_argument("--data", help="the kinds of data involved, as the notice lists them")
    add.add_argument("--steps", help="what you did: credit freeze, password changes, a complaint...")
    add.add_argument("--note", help="account or worker id, claim code, fraud events...")
    _add_costs(add)
    add.set_defaults(run=run_add)

    add_list(actions, "list incidents", run_list)

    update = actions.add_parser("update", help="close or reopen an incident, or add the steps you took")
    update.add_argument("id", type=ID, metavar="ID")
    update.add_argument("--status", choices=STATUSES)
    update.add_argument("--steps", help="steps you took since, added to the ones recorded")
    _add_costs(update, replaces=True)
    update.set_defaults(run=run_update)


def _add_costs(parser: argparse.ArgumentParser, replaces: bool = False) -> None:
    total = " in all so far (replaces what was recorded)" if replaces else ""
    parser.add_argument("--costs", metavar="AMOUNT",
                        help=f"money it cost you{total}, e.g. credit monitoring or postage")
    parser.add_argument("--currency", help="the currency of the costs (default: "
                                           + ("the one recorded, else " if replaces else "") + "your currency)")
    parser.add_argument("--time-spent", metavar="DURATION",
                        help=f'time it took you{total}, e.g. "2h30m", "45m" or "2:30"')


def duration_minutes(text: str | None) -> int | None:
    """Minutes from "2h30m", "2 h 30 min", "45m", "3h", "2:30" or "90"; None for no text."""
    if text is None:
        return None
    cleaned = text.strip().lower()
    if cleaned.isdigit():
        return int(cleaned)
    match = _CLOCK.match(cleaned) or _DURATION.match(cleaned)
    if not cleaned or match is None:
        raise InvalidInput(f"Time spent {text!r} is not understood; write it like 2h30m, 45m or 2:30.")
    return int(match["h"] or 0) * 60 + int(match["m"] or 0)


def _costs(args: argparse.Namespace) -> Decimal | None:
    return parse_decimal(args.costs, what="Costs") if args.costs is not None else None



def run_add(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.incidents import NewIncident, record_incident
    from ...services.profile import load_profile

    new = NewIncident(
        kind=args.kind, company=args.company, client=args.client, notice_on=optional_date(args.notice_date),
        started_on=optional_date(args.date_from), ended_on=optional_date(args.date_to), data_involved=args.data,
        steps_taken=args.steps, note=args.note, costs=_costs(args), costs_currency=args.currency,
        time_spent_minutes=duration_minutes(args.time_spent),
    )
    with ctx.vault() as vault:
        if new.costs is not None and new.costs_currency is None:
            new = replace(new, costs_currency=load_profile(vault).currency)
        view = record_incident(vault, new)
    ctx.print(f"Recorded incident #{view.id}: {view.kind} at {view.company} ({view.status}){_spent(view)}.")
    return 0


def run_update(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.incidents import IncidentUpdate, get_incident, update_incident
    from ...services.profile import load_profile

    update = IncidentUpdate(id=args.id, status=args.status, steps=args.steps, costs=_costs(args),
                            costs_currency=args.currency, time_spent_minutes=duration_minutes(args.time_spent))
    with ctx.vault() as vault:
        if update.costs is not None and update.costs_currency is None:
            recorded = get_incident(vault, args.id).costs
            update = replace(update, costs_currency=recorded.currency if recorded else load_profile(vault).currency)
        view = update_incident(vault, update)
    ctx.print(f"Updated incident #{view.id}: {view.kind} at {view.company} ({view.status}){_spent(view)}.")
    return 0


def _spent(view: IncidentDetails) -> str:
    """", costs USD 45.00, time spent 2 h 30 min" (empty when neither is recorded)."""
    parts = []
    if view.costs is not None:
        parts.append(f"costs {view.costs}")
    if view.time_spent_minutes is not None:
        parts.append(f"time spent {_hours(view.time_spent_minutes)}")
    return "".join(f", {part}" for part in parts)


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return " ".join(filter(None, (f"{hours} h" if hours else "", f"{rest} min" if rest or not hours else "")))


def run_list(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.incidents import list_incidents

    with ctx.vault() as vault:
        incidents = list_incidents(vault, args.client)
    print_records(ctx, args, incidents, json_format=JSON_FORMAT, key="incidents", as_json=_json,
                  empty='No incidents recorded. Add a breach notice with: contractor-app incident add --kind breach '
                        '--company "..." --notice-date DATE',
                  columns=("Id", "Kind", "Company", "Client", "Notice", "From", "To", "Status", "Costs", "Time spent",
                           "Data involved"),
                  row=lambda i: (f"#{i.id}", i.kind, i.company, i.client or "-", i.notice_on or "-",
                                 i.started_on or "-", i.ended_on or "-", i.status, i.costs or "-",
                                 _hours(i.time_spent_minutes) if i.time_spent_minutes is not None else "-",
                                 (i.data_involved or "")[:40]))
    return 0


def _json(incident: IncidentDetails) -> dict[str, object]:
    def day(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": incident.id, "kind": incident.kind, "company": incident.company, "client": incident.client,
        "notice_on": day(incident.notice_on), "started_on": day(incident.started_on),
        "ended_on": day(incident.ended_on), "data_involved": incident.data_involved,
        "steps_taken": incident.steps_taken, "status": incident.status, "note": incident.note,
        "costs": str(incident.costs.amount) if incident.costs else None,
        "costs_currency": incident.costs.currency if incident.costs else None,
        "time_spent_minutes": incident.time_spent_minutes, "entered_at": iso_utc(incident.entered_at),
    }
