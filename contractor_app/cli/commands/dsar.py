"""`dsar add|list|answer|extend|import-answer`: data-access requests you sent, their deadlines by law, the
answers (and what they left out), and the files of an answer kept as evidence.

The letters themselves are reports: `report access-request --client X` asks, `report access-follow-up --client X`
follows up once the deadline has passed or the answer left things out."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ...domain.times import iso_utc
from ..choices import ACCESS_CHANNELS as CHANNELS
from ..choices import ACCESS_LAWS as LAWS
from ..context import Context
from ..options import optional_date, record_number
from ..output import table
from ..records import add_list, print_records, record_command

if TYPE_CHECKING:
    from ...services.access_requests import AccessRequestDetails

JSON_FORMAT = {"format": "contractor-ledger-access-requests", "version": 1}
STATUS_WORDS = {"open": "waiting", "overdue": "OVERDUE", "incomplete": "INCOMPLETE", "answered": "answered"}
ID = record_number("request")  # a record's number, as the lists show it


def register(commands: argparse._SubParsersAction) -> None:
    actions = record_command(commands, "dsar", "data-access requests you sent, their deadlines and the answers")

    add = actions.add_parser("add", help="record a request you sent")
    add.add_argument("--client", required=True)
    add.add_argument("--sent", metavar="DATE", required=True, help="the day you sent it")
    add.add_argument("--via", choices=CHANNELS, required=True, help="how you sent it")
    add.add_argument("--law", choices=LAWS, help="the law it is made under (default: from the client's jurisdiction)")
    add.add_argument("--received", metavar="DATE", help="the day it was delivered, if you know (post)")
    add.add_argument("--note", help="reference number, address used, ...")
    add.set_defaults(run=run_add)

    add_list(actions, "list requests with their deadlines; overdue ones stand out", run_list)

    answer = actions.add_parser("answer", help="record the answer: complete, or what it left out")
    answer.add_argument("id", type=ID, metavar="ID")
    answer.add_argument("--date", metavar="DATE", required=True, help="the day the answer came")
    answer.add_argument("--incomplete", metavar="WHAT_WAS_MISSING",
                        help="the answer left things out: say what (the follow-up letter names it)")
    answer.set_defaults(run=run_answer)

    extend = actions.add_parser("extend", help="the client said it needs longer, as the law allows")
    extend.add_argument("id", type=ID, metavar="ID")
    extend.add_argument("--date", metavar="DATE", required=True, help="the day the client told you")
    extend.add_argument("--reason", help="the reason it gave")
    extend.set_defaults(run=run_extend)

    imported = actions.add_parser("import-answer", help="keep the answer's files (a zip or a folder) as evidence")
    imported.add_argument("id", type=ID, metavar="ID")
    imported.add_argument("path", type=Path, metavar="PATH")
    imported.set_defaults(run=run_import)



def _required_date(text: str) -> date:
    day = optional_date(text)
    assert day is not None
    return day


def run_add(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.access_requests import NewAccessRequest, record_access_request

    new = NewAccessRequest(client=args.client, sent_on=_required_date(args.sent), sent_via=args.via, law=args.law,
                           received_on=optional_date(args.received), note=args.note)
    with ctx.vault() as vault:
        view = record_access_request(vault, new)
    ctx.print(f"Recorded access request #{view.id} to {view.client} under {view.citation}: "
              f"sent {view.sent_on} by {view.sent_via}, due {view.due_on}.")
    return 0


def run_list(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.access_requests import list_access_requests

    with ctx.vault() as vault:
        views = list_access_requests(vault, args.client)
    print_records(ctx, args, views, json_format=JSON_FORMAT, key="access_requests", as_json=_json,
                  empty="No access requests recorded. Make the letter with: contractor-app report access-request "
                        "--client NAME -o letter.pdf; then record it with: contractor-app dsar add --client NAME "
                        "--sent DATE --via email",
                  columns=("Id", "Client", "Law", "Sent", "Via", "Due", "Status", "Answered", "Files", "Missing"),
                  row=lambda v: (f"#{v.id}", v.client, v.law, v.sent_on, v.sent_via,
                                 f"{v.due_on}{' (extended)' if v.due_on != v.first_due_on else ''}",
                                 STATUS_WORDS[v.status], v.answered_on or "-", len(v.files), (v.missing or "")[:40]))
    if args.format == "table":  # under the table: what wants a follow-up letter
        for view in views:
            if view.status in ("overdue", "incomplete"):
                ctx.print(follow_up_line(view))
    return 0


def follow_up_line(view: AccessRequestDetails) -> str:
    """The one line that says a request wants a follow-up (shared with `summary`)."""
    why = (f"no answer; the deadline was {view.due_on}" if view.status == "overdue"
           else f"the answer of {view.answered_on} left out: {view.missing}")
    return (f"Access request #{view.id} to {view.client}: {why}. Make the follow-up letter with: contractor-app "
            f"report access-follow-up --client \"{view.client}\" -o follow-up.pdf")


def run_answer(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.access_requests import answer_access_request

    with ctx.vault() as vault:
        view = answer_access_request(vault, args.id, _required_date(args.date), complete=args.incomplete is None,
                                     missing=args.incomplete)
    ctx.print(f"Recorded the answer to access request #{view.id} ({view.client}) of {view.answered_on}: "
              + ("complete." if view.complete else f"incomplete, missing {view.missing}."))
    return 0


def run_extend(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.access_requests import extend_access_request

    with ctx.vault() as vault:
        view = extend_access_request(vault, args.id, _required_date(args.date), args.reason)
    if view.due_on == view.first_due_on:  # claimed after the first period: the law allows it only within it
        ctx.print(f"Recorded the extension claimed on {view.extended_on} for access request #{view.id} "
                  f"({view.client}): it came after the first deadline, {view.first_due_on}, so the deadline stands.")
        return 0
    ctx.print(f"Recorded the extension of access request #{view.id} ({view.client}): now due {view.due_on} "
              f"(was {view.first_due_on}).")
    return 0


def run_import(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.access_requests import import_answer

    with ctx.vault() as vault:
        view = import_answer(vault, args.id, args.path)
    ctx.print(f"Kept {len(view.files)} file(s) of the answer to access request #{view.id} ({view.client}) as "
              "evidence:")
    ctx.print(*table(("Evidence", "File", "Bytes", "SHA-256"),
                     [(f"#{f.evidence_id}", f.name, f.size, f.sha256[:16]) for f in view.files]))
    return 0


def _json(view: AccessRequestDetails) -> dict[str, object]:
    def day(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": view.id, "client": view.client, "law": view.law, "citation": view.citation,
        "sent_on": day(view.sent_on), "sent_via": view.sent_via, "received_on": day(view.received_on),
        "due_on": day(view.due_on), "first_due_on": day(view.first_due_on), "extended_on": day(view.extended_on),
        "extension_reason": view.extension_reason, "answered_on": day(view.answered_on), "complete": view.complete,
        "missing": view.missing, "status": view.status, "note": view.note, "entered_at": iso_utc(view.entered_at),
        "deadline_basis": view.deadline_basis,
        "files": [{"evidence_id": f.evidence_id, "name": f.name, "size": f.size, "sha256": f.sha256,
                   "added_at": iso_utc(f.added_at)} for f in view.files],
    }
