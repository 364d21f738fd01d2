"""Unpaid is not underpaid (issue 13, item 8): the reports judge the minimum wage on the agreed terms, say when it is
a benchmark, and the claim packet explains every figure week by week."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from ..conftest import Cli


def text_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def report(cli: Cli, kind: str, out: Path) -> str:
    result = cli("report", kind, "--client", "Acme", "--from", "2026-03-01", "--to", "2026-03-31", "-o", str(out))
    assert result.code == 0, result.err
    return text_of(out)


@pytest.mark.slow
def test_outstanding_pay_at_22_an_hour_is_owed_not_below_the_minimum_wage(cli: Cli, tmp_path: Path) -> None:
    """22/h in California: 69 h earn 1,518.00; 1.00 received leaves 1,517.00 owed. Terms above 16.90: not below."""
    cli.init("--currency", "USD", "--jurisdiction", "US-CA")
    cli("client", "add", "Acme", "--rate", "22/h", "--jurisdiction", "US-CA")
    for day in range(2, 8):
        cli("log", "--client", "acme", "--start", f"2026-03-0{day}T09:00", "--end", f"2026-03-0{day}T20:30")
    cli("pay", "--client", "acme", "--date", "2026-03-20", "--amount", "1", "--period", "2026-03-02..2026-03-07")
    for kind in ("claim", "pay-summary"):
        text = report(cli, kind, tmp_path / f"{kind}.pdf")
        assert "below the minimum wage" not in text, kind
        assert "USD 1,517.00" in text and "a benchmark: you are a contractor" in text, kind
    claim = text_of(tmp_path / "claim.pdf")
    assert "Appendix: how the figures were worked out" in claim
    # the workweek of 2 March by hand: 69 h x 16.90 = 1,166.10 required; the terms pay 69 x 22 = 1,518.00
    assert "Workweek 2026-03-02 to 2026-03-08: 69.00 h at the minimum wage = USD 1,166.10; the terms pay USD 1,518.00" \
        in claim


@pytest.mark.slow
def test_agreed_pay_below_the_minimum_wage_says_so_week_by_week(cli: Cli, tmp_path: Path) -> None:
    """10/h in California: 8 h a day on 3 days = 240.00 against 24 x 16.90 = 405.60: 165.60 short, hour by hour."""
    cli.init("--currency", "USD", "--jurisdiction", "US-CA")
    cli("client", "add", "Acme", "--rate", "10/h", "--jurisdiction", "US-CA")
    for day in range(2, 5):
        cli("log", "--client", "acme", "--start", f"2026-03-0{day}T09:00", "--end", f"2026-03-0{day}T17:00")
    text = report(cli, "claim", tmp_path / "claim.pdf")
    # The amount stands in the table's other column: the label ends without a dangling "by".
    assert "Agreed pay short of the minimum wage (hour by hour) USD 165.60" in text
