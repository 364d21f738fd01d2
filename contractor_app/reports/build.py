"""Making a report (gather the data, lay it out, sign it, write it atomically) and checking one later."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from ..domain.times import DateRange, parse_date
from ..errors import InvalidInput
from ..services.report_data import ReportData, ReportRequest, gather
from ..store.fileio import write_private
from ..store.vault import Vault
from . import access_request, claim, pay_summary, privacy
from .integrity import (
    MAX_REPORT_BYTES, ReportCheck, ReportInvalid, fingerprint, keywords, payload, public_bytes, read_signed, sign,
    signing_key,
)
from .layout import MARGIN, PAPERS, PageFrame, document, numbered_canvas

TITLES = {"pay-summary": "Pay summary", "claim": "Claim packet", "privacy": "Privacy report",
          "access-request": "Data access request"}
# The steps of making a report, as ``report_bytes`` announces them to its ``progress`` hook.
STEPS = ("gather", "render")
Progress = Callable[[int, int], None]  # (step number, number of steps); raising from it stops the report


def make_report(vault: Vault, request: ReportRequest, path: Path) -> ReportData:
    """Write the signed PDF to ``path`` (replacing it atomically); return the data it was made from."""
    data, pdf = report_bytes(vault, request)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private(path, pdf)
    return data


def report_bytes(vault: Vault, request: ReportRequest, progress: Progress | None = None) -> tuple[ReportData, bytes]:
    """The signed PDF in memory, for a preview or for a caller that writes it itself. ``progress`` is called
    before each step; an exception raised from it (the worker cancelled) stops the report there."""
    if request.paper not in PAPERS:
        raise InvalidInput(f"Paper must be a4 or letter, not {request.paper!r}.")
    step = progress or (lambda number, total: None)
    step(0, len(STEPS))
    data = gather(vault, request)
    step(1, len(STEPS))
    pdf = render(data, signing_key(vault))
    step(2, len(STEPS))
    return data, pdf


def render(data: ReportData, key: object) -> bytes:
    public = public_bytes(key.public_key())  # type: ignore[attr-defined]
    request = data.request
    period = data.pay[0].period if data.pay else request.period
    frame = PageFrame(report=TITLES[request.kind], worker=data.worker.name or "Worker",
                      client=data.client.name if data.client else "All clients",
                      period=f"{period.start} – {period.end}", generated=datetime.now(UTC).strftime("%Y-%m-%d"),
                      legal_notice=request.kind != "privacy")
    buffer = io.BytesIO()
    doc = document(buffer, request.paper, keywords(payload(data, public)), title=f"{frame.report}: {frame.client}",
                   author=frame.worker)
    width = PAPERS[request.paper][0] - 2 * MARGIN
    if request.kind == "claim":
        flow = claim.story(data, width, fingerprint(public))
    elif request.kind == "privacy":
        flow = privacy.story(data, width)
    elif request.kind == "access-request":
        flow = access_request.story(data, width)
    else:
        flow = pay_summary.story(data, width)
    doc.build(flow, canvasmaker=numbered_canvas(frame))
    return sign(buffer.getvalue(), key)  # type: ignore[arg-type]


def check_report(vault: Vault, pdf: bytes) -> ReportCheck:
    """Is the file untouched, signed by this vault, and do the records still say what it shows?"""
    if len(pdf) > MAX_REPORT_BYTES:
        raise ReportInvalid("This file is too large to be a Contractor Ledger report.")
    body = read_signed(pdf)
    same_key = body["public_key"] == public_bytes(signing_key(vault).public_key()).hex()
    changed: tuple[str, ...] = ()
    since = 0
    if same_key:
        try:
            request = ReportRequest(kind=body["kind"], client=body["client"], period=_period(body),
                                    as_of=datetime.fromisoformat(body["as_of"]).date(), paper=body["paper"])
            now = gather(vault, request)
        except (KeyError, ValueError, TypeError):
            raise ReportInvalid("The report's signed data is incomplete.") from None
        changed = tuple(name for name, digest in now.sections().items() if body["sections"].get(name) != digest)
        since = now.audit_seq - int(body["audit_seq"])
    return ReportCheck(body=body, same_key=same_key, changed_sections=changed, changes_since=since)


def _period(body: dict[str, object]) -> DateRange:
    return DateRange(parse_date(str(body["from"])) if body["from"] else None,
                     parse_date(str(body["to"])) if body["to"] else None)
