"""`dsar` end to end through `contractor-app`: record, list (overdue stands out), answer, extend; `summary` too."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from ..conftest import Cli


@pytest.fixture
def ready(cli: Cli) -> Cli:
    return cli.prepared(("--name", "Test Worker", "--currency", "EUR"),
                        ("client", "add", "Acme Labeling", "--rate", "20/h", "--currency", "EUR",
                         "--jurisdiction", "DE"))


def ok(cli: Cli, *args: str) -> str:
    result = cli(*args)
    assert result.code == 0, result.err
    return result.out


def test_a_request_past_its_deadline_shows_in_list_and_summary(ready: Cli) -> None:
    out = ok(ready, "dsar", "add", "--client", "acme", "--sent", "2020-01-31", "--via", "email")
    assert out == ("Recorded access request #1 to Acme Labeling under GDPR Art. 12(3) and Art. 15: sent 2020-01-31 "
                   "by email, due 2020-03-02.\n")  # leap year: Sat 29 Feb, so Monday 2 March
    listing = ok(ready, "dsar", "list")
    assert "OVERDUE" in listing and "2020-03-02" in listing
    assert "Access request #1 to Acme Labeling: no answer; the deadline was 2020-03-02." in listing
    assert "report access-follow-up" in listing
    assert "Access request #1 to Acme Labeling: no answer" in ok(ready, "summary")
    [row] = json.loads(ok(ready, "dsar", "list", "--format", "json"))["access_requests"]
    assert (row["status"], row["due_on"], row["law"]) == ("overdue", "2020-03-02", "gdpr")


def test_answer_and_extend(ready: Cli) -> None:
    ok(ready, "dsar", "add", "--client", "acme", "--sent", "2020-01-31", "--via", "post", "--law", "uk-gdpr")
    out = ok(ready, "dsar", "extend", "1", "--date", "2020-02-10", "--reason", "complex")  # 3 months from receipt:
    assert out == "Recorded the extension of access request #1 (Acme Labeling): now due 2020-04-30 (was 2020-03-02).\n"
    out = ok(ready, "dsar", "answer", "1", "--date", "2020-04-01", "--incomplete", "ratings, screenshots")
    assert "incomplete, missing ratings, screenshots" in out
    assert "left out: ratings, screenshots" in ok(ready, "dsar", "list")
    ok(ready, "dsar", "answer", "1", "--date", "2020-04-20")
    listing = ok(ready, "dsar", "list")
    assert "answered" in listing and "left out" not in listing
    assert "Access request" not in ok(ready, "summary")
    bad = ready("dsar", "answer", "7", "--date", "2020-04-20")
    assert bad.code == 1 and "no access request #7" in bad.err
    assert ready("dsar", "add", "--client", "acme", "--sent", "2020-01-31", "--via", "fax").code == 2
    assert ok(ready, "verify")


def test_import_answer_keeps_the_files(ready: Cli, tmp_path: Path) -> None:
    ok(ready, "dsar", "add", "--client", "acme", "--sent", "2020-01-31", "--via", "email")
    path = tmp_path / "answer.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("ratings.csv", "date,rating\n")
        archive.writestr("../../escape.txt", "x")
    bad = ready("dsar", "import-answer", "1", str(path))
    assert bad.code == 1 and "points outside the archive" in bad.err and "Nothing was added" in bad.err
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("ratings.csv", "date,rating\n")
    out = ok(ready, "dsar", "import-answer", "1", str(path))
    assert "Kept 1 file(s) of the answer to access request #1 (Acme Labeling)" in out and "ratings.csv" in out
    [row] = json.loads(ok(ready, "dsar", "list", "--format", "json"))["access_requests"]
    assert [f["name"] for f in row["files"]] == ["ratings.csv"]
    assert "access-request #1" in ok(ready, "evidence", "list")


def test_a_late_extension_is_recorded_but_moves_nothing_and_the_json_says_how_the_deadline_was_counted(
        ready: Cli) -> None:
    """Received 31 Jan 2020, due Mon 2 Mar 2020 (Germany: no holiday then). An extension claimed on 5 March came after
    the month GDPR Art. 12(3) allows for saying so: the deadline stays 2 March and the listing does not say
    "extended"."""
    ok(ready, "dsar", "add", "--client", "acme", "--sent", "2020-01-31", "--via", "email")
    out = ok(ready, "dsar", "extend", "1", "--date", "2020-03-05", "--reason", "backlog")
    assert out.startswith("Recorded the extension claimed on 2020-03-05 for access request #1 (Acme Labeling): it came "
                          "after the first deadline, 2020-03-02, so the deadline stands.")
    assert "(extended)" not in ok(ready, "dsar", "list")
    [row] = json.loads(ok(ready, "dsar", "list", "--format", "json"))["access_requests"]
    assert (row["due_on"], row["extended_on"]) == ("2020-03-02", "2020-03-05")
    assert "public holiday in Germany" in row["deadline_basis"] and "after the first deadline" in row["deadline_basis"]
