"""The part of a report's integrity section that speaks to WHEN the records were written (issue 16): changes
recorded with the computer's clock set back."""

from __future__ import annotations

from reportlab.platypus import Flowable

from .blocks import problem_text
from .data import TimeEvidence
from .layout import para, styles, table


def time_block(time: TimeEvidence, width: float) -> list[Flowable]:
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
