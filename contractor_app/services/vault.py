"""The handle the faces hold on unlocked records: what every service takes, and what the CLI and the GUI pass on.

The type is the store's Vault, named here so that the faces depend on services alone (tests/test_layering.py). A
face uses only its lifecycle (lock, ``paths.folder``, ``vault_id``) and hands it to services; it never opens a
session on it (the GUI holds no ORM objects). Unlocking and creating are services.lifecycle's.
"""

from __future__ import annotations

from ..store.vault import Vault

__all__ = ["Vault", "load_sessions"]


def load_sessions() -> None:
    """Load now what the first session would (store/engine.py's ``prepare_sessions``): the CLI does it with the
    garbage collector paused, while the key is derived (cli/context.py). Opening a Vault and its plain-SQL reads
    (``Vault.querying``) need none of it."""
    from ..store.engine import prepare_sessions

    prepare_sessions()

