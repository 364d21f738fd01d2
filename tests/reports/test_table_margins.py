"""A report's tables stay inside the page's margins. Rendering the claim packet showed each table's rules and its
last column 6 pt past the right margin (where the page header's rule ends): the stories were given the margins'
width, but reportlab's frame pads its content by 6 pt each side."""

from __future__ import annotations

import io
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from pypdf.generic import ContentStream

from contractor_app.domain.times import DateRange
from contractor_app.reports.layout import MARGIN
from contractor_app.services.reports import ReportRequest, report_bytes
from contractor_app.store.vault import Vault

from ..sample import PASSWORD, SampleWork, Templates


def rightmost_rule(page: PageObject) -> float:
    """The rightmost end of a line the page draws, in page coordinates (cm transforms followed)."""
    stream = ContentStream(page.get_contents(), page.pdf)
    stack: list[tuple[float, ...]] = []
    ctm: tuple[float, ...] = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    right = 0.0
    for operands, operator in stream.operations:
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(x) for x in operands)
            p, q, r, s, t, u = ctm
            ctm = (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)
        elif operator in (b"m", b"l"):
            x, y = (float(v) for v in operands)
            right = max(right, ctm[0] * x + ctm[2] * y + ctm[4])
    return right


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_claim_packets_tables_end_at_the_right_margin(templates: Templates, data_dir: Path, paper: str) -> None:
    shutil.copytree(templates(SampleWork()).folder, data_dir)
    today = datetime.now(UTC).date()
    with Vault.unlock(data_dir, PASSWORD) as vault:
        pdf = report_bytes(vault, ReportRequest(kind="claim", client="Acme Labeling", paper=paper, as_of=today,
                                                period=DateRange(today - timedelta(days=30), today)))[1]
    for page in PdfReader(io.BytesIO(pdf)).pages:
        assert rightmost_rule(page) <= float(page.mediabox.width) - MARGIN + 0.01
