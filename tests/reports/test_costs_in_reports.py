"""The claim packet and the pay summary show the net hourly rate beside the real one once costs are recorded;
the costs are part of the signed figures, so a cost recorded afterwards shows in `verify-report`."""

from __future__ import annotations

from pathlib import Path

from ..conftest import Cli
from .test_reports import page_texts, plain, records  # noqa: F401  (records is a fixture)


def test_the_claim_packet_shows_costs_and_the_net_rate(records: Cli, tmp_path: Path) -> None:  # noqa: F811
    assert records("expense", "add", "--client", "Платформа", "--date", "2026-03-10", "--amount", "24.00",
                   "--category", "internet").code == 0
    out = tmp_path / "claim.pdf"
    made = records("report", "claim", "--client", "Платформа", "--from", "2026-03-01", "--to", "2026-03-31",
                   "-o", str(out))
    assert made.code == 0, made.err
    text = plain(" ".join(page_texts(out)))
    # 22 h worked (5 x 4 h + 2 h training), 200.00 paid: 200 / 22 = 9.09 /h; net (200 - 24) / 22 = 8.00 /h.
    assert "Real hourly rate (paid ÷ all hours) USD 9.09/h" in text
    assert "Costs of the work (fees USD 0.00, expenses USD 24.00, distance USD 0.00) USD 24.00" in text
    assert "Net hourly rate ((paid − costs) ÷ all hours) USD 8.00/h" in text
    assert records("verify-report", str(out)).code == 0
    assert records("expense", "add", "--client", "Платформа", "--date", "2026-03-11", "--amount", "5").code == 0
    changed = records("verify-report", str(out))
    assert changed.code == 4 and "figures" in changed.out


def test_a_pay_summary_without_costs_has_no_net_rate(records: Cli, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "pay.pdf"
    assert records("report", "pay-summary", "--from", "2026-03-01", "--to", "2026-03-31", "-o", str(out)).code == 0
    assert "Net hourly rate" not in plain(" ".join(page_texts(out)))
    assert records("expense", "add", "--client", "Платформа", "--date", "2026-03-10", "--amount", "24.00").code == 0
    assert records("report", "pay-summary", "--from", "2026-03-01", "--to", "2026-03-31", "-o", str(out)).code == 0
    assert "Net hourly rate ((paid − costs) ÷ all hours) USD 8.00/h" in plain(" ".join(page_texts(out)))
