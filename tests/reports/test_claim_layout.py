"""The claim packet reads as a lawyer expects (issue 16, "Reports"): a one-page summary first (what is owed, why, on
what evidence), then the detail, with no half-empty pages between short sections.

Measured on the shared sample (tests/sample.py, SampleWork: twelve days for Acme Labeling). Before this layout the
packet had 5 pages, page 1 (the parties) about half full and page 2 (the claim summary) about a third full."""

from __future__ import annotations

import io
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from contractor_app.domain.times import DateRange
from contractor_app.reports.layout import BOTTOM_MARGIN, TOP_MARGIN
from contractor_app.services.reports import ReportRequest, report_bytes
from contractor_app.store.vault import Vault

from ..sample import PASSWORD, SampleWork, Templates
from .test_report_languages import month_shortfall

PAGES_BEFORE = 5


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork()).folder


def claim_packet(template: Path, data_dir: Path) -> bytes:
    shutil.copytree(template, data_dir)
    today = datetime.now(UTC).date()
    with Vault.unlock(data_dir, PASSWORD) as vault:
        request = ReportRequest(kind="claim", client="Acme Labeling", period=DateRange(today - timedelta(days=30),
                                                                                         today), as_of=today,
                                paper="letter")
        return report_bytes(vault, request)[1]


def body_fill(pdf: bytes) -> list[float]:
    """For each page, the share of the body frame (between the header and the footer) that holds text, from the
    frame's top down to the lowest line drawn in it."""
    fills = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        height = float(page.mediabox.height)
        top, bottom = height - TOP_MARGIN, BOTTOM_MARGIN
        lows: list[float] = []

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: object,
                  top: float = top, bottom: float = bottom, lows: list[float] = lows) -> None:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]  # the text matrix's origin on the page
            if text.strip() and bottom - 2 <= y <= top + 2:
                lows.append(y)

        page.extract_text(visitor_text=visit)
        fills.append((top - min(lows)) / (top - bottom) if lows else 0.0)
    return fills


def test_the_claim_packet_has_fewer_pages_and_none_half_empty_but_the_last(template: Path, data_dir: Path) -> None:
    pdf = claim_packet(template, data_dir)
    fills = body_fill(pdf)
    assert len(fills) < PAGES_BEFORE, fills
    assert all(fill >= 0.5 for fill in fills[:-1]), [f"{fill:.0%}" for fill in fills]


def test_page_one_says_what_is_owed_why_and_on_what_evidence(template: Path, data_dir: Path) -> None:
    pdf = claim_packet(template, data_dir)
    first = " ".join((PdfReader(io.BytesIO(pdf)).pages[0].extract_text() or "").split())
    assert "What is owed" in first and "Why" in first and "On what evidence" in first
    assert f"USD {month_shortfall(data_dir)}" in first  # the minimum-wage shortfall of the sample
    assert "California Labor Code 510" in first or "Cal. Labor Code" in first or "minimum wage" in first
    assert "entries" in first and "hours" in first
    assert "The parties" in first
