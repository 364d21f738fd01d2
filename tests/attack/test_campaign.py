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
import subprocess
import sys
from pathlib import Path

import pytest

from contractor_app.backup.create import create_backup
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..interchange.conftest import ready_dir, template  # noqa: F401 - the vault the campaign imports into
from .campaign import FORMATS

ROOT = Path(__file__).resolve().parents[2]
FULL = os.environ.get("CONTRACTOR_APP_ATTACK") == "full"
FILES = 10_000 if FULL else 40
CEILING_MB = 500


def seed() -> int:
    return int(os.environ.get("CAMPAIGN_SEED") or random.SystemRandom().randrange(2**32))


def run(*args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-m", "tests.attack.campaign", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=6 * 3600)
    assert done.returncode == 0, done.stderr[-3000:]
    tally = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"\ncampaign {' '.join(args[:2])}: {tally}")
    return tally


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_import_files(ready_dir: Path, fmt: str) -> None:
    tally = run("imports", fmt, str(FILES), str(seed()), str(ready_dir))
    assert tally["problems"] == [], tally
    assert int(tally.get("refused", 0)) + int(tally.get("accepted", 0)) == FILES  # type: ignore[call-overload]
    assert int(tally["peak_mb"]) < CEILING_MB, tally  # type: ignore[call-overload]


@pytest.mark.slow
def test_hostile_backup_headers(ready_dir: Path) -> None:
    backup = ready_dir.parent / "base.clbackup"
    with Vault.unlock(ready_dir, PASSWORD) as vault:
        create_backup(vault, backup)
    tally = run("headers", str(FILES), str(seed()), str(backup), str(ready_dir))
    assert tally["problems"] == [], tally
    assert int(tally["peak_mb"]) < CEILING_MB, tally  # type: ignore[call-overload]
