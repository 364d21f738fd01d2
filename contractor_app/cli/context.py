"""What every subcommand needs: the data folder, the password source, output streams, and the unlocked vault.

Light to import: the services (and the database layer under them) load when a command opens the vault, so a
command's `--help` and its argument checks never pay for them (issue 18).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import password

if TYPE_CHECKING:
    from ..services.profile import Profile
    from ..services.vault import Vault


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
        # The services, and the database layer under them, load from here on: unlock_vault derives the password's
        # key in a thread while the store loads (store/key_ahead.py), so nothing that loads SQLAlchemy may come
        # before it (tests/store/test_key_ahead.py).
        from ..services.lifecycle import unlock_vault

        vault = unlock_vault(self.data_dir, password.current_password(self.password_file),
                             check_rollback=check_rollback)
        with vault:
            from ..services.backup_trigger import after_changes

            with after_changes(vault, warn=lambda line: print(line, file=sys.stderr)):
                yield vault

    @contextlib.contextmanager
    def vault_and_profile(self) -> Iterator[tuple[Vault, Profile]]:
        with self.vault() as vault:
            from ..services.profile import load_profile

            yield vault, load_profile(vault)
