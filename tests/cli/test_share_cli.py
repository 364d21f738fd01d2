"""`share pay` and `share summarize` (issue 19): the worker previews, then writes a private share; a group summarises
a folder of shares into a PDF and a CSV, naming refused files and suppressing small cells."""

from __future__ import annotations

import csv
import io
import stat
from pathlib import Path

from pypdf import PdfReader

from ..conftest import Cli


def _worker(cli: Cli, hours: int, rate: str, paid: str) -> None:
    cli.prepared((),
                 ("client", "add", "Acme Labeling", "--rate", f"{rate}/h", "--jurisdiction", "US-NY"),
                 *(("log", "--client", "acme labeling", "--start", f"2026-03-{day:02d}T09:00",
                    "--end", f"2026-03-{day:02d}T14:00", "--note", "secret batch notes")
                   for day in range(2, 2 + hours // 5)),
                 ("pay", "--client", "acme labeling", "--amount", paid, "--date", "2026-03-31"))


def test_share_pay_previews_then_writes_a_private_file(cli: Cli, tmp_path: Path) -> None:
    _worker(cli, 20, "20", "400")
    preview = cli("share", "pay", "--from", "2026-03-01", "--to", "2026-03-31", "--category",
                  "Acme Labeling=annotation", "--preview")
    assert preview.code == 0, preview.err
    assert "2026-03 · annotation · US-NY · USD: about 20 hours" in preview.out and "Nothing written" in preview.out
    out = tmp_path / "share.json"
    written = cli("share", "pay", "--from", "2026-03-01", "--to", "2026-03-31", "-o", str(out))
    assert written.code == 0 and out.exists() and stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text()
    assert "Acme" not in text and "secret" not in text and "2026-03-02" not in text
    named = cli("share", "pay", "--from", "2026-03-01", "--to", "2026-03-31", "--name", "Acme Labeling",
                "--preview")
    assert "2026-03 · Acme Labeling · US-NY" in named.out


def test_share_pay_explains_bad_choices(cli: Cli) -> None:
    _worker(cli, 5, "20", "100")
    bad = cli("share", "pay", "--from", "2026-03-01", "--to", "2026-03-31", "--category", "Acme Labeling")
    assert bad.code == 1 and "CLIENT=KIND" in bad.err
    kind = cli("share", "pay", "--from", "2026-03-01", "--to", "2026-03-31", "--category", "Acme Labeling=spy")
    assert kind.code == 1 and "not a kind of work" in kind.err
    open_ended = cli("share", "pay", "--to", "2026-03-31")
    assert open_ended.code == 1 and "--from" in open_ended.err


def test_share_summarize_writes_a_pdf_and_csv(cli: Cli, tmp_path: Path) -> None:
    _worker(cli, 20, "20", "400")
    folder = tmp_path / "shares"
    folder.mkdir()
    for number in range(6):
        assert cli("share", "pay", "--from", "2026-03-01", "--to", "2026-03-31", "--category",
                   "Acme Labeling=annotation", "-o", str(folder / f"{number}.json")).code == 0
    (folder / "broken.json").write_text('{"format": "contractor-ledger-pay-share"}')
    pdf, table = tmp_path / "group.pdf", tmp_path / "group.csv"
    result = cli("share", "summarize", str(folder), "-o", str(pdf), "--csv", str(table))
    assert result.code == 0, result.err
    assert "broken.json: refused" in result.out and "Counted 6 shares" in result.out
    rows = list(csv.DictReader(io.StringIO(table.read_text())))
    assert [(row["platform or kind"], row["month"], row["workers"], row["median hourly rate"]) for row in rows] == [
        ("annotation", "2026-03", "6", "20.00")]
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Pay transparency" in text and "annotation" in text and "broken.json" in text
    assert "anonymous shares" in text and "own records" not in text  # made from others' files, not a vault
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600


def test_share_summarize_refuses_a_folder_without_shares(cli: Cli, tmp_path: Path) -> None:
    result = cli("share", "summarize", str(tmp_path), "-o", str(tmp_path / "x.pdf"))
    assert result.code == 1 and "No share could be read" in result.err


def test_share_summarize_writes_the_group_pdf_in_the_language_asked(cli: Cli, tmp_path: Path) -> None:
    """A Spanish-speaking worker centre gets its group report in Spanish, with Spanish numbers; the CSV stays data."""
    _worker(cli, 20, "20", "400")
    folder = tmp_path / "shares"
    folder.mkdir()
    for number in range(5):
        assert cli("share", "pay", "--from", "2026-03-01", "--to", "2026-03-31", "--category",
                   "Acme Labeling=annotation", "-o", str(folder / f"{number}.json")).code == 0
    pdf = tmp_path / "grupo.pdf"
    result = cli("share", "summarize", str(folder), "-o", str(pdf), "--language", "es")
    assert result.code == 0, result.err
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Transparencia salarial" in text and "5 aportes contados" in text and "USD 20,00" in text
    assert "anotación" in text  # the kind of work, as the worker chose it, in the group's language
    assert "Pay transparency" not in text and "Median hourly rate" not in text
