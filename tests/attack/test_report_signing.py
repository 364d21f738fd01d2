"""Finding 6 (reports): a client named with the signature markers still gets a report that signs and verifies,
and verify-report checks a file's size before reading it."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.reports.integrity import PLACEHOLDER, ReportInvalid, read_signed
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, Cli

MARKER_NAMES = [
    f"CLSIG:{PLACEHOLDER}",
    "CLDATA:eyJ4IjoxfQ==:CLDATA",
    f"contractor-ledger-report CLDATA:e30=:CLDATA CLSIG:{'ab' * 64}",
    "/Keywords (contractor-ledger-report CLDATA:e30=:CLDATA",
]


@pytest.mark.parametrize("name", MARKER_NAMES, ids=["placeholder", "payload", "both", "keywords"])
def test_a_client_named_by_the_markers_signs_and_verifies(cli: Cli, tmp_path: Path, name: str) -> None:
    cli.init("--name", "Worker", "--currency", "USD")
    with Vault.unlock(cli.data_dir, PASSWORD) as vault:
        add_client(vault, NewClient(name=name, currency="USD", legal_name=name,
                                    terms=Terms(kind="hourly", rate=Money(Decimal("12.00"), "USD"))))
    out = tmp_path / "claim.pdf"
    made = cli("report", "claim", "--client", name, "-o", str(out))
    assert made.code == 0, made.err
    checked = cli("verify-report", str(out))
    assert checked.code == 0, checked.err
    assert read_signed(out.read_bytes())["client"] == name
    pdf = out.read_bytes()
    rng = random.Random(14)
    for offset in rng.sample(range(len(pdf)), 60):
        changed = bytearray(pdf)
        changed[offset] ^= 1 << rng.randrange(8)
        with pytest.raises(ReportInvalid):
            read_signed(bytes(changed))


def test_verify_report_checks_the_size_before_reading(cli: Cli, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    cli.init("--name", "Worker", "--currency", "USD")
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as handle:  # sparse: 600 MiB on paper, nothing on disk
        handle.truncate(600 * 1024 * 1024)

    def no_whole_reads(self: Path) -> bytes:
        raise AssertionError("read whole before the size check")

    monkeypatch.setattr(Path, "read_bytes", no_whole_reads)
    result = cli("verify-report", str(huge))
    assert result.code == 4 and "too large" in result.err
