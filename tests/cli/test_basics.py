"""The CLI end to end: a worker's first day, and the one-line errors of bad input."""

from __future__ import annotations

import json

import pytest

from ..conftest import Cli, vault_files


@pytest.fixture
def ready(cli: Cli) -> Cli:
    return cli.prepared(("--name", "Test Worker", "--currency", "USD"),
                        ("client", "add", "Acme Labeling", "--rate", "20/h", "--unpaid", "training"),
                        ("client", "add", "TaskHive", "--rate", "0.40/task"))


def test_first_day_logs_pays_and_summarizes(ready: Cli) -> None:
    assert ready("log", "--client", "acme", "--start", "2026-11-02T09:00", "--end", "2026-11-02T11:30",
                 "--break", "15", "--note", "batch 7").code == 0
    assert ready("log", "--client", "Acme Labeling", "--start", "2026-11-03T09:00", "--end", "2026-11-03T10:00",
                 "--category", "training").code == 0
    assert ready("log", "--client", "TaskHive", "--start", "2026-11-03T13:00", "--end", "2026-11-03T15:00",
                 "--units", "120").code == 0
    assert ready("pay", "--client", "acme", "--date", "2026-11-10", "--amount", "30.00",
                 "--period", "2026-11-01..2026-11-07").code == 0

    result = ready("summary", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "json")
    assert result.code == 0, result.err
    summary = json.loads(result.out)
    acme, taskhive = summary["clients"]
    # 2 h 15 min paid at 20/h; the training hour is unpaid.
    assert acme["by_category"] == {"productive": {"seconds": 8100, "hours": "2.25", "paid": True},
                                   "training": {"seconds": 3600, "hours": "1.00", "paid": False}}
    assert acme["hours"] == {"worked": "3.25", "paid": "2.25", "unpaid": "1.00"}
    assert acme["effective_hourly_rate"] == "9.23"  # 30.00 paid over 3.25 h, the unpaid hour included
    assert (acme["earned"], acme["paid"], acme["balance"]) == ("45.00", "30.00", "15.00")
    assert (taskhive["earned"], taskhive["paid"], taskhive["balance"]) == ("48.00", "0.00", "48.00")

    listed = json.loads(ready("list", "--format", "json").out)["entries"]
    assert [e["worked_seconds"] for e in listed] == [8100, 3600, 7200]
    assert listed[0]["start"] == "2026-11-02T14:00:00Z"  # 09:00 in New York is stored in UTC
    assert listed[0]["local_start"] == "2026-11-02T09:00:00-05:00"
    assert ready("verify").code == 0


def test_timer_survives_between_processes_and_logs_once(ready: Cli) -> None:
    assert ready("timer", "start", "--client", "acme", "--at", "2026-11-04T09:00").code == 0
    assert "Running for Acme Labeling" in ready("timer", "status").out
    second = ready("timer", "start", "--client", "acme")
    assert second.code == 1 and "already running" in second.err
    assert ready("timer", "stop", "--at", "2026-11-04T10:30").code == 0
    assert ready("timer", "status").out.strip() == "The timer is not running."
    entries = json.loads(ready("list", "--format", "json").out)["entries"]
    assert [(e["source"], e["worked_seconds"]) for e in entries] == [("timer", 5400)]


def test_overlapping_entries_are_kept_and_flagged(ready: Cli) -> None:
    ready("log", "--client", "acme", "--start", "2026-11-05T09:00", "--end", "2026-11-05T11:00")
    result = ready("log", "--client", "taskhive", "--start", "2026-11-05T10:00", "--end", "2026-11-05T12:00")
    assert result.code == 0 and "overlaps #1" in result.out
    ready("log", "--client", "acme", "--start", "2026-11-05T12:00", "--end", "2026-11-05T13:00")
    flags = [e["flags"] for e in json.loads(ready("list", "--format", "json").out)["entries"]]
    assert ["overlap" in f for f in flags] == [True, True, False]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("log", "--client", "acme", "--start", "yesterday", "--end", "2026-11-05T10:00"), "not understood"),
        (("log", "--client", "acme", "--start", "2026-11-05T10:00", "--end", "2026-11-05T09:00"), "before"),
        (("log", "--client", "nobody", "--start", "2026-11-05T09:00", "--end", "2026-11-05T10:00"), "No client"),
        (("log", "--client", "acme", "--start", "2026-11-05T09:00", "--end", "2026-11-05T10:00", "--units", "-3"),
         "negative"),
        (("pay", "--client", "acme", "--date", "2026-11-05", "--amount", "-5"), "negative"),
        (("pay", "--client", "acme", "--date", "2026-11-05", "--amount", "10.001"), "decimal places"),
        (("pay", "--client", "acme", "--date", "2026-11-05", "--amount", "10", "--currency", "XYZ"), "currency"),
        (("pay", "--client", "acme", "--date", "05/11/2026", "--amount", "10"), "not understood"),
        (("client", "add", "Other", "--rate", "20/h", "--currency", "DOLLARS"), "currency"),
        (("client", "add", "Acme Labeling"), "already"),
        (("log", "--client", "acme", "--start", "2026-11-05T09:00", "--end", "2026-11-05T10:00",
          "--category", "napping"), "category"),
    ],
)
def test_bad_input_is_one_line_exit_1_and_changes_nothing(ready: Cli, args: tuple[str, ...], message: str) -> None:
    before = vault_files(ready.data_dir)
    result = ready(*args)
    assert result.code == 1
    assert message in result.err
    assert result.err.count("\n") == 1 and result.out == ""
    assert vault_files(ready.data_dir) == before


def test_usage_errors_exit_2_in_one_line(ready: Cli) -> None:
    result = ready("log", "--client", "acme")
    assert result.code == 2
    assert "--start" in result.err and result.err.count("\n") == 1


def test_missing_or_unreadable_password_file(ready: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    missing = ready("--password-file", str(tmp_path / "nope.txt"), "list", password=None)
    assert missing.code == 1 and "Cannot read the password file" in missing.err
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert ready("--password-file", str(empty), "list", password=None).code == 1
