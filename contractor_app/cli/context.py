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


@contextlib.contextmanager
def _collection_paused() -> Iterator[None]:
    """Load the database layer with the garbage collector off: SQLAlchemy and our mapped models make tens of
    thousands of objects that live until the command ends, so the ~120 collections their import would trigger free
    nothing and cost `list` about 30 ms of its start (issue 18). Collection is back on (if it was) right after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load_database_layer() -> None:
    with _collection_paused():
        from ..services import vault  # noqa: F401  # the store and SQLAlchemy under it; a no-op once loaded


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
