"""What every subcommand needs: the data folder, the password source, output streams, and the unlocked vault.

Light to import: the services (and the database layer under them) load when a command opens the vault, so a
command's `--help` and its argument checks never pay for them (issue 18).
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import password

if TYPE_CHECKING:
    from ..services.profile import Profile
    from ..services.vault import Vault


def _load_database_layer() -> None:
    """Import the store and SQLAlchemy under it (services.vault) with the garbage collector off, then freeze what
    the import made: tens of thousands of objects (SQLAlchemy's, our mapped models') that live until the command
    ends. Collecting while they load frees nothing (~120 collections), and without the freeze every later full
    collection would walk them again; together that cost `list` about 30 ms of its ~300 (issue 18). Collection is
    back on (if it was) right after, for everything the command itself makes."""
    if "contractor_app.services.vault" in sys.modules:
        return  # loaded (and frozen) by an earlier command in this process: nothing to set aside twice
    enabled = gc.isenabled()
    gc.disable()
    try:
        from ..services import vault  # noqa: F401
        gc.freeze()
    finally:
        if enabled:
            gc.enable()


@dataclass
class Context:
    data_dir: Path
    password_file: Path | None
    out: TextIO = field(default_factory=lambda: sys.stdout)

    def print(self, *lines: str) -> None:
        for line in lines:
            self.out.write(line + "\n")

    @contextlib.contextmanager
    def vault(self, *, check_rollback: bool = True) -> Iterator[Vault]:
        """Unlock for one command and lock again afterwards, whatever happens; back up if it changed something."""
        from ..services.lifecycle import unlock_vault

        _load_database_layer()
        vault = unlock_vault(self.data_dir, password.current_password(self.password_file),
                             check_rollback=check_rollback)
        with vault:
            from ..services.backup_trigger import after_changes  # after the unlock, whose KDF hides the imports

            with after_changes(vault, warn=lambda line: print(line, file=sys.stderr)):
                yield vault

    @contextlib.contextmanager
    def vault_and_profile(self) -> Iterator[tuple[Vault, Profile]]:
        _load_database_layer()
        from ..services.profile import load_profile

        with self.vault() as vault:
            yield vault, load_profile(vault)
