"""`evidence add`, `evidence link`, `evidence list` and `evidence export`: files kept as proof, encrypted with
your records, each with its SHA-256 fingerprint."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ...domain.times import iso_utc
from ..context import Context
from ..options import record_number
from ..records import add_list, print_records, record_command

if TYPE_CHECKING:
    from ...services.evidence import EvidenceRow, Link

JSON_FORMAT = {"format": "contractor-ledger-evidence", "version": 1}
ID = record_number()  # a record's number, as the lists show it


def register(commands: argparse._SubParsersAction) -> None:
    actions = record_command(commands, "evidence", "keep files as proof: contracts, pay stubs, screenshots, emails")

    add = actions.add_parser("add", help="keep a copy of a file with your records")
    add.add_argument("file", type=Path, metavar="FILE")
    add.add_argument("--name", help="name to keep it under (default: the file's name)")
    add.add_argument("--type", dest="media_type", metavar="TYPE",
                     help="file type such as application/pdf (default: guessed from the name)")
    add.add_argument("--note")
    _link_options(add)
    add.set_defaults(run=run_add)

    link = actions.add_parser("link", help="link kept evidence to a client, entry, payment, invoice or incident")
    link.add_argument("id", type=ID, metavar="ID")
    _link_options(link)
    link.set_defaults(run=run_link)

    add_list(actions, "list the evidence you kept", run_list, client=False)

    export = actions.add_parser("export", help="write a copy of kept evidence to a file")
    export.add_argument("id", type=ID, metavar="ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="a new file to write")
    export.set_defaults(run=run_export)


def _link_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--client", action="append", default=[], metavar="NAME", help="what it is about (repeatable)")
    for entity in ("entry", "payment", "invoice", "incident"):
        parser.add_argument(f"--{entity}", action="append", default=[], type=ID, metavar="ID")



def _links(args: argparse.Namespace) -> list[Link]:
    links: list[Link] = [("client", name) for name in args.client]
    for entity in ("entry", "payment", "invoice", "incident"):
        links += [(entity, number) for number in getattr(args, entity)]
    return links


def run_add(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.evidence import add_evidence

    with ctx.vault() as vault:
        view = add_evidence(vault, args.file, args.name, args.media_type, args.note, _links(args))
    ctx.print(f"Kept evidence #{view.id}: {view.name} ({view.media_type}, {_size(view.size)}).",
              f"SHA-256: {view.sha256}")
    if view.links:
        ctx.print(f"Linked to: {', '.join(link.label for link in view.links)}.")
    return 0


def run_link(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.evidence import link_evidence

    with ctx.vault() as vault:
        view = link_evidence(vault, args.id, _links(args))
    ctx.print(f"Evidence #{view.id} ({view.name}) is linked to: {', '.join(link.label for link in view.links)}.")
    return 0


def run_list(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.evidence import list_evidence

    with ctx.vault_and_profile() as (vault, profile):
        items = list_evidence(vault)
    print_records(ctx, args, items, json_format=JSON_FORMAT, key="evidence", as_json=_json,
                  empty="No evidence kept yet. Add a contract, pay stub or screenshot with: contractor-app evidence "
                        "add FILE",
                  columns=("Id", "Name", "Type", "Size", "Added", "SHA-256", "Linked to"),
                  row=lambda item: (f"#{item.id}", item.name, item.media_type, _size(item.size),
                                    f"{item.added_at.astimezone(profile.zone):%Y-%m-%d %H:%M}", item.sha256,
                                    ", ".join(link.label for link in item.links) or "-"))
    return 0


def _json(item: EvidenceRow) -> dict[str, object]:
    return {"id": item.id, "name": item.name, "media_type": item.media_type, "size": item.size,
            "sha256": item.sha256, "added_at": iso_utc(item.added_at), "note": item.note,
            "links": [{"entity": link.entity, "id": link.entity_id, "label": link.label} for link in item.links]}


def run_export(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.evidence import export_evidence

    with ctx.vault() as vault:
        view = export_evidence(vault, args.id, args.output)
    ctx.print(f"Wrote a copy of evidence #{view.id} ({view.name}) to {args.output}.",
              f"SHA-256: {view.sha256} (checked)")
    return 0


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
