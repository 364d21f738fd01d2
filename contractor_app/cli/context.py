"""What every subcommand needs: the data folder, the password source, output streams, and the unlocked vault."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ..services.backup_trigger import after_changes
from ..services.lifecycle import unlock_vault
from ..services.profile import Profile, load_profile
from ..services.vault import Vault
from . import password


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
        vault = unlock_vault(self.data_dir, password.current_password(self.password_file),
                             check_rollback=check_rollback)
        with vault, after_changes(vault, warn=lambda line: print(line, file=sys.stderr)):
            yield vault

    @contextlib.contextmanager
    def vault_and_profile(self) -> Iterator[tuple[Vault, Profile]]:
        with self.vault() as vault:
            yield vault, load_profile(vault)
