"""The part of a report's integrity section that speaks to WHEN the records were written (issue 16): the anchors
and RFC 3161 time stamps that cover them, the records written after the latest anchor, and changes recorded with
the computer's clock set back."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from .blocks import problem_text
from .data import AnchorRow, TimeEvidence
from .fonts import BOLD
from .language import days_in, translate
from .layout import para, styles, table

NAMED_AT_MOST = 40  # unanchored records named one by one; beyond, a count


def time_block(time: TimeEvidence, width: float) -> list[Flowable]:
    return [*_anchors(time, width), *_clock(time, width)]


def _anchors(time: TimeEvidence, width: float) -> list[Flowable]:
    sheet = styles()
    if not time.anchors and not time.unanchored:
        return []
    heading = ParagraphStyle("time", parent=sheet["body"], fontName=BOLD, spaceBefore=8, spaceAfter=3,
                             keepWithNext=1)
    flow: list[Flowable] = [para(translate("reports", "When these records existed"), heading)]
    if time.anchors:
        rows = [[anchor.code, days_in(anchor.day), str(anchor.covers), _proof(anchor)] for anchor in time.anchors]
        flow.append(table((translate("reports", "Anchor"), translate("reports", "Day"), translate("reports", "Records"),
                           translate("reports", "These records existed, as they are now, no later than")),
                          rows, [w * width for w in (0.3, 0.13, 0.09, 0.48)], numeric=(2,)))
        flow.append(para(translate("reports", "An anchor is the fingerprint of the whole history on that day "
                                              "(recompute it from the records: see docs/evidence.md). Each record is "
                                              "counted under the first anchor that includes its latest change."),
                         sheet["note"]))
    else:
        return [*flow, para(translate("reports", "No anchor of these records was made yet: nothing outside the "
                                                 "records shows when they were written."), sheet["note"])]
    if time.unanchored:
        named = "; ".join(time.unanchored[:NAMED_AT_MOST])
        more = len(time.unanchored) - NAMED_AT_MOST
        flow.append(para(translate("reports", "Written or changed after the latest anchor ({count}): {named}").format(
            count=len(time.unanchored), named=named)
            + (translate("reports", "; and {more} more").format(more=more) if more > 0 else ""), sheet["body"]))
    return flow


def _proof(anchor: AnchorRow) -> str:
    if anchor.stamps:
        return "; ".join(translate("reports", "{at} UTC, per {authority} (RFC 3161 time stamp)").format(
            at=_utc(at), authority=authority) for at, authority in anchor.stamps)
    done = {"email": translate("reports", "e-mailed"), "copy": translate("reports", "copied"),
            "print": translate("reports", "printed")}
    sent = [f"{_utc(at)} UTC, {done.get(how, how)}"
            + (translate("reports", " to {recipient}").format(recipient=recipient) if recipient else "")
            for how, recipient, at in anchor.sent]
    if sent:
        return "; ".join(sent) + translate("reports", " (the worker's record of sending it)")
    return translate("reports", "{day}, by the worker's own records only (not sent or time-stamped)").format(
        day=days_in(anchor.day))


def _clock(time: TimeEvidence, width: float) -> list[Flowable]:
    sheet = styles()
    if not time.clock_jumps:
        return [para(translate("reports", "Clock: every change to these records was recorded at a time after the "
                                          "change before it."), sheet["note"])]
    rows = [[f"#{jump.seq}", jump.what, _utc(jump.at), _utc(jump.previous_at)] for jump in time.clock_jumps]
    return [
        problem_text(translate("reports", "The computer's clock was set back: {count} change(s) to these records are "
                                          "recorded at a time before the change ahead of them, so their recorded "
                                          "times cannot be relied on.").format(count=len(rows))),
        table((translate("reports", "Change"), translate("reports", "Record"),
               translate("reports", "Recorded at (UTC)"), translate("reports", "Change before it at (UTC)")), rows,
              [w * width for w in (0.12, 0.22, 0.33, 0.33)]),
    ]


def _utc(iso: str) -> str:
    return days_in(iso.replace("T", " ").rstrip("Z"))
