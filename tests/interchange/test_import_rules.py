"""The rules every import keeps: all or nothing, errors that point, clients the worker chose, no duplicates,
overlaps kept and flagged."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from contractor_app.domain.times import DateRange, parse_datetime
from contractor_app.errors import InvalidInput, NotFound
from contractor_app.services.entries.listing import list_entries
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.imports import ImportRequest, preview_import, run_import
from contractor_app.store.vault import Vault

from ..conftest import vault_files
from .conftest import ACME, FIXTURES, ZONE, row_counts

HEADER = "Date,Begin,End,Duration,Customer,Project,Activity,Description\n"


def kimai_file(folder: Path, rows: list[str]) -> Path:
    path = folder / "kimai.csv"
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def test_a_bad_row_mid_file_imports_nothing(ready: Vault, ready_dir: Path, tmp_path: Path) -> None:
    rows = [f"2024-03-{day:02d},09:00,10:00,01:00,{ACME},Image annotation,Labeling,day {day}" for day in range(1, 21)]
    rows[12] = f"2024-03-13,09:00,25:00,01:00,{ACME},Image annotation,Labeling,broken"
    path = kimai_file(tmp_path, rows)
    counts = row_counts(ready)
    ready.lock()
    files = vault_files(ready_dir)
    with Vault.unlock(ready_dir, "correct horse battery") as vault, pytest.raises(InvalidInput) as caught:
        run_import(vault, ImportRequest(format="kimai", path=path))
    assert str(caught.value) == ("kimai.csv, line 14, field 'End': '25:00' is not a time (use 17:30). "
                                 "Nothing was imported.")
    with Vault.unlock(ready_dir, "correct horse battery") as vault:
        assert row_counts(vault) == counts
    assert {name: data for name, (data, _) in vault_files(ready_dir).items()} == {
        name: data for name, (data, _) in files.items()}


def test_a_failure_while_writing_rolls_everything_back(ready: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """The entries are flushed, then something fails before the commit: the unit of work leaves no trace."""
    from contractor_app.services import imports

    def add_then_fail(uow, entries):  # type: ignore[no-untyped-def]
        assert real_add_many(uow, entries) == 3
        raise InvalidInput("disk full")

    real_add_many = imports.add_many
    monkeypatch.setattr(imports, "add_many", add_then_fail)
    counts = row_counts(ready)
    with pytest.raises(InvalidInput, match="disk full"):
        run_import(ready, ImportRequest(format="toggl", path=FIXTURES / "toggl_detailed.csv"))
    assert row_counts(ready) == counts


def test_an_overlong_note_is_an_error_naming_its_line(ready: Vault, tmp_path: Path) -> None:
    rows = [f"2024-03-01,09:00,10:00,01:00,{ACME},Image annotation,Labeling,ok",
            f"2024-03-02,09:00,10:00,01:00,{ACME},Image annotation,Labeling,{'x' * 10_001}"]
    with pytest.raises(InvalidInput, match="kimai.csv, line 3, field 'Description': is longer than 10000"):
        run_import(ready, ImportRequest(format="kimai", path=kimai_file(tmp_path, rows)))


def test_unknown_clients_are_named_with_the_way_to_add_them(ready: Vault, tmp_path: Path) -> None:
    path = kimai_file(tmp_path, ["2024-03-01,09:00,10:00,01:00,Globex,P,A,x",
                                 "2024-03-02,09:00,10:00,01:00,Initech,P,A,y",
                                 f"2024-03-03,09:00,10:00,01:00,{ACME.upper()},P,A,z"])
    with pytest.raises(InvalidInput) as caught:
        preview_import(ready, ImportRequest(format="kimai", path=path))
    message = str(caught.value)
    assert "'Globex' (line 2), 'Initech' (line 3)" in message
    assert "client add" in message and "--client" in message and "ACME" not in message
    # --client puts every row under one client the worker chose.
    assert preview_import(ready, ImportRequest(format="kimai", path=path, client="acme")).entries == 3


def test_formats_without_clients_need_one_chosen(ready: Vault) -> None:
    with pytest.raises(InvalidInput, match="has no clients: choose the client these entries are for with --client"):
        preview_import(ready, ImportRequest(format="watson", path=FIXTURES / "watson_frames.json"))
    with pytest.raises(NotFound, match="No client named 'Nobody'"):
        preview_import(ready, ImportRequest(format="watson", path=FIXTURES / "watson_frames.json", client="Nobody"))


def test_reimport_adds_nothing(ready: Vault, tmp_path: Path) -> None:
    request = ImportRequest(format="toggl", path=FIXTURES / "toggl_detailed.csv")
    assert run_import(ready, request).entries == 3
    counts = row_counts(ready)
    again = run_import(ready, request)
    assert again.entries == 0
    assert sorted(s.reason.split(" #")[0] for s in again.skipped) == [
        "lasts 0 seconds", *["same engagement, start and end as entry"] * 3]
    assert row_counts(ready) == counts


def test_an_entry_logged_by_hand_or_twice_in_the_file_is_not_duplicated(ready: Vault, tmp_path: Path) -> None:
    local = ZoneInfo(ZONE)
    logged = log_work(ready, NewEntry(client=ACME, start=parse_datetime("2024-03-04T09:00", local),
                                      end=parse_datetime("2024-03-04T10:00", local), tz=ZONE))
    by_hand = f"2024-03-04,09:00,10:00,01:00,{ACME},Image annotation,Labeling,x"
    line = f"2024-03-05,09:00,10:00,01:00,{ACME},Image annotation,Labeling,x"
    result = run_import(ready, ImportRequest(format="kimai", path=kimai_file(tmp_path, [by_hand, line, line])))
    assert result.entries == 1
    assert [(s.where, s.reason) for s in result.skipped] == [
        ("line 2", f"same engagement, start and end as entry #{logged.entry.id} in your records"),
        ("line 4", "same engagement, start and end as line 3"),
    ]


def test_overlapping_imported_entries_are_kept_and_flagged(ready: Vault, tmp_path: Path) -> None:
    local = ZoneInfo(ZONE)
    log_work(ready, NewEntry(client="TaskHive", start=parse_datetime("2024-03-05T09:30", local),
                             end=parse_datetime("2024-03-05T10:30", local), tz=ZONE))
    path = kimai_file(tmp_path, [f"2024-03-05,09:00,10:00,01:00,{ACME},Image annotation,Labeling,a",
                                 f"2024-03-05,11:00,12:00,01:00,{ACME},Image annotation,Labeling,b"])
    result = run_import(ready, ImportRequest(format="kimai", path=path))
    assert (result.entries, result.overlapping) == (2, 1)
    flags = [e.flags for e in list_entries(ready, period=DateRange(), tz=ZONE)]
    assert ["overlap" in f for f in flags] == [True, True, False]


def test_preview_lists_range_projects_and_skips(ready: Vault) -> None:
    preview = preview_import(ready, ImportRequest(format="toggl", path=FIXTURES / "toggl_detailed.csv"))
    assert preview.first_start is not None and preview.last_end is not None
    assert preview.first_start.isoformat() == "2024-03-08T14:00:00+00:00"
    assert preview.last_end.isoformat() == "2024-03-10T07:30:00+00:00"
    assert [(p.client, p.engagement, p.project, p.entries, p.seconds) for p in preview.projects] == [
        (ACME, "Image annotation", "Image annotation", 1, 9015),
        (ACME, "Image annotation", "Onboarding", 1, 2700),
        ("TaskHive", "Search relevance", "Search relevance", 1, 10800),
    ]
    assert [(s.where, s.reason) for s in preview.skipped] == [("line 5", "lasts 0 seconds")]
