"""Putting a restored vault in place of the current one, so that a kill at any moment leaves a vault that opens.

A vault is two files (``vault.db`` and ``vault.key``, plus SQLite's -wal and -shm while open), and no file system
renames two files as one. So the swap is journaled:

1. The restored vault is complete, checked and fsynced in a staging folder inside the data folder (same file
   system, so every move below is a rename). Until step 2, a kill leaves the current vault untouched.
2. A journal naming the staging and the previous-records folders is written atomically. From here on the swap
   only ever rolls forward: the staging vault is known good.
3. "aside": the current vault's files are renamed into ``previous-<time>/``; then the journal says "install".
4. "install": the staging vault's files are renamed into the data folder; the staging folder and journal go.

Every step is idempotent, and ``finish_interrupted_swap`` (called before every unlock) redoes the remaining ones,
under the same lock as the key file's writers. Whichever moment a kill lands, the next unlock finds either the old
vault (before step 2) or the new one (after it, once rolled forward), never a mix of the two.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

from ..errors import VaultDamaged
from .fileio import atomic_write, exclusive_lock, fsync_dir

JOURNAL_NAME = "restore-journal.json"
LOCK_NAME = "vault.lock"
STAGING_PREFIX = ".restore-"
PREVIOUS_PREFIX = "previous-"
# Everything that makes up a vault on disk, so that a vault moved aside keeps its uncheckpointed commits.
VAULT_FILES = ("vault.db", "vault.db-wal", "vault.db-shm", "vault.db-journal", "vault.key")
_NAME = re.compile(r"[A-Za-z0-9._-]{1,100}")


def swap_in(folder: Path, staging: Path, previous: Path) -> None:
    """Replace the vault in ``folder`` with the one in ``staging``, moving the current files into ``previous``."""
    with exclusive_lock(folder / LOCK_NAME):
        journal = {"staging": staging.name, "previous": previous.name, "step": "aside"}
        atomic_write(folder / JOURNAL_NAME, json.dumps(journal).encode())
        _roll_forward(folder, journal)


def finish_interrupted_swap(folder: Path) -> None:
    """Complete a swap that a kill interrupted after its journal was written; nothing to do otherwise (one stat)."""
    if not (folder / JOURNAL_NAME).exists():
        return
    with exclusive_lock(folder / LOCK_NAME):
        try:
            data = (folder / JOURNAL_NAME).read_bytes()
        except FileNotFoundError:  # another process finished it while we waited for the lock
            return
        _roll_forward(folder, _parse(data))


def _parse(data: bytes) -> dict[str, str]:
    try:
        journal = json.loads(data)
        names_ok = (journal["staging"].startswith(STAGING_PREFIX) and journal["previous"].startswith(PREVIOUS_PREFIX)
                    and all(_NAME.fullmatch(journal[key]) for key in ("staging", "previous")))
        if names_ok and journal["step"] in ("aside", "install"):
            return journal
    except (ValueError, KeyError, TypeError, AttributeError):
        pass
    raise VaultDamaged("restore journal", f"Delete {JOURNAL_NAME} only if your records open without it.")


def _roll_forward(folder: Path, journal: dict[str, str]) -> None:
    staging, previous = folder / journal["staging"], folder / journal["previous"]
    if journal["step"] == "aside":
        previous.mkdir(mode=0o700, exist_ok=True)
        _move_all(folder, previous)
        journal = {**journal, "step": "install"}
        atomic_write(folder / JOURNAL_NAME, json.dumps(journal).encode())
    if staging.exists():
        _move_all(staging, folder)
        shutil.rmtree(staging)
    if previous.exists() and not any(previous.iterdir()):
        previous.rmdir()  # there was no vault to keep aside
    (folder / JOURNAL_NAME).unlink()
    fsync_dir(folder)


def _move_all(source: Path, target: Path) -> None:
    for name in VAULT_FILES:
        if (source / name).exists():
            os.replace(source / name, target / name)
    fsync_dir(target)
    fsync_dir(source)
