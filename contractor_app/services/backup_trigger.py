"""When a command changed the records, make the automatic backup (services/backups/) if one is due, and pass
the changes to the sync folder if this computer uses one (services/sync.py).

A module of its own so that every CLI command can watch for changes without loading the backup or sync code: that
is imported only once the records did change (issue 18, start-up).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from ..errors import LedgerError
from ..store.chain import ChainHead
from ..store.vault import Vault


@contextlib.contextmanager
def after_changes(vault: Vault, warn: Callable[[str], None]) -> Iterator[None]:
    """Around one command: if it succeeded and changed the records, make the automatic backup if one is due and
    sync with the worker's other devices.

    A failure goes to ``warn`` as one line: the command itself succeeded and its result stands.
    """
    try:
        before: ChainHead | None = vault.chain_head()  # it changes with every change to the records
    except LedgerError:
        before = None  # the records cannot be read (the command will say why): no automatic backup
    yield
    try:
        changed = before is not None and vault.chain_head() != before
    except LedgerError:
        return
    if not changed:
        return
    try:
        from .backups.schedule import automatic_backup

        automatic_backup(vault)
    except (LedgerError, OSError) as error:
        warn(f"Warning: {error}" if isinstance(error, LedgerError) else
             f"Warning: the automatic backup failed ({error.strerror or error}). Your records are safe and unchanged.")
    try:
        from .sync import sync_if_set_up

        for line in sync_if_set_up(vault):
            warn(f"Sync: {line}")
    except (LedgerError, OSError) as error:
        warn(f"Warning: syncing failed ({error if isinstance(error, LedgerError) else error.strerror or error}). "
             "Your records on this computer are safe; `sync now` tries again.")
