"""`anchor show`, `anchor list`, `anchor sent`: the records' daily anchor, a code to send outside your control
(issue 16). The app sends nothing itself: e-mail it, copy it or print it, then record where it went."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from ..choices import ANCHOR_HOWS as HOWS
from ..context import Context

if TYPE_CHECKING:
    from ...services.anchors import AnchorDetails


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("anchor", help="today's anchor of your records, to send outside your control")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="show the anchor of your records as they stand (made if they changed)")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(run=run_show)
    listing = actions.add_parser("list", help="list your anchors and where each went")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(run=run_list)
    sent = actions.add_parser("sent", help="record where an anchor went")
    sent.add_argument("code", help="the anchor's code or SHA-256")
    sent.add_argument("--how", choices=HOWS, required=True)
    sent.add_argument("--to", help="to whom or where (an e-mail address, 'my union', ...)")
    sent.set_defaults(run=run_sent)
    request = actions.add_parser("request", help="write an RFC 3161 time-stamp request (.tsq) for an anchor")
    request.add_argument("code", help="the anchor's code or SHA-256")
    request.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.tsq")
    request.set_defaults(run=run_request)
    stamp = actions.add_parser("stamp", help="check an authority's time-stamp response (.tsr) and keep it")
    stamp.add_argument("code", help="the anchor's code or SHA-256")
    stamp.add_argument("response", type=Path, metavar="FILE.tsr")
    stamp.add_argument("--ca", type=Path, metavar="FILE", help="the authority's CA certificate(s), PEM; default: "
                       "the system's")
    stamp.set_defaults(run=run_stamp)


def run_show(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.anchors import today_anchor

    with ctx.vault() as vault:
        anchor = today_anchor(vault)
    if args.format == "json":
        ctx.print(json.dumps({"format": "contractor-ledger-anchor", "version": 1, "anchor": as_json(anchor)},
                             indent=2))
    else:
        ctx.print(anchor.text.rstrip("\n"), *_sent_lines(anchor))
        if not anchor.sent:
            ctx.print("Not sent anywhere yet: e-mail it to yourself or your union, then run "
                      f"`contractor-app anchor sent {anchor.code} --how email --to ADDRESS`.")
    return 0


def run_list(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.anchors import list_anchors

    with ctx.vault() as vault:
        anchors = list_anchors(vault)
    if args.format == "json":
        ctx.print(json.dumps({"format": "contractor-ledger-anchors", "version": 1,
                              "anchors": [as_json(anchor) for anchor in anchors]}, indent=2))
        return 0
    if not anchors:
        ctx.print("No anchors yet: `contractor-app anchor show` makes today's.")
    for anchor in anchors:
        ctx.print(f"{anchor.code}  {anchor.day}  {anchor.seq} changes  "
                  + ("; ".join(_where(s.how, s.recipient) for s in anchor.sent) or "not sent")
                  + "".join(f"; time-stamped {t.at:%Y-%m-%d %H:%M} UTC by {t.authority}" for t in anchor.stamps))
    return 0


def run_sent(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.anchors import record_sent

    with ctx.vault() as vault:
        anchor = record_sent(vault, args.code, args.how, args.to)
    ctx.print(f"Recorded: anchor {anchor.code} {_where(args.how, anchor.sent[-1].recipient)}.")
    return 0


def run_request(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.anchors import write_timestamp_request

    with ctx.vault() as vault:
        anchor = write_timestamp_request(vault, args.code, args.output)
    ctx.print(f"Wrote {args.output} for anchor {anchor.code}. Have it stamped by a time-stamping authority "
              "(docs/evidence.md shows how), then: "
              f"contractor-app anchor stamp {anchor.code} RESPONSE.tsr --ca CA.pem")
    return 0


def run_stamp(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.anchors import import_timestamp

    with ctx.vault() as vault:
        stamp = import_timestamp(vault, args.code, args.response, ca_file=args.ca)
    ctx.print(f"Time stamp checked and kept: anchor {args.code} existed no later than "
              f"{stamp.at:%Y-%m-%d %H:%M:%S} UTC, per {stamp.authority} (serial {stamp.serial}).")
    return 0


def as_json(anchor: AnchorDetails) -> dict[str, object]:
    return {"code": anchor.code, "day": anchor.day.isoformat(), "changes": anchor.seq, "head": anchor.head,
            "sha256": anchor.sha256, "vault_id": anchor.vault_id,
            "created_at": anchor.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "sent": [{"how": s.how, "to": s.recipient, "at": s.at.strftime("%Y-%m-%dT%H:%M:%SZ")}
                     for s in anchor.sent],
            "timestamps": [{"at": t.at.strftime("%Y-%m-%dT%H:%M:%SZ"), "authority": t.authority, "serial": t.serial}
                           for t in anchor.stamps]}


def _sent_lines(anchor: AnchorDetails) -> list[str]:
    return [f"Sent: {_where(s.how, s.recipient)} on {s.at:%Y-%m-%d %H:%M} UTC" for s in anchor.sent] + [
        f"Time-stamped: no later than {t.at:%Y-%m-%d %H:%M:%S} UTC, per {t.authority}" for t in anchor.stamps]


def _where(how: str, recipient: str | None) -> str:
    verb = {"email": "e-mailed", "copy": "copied", "print": "printed"}[how]
    return f"{verb} to {recipient}" if recipient and how == "email" else (
        f"{verb} ({recipient})" if recipient else verb)
