"""Making a report in memory with a progress hook: each step announced, and a hook that raises stops it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from contractor_app.domain.times import DateRange
from contractor_app.reports.integrity import read_signed
from contractor_app.services.profile import Profile, save_profile
from contractor_app.services.reports import STEPS, ReportRequest, make_report, report_bytes
from contractor_app.store.vault import Vault


def request() -> ReportRequest:
    return ReportRequest(kind="pay-summary", client=None, period=DateRange(), as_of=datetime.now(UTC).date(),
                         paper="a4")


def test_the_report_is_made_in_memory_step_by_step(vault: Vault, tmp_path: Path) -> None:
    save_profile(vault, Profile(name="Dana Rivera", currency="USD", timezone="UTC", jurisdiction="DE"))
    steps: list[tuple[int, int]] = []
    data, pdf = report_bytes(vault, request(), lambda number, total: steps.append((number, total)))
    assert steps == [(0, len(STEPS)), (1, len(STEPS)), (2, len(STEPS))]
    assert read_signed(pdf)["kind"] == "pay-summary" and data.worker.name == "Dana Rivera"
    path = tmp_path / "summary.pdf"
    (tmp_path / "memory.pdf").write_bytes(pdf)
    assert "Dana Rivera" in PdfReader(tmp_path / "memory.pdf").pages[0].extract_text()
    make_report(vault, request(), path)  # the file route is the same report
    assert read_signed(path.read_bytes())["sections"] == read_signed(pdf)["sections"]


class Stop(Exception):
    pass


def test_a_hook_that_raises_stops_the_report(vault: Vault) -> None:
    def stop_at_layout(number: int, total: int) -> None:
        if number == 1:
            raise Stop()

    with pytest.raises(Stop):
        report_bytes(vault, request(), stop_at_layout)
