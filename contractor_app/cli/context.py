"""What every subcommand needs: the data folder, the password source, output streams, and the unlocked vault.

Light to import: the services (and the database layer under them) load when a command opens the vault, so a
command's `--help` and its argument checks never pay for them (issue 18).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import password

if TYPE_CHECKING:
    from ..services.profile import Profile
    from ..services.vault import Vault


# What _load_database_layer loaded and froze in this process: "store", and "sessions" once SQLAlchemy is in too.
_frozen: set[str] = set()


def _load_database_layer(sessions: bool, modules: Sequence[str] = ()) -> None:
    """Import the store (services.vault) and, for a command that opens ``sessions``, SQLAlchemy and our mapped
    models (services.vault.load_sessions), and the ``modules`` the command will use, with the garbage collector
    off, then freeze what the import made: tens of thousands of objects that live until the command ends.
    Collecting while they load frees nothing (~120 collections), and without the freeze every later full collection
    would walk them again; together that cost about 30 ms of a command's ~300 (issue 18). Collection is back on (if
    it was) right after, for everything the command itself makes. `list` reads in plain SQL and loads no SQLAlchemy
    at all (docs/decisions/0005).

    A command whose own services imported SQLAlchemy before it opened the vault (`client list`) still gets the
    freeze: whether it is loaded is not the question, whether it was frozen is."""
    missing = [name for name in modules if name not in sys.modules]
    if not missing and ("sessions" in _frozen or (not sessions and "store" in _frozen)):
        return  # loaded and frozen by an earlier command in this process: nothing to set aside twice
    enabled = gc.isenabled()
    gc.disable()
    try:
        from ..services import vault

        if sessions:
            vault.load_sessions()
        for name in missing:
            importlib.import_module(name)
        gc.freeze()
        _frozen.add("sessions" if sessions else "store")
    finally:
        if enabled:
            gc.enable()


# What every command that opens the records uses once they are open: loaded while the key is derived.
_EVERY_COMMAND = ("contractor_app.services.backup_trigger",)


@dataclass
class Context:
    data_dir: Path
    password_file: Path | None
    out: TextIO = field(default_factory=lambda: sys.stdout)

    def print(self, *lines: str) -> None:
        for line in lines:
            self.out.write(line + "\n")

    @contextlib.contextmanager
    def vault(self, *, check_rollback: bool = True, sessions: bool = True,
              loads: Sequence[str] = ()) -> Iterator[Vault]:
        """Unlock for one command and lock again afterwards, whatever happens; back up if it changed something.
        ``sessions=False``: the command reads in plain SQL only, so SQLAlchemy is not loaded up front.

        The password's key is derived in a background thread while the database layer and the modules named in
        ``loads`` (the services the command calls once the records are open) load: the two overlap instead of
        adding up (store/unlocking.py; issue 18, docs/decisions/0006). When the password is typed at a prompt,
        the layer loads before the prompt instead, while the worker types, as it always did."""
        from ..services.lifecycle import unlocking_vault

        modules = (*_EVERY_COMMAND, *loads)
        if password.prompts(self.password_file):
            _load_database_layer(sessions, modules)
        with unlocking_vault(self.data_dir, password.current_password(self.password_file),
                             check_rollback=check_rollback) as finish:
            _load_database_layer(sessions, modules)
            vault = finish()
        with vault:
            from ..services.backup_trigger import after_changes

            with after_changes(vault, warn=lambda line: print(line, file=sys.stderr)):
                yield vault

    @contextlib.contextmanager
    def vault_and_profile(self, *, sessions: bool = True,
                          loads: Sequence[str] = ()) -> Iterator[tuple[Vault, Profile]]:
        with self.vault(sessions=sessions, loads=("contractor_app.services.profile", *loads)) as vault:
            from ..services.profile import load_profile

            yield vault, load_profile(vault)
