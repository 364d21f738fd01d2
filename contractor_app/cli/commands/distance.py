"""`distance add`, `distance import-gpx`, `distance list` and `distance delete`: the odometer log of distance driven
for work (typed in, or measured from a GPX track), priced at the official per-distance rate of your country (`rules`
files, with sources); the summary counts it as a cost."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ...domain.distance import UNITS
from ...domain.money import parse_decimal
from ...domain.times import parse_date
from ..context import Context
from ..options import period, record_number
from ..records import add_delete, add_list, print_records, record_command

if TYPE_CHECKING:
    from ...services.trips import TripRow

JSON_FORMAT = {"format": "contractor-ledger-distance", "version": 1}
ID = record_number()  # a record's number, as the lists show it


def register(commands: argparse._SubParsersAction) -> None:
    actions = record_command(commands, "distance", "log distance driven for work, priced at the official rate")

    add = actions.add_parser("add", help="record distance driven for a client on a day")
    add.add_argument("--client", required=True)
    add.add_argument("--date", required=True)
    add.add_argument("--distance", required=True, help="e.g. 42.5")
    add.add_argument("--unit", choices=UNITS, default="km")
    add.add_argument("--note", help="where to, odometer readings...")
    add.set_defaults(run=run_add)

    add_list(actions, "list the distance log with each trip's cost", run_list, period=True)

    gpx = actions.add_parser("import-gpx", help="add one trip per track and day of a GPX file")
    gpx.add_argument("file", type=Path, metavar="FILE")
    gpx.add_argument("--client", required=True)
    gpx.add_argument("--unit", choices=UNITS, help="default: the unit of your country's official rate, else km")
    gpx.set_defaults(run=run_import_gpx)

    add_delete(actions, "delete a trip recorded by mistake (audited)", run_delete, ID)



def run_add(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.trips import add_trip

    distance = parse_decimal(args.distance, what="Distance")
    with ctx.vault() as vault:
        view = add_trip(vault, client=args.client, on=parse_date(args.date), distance=distance, unit=args.unit,
                        note=args.note)
    ctx.print(f"Recorded trip #{view.id}: {view.distance} {view.unit} for {view.client} on {view.on}, {_cost(view)}.")
    return 0


def _cost(view: TripRow) -> str:
    if view.rate is None or view.cost is None:
        return "not priced: no official rate is known for your country on that day (set it with `init` or the app)"
    return f"cost {view.cost.rounded()} at {view.rate.label} ({view.rate.name})"


def run_import_gpx(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.trips import import_gpx, preferred_unit

    with ctx.vault() as vault:
        result = import_gpx(vault, args.file, client=args.client, unit=args.unit or preferred_unit(vault))
    for view in result.added:
        ctx.print(f"Recorded trip #{view.id}: {view.distance} {view.unit} for {view.client} on {view.on}, "
                  f"{_cost(view)}.")
    if result.skipped:
        ctx.print(f"Skipped {result.skipped} track day(s) already in the log or of no distance.")
    if not result.added:
        ctx.print("No new trips were recorded.")
    return 0


def run_list(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.trips import list_trips

    with ctx.vault() as vault:
        trips = list_trips(vault, period=period(args), client=args.client)
    print_records(ctx, args, trips, json_format=JSON_FORMAT, key="trips", as_json=_json,
                  empty="No distance recorded. Add a trip with: contractor-app distance add --client NAME --date DATE "
                        "--distance 42 --unit km",
                  columns=("Id", "Date", "Client", "Distance", "Cost", "Rate", "Note"),
                  row=lambda t: (f"#{t.id}", t.on, t.client, f"{t.distance} {t.unit}",
                                 t.cost.rounded() if t.cost else "-", t.rate.label if t.rate else "-",
                                 (t.note or "")[:40]))
    return 0


def run_delete(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.trips import delete_trip

    with ctx.vault() as vault:
        removed = delete_trip(vault, args.id)
    ctx.print(f"Deleted trip #{removed.view.id} ({removed.view.distance} {removed.view.unit}, {removed.view.on}); "
              "the deletion is in the audit trail.")
    return 0


def _json(trip: TripRow) -> dict[str, object]:
    rate = trip.rate
    return {"id": trip.id, "client": trip.client, "date": trip.on.isoformat(), "distance": str(trip.distance),
            "unit": trip.unit, "source": trip.source, "note": trip.note,
            "cost": str(trip.cost.rounded().amount) if trip.cost else None,
            "currency": trip.cost.currency if trip.cost else None,
            "rate": None if rate is None else {"name": rate.name, "jurisdiction": rate.jurisdiction,
                                               "effective_from": rate.effective_from.isoformat(),
                                               "label": rate.label, "source": rate.source,
                                               "confirmed": rate.confirmed}}
