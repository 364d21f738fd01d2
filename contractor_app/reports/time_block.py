"""The part of a report's integrity section that speaks to WHEN the records were written (issue 16): the anchors
and RFC 3161 time stamps that cover them, the records written after the latest anchor, and changes recorded with
the computer's clock set back."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from .blocks import problem_text
from .data import AnchorRow, TimeEvidence
from .fonts import BOLD
from .layout import para, styles, table

NAMED_AT_MOST = 40  # unanchored records named one by one; beyond, a count
_DONE = {"email": "e-mailed", "copy": "copied", "print": "printed"}


def time_block(time: TimeEvidence, width: float) -> list[Flowable]:
    return [*_anchors(time, width), *_clock(time, width)]


def _anchors(time: TimeEvidence, width: float) -> list[Flowable]:
    sheet = styles()
    if not time.anchors and not time.unanchored:
        return []
    heading = ParagraphStyle("time", parent=sheet["body"], fontName=BOLD, spaceBefore=8, spaceAfter=3,
                             keepWithNext=1)
    flow: list[Flowable] = [para("When these records existed", heading)]
    if time.anchors:
        rows = [[anchor.code, anchor.day, str(anchor.covers), _proof(anchor)] for anchor in time.anchors]
        flow.append(table(("Anchor", "Day", "Records", "These records existed, as they are now, no later than"),
                          rows, [w * width for w in (0.3, 0.13, 0.09, 0.48)], numeric=(2,)))
        flow.append(para("An anchor is the fingerprint of the whole history on that day (recompute it from the "
                         "records: see docs/evidence.md). Each record is counted under the first anchor that "
                         "includes its latest change.", sheet["note"]))
    else:
        return [*flow, para("No anchor of these records was made yet: nothing outside the records shows when they "
                            "were written.", sheet["note"])]
    if time.unanchored:
        named = "; ".join(time.unanchored[:NAMED_AT_MOST])
        more = len(time.unanchored) - NAMED_AT_MOST
        flow.append(para(f"Written or changed after the latest anchor ({len(time.unanchored)}): {named}"
                         + (f"; and {more} more" if more > 0 else ""), sheet["body"]))
    return flow


def _proof(anchor: AnchorRow) -> str:
    if anchor.stamps:
        return "; ".join(f"{_utc(at)} UTC, per {authority} (RFC 3161 time stamp)" for at, authority in anchor.stamps)
    sent = [f"{_utc(at)} UTC, {_DONE.get(how, how)}" + (f" to {recipient}" if recipient else "")
            for how, recipient, at in anchor.sent]
    if sent:
        return "; ".join(sent) + " (the worker's record of sending it)"
    return f"{anchor.day}, by the worker's own records only (not sent or time-stamped)"


def _clock(time: TimeEvidence, width: float) -> list[Flowable]:
    sheet = styles()
    if not time.clock_jumps:
        return [para("Clock: every change to these records was recorded at a time after the change before it.",
                     sheet["note"])]
    rows = [[f"#{jump.seq}", jump.what, _utc(jump.at), _utc(jump.previous_at)] for jump in time.clock_jumps]
    return [
        problem_text(f"The computer's clock was set back: {len(rows)} change(s) to these records are recorded at "
                     "a time before the change ahead of them, so their recorded times cannot be relied on."),
        table(("Change", "Record", "Recorded at (UTC)", "Change before it at (UTC)"), rows,
              [w * width for w in (0.12, 0.22, 0.33, 0.33)]),
    ]


def _utc(iso: str) -> str:
    return iso.replace("T", " ").rstrip("Z")
