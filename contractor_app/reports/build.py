"""Laying out and signing a report from its data: the page frame, the kind's story (reports/kinds.py), the signature.

Gathering the data, writing the file and checking a report later are services.reports': reports only lay out.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .data import ReportData
from .integrity import fingerprint, keywords, payload, public_bytes, sign
from .kinds import REPORTS
from .language import day, in_language, span, translate
from .layout import PageFrame, document, frame_width, numbered_canvas


def render(data: ReportData, key: Ed25519PrivateKey) -> bytes:
    with in_language(data.request.language):
        return _render(data, key)


def _render(data: ReportData, key: Ed25519PrivateKey) -> bytes:
    public = public_bytes(key.public_key())
    request = data.request
    kind = REPORTS[request.kind]
    period = data.pay[0].period if data.pay else request.period
    frame = PageFrame(report=translate("reports", kind.title),
                      worker=data.worker.name or translate("reports", "Worker"),
                      client=data.client.name if data.client else translate("reports", "All clients"),
                      period=span(day(period.start), day(period.end)), generated=day(datetime.now(UTC).date()),
                      legal_notice=translate("reports", kind.legal_notice) if kind.legal_notice else "")
    buffer = io.BytesIO()
    doc = document(buffer, request.paper, keywords(payload(data, public)), title=f"{frame.report}: {frame.client}",
                   author=frame.worker)
    doc.build(kind.story(data, frame_width(request.paper), fingerprint(public)), canvasmaker=numbered_canvas(frame))
    return sign(buffer.getvalue(), key)
