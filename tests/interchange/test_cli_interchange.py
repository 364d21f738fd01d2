"""`import` and `export` end to end: the preview, one-line errors, and CSV that is safe in a spreadsheet."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ..conftest import Cli, vault_files
from .conftest import FIXTURES


def test_dry_run_previews_and_changes_nothing(ready_cli: Cli) -> None:
    before = vault_files(ready_cli.data_dir)
    result = ready_cli("import", "toggl", str(FIXTURES / "toggl_detailed.csv"), "--dry-run")
    assert result.code == 0, result.err
    assert result.out.splitlines()[:3] == [
        "Preview of toggl_detailed.csv (toggl); nothing was imported yet.",
        "3 entries to add, 6:15:15 worked.",
        "From 2024-03-08 09:00 to 2024-03-10 03:30 (America/New_York).",
    ]
    assert "Acme Labeling  Image annotation  Onboarding        1        0:45:00" in result.out
    assert "Skipped 1:\n  line 5: lasts 0 seconds" in result.out
    assert vault_files(ready_cli.data_dir) == before


def test_import_then_list_and_reimport(ready_cli: Cli) -> None:
    frames = str(FIXTURES / "watson_frames.json")
    first = ready_cli("import", "watson", frames, "--client", "acme")
    assert first.code == 0 and first.out.startswith("Imported 3 entries from watson_frames.json (4:31:14 worked).")
    again = ready_cli("import", "watson", frames, "--client", "acme")
    assert again.out.startswith("Imported 0 entries") and "already imported" in again.out
    listed = json.loads(ready_cli("list", "--format", "json").out)["entries"]
    assert [e["worked_seconds"] for e in listed] == [9015, 3600, 3659]
    assert {e["source"] for e in listed} == {"import:watson"}


def test_generic_csv_needs_a_source_and_a_mapping_once(ready_cli: Cli) -> None:
    path = str(FIXTURES / "generic.csv")
    missing = ready_cli("import", "csv", path, "--source", "sheet")
    assert missing.code == 1 and "No column mapping saved for 'sheet'" in missing.err
    assert ready_cli("import", "csv", path, "--source", "sheet", "--map", "start=When", "--map", "end=Finished",
                     "--map", "client=Who", "--map", "id=Ref").code == 0
    assert "Skipped 2" in ready_cli("import", "csv", path, "--source", "sheet").out
    bad = ready_cli("import", "csv", path, "--source", "sheet", "--map", "begin=When")
    assert bad.code == 1 and "Unknown mapping field 'begin'" in bad.err


def test_a_source_name_a_mapping_cannot_be_saved_under_is_refused(ready_cli: Cli) -> None:
    """The name a column mapping is saved under is checked in one place (services.settings.source_name) for the
    time-sheet and the statement imports alike."""
    for kind in ("csv", "payments-csv"):
        refused = ready_cli("import", kind, str(FIXTURES / "generic.csv"), "--source", "../sheet")
        assert refused.code != 0 and "Source name '../sheet': use up to 60 letters" in refused.err, refused.err


def test_errors_are_one_line_exit_1_and_change_nothing(ready_cli: Cli, tmp_path: Path) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_text("Date,Begin,End\n2024-03-11,09:00,10:00\n2024-03-12,09:00,9:99\n")
    before = vault_files(ready_cli.data_dir)
    for args in (("kimai", str(broken), "--client", "acme"), ("watson", str(FIXTURES / "watson_frames.json")),
                 ("json", str(FIXTURES / "watson_frames.json"))):
        result = ready_cli("import", *args)
        assert result.code == 1, result
        assert result.err.count("\n") == 1 and result.out == ""
    assert "broken.csv, line 3, field 'End': '9:99' is not a time" in ready_cli(
        "import", "kimai", str(broken), "--client", "acme").err
    assert vault_files(ready_cli.data_dir) == before
    assert ready_cli("import", "excel", str(broken)).code == 2


def test_csv_exports_escape_formulas(ready_cli: Cli, tmp_path: Path) -> None:
    ready_cli("import", "csv", str(FIXTURES / "generic.csv"), "--source", "sheet", "--map", "start=When",
              "--map", "end=Finished", "--map", "client=Who", "--map", "note=What")
    paid = ready_cli("pay", "--client", "acme", "--date", "2024-03-20", "--amount", "10", "--reference", "+1-555",
                     "--note", "@SUM(A1)", "--method=-bank")
    assert paid.code == 0, paid.err
    entries, payments = tmp_path / "entries.csv", tmp_path / "payments.csv"
    assert ready_cli("export", "csv", "-o", str(entries)).code == 0
    assert ready_cli("export", "csv", "--what", "payments", "-o", str(payments)).code == 0
    assert entries.read_bytes().startswith(b"\xef\xbb\xbfid,client,")
    rows = list(csv.DictReader(entries.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["note"] == "'=HYPERLINK(\"http://example.com\")"
    assert (rows[0]["worked_seconds"], rows[0]["hours"]) == ("4530", "1.2583")
    row = next(csv.DictReader(payments.read_text(encoding="utf-8-sig").splitlines()))
    assert (row["reference"], row["note"], row["method"], row["gross"]) == ("'+1-555", "'@SUM(A1)", "'-bank",
                                                                                  "10")


def test_export_json_and_restore_through_the_cli(ready_cli: Cli, tmp_path: Path) -> None:
    ready_cli("import", "kimai", str(FIXTURES / "kimai_en.csv"))
    path = tmp_path / "all.json"
    done = ready_cli("export", "json", "-o", str(path))
    assert done.code == 0 and "2 work_entries" in done.out and "not encrypted" in done.out
    refused = ready_cli("export", "json", "-o", str(ready_cli.data_dir / "copy.json"))
    assert refused.code == 1 and "outside your records folder" in refused.err
    nowhere = ready_cli("export", "csv", "-o", str(tmp_path / "missing" / "entries.csv"))
    assert nowhere.code == 1 and "Cannot write" in nowhere.err and nowhere.err.count("\n") == 1
    again = ready_cli("import", "json", str(path), "--dry-run")
    assert again.code == 0 and "Would import from all.json: nothing new." in again.out
