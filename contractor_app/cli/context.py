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
        from ..services.lifecycle import unlock_vault

        vault = unlock_vault(self.data_dir, password.current_password(self.password_file),
                             check_rollback=check_rollback)
        with vault:
            from ..services.backup_trigger import after_changes  # after the unlock, whose KDF hides the imports

            with after_changes(vault, warn=lambda line: print(line, file=sys.stderr)):
                yield vault

    @contextlib.contextmanager
    def vault_and_profile(self) -> Iterator[tuple[Vault, Profile]]:
        from ..services.profile import load_profile

        with self.vault() as vault:
            yield vault, load_profile(vault)
