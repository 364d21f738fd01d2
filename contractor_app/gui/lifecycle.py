"""The vault's lifecycle for the unlock and first-run windows: exists, create, unlock, recover, discard.

The store (and SQLAlchemy under it) is imported on first use, not with this module, so the unlock window can be
on screen before the database layer has loaded.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store.vault import Vault

# The two files that make a vault (store.vault.VaultPaths); a test keeps these names in step with it.
RECORD_FILES = ("vault.db", "vault.key")


def records_exist(folder: Path) -> bool:
    return any((folder / name).exists() for name in RECORD_FILES)


def create_vault(folder: Path, password: str) -> tuple[Vault, str]:
    from ..store.vault import Vault

    return Vault.create(folder, password)


def unlock_vault(folder: Path, password: str) -> Vault:
    from ..store.vault import Vault

    return Vault.unlock(folder, password)


def recover_vault(folder: Path, recovery_key: str, new_password: str) -> Vault:
    from ..store.vault import Vault

    return Vault.unlock_with_recovery_key(folder, recovery_key, new_password)


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


def preload() -> None:
    """Import what the main window needs, off the UI thread, while the worker types the password."""
    from . import first_run, forgotten_timer, main_window  # noqa: F401
    from ..store import vault  # noqa: F401
