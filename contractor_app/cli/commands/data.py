"""`data handled`, `data collected` and `data list`: what data your work involved and what was collected about you."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ...domain.times import iso_utc
from ..choices import CONSENTS, MONITORING_TYPES, SENSITIVITIES
from ..context import Context
from ..options import add_period, optional_date
from ..records import add_list, print_records, record_command

if TYPE_CHECKING:
    from ...services.privacy import DataRecordDetails

JSON_FORMAT = {"format": "contractor-ledger-data-records", "version": 1}


def register(commands: argparse._SubParsersAction) -> None:
    actions = record_command(commands, "data", "record data you handled, or data collected about you")

    handled = actions.add_parser("handled", help="data you handled for a client (recordings, images, chats...)")
    handled.add_argument("--client", required=True)
    handled.add_argument("--categories", required=True,
                         help='comma-separated kinds of data, e.g. "audio recordings,chat logs"')
    handled.add_argument("--whose", help='whose data it was, e.g. "end users of the client"')
    handled.add_argument("--sensitivity", choices=SENSITIVITIES)
    add_period(handled)
    handled.add_argument("--note")
    handled.set_defaults(run=run_handled)

    collected = actions.add_parser("collected", help="data a client or platform collected about you")
    collected.add_argument("--client", required=True)
    collected.add_argument("--type", dest="monitoring_type", required=True,
                           help=f"what was collected: {', '.join(MONITORING_TYPES)}")
    collected.add_argument("--tool", required=True, help='the tool or system, e.g. Hubstaff (or "unknown")')
    collected.add_argument("--consent", required=True, help=f"how you agreed: {', '.join(CONSENTS)}")
    collected.add_argument("--retention", help="what you were told about how long it is kept")
    collected.add_argument("--categories", default="", help="comma-separated kinds of data it captured")
    add_period(collected)
    collected.add_argument("--note")
    collected.set_defaults(run=run_collected)

    add_list(actions, "list your data records", run_list)


def run_handled(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.privacy import NewDataHandled, record_data_handled

    new = NewDataHandled(
        client=args.client, categories=tuple(args.categories.split(",")), whose_data=args.whose,
        sensitivity=args.sensitivity, started_on=optional_date(args.date_from),
        ended_on=optional_date(args.date_to), note=args.note,
    )
    with ctx.vault() as vault:
        view = record_data_handled(vault, new)
    ctx.print(f"Recorded data record #{view.id}: you handled {', '.join(view.categories)} for {view.client}.")
    return 0


def run_collected(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.privacy import NewDataCollected, record_data_collected

    new = NewDataCollected(
        client=args.client, monitoring_type=args.monitoring_type, tool=args.tool, consent=args.consent,
        retention_told=args.retention, categories=tuple(args.categories.split(",")),
        started_on=optional_date(args.date_from), ended_on=optional_date(args.date_to), note=args.note,
    )
    with ctx.vault() as vault:
        view = record_data_collected(vault, new)
    ctx.print(f"Recorded data record #{view.id}: {view.client} collected {view.monitoring_type} with {view.tool} "
              f"(consent: {view.consent}).")
    return 0


def run_list(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.privacy import list_data_records

    with ctx.vault() as vault:
        records = list_data_records(vault, args.client)
    print_records(ctx, args, records, json_format=JSON_FORMAT, key="records", as_json=_json,
                  empty='No data records yet. Add one with: contractor-app data handled --client NAME '
                        '--categories "chat logs"',
                  columns=("Id", "Client", "Kind", "What", "Details", "From", "To"), row=_row)
    return 0


def _row(record: DataRecordDetails) -> tuple[object, ...]:
    if record.direction == "handled":
        what = ", ".join(record.categories)
        details = "; ".join(filter(None, (record.sensitivity and f"sensitivity {record.sensitivity}",
                                          record.whose_data)))
    else:
        what = f"{record.monitoring_type} ({record.tool})"
        details = "; ".join(filter(None, (f"consent: {record.consent}",
                                          record.retention_told and f"kept: {record.retention_told}")))
    return (f"#{record.id}", record.client, record.direction, what[:50], details[:50],
            record.started_on or "-", record.ended_on or "-")


def _json(record: DataRecordDetails) -> dict[str, object]:
    return {
        "id": record.id, "client": record.client, "direction": record.direction,
        "categories": list(record.categories), "whose_data": record.whose_data, "sensitivity": record.sensitivity,
        "monitoring_type": record.monitoring_type, "tool": record.tool, "consent": record.consent,
        "retention_told": record.retention_told,
        "started_on": record.started_on.isoformat() if record.started_on else None,
        "ended_on": record.ended_on.isoformat() if record.ended_on else None,
        "note": record.note, "entered_at": iso_utc(record.entered_at),
    }
