"""Every file is hostile: each broken input is one clear error naming the file, the place and the field,
never a traceback, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from contractor_app.errors import LedgerError, NewerVersion
from contractor_app.interchange import reading
from contractor_app.services.imports import ImportRequest, run_import
from contractor_app.services.json_restore import run_restore
from contractor_app.store.vault import Vault

from .conftest import ACME, row_counts

TOGGL = ("User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,"
         "Tags\n")
ROW = "Dana,d@example.com,Acme Labeling,P,,note,Yes,{start},09:00:00,{end},10:00:00,01:00:00,\n"
KIMAI = "Date,Begin,End,Duration,Customer,Project,Activity,Description\n"
EXPORT = '{{"format": "contractor-ledger-export", "version": {version}, "records": {records}}}'
CLIENT = ('{{"id": 7, "name": "Globex", "classification": "contractor", "currency": {currency}, '
          '"created_at": "2024-01-01T00:00:00Z"}}')


@pytest.mark.parametrize(
    ("fmt", "content", "message"),
    [
        ("toggl", b"User,Start date\n\xc3\x28,x\n", "toggl.csv, line 2: the file is not UTF-8 text"),
        ("toggl", b"", "toggl.csv, line 1: the file is empty"),
        ("toggl", b"Name,Hours\nx,1\n", "no 'Start date' column"),
        ("toggl", (TOGGL + ROW.format(start="2024-02-30", end="2024-02-30")).encode(),
         "toggl.csv, line 2, field 'Start date': '2024-02-30' is not a date"),
        ("toggl", (TOGGL + ROW.format(start="1969-12-31", end="1969-12-31")).encode(),
         "field 'Start time': 1969-12-31 14:00:00 UTC is before 1970"),
        ("toggl", (TOGGL + ROW.format(start="2999-01-01", end="2999-01-01")).encode(), "is in the future"),
        ("toggl", (TOGGL + ROW.format(start="2024-03-10", end="2024-03-10").replace("09:00:00", "02:30:00")).encode(),
         "2024-03-10 02:30:00 does not exist in America/New_York"),
        ("clockify", b"Start Date,Start Time,End Date,End Time\n13/25/2024,9:00 AM,13/25/2024,10:00 AM\n",
         "clockify.csv, line 2, field 'Start Date': '13/25/2024' is not a date"),
        ("clockify", b"Start Date,Start Time,End Date,End Time\n03/11/2024,13:00 PM,03/11/2024,2:00 PM\n",
         "field 'Start Time': '13:00 PM' is not a time"),
        ("watson", b"[[1710054000, 1710063015, ", "watson.json, line 1 column 27: not valid JSON"),
        ("watson", b"[[NaN, 1710063015, \"p\", \"id\", [], 0]]", "NaN is not a JSON number"),
        ("watson", b'{"frames": []}', "expected a JSON list of Watson frames, found dict"),
        ("watson", b'[["1710054000", 1710063015, "p", "id", [], 0]]', "record 1, field 'start': expected whole"),
        ("watson", b"[[1e20, 1710063015, \"p\", \"id\", [], 0]]", "record 1, field 'start'"),
        ("watson", b"[[1710063015, 1710054000, \"p\", \"id\", [], 0]]", "field 'stop': the end 2024-03-10"),
        ("watson", b"[[1700000000, 1710054000, \"p\", \"id\", [], 0]]", "the entry lasts more than 31 days"),
        ("watson", b"[[1710054000, 1710063015, \"p\", \"id\", \"tag\", 0]]", "field 'tags': expected a list"),
        ("watson", b"[[1710054000, 1710063015, 7, \"id\", [], 0]]", "field 'project': expected text, found int"),
        ("watson", b'[[1710054000, 1710063015, "\\ud800", "id", [], 0]]', "not valid Unicode"),
        ("watson", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("watson", b'[{"id": "x", "start": "2024-13-01T00:00:00", "stop": "2024-03-01T00:00:00"}]',
         "record 1, field 'start': expected an ISO date and time"),
        ("watson", b"[[1710054000, 1710063015, \"p\", null, [], 0]]", "field 'id': every Watson frame has an id"),
        ("timewarrior", b"inc 2024 - 20240311T103000Z\n", "timewarrior.data, line 1, field 'start'"),
        ("timewarrior", b'inc 20240311T090000Z - 20240311T103000Z # "open\n', "is not closed"),
        ("timewarrior", b"inc 20240231T090000Z - 20240311T103000Z\n", "'20240231T090000Z' is not a real date"),
        ("timewarrior", b"exc 20240311T090000Z\n", "expected an interval line"),
        ("timewarrior", b'[{"start": 20240311, "end": "20240311T103000Z"}]', "record 1, field 'start'"),
        ("kimai", (KIMAI + "2024-03-11,09:00,10:00,01:00,Acme Labeling,P,A,a\x00b\n").encode(),
         "kimai.csv, line 2"),
        ("kimai", (KIMAI + "2024-03-11,09:00,10:00,01:00,Acme Labeling,P,A,x,extra\n").encode(),
         "line 2: 9 cells but the header has 8"),
        ("kimai", (KIMAI + '2024-03-11,09:00,10:00,01:00,Acme Labeling,P,A,"unclosed\n').encode(),
         "not readable as CSV"),
        ("kimai", (KIMAI + "2024-03-11,09:00,10:00,2:00:00,Acme Labeling,P,A,x\n").encode(),
         "field 'Duration': 2:00:00 does not match Begin and End"),
        ("kimai", (KIMAI + "2024-03-11,09:00,10:00,x,Acme Labeling,P,A,x\n").encode(), "is not a duration"),
    ],
)
def test_broken_files_are_one_clear_error(ready: Vault, tmp_path: Path, fmt: str, content: bytes,
                                          message: str) -> None:
    suffix = {"timewarrior": "data", "watson": "json"}.get(fmt, "csv")
    path = tmp_path / f"{fmt}.{suffix}"
    path.write_bytes(content)
    counts = row_counts(ready)
    with pytest.raises(LedgerError) as caught:
        run_import(ready, ImportRequest(format=fmt, path=path, client=ACME if fmt == "timewarrior" else None))
    assert message in str(caught.value)
    assert str(caught.value).endswith("Nothing was imported.") and caught.value.exit_code == 1
    assert row_counts(ready) == counts


def test_oversized_files_and_too_many_rows_are_refused(ready: Vault, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kimai.csv"
    path.write_text(KIMAI + "2024-03-11,09:00,10:00,01:00,Acme Labeling,P,A,x\n" * 5)
    monkeypatch.setattr(reading, "MAX_RECORDS", 3)
    with pytest.raises(LedgerError, match="line 5: more than 3 rows; split the file"):
        run_import(ready, ImportRequest(format="kimai", path=path))
    monkeypatch.setattr(reading, "MAX_BYTES", 100)
    with pytest.raises(LedgerError, match="kimai.csv is larger than 0 MiB"):
        run_import(ready, ImportRequest(format="kimai", path=path))
    with pytest.raises(LedgerError, match="is a folder"):
        run_import(ready, ImportRequest(format="kimai", path=tmp_path))
    with pytest.raises(LedgerError, match="Cannot read"):
        run_import(ready, ImportRequest(format="kimai", path=tmp_path / "missing.csv"))


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ('{"format": "something else"}', "not a Contractor Ledger export"),
        (EXPORT.format(version=2, records="{}"), "exported by a newer version of the app"),
        (EXPORT.format(version='"1"', records="{}"), "field 'version': expected a whole number"),
        (EXPORT.format(version=1, records='{"robots": []}'), "records, field 'robots': not a table"),
        (EXPORT.format(version=1, records='{"clients": [1]}'), "records.clients: expected a list of objects"),
        (EXPORT.format(version=1, records='{"clients": [' + CLIENT.format(currency='"XXQ"') + "]}"),
         "clients record 1, field 'currency': Unknown currency code 'XXQ'"),
        (EXPORT.format(version=1, records='{"clients": [' + CLIENT.format(currency="5") + "]}"),
         "clients record 1, field 'currency': expected text, found int"),
        (EXPORT.format(version=1, records='{"clients": [' + CLIENT.format(currency="null") + "]}"),
         "clients record 1, field 'currency': is required"),
        (EXPORT.format(version=1, records='{"engagements": [{"id": 9, "client_id": 99, "name": "x", '
                                          '"created_at": "2024-01-01T00:00:00Z"}]}'),
         "engagements record 1, field 'client_id': refers to clients 99"),
        (EXPORT.format(version=1, records='{"clients": [{"id": 1, "name": "Acme Labeling"}]}'),
         "clients record 1, field 'classification': is required"),
        (EXPORT.format(version=1, records='{"engagements": [{"id": 9, "client_id": 1, "name": "x", '
                                          '"created_at": "2024-01-01 00:00"}]}'),
         "field 'created_at': '2024-01-01 00:00' is not a UTC time"),
        (EXPORT.format(version=1, records='{"clients": [' + CLIENT.format(currency='"USD"')[:-1]
                       + ', "shoe_size": 9}]}'), "field 'shoe_size': is not a field of this table"),
        (EXPORT.format(version=1, records='{"incidents": [{"id": 1, "kind": "breach", "company": "X", '
                                          '"status": "open", "entered_at": "2024-01-01T00:00:00Z", "costs": "5"}]}'),
         "incidents record 1, field 'costs_currency': give both the costs and their currency, or neither"),
    ],
)
def test_broken_exports_are_one_clear_error(ready: Vault, tmp_path: Path, document: str, message: str) -> None:
    path = tmp_path / "export.json"
    path.write_text(document)
    counts = row_counts(ready)
    with pytest.raises(LedgerError) as caught:
        run_restore(ready, path)
    assert message in str(caught.value)
    assert caught.value.exit_code == 1
    assert isinstance(caught.value, NewerVersion) or str(caught.value).endswith("Nothing was imported.")
    assert row_counts(ready) == counts
