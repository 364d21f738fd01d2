"""Reports read back as a reader would: text found with pypdf, structure checked with qpdf, glyphs all there,
and the signature proving the file untouched and tied to the records."""

from __future__ import annotations

import random
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.reports.fonts import missing_glyphs
from contractor_app.reports.integrity import ReportInvalid, read_signed
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_many, log_work
from contractor_app.services.payments import NewPayment, record_payment
from contractor_app.services.profile import Profile, save_profile
from contractor_app.services.reports import ReportRequest, make_report
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, Cli
from ..sample import Templates

NAMES = ("José Ñúñez", "Đặng Thị", "Øyvind", "Дмитрий")
PERIOD = DateRange(date(2026, 3, 1), date(2026, 3, 31))


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def plain(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def records(cli: Cli, templates: Templates) -> Cli:
    """A worker with a Unicode name, a client paying per hour in California, a month of work, a late payment: built
    once per session, each test on its own copy."""
    templates(fill_records).copy_to(cli.data_dir)
    return cli


def fill_records(vault: Vault) -> None:
    save_profile(vault, Profile(name=NAMES[0], currency="USD", timezone="America/Los_Angeles",
                                jurisdiction="US-CA"))
    add_client(vault, NewClient(name=f"Платформа {NAMES[1]}", currency="USD", jurisdiction="US-CA",
                                legal_name=f"{NAMES[2]} Data AS", payment_terms_days=15, worker_ref="W-42",
                                terms=Terms(kind="hourly", rate=Money(Decimal("12.00"), "USD"),
                                            unpaid_categories=("training",))))
    start = datetime(2026, 3, 2, 17, tzinfo=UTC)
    for day in range(5):
        log_work(vault, NewEntry(client="Платформа", start=start + timedelta(days=day),
                                 end=start + timedelta(days=day, hours=4), tz="America/Los_Angeles",
                                 note=f"{NAMES[3]} batch {day}"))
    log_work(vault, NewEntry(client="Платформа", start=start + timedelta(days=5),
                             end=start + timedelta(days=5, hours=2), tz="America/Los_Angeles",
                             category="training", note="calibration"))
    record_payment(vault, NewPayment(client="Платформа", received_on=date(2026, 4, 30), gross=Decimal("200.00"),
                                     reference="PAY-77", period=DateRange(date(2026, 3, 1), date(2026, 3, 7))))


def test_every_name_renders_with_the_bundled_fonts() -> None:
    for name in NAMES:
        assert missing_glyphs(name) == set()
    assert missing_glyphs("中") == {"中"}  # the guard works: a character DejaVu lacks is caught


def test_claim_packet_reads_back_with_names_amounts_dates_and_hashes(records: Cli, tmp_path: Path) -> None:
    out = tmp_path / "claim.pdf"
    result = records("report", "claim", "--client", "Платформа", "--from", "2026-03-01", "--to", "2026-03-31",
                     "-o", str(out))
    assert result.code == 0, result.err
    texts = page_texts(out)
    text = plain(" ".join(texts))
    for name in NAMES:
        assert name in text, name  # no glyph silently vanished
    assert "USD 240.00" in text  # earned: 20 h at 12.00; the 2 h of training unpaid
    assert "USD 200.00" in text and "USD 40.00" in text  # paid and balance
    assert "PAY-77" in text and "2026-04-30" in text
    assert "Below the minimum wage" in text or "below the minimum wage" in text
    assert "https://www.dir.ca.gov/" in text  # the rule applied, with its source
    assert "W-42" in text and "Øyvind Data AS" in text  # the parties
    body = read_signed(out.read_bytes())
    assert body["data_sha256"] in text.replace(" ", "") and body["audit_head"] in text.replace(" ", "")
    assert all(f"of {len(texts)}" in page for page in texts)  # page X of Y on every page
    assert "not legal advice" in text


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is installed by .ci/run")
@pytest.mark.parametrize("kind", ["claim", "pay-summary"])
def test_reports_pass_qpdf_check(records: Cli, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    assert records("report", kind, "--client", "Платформа", "-o", str(out)).code == 0
    checked = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_verify_report_passes_untouched_and_fails_on_any_changed_byte(records: Cli, tmp_path: Path) -> None:
    out = tmp_path / "claim.pdf"
    records("report", "claim", "--client", "Платформа", "-o", str(out))
    assert records("verify-report", str(out)).code == 0
    pdf = out.read_bytes()
    rng = random.Random(5)
    offsets = {0, len(pdf) - 1, pdf.index(b"CLSIG:") + 6, pdf.index(b"CLDATA:") + 10,
               *rng.sample(range(len(pdf)), 300)}
    for offset in sorted(offsets):
        changed = bytearray(pdf)
        changed[offset] ^= 1 << rng.randrange(8)
        with pytest.raises(ReportInvalid):
            read_signed(bytes(changed))
    changed = bytearray(pdf)
    changed[len(pdf) // 2] ^= 0x20
    out.write_bytes(bytes(changed))
    result = records("verify-report", str(out))
    assert result.code == 4 and "altered" in result.err


def test_verify_report_names_what_changed_in_the_records(records: Cli, tmp_path: Path) -> None:
    out = tmp_path / "claim.pdf"
    records("report", "claim", "--client", "Платформа", "--from", "2026-03-01", "--to", "2026-03-31", "-o", str(out))
    records("log", "--client", "Платформа", "--start", "2026-03-20T09:00", "--end", "2026-03-20T10:00")
    result = records("verify-report", str(out))
    assert result.code == 4
    assert "entries" in result.out and "figures" in result.out and "1 change(s) recorded since" in result.out


@pytest.mark.slow
def test_a_year_claim_repeats_the_header_and_wraps_long_notes(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "records", PASSWORD)
    long_note = "Reviewed transcripts for the speech project " * 6 + "END-OF-NOTE"
    with vault:
        add_client(vault, NewClient(name="Acme", currency="USD", jurisdiction="US-CA",
                                    terms=Terms(kind="hourly", rate=Money(Decimal(20), "USD"))))
        start = datetime(2025, 1, 1, 16, tzinfo=UTC)
        log_many(vault, (NewEntry(client="Acme", start=start + timedelta(hours=3.5 * i),
                                  end=start + timedelta(hours=3.5 * i + 1), tz="America/Los_Angeles",
                                  note=long_note if i % 100 == 0 else f"task {i}") for i in range(2500)))
        out = tmp_path / "year.pdf"
        request = ReportRequest(kind="claim", client="Acme", period=DateRange(date(2025, 1, 1), date(2026, 2, 28)),
                                as_of=date(2026, 3, 1), paper="letter")
        data = make_report(vault, request, out)
    assert len(data.entries) == 2500
    texts = page_texts(out)
    log_pages = [t for t in texts if "task " in t]
    assert len(log_pages) > 30
    assert all("Date Start End Break Hours Category Units Note Marks" in plain(t) for t in log_pages)
    joined = plain(" ".join(texts))
    assert joined.count("END-OF-NOTE") == 25  # every long note is there in full, wrapped, not clipped
    assert "task 2499" in joined


def test_privacy_report_and_access_request_letter(records: Cli, tmp_path: Path) -> None:
    from contractor_app.services.incidents import NewIncident, record_incident
    from contractor_app.services.privacy import (
        NewDataCollected,
        NewDataHandled,
        record_data_collected,
        record_data_handled,
    )

    with Vault.unlock(records.data_dir, PASSWORD) as vault:
        record_data_handled(vault, NewDataHandled(client="Платформа", categories=("voice recordings",),
                                                  whose_data="callers", sensitivity="high"))
        record_data_collected(vault, NewDataCollected(client="Платформа", monitoring_type="webcam",
                                                      tool="Hubstaff", consent="not asked"))
        record_incident(vault, NewIncident(kind="breach", client="Платформа", notice_on=date(2026, 10, 20),
                                           data_involved="Slack messages and recordings", steps_taken="froze credit",
                                           costs=Decimal("45.5"), costs_currency="EUR", time_spent_minutes=150))
    privacy, letter = tmp_path / "privacy.pdf", tmp_path / "letter.pdf"
    assert records("report", "privacy", "-o", str(privacy)).code == 0
    assert records("report", "access-request", "--client", "Платформа", "-o", str(letter)).code == 0
    text = plain(" ".join(page_texts(privacy)))
    for expected in ("voice recordings", "callers", "Hubstaff", "not asked", "Slack messages and recordings",
                     "froze credit", "2026-10-20", "Platform Work Directive", "EUR 45.50", "2.50",
                     "What the incidents cost you: EUR 45.50 and 2.50 hours.", " breach "):  # not "breac h"
        assert expected in text, expected
    text = plain(" ".join(page_texts(letter)))
    assert "Request to know" in text and "California Consumer Privacy Act" in text  # the client is in US-CA
    assert "W-42" in text and "Øyvind Data AS" in text and NAMES[0] in text
    assert "within 45 days" in text and "webcam (Hubstaff)" in text
    assert records("verify-report", str(letter)).code == 0
