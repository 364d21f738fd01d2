"""Finding 6 (input): a hostile file is refused by a cap, with an error naming the limit, before any real work.

The original case: a 120 MB CSV of commas took 2.8 GB and 218 s in the Toggl importer. Each file here is just
under the byte cap and built to explode one stage (a header of millions of columns, a row of millions of cells,
a huge cell, millions of empty lines, millions of JSON values). Each is parsed in its own process
(parse_probe.py) so that its peak RSS is the parser's own; the ceiling is 500 MB.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from contractor_app.interchange import reading

ROOT = Path(__file__).resolve().parents[2]
CEILING_MB = 500
SIZE = 40 * 1024 * 1024  # under the byte cap: the other caps must do the work
KIMAI = b"Date,Begin,End,Duration,Customer,Project,Activity,Description\n"
TOGGL_HEADER = b"User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration\n"


def probe(fmt: str, path: Path) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-m", "tests.attack.parse_probe", fmt, str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


CASES = {
    "commas-header": ("toggl", lambda: b"," * SIZE, "columns"),
    "commas-row": ("toggl", lambda: TOGGL_HEADER + b"," * SIZE, "characters"),
    "long-line": ("kimai", lambda: KIMAI + b'2024-03-11,"' + b"x" * SIZE + b'",1\n', "line is longer than"),
    "tall-cell": ("kimai", lambda: KIMAI + b'2024-03-11,"' + b"x\n" * (SIZE // 2) + b'",1\n', "a cell is longer"),
    "wide-header": ("csv", lambda: ",".join(f"c{i}" for i in range(5000)).encode() + b"\n", "columns"),
    "empty-lines": ("timewarrior", lambda: b"\n" * SIZE, "lines"),
    "empty-rows": ("toggl", lambda: TOGGL_HEADER + b"\r\n" * (SIZE // 2), "lines"),
    "values": ("watson", lambda: b"[" + b"0," * (SIZE // 2 - 1) + b"0]", "values"),
    "objects-under-cap": ("watson", lambda: b"[" + b"{}," * (reading.MAX_JSON_VALUES // 2 - 10) + b"{}]",
                          "Watson frames"),
    "objects": ("json", lambda: b'{"format": "contractor-ledger-export", "version": 1, "records": {"clients": ['
                + b"{}," * (SIZE // 3 - 10) + b"{}]}}", "values"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(CASES))
def test_an_exploding_file_is_refused_by_a_named_cap(tmp_path: Path, case: str) -> None:
    fmt, make, limit_word = CASES[case]
    path = tmp_path / f"{case}.{'json' if fmt in ('watson', 'json') else 'data' if fmt == 'timewarrior' else 'csv'}"
    path.write_bytes(make())
    result = probe(fmt, path)
    print(f"\n{case}: {result}")
    assert result["outcome"] == "refused", result
    assert limit_word in str(result["message"]) and "Nothing was imported" in str(result["message"]), result
    assert int(result["peak_mb"]) < CEILING_MB, result  # type: ignore[call-overload]


def test_the_caps_are_named_in_the_errors() -> None:
    assert reading.MAX_COLUMNS and reading.MAX_LINE_CHARS and reading.MAX_CELL_CHARS and reading.MAX_JSON_VALUES


def test_a_huge_file_is_refused_by_its_size_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:  # sparse: 1 GiB on paper, nothing on disk
        handle.truncate(1024 * 1024 * 1024)
    result = probe("toggl", path)
    assert result["outcome"] == "refused" and "larger than 64 MiB" in str(result["message"]), result
    assert int(str(result["peak_mb"])) < 100, result  # the app itself; reading up to the cap would add 64 MiB
