"""When a command changed the records, make the automatic backup (services/backups.py) if one is due.

A module of its own so that every CLI command can watch for changes without loading the backup code: that is
imported only once the records did change (issue 18, start-up).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from ..errors import LedgerError
from ..store.audit import ChainHead
from ..store.vault import Vault


@contextlib.contextmanager
def after_changes(vault: Vault, warn: Callable[[str], None]) -> Iterator[None]:
    """Around one command: if it succeeded and changed the records, make the automatic backup if one is due.

    A failure goes to ``warn`` as one line: the command itself succeeded and its result stands.
    """
    try:
        before: ChainHead | None = vault.chain_head()  # it changes with every change to the records
    except LedgerError:
        before = None  # the records cannot be read (the command will say why): no automatic backup
    yield
    try:
        if before is not None and vault.chain_head() != before:
            from .backups import automatic_backup

            automatic_backup(vault)
    except (LedgerError, OSError) as error:
        warn(f"Warning: {error}" if isinstance(error, LedgerError) else
             f"Warning: the automatic backup failed ({error.strerror or error}). Your records are safe and unchanged.")

