"""Against the real Watson (td-watson, from the test extra): frames it wrote itself import with the same
totals, to the second, as `watson report` computes from them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from contractor_app.services.imports import ImportRequest, preview_import, run_import
from contractor_app.services.verify import verify_vault
from contractor_app.store.vault import Vault

from .conftest import ACME

WATSON = Path(sys.executable).with_name("watson")
FRAMES = [  # (from, to, project, tags): several days, odd seconds, past midnight, across the spring clock change
    ("2024-03-08 09:00:00", "2024-03-08 11:30:15", "acme", ["+label", "+batch7"]),
    ("2024-03-08 13:00:00", "2024-03-08 13:44:59", "acme", ["+training"]),
    ("2024-03-09 22:30:00", "2024-03-10 03:15:07", "acme", ["+label"]),
    ("2024-03-11 08:00:01", "2024-03-11 09:00:00", "taskhive", []),
    ("2024-03-11 08:30:00", "2024-03-11 10:00:59", "image annotation", ["+review", "+rework"]),
]


def watson(folder: Path, *args: str) -> str:
    env = {**os.environ, "WATSON_DIR": str(folder), "TZ": "America/New_York"}
    done = subprocess.run([str(WATSON), *args], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.slow
@pytest.mark.skipif(not WATSON.exists(), reason="td-watson (the test extra) is not installed")
def test_imported_totals_equal_watson_report(ready: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "watson"
    folder.mkdir()
    for start, end, project, tags in FRAMES:
        watson(folder, "add", "-f", start, "-t", end, project, *tags)
    report = json.loads(watson(folder, "report", "--all", "--json"))
    logged = tmp_path / "log.json"
    logged.write_text(watson(folder, "log", "--all", "--json"))

    preview = preview_import(ready, ImportRequest(format="watson", path=folder / "frames", client=ACME))
    assert preview.entries == len(FRAMES)
    assert preview.seconds == int(report["time"])
    by_project: dict[str, int] = {}
    for total in preview.projects:
        by_project[total.project or ""] = by_project.get(total.project or "", 0) + total.seconds
    assert by_project == {project["name"]: int(project["time"]) for project in report["projects"]}

    assert run_import(ready, ImportRequest(format="watson", path=folder, client=ACME)).seconds == int(report["time"])
    # `watson log --json` names the same frames: nothing more to add.
    again = run_import(ready, ImportRequest(format="watson", path=logged, client=ACME))
    assert (again.entries, len(again.skipped)) == (0, len(FRAMES))
    # The entries and their audit events went in by bulk insert: the records check still passes.
    checked = verify_vault(ready)
    assert checked.ok, checked.problems
