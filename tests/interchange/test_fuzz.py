"""Hypothesis corrupts valid files of every format: an import either succeeds or fails with one clear error
(exit code 1), never a traceback, and a failed import leaves every table as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contractor_app.errors import LedgerError
from contractor_app.interchange.generic_csv import parse_mapping
from contractor_app.services.exports import export_json
from contractor_app.services.imports import ImportRequest, run_import
from contractor_app.services.json_restore import run_restore
from contractor_app.store.vault import Vault

from .conftest import ACME, FIXTURES, row_counts

EXAMPLES = 50  # per format, shared among its files
# Bytes that matter to the formats: separators, quotes, digits, signs, brackets, bad UTF-8, NUL, BOMs.
TOKENS = [b'"', b",", b";", b"\n", b"\r", b"\t", b"\x00", b"\xff", b"\xc3", b"\xef\xbb\xbf", b"\xff\xfe", b"9",
          b"0", b"99999", b"-", b":", b"/", b".", b"[", b"]", b"{", b"}", b"null", b"true", b"NaN", b"1e309",
          b"\\", b"\\u0000", b"#", b" # ", b"24:00", b"PM", b"13/13/2024", b"T", b"Z", b"+14:00", b"=cmd"]

edits = st.lists(
    st.tuples(st.sampled_from(["replace", "insert", "delete", "truncate", "duplicate"]),
              st.floats(0, 1), st.floats(0, 1), st.one_of(st.sampled_from(TOKENS), st.binary(max_size=6))),
    min_size=1, max_size=4,
)


def corrupt(data: bytes, steps: list[tuple[str, float, float, bytes]]) -> bytes:
    for action, at, span, token in steps:
        i = int(at * len(data))
        j = min(len(data), i + 1 + int(span * 12))
        if action == "replace":
            data = data[:i] + token + data[j:]
        elif action == "insert":
            data = data[:i] + token + data[i:]
        elif action == "delete":
            data = data[:i] + data[j:]
        elif action == "truncate":
            data = data[:i]
        else:
            data = data[:j] + data[i:j] + data[j:]
    return data


CASES = [
    ("toggl", "toggl_detailed.csv", None),
    ("clockify", "clockify_us_12h.csv", None),
    ("clockify", "clockify_iso_24h.csv", "TaskHive"),
    ("watson", "watson_frames.json", ACME),
    ("watson", "watson_log.json", ACME),
    ("timewarrior", "timew_2024-03.data", ACME),
    ("timewarrior", "timew_export.json", ACME),
    ("kimai", "kimai_en.csv", None),
    ("kimai", "kimai_de.csv", None),
    ("csv", "generic.csv", None),
]
MAPPING = parse_mapping(["start=When", "end=Finished", "client=Who", "note=What", "id=Ref", "category=Kind"])


def attempt(vault: Vault, action) -> None:  # type: ignore[no-untyped-def]
    before = row_counts(vault)
    try:
        action()
    except LedgerError as error:
        assert error.exit_code == 1, error
        assert "\n" not in str(error)
        assert row_counts(vault) == before


@pytest.mark.slow
@pytest.mark.parametrize(("fmt", "name", "client"), CASES, ids=[name for _, name, _ in CASES])
def test_corrupted_tracker_files(ready: Vault, tmp_path: Path, fmt: str, name: str, client: str | None) -> None:
    original = (FIXTURES / name).read_bytes()
    path = tmp_path / name
    files_of_format = sum(1 for other, _, _ in CASES if other == fmt)

    @settings(max_examples=EXAMPLES // files_of_format, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(edits)
    def check(steps: list[tuple[str, float, float, bytes]]) -> None:
        path.write_bytes(corrupt(original, steps))
        request = ImportRequest(format=fmt, path=path, client=client, source="fuzz" if fmt == "csv" else None,
                                mapping=MAPPING if fmt == "csv" else None)
        attempt(ready, lambda: run_import(ready, request))

    check()


@pytest.mark.slow
def test_corrupted_json_exports(ready: Vault, tmp_path: Path) -> None:
    run_import(ready, ImportRequest(format="toggl", path=FIXTURES / "toggl_detailed.csv"))
    original_path = tmp_path / "export.json"
    export_json(ready, original_path)
    original = original_path.read_bytes()
    path = tmp_path / "corrupted.json"

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(edits)
    def check(steps: list[tuple[str, float, float, bytes]]) -> None:
        path.write_bytes(corrupt(original, steps))
        attempt(ready, lambda: run_restore(ready, path))

    check()
