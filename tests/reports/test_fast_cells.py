"""Report speed without a change of look (issue 18): wrapped cells break like paragraphs, and reports render the
same with or without reportlab's C accelerator."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from contractor_app.reports.fonts import BOLD, REGULAR, REPLACEMENT, check_glyphs
from contractor_app.reports.layout import PADDING, _cell, styles

ROOT = Path(__file__).resolve().parents[2]
WORDS = ("task", "annotated", "audio", "Đặng", "review", "x", "transcripts", "—", "batch-7:", "speech", "ok")


def paragraph_lines(content: str, width: float, font: str) -> list[str]:
    style = styles()["cell"]
    markup = f"<b>{content}</b>" if font == BOLD else content
    paragraph = Paragraph(markup, style)
    paragraph.wrap(width - 2 * PADDING, 10_000)
    lines = paragraph.blPara.lines  # type: ignore[attr-defined]  # set by wrap(); reportlab's stubs omit it
    return [" ".join(line[1]) if isinstance(line, tuple) else "".join(w.text for w in line.words) for line in lines]


def test_a_wrapped_cell_breaks_its_lines_where_a_paragraph_would() -> None:
    chooser = random.Random(18)
    for _ in range(400):
        content = " ".join(chooser.choice(WORDS) for _ in range(chooser.randint(4, 40)))
        width = chooser.uniform(60, 260)
        for font in (REGULAR, BOLD):
            cell = _cell(content, width, styles()["cell"], font)
            if isinstance(cell, str):
                assert cell.split("\n") == paragraph_lines(content, width, font), (content, width, font)


def test_a_wrapped_cell_keeps_the_workers_line_breaks_and_makes_whitespace_runs_spaces() -> None:
    cell = _cell("first line\nsecond   line " + "word " * 30, 120, styles()["cell"], REGULAR)
    assert isinstance(cell, str)
    assert cell.split("\n")[:2] == ["first line", cell.split("\n")[1]] and cell.split("\n")[1].startswith(
        "second line word")


def test_a_word_wider_than_its_column_stays_a_paragraph_so_it_is_not_clipped() -> None:
    cell = _cell("see https://example.org/" + "a" * 80, 100, styles()["cell"], REGULAR)
    assert isinstance(cell, Paragraph)


RENDER = """
import sys
if sys.argv[1] == "pure":
    sys.modules["_rl_accel"] = None  # as on a machine without the accelerator's wheel
from datetime import date
from pathlib import Path
from pypdf import PdfReader
from contractor_app.domain.times import DateRange
from contractor_app.services.reports import make_report
from contractor_app.services.report_data import ReportRequest
from contractor_app.store.vault import Vault
from reportlab.lib import rl_accel
print("pure" if rl_accel.fp_str.__module__.startswith("reportlab") else "accelerated")
with Vault.unlock(Path(sys.argv[2]), sys.argv[3]) as vault:
    request = ReportRequest(kind="claim", client="Acme", period=DateRange(), as_of=date(2026, 3, 1), paper="a4")
    make_report(vault, request, Path(sys.argv[4]))
print(len(PdfReader(sys.argv[4]).pages))
for page in PdfReader(sys.argv[4]).pages:
    print(page.extract_text())
"""


@pytest.mark.slow
def test_reports_render_the_same_with_and_without_the_accelerator(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta
    from decimal import Decimal

    from contractor_app.domain.money import Money
    from contractor_app.domain.pay import Terms
    from contractor_app.services.clients.directory import NewClient, add_client
    from contractor_app.services.entries.log import NewEntry, log_many
    from contractor_app.store.vault import Vault

    from ..conftest import PASSWORD

    vault, _ = Vault.create(tmp_path / "records", PASSWORD)
    with vault:
        add_client(vault, NewClient(name="Acme", currency="USD", jurisdiction="US-CA",
                                    terms=Terms(kind="hourly", rate=Money(Decimal(20), "USD"))))
        start = datetime(2025, 1, 1, 16, tzinfo=UTC)
        log_many(vault, (NewEntry(client="Acme", start=start + timedelta(hours=5 * i),
                                  end=start + timedelta(hours=5 * i + 1), tz="America/Los_Angeles",
                                  note=f"task {i}: " + "annotated audio " * (i % 7)) for i in range(200)))
    env = {**os.environ, "CONTRACTOR_APP_FAST_KDF": "1"}
    outputs = {}
    for mode in ("pure", "default"):
        done = subprocess.run([sys.executable, "-c", RENDER, mode, str(tmp_path / "records"), PASSWORD,
                               str(tmp_path / f"{mode}.pdf")], cwd=ROOT, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-2000:]
        outputs[mode] = done.stdout.split("\n", 1)
    assert outputs["pure"][0] == "pure"
    assert outputs["pure"][1] == outputs["default"][1]  # the same pages with the same text


def test_a_glyph_the_font_lacks_is_still_replaced_visibly() -> None:
    assert check_glyphs("Đặng Thị, 12:30") == "Đặng Thị, 12:30"
    assert check_glyphs("ok \u6f22 ok\n") == f"ok {REPLACEMENT} ok\n"  # no CJK in DejaVu Sans
