"""Each importer against fixtures written from its tool's documented format: totals exact to the second,
times in the right zone, clients, projects, tags and notes mapped, original ids kept."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from contractor_app.domain.times import DateRange
from contractor_app.interchange.generic_csv import parse_mapping
from contractor_app.services.entries.details import EntryDetails
from contractor_app.services.entries.listing import list_entries
from contractor_app.services.imports import ImportRequest, preview_import, run_import, saved_mapping
from contractor_app.store.vault import Vault

from .conftest import ACME, FIXTURES, TASKHIVE, ZONE


def entries(vault: Vault) -> list[EntryDetails]:
    return list_entries(vault, period=DateRange(), tz=ZONE)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("fmt", "name", "client", "count", "seconds", "skipped"),
    [
        ("toggl", "toggl_detailed.csv", None, 3, 2 * 3600 + 30 * 60 + 15 + 45 * 60 + 3 * 3600, ["lasts 0 seconds"]),
        ("clockify", "clockify_us_12h.csv", None, 2, 2 * 3600 + 54 * 60 + 50 + 30 * 60 + 30, []),
        ("clockify", "clockify_iso_24h.csv", TASKHIVE, 2, 45 * 60 + 3600, []),
        ("watson", "watson_frames.json", ACME, 3, 9015 + 3600 + 3659, []),
        ("watson", "watson_log.json", ACME, 3, 9015 + 3600 + 3659, []),
        ("timewarrior", "timew_2024-03.data", ACME, 3, 5400 + 3595 + 3600, ["still running (no end time)"]),
        ("timewarrior", "timew_export.json", ACME, 3, 5400 + 3595 + 3600, ["still running (no end time)"]),
        ("kimai", "kimai_en.csv", None, 2, 5400 + 3 * 3600 + 15 * 60, []),
        ("kimai", "kimai_de.csv", None, 1, 5400 + 20, []),
    ],
)
def test_totals_are_exact_to_the_second(ready: Vault, fmt: str, name: str, client: str | None, count: int,
                                        seconds: int, skipped: list[str]) -> None:
    request = ImportRequest(format=fmt, path=FIXTURES / name, client=client)
    preview = preview_import(ready, request)
    assert (preview.entries, preview.seconds, preview.committed) == (count, seconds, False)
    assert [item.reason for item in preview.skipped] == skipped
    assert sum(p.seconds for p in preview.projects) == seconds
    assert entries(ready) == []  # the preview wrote nothing
    done = run_import(ready, request)
    assert (done.entries, done.seconds, done.committed) == (count, seconds, True)
    imported = entries(ready)
    assert sum(e.worked_seconds for e in imported) == seconds
    assert {e.source for e in imported} == {f"import:{fmt}"}
    assert {e.tz for e in imported} == {ZONE}


def test_toggl_maps_clients_projects_tags_and_notes(ready: Vault) -> None:
    run_import(ready, ImportRequest(format="toggl", path=FIXTURES / "toggl_detailed.csv"))
    batch, course, night = entries(ready)
    # The project named like the engagement goes there; another project is kept in the note.
    assert (batch.client, batch.engagement, batch.category) == (ACME, "Image annotation", "productive")
    assert batch.note == "batch 7 [amount: USD 50.08; tags: label]"
    assert course.category == "training"  # a tag naming a category sets it
    assert course.note == ("project: Onboarding; task: Video course; billable: no; amount: USD 0.00; "
                           "tags: training, video")
    assert batch.start == utc("2024-03-08T14:00:00")  # 09:00 in New York, winter time
    # 23:30 EST to 03:30 EDT across the spring change: three hours, not four.
    assert (night.client, night.start, night.end) == (TASKHIVE, utc("2024-03-10T04:30:00"), utc("2024-03-10T07:30:00"))
    assert night.note == 'rated queries, "hard" set'


def test_clockify_repeated_hour_is_read_by_its_duration(ready: Vault) -> None:
    run_import(ready, ImportRequest(format="clockify", path=FIXTURES / "clockify_iso_24h.csv", client="taskhive"))
    night = entries(ready)[0]
    # 01:30 EDT to 01:15 EST on the night clocks go back: 45 minutes (Duration (h) says so).
    assert (night.start, night.end) == (utc("2024-11-03T05:30:00"), utc("2024-11-03T06:15:00"))
    assert night.note == "night shift [task: Rating]"


def test_clockify_twelve_hour_us_dates(ready: Vault) -> None:
    run_import(ready, ImportRequest(format="clockify", path=FIXTURES / "clockify_us_12h.csv"))
    boxes, review = entries(ready)
    assert (boxes.start, boxes.end) == (utc("2024-03-11T13:05:10"), utc("2024-03-11T16:00:00"))
    assert (review.category, review.note) == ("rework", "task: Review; tags: rework")


def test_watson_frames_and_log_are_the_same_frames(ready: Vault) -> None:
    first = run_import(ready, ImportRequest(format="watson", path=FIXTURES / "watson_frames.json", client=ACME))
    again = run_import(ready, ImportRequest(format="watson", path=FIXTURES / "watson_log.json", client=ACME))
    assert (first.entries, again.entries) == (3, 0)
    assert [s.reason for s in again.skipped] == [
        "already imported (id a1b2c3d4e5f60718293a4b5c6d7e8f90)",
        "already imported (id 0f1e2d3c4b5a69788796a5b4c3d2e1f0)",
        "already imported (id 1234567890abcdef1234567890abcdef)",
    ]
    label, training, plain = entries(ready)
    assert label.start == utc("2024-03-10T07:00:00")
    assert label.note == "project: acme; tags: label, batch7"
    # "image annotation" names the client's engagement (any case), so it goes there and not into the note.
    assert (training.engagement, training.category, training.note) == ("Image annotation", "training",
                                                                       "tags: training")
    assert plain.note == "project: acme"


def test_timewarrior_data_files_export_and_folder_agree(ready: Vault, tmp_path: Path) -> None:
    database = tmp_path / "timewarrior"
    (database / "data").mkdir(parents=True)
    shutil.copyfile(FIXTURES / "timew_2024-03.data", database / "data" / "2024-03.data")
    (database / "data" / "undo.data").write_text("txn:\n  type: interval\n")  # not an interval file
    from_folder = run_import(ready, ImportRequest(format="timewarrior", path=database, client=ACME))
    assert from_folder.entries == 3
    assert [s.where for s in from_folder.skipped] == ["2024-03.data line 4"]
    again = run_import(ready, ImportRequest(format="timewarrior", path=FIXTURES / "timew_export.json", client=ACME))
    assert again.entries == 0
    tagged, quoted, annotated = entries(ready)
    assert tagged.note == "tags: acme, label, tag two"
    assert quoted.note == 'a "quoted" note # hash [tags: it\'s, say "hi", training]'
    assert quoted.category == "training"
    assert annotated.note == "only annotation"
    assert (quoted.start, quoted.end) == (utc("2024-03-12T09:00:05"), utc("2024-03-12T10:00:00"))


def test_kimai_crosses_midnight_and_keeps_exact_seconds(ready: Vault) -> None:
    run_import(ready, ImportRequest(format="kimai", path=FIXTURES / "kimai_en.csv"))
    run_import(ready, ImportRequest(format="kimai", path=FIXTURES / "kimai_de.csv"))
    day, german, night = entries(ready)
    assert day.note == "batch 11 [activity: Labeling; tags: label]"
    assert (night.start, night.end) == (utc("2024-03-12T02:00:00"), utc("2024-03-12T05:15:00"))
    # Begin 09:00 and End 10:30 are to the minute; Dauer 01:30:20 is exact.
    assert (german.client, german.worked_seconds, german.note) == (TASKHIVE, 5420, "activity: Rating")


def test_generic_csv_mapping_is_saved_per_source(ready: Vault) -> None:
    mapping = parse_mapping(["start=When", "end=Finished", "client=Who", "note=What", "id=Ref", "category=Kind"])
    preview = preview_import(ready, ImportRequest(format="csv", path=FIXTURES / "generic.csv", source="sheet",
                                                  mapping=mapping))
    assert preview.entries == 2
    assert saved_mapping(ready, "sheet") is None  # a preview saves nothing
    done = run_import(ready, ImportRequest(format="csv", path=FIXTURES / "generic.csv", source="sheet",
                                           mapping=mapping))
    assert done.seconds == 3600 + 15 * 60 + 30 + 3600
    assert saved_mapping(ready, "sheet") == mapping
    again = run_import(ready, ImportRequest(format="csv", path=FIXTURES / "generic.csv", source="sheet"))
    assert (again.entries, len(again.skipped)) == (0, 2)
    first, second = entries(ready)
    assert (first.start, first.category) == (utc("2024-03-12T12:00:00"), "training")  # local 08:00 in New York
    assert second.start == utc("2024-03-12T14:00:00")  # the offset in the file wins


def test_timezone_option_reads_wall_clock_times_elsewhere(ready: Vault) -> None:
    run_import(ready, ImportRequest(format="kimai", path=FIXTURES / "kimai_de.csv", timezone="Europe/Berlin"))
    (entry,) = entries(ready)
    assert entry.start == utc("2024-03-11T08:00:00")  # 09:00 in Berlin
    assert entry.tz == "Europe/Berlin"
