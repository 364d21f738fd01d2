"""`incident add`, `incident list` and `incident update`: data breach notices and disputes, and what you did."""

from __future__ import annotations

import argparse
import json
from datetime import date

from ...domain.times import iso_utc
from ...services.incidents import (
    KINDS, STATUSES, IncidentUpdate, IncidentView, NewIncident, list_incidents, record_incident, update_incident,
)
from ..context import Context
from ..options import add_period, optional_date
from ..output import table

JSON_FORMAT = {"format": "contractor-ledger-incidents", "version": 1}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("incident", help="record a data breach notice or a dispute")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(parser))

    add = actions.add_parser("add", help="record a breach notice or a dispute")
    add.add_argument("--kind", choices=KINDS, required=True)
    add.add_argument("--company", help="the company's legal name (default: the client's)")
    add.add_argument("--client", help="the client it concerns, if any")
    add.add_argument("--notice-date", metavar="DATE", help="the day the notice reached you")
    add_period(add)  # --from/--to: when the breach or the dispute happened
    add.add_argument("--data", help="the kinds of data involved, as the notice lists them")
    add.add_argument("--steps", help="what you did: credit freeze, password changes, a complaint...")
    add.add_argument("--note", help="account or worker id, claim code, fraud, costs, time spent...")
    add.set_defaults(run=run_add)

    listing = actions.add_parser("list", help="list incidents")
    listing.add_argument("--client")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(run=run_list)

    update = actions.add_parser("update", help="close or reopen an incident, or add the steps you took")
    update.add_argument("id", type=_id, metavar="ID")
    update.add_argument("--status", choices=STATUSES)
    update.add_argument("--steps", help="steps you took since, added to the ones recorded")
    update.set_defaults(run=run_update)


def _id(text: str) -> int:
    if not text.lstrip("#").isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not an incident number")
    return int(text.lstrip("#"))


def run_add(ctx: Context, args: argparse.Namespace) -> int:
    new = NewIncident(
        kind=args.kind, company=args.company, client=args.client, notice_on=optional_date(args.notice_date),
        started_on=optional_date(args.date_from), ended_on=optional_date(args.date_to), data_involved=args.data,
        steps_taken=args.steps, note=args.note,
    )
    with ctx.vault() as vault:
        view = record_incident(vault, new)
    ctx.print(f"Recorded incident #{view.id}: {view.kind} at {view.company} ({view.status}).")
    return 0


def run_update(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.vault() as vault:
        view = update_incident(vault, IncidentUpdate(id=args.id, status=args.status, steps=args.steps))
    ctx.print(f"Updated incident #{view.id}: {view.kind} at {view.company} ({view.status}).")
    return 0


def run_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.vault() as vault:
        incidents = list_incidents(vault, args.client)
    if args.format == "json":
        json.dump({**JSON_FORMAT, "incidents": [_json(incident) for incident in incidents]}, ctx.out,
                  ensure_ascii=False, indent=1)
        ctx.out.write("\n")
    elif not incidents:
        ctx.print('No incidents recorded. Add a breach notice with: contractor-app incident add --kind breach '
                  '--company "..." --notice-date DATE')
    else:
        ctx.print(*table(("Id", "Kind", "Company", "Client", "Notice", "From", "To", "Status", "Data involved"),
                         [(f"#{i.id}", i.kind, i.company, i.client or "-", i.notice_on or "-", i.started_on or "-",
                           i.ended_on or "-", i.status, (i.data_involved or "")[:40]) for i in incidents]))
    return 0


def _json(incident: IncidentView) -> dict[str, object]:
    def day(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": incident.id, "kind": incident.kind, "company": incident.company, "client": incident.client,
        "notice_on": day(incident.notice_on), "started_on": day(incident.started_on),
        "ended_on": day(incident.ended_on), "data_involved": incident.data_involved,
        "steps_taken": incident.steps_taken, "status": incident.status, "note": incident.note,
        "entered_at": iso_utc(incident.entered_at),
    }
