"""The vault's lifecycle for the CLI and the unlock and first-run windows: where the data folder is, and whether
records exist there; create, unlock, recover, discard.

The store (and SQLAlchemy under it) is imported on first use, not with this module, so the unlock window can be
on screen before the database layer has loaded.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

if TYPE_CHECKING:
    from ..store.vault import Vault
    from ..store.witness import Witness

DATA_DIR_ENV = "CONTRACTOR_APP_DATA_DIR"
APP_DIR_NAME = "contractor-app"
# The two files that make a vault (store.vault.VaultPaths); a test keeps these names in step with it.
RECORD_FILES = ("vault.db", "vault.key")


def default_data_dir() -> Path:
    """The data folder when none is given: $CONTRACTOR_APP_DATA_DIR, else the platform's user data folder."""
    return Path(os.environ.get(DATA_DIR_ENV) or user_data_dir(APP_DIR_NAME, appauthor=False))


def records_exist(folder: Path) -> bool:
    return any((folder / name).exists() for name in RECORD_FILES)


def create_vault(folder: Path, password: str) -> tuple[Vault, str]:
    """New, empty records in ``folder``: the unlocked vault and its recovery key (shown to the worker once)."""
    from ..store.vault import Vault

    return Vault.create(folder, password)


def unlock_vault(folder: Path, password: str, *, check_rollback: bool = True) -> Vault:
    """Unlock; without this computer's rollback witness, the records are checked against their backups' instead."""
    from ..store.vault import Vault

    return Vault.unlock(folder, password, check_rollback=check_rollback, backup_witness=newest_backup_witness)


@contextlib.contextmanager
def unlocking_vault(folder: Path, password: str, *, check_rollback: bool = True) -> Iterator[Callable[[], Vault]]:
    """``unlock_vault`` in two halves: the key file is read and checked and the password's key derived in a
    background thread while the block loads what the caller needs; calling what the block is given waits for the
    key and opens the records (store/unlocking.py). Leaving the block waits for the derivation, however it ends."""
    from ..store.unlocking import begin_unlock

    with begin_unlock(folder, password) as pending:
        def finish() -> Vault:
            from ..store.vault import Vault

            return Vault.finish_unlock(pending, check_rollback=check_rollback, backup_witness=newest_backup_witness)

        yield finish


def newest_backup_witness(vault: Vault, data_key: bytes) -> tuple[Witness, Path] | None:
    """services.backups.listing.newest_backup_witness, imported only when called (a new computer, a wiped config
    folder): every command unlocks, few need the backup code."""
    from .backups import listing as backups_listing

    return backups_listing.newest_backup_witness(vault, data_key)


def recover_vault(folder: Path, recovery_key: str, new_password: str) -> Vault:
    """Unlock with the recovery key and set a new password; rolled-back records are refused as ``unlock_vault``
    refuses them, with the backups' witness when this computer keeps none."""
    from ..store.vault import Vault

    return Vault.unlock_with_recovery_key(folder, recovery_key, new_password, backup_witness=newest_backup_witness)


def discard_new_vault(vault: Vault) -> None:
    """Remove a vault that first-run setup created and the worker then cancelled: it holds no records yet."""
    vault.lock()
    paths = vault.paths
    for path in (paths.db, paths.key, paths.lock, paths.db.with_name(paths.db.name + "-wal"),
                 paths.db.with_name(paths.db.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    with contextlib.suppress(OSError):
        paths.folder.rmdir()  # only if nothing else is in it

