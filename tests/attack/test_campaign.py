"""The hostile-file campaign (campaign.py): per import format and for backup headers, generated files that must
each be refused with one clear line (or imported whole), never crash, never leave rows behind, and never take
the process above 500 MB.

A few hundred files in all by default, so that `make test` stays quick; CONTRACTOR_APP_ATTACK=full (what
`make attack` sets) runs 10,000 per format and 10,000 backup headers. CAMPAIGN_SEED replays a run.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from contractor_app.backup.create import create_backup
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..interchange.conftest import ZONE
from ..sample import Templates, TwoClients
from .campaign import FORMATS

ROOT = Path(__file__).resolve().parents[2]
FULL = os.environ.get("CONTRACTOR_APP_ATTACK") == "full"
FILES = 10_000 if FULL else 40
CEILING_MB = 500
# Campaigns run side by side, each in its own process (so each peak RSS is its own): the full run was CPU-bound in
# one process at a time, a bit over 2 hours; CONTRACTOR_APP_ATTACK_JOBS=1 runs them one after another.
JOBS = int(os.environ.get("CONTRACTOR_APP_ATTACK_JOBS") or 2)


def seed() -> int:
    return int(os.environ.get("CAMPAIGN_SEED") or random.SystemRandom().randrange(2**32))


def run(*args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-m", "tests.attack.campaign", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=6 * 3600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def campaigns(templates: Templates, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[Any]]]:
    """Every campaign of this module started at once on a pool of JOBS workers, each on its own copy of the
    records; the tests wait for theirs."""
    def records() -> Path:
        return Path(shutil.copytree(templates(TwoClients(ZONE)).folder, tmp_path_factory.mktemp("campaign") / "r"))

    headers = records()
    backup = headers.parent / "base.clbackup"
    with Vault.unlock(headers, PASSWORD) as vault:
        create_backup(vault, backup)
    with ThreadPoolExecutor(max_workers=JOBS) as pool:
        started = {"headers": pool.submit(run, "headers", str(FILES), str(seed()), str(backup), str(headers))}
        for fmt in FORMATS:
            started[fmt] = pool.submit(run, "imports", fmt, str(FILES), str(seed()), str(records()))
        yield started
        for future in started.values():
            future.cancel()


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_import_files(campaigns: dict[str, Future[Any]], fmt: str) -> None:
    tally = campaigns[fmt].result()
    print(f"\ncampaign imports {fmt}: {tally}")
    assert tally["problems"] == [], tally
    assert int(tally.get("refused", 0)) + int(tally.get("accepted", 0)) == FILES
    assert int(tally["peak_mb"]) < CEILING_MB, tally


@pytest.mark.slow
def test_hostile_backup_headers(campaigns: dict[str, Future[Any]]) -> None:
    tally = campaigns["headers"].result()
    print(f"\ncampaign headers {FILES}: {tally}")
    assert tally["problems"] == [], tally
    assert int(tally["peak_mb"]) < CEILING_MB, tally
