"""The handle the faces hold on unlocked records: what every service takes, and what the CLI and the GUI pass on.

The type is the store's Vault, named here so that the faces depend on services alone (tests/test_layering.py). A
face uses only its lifecycle (lock, ``paths.folder``, ``vault_id``) and hands it to services; it never opens a
session on it (the GUI holds no ORM objects). Unlocking and creating are services.lifecycle's.
"""

from __future__ import annotations

from ..store.vault import Vault

__all__ = ["Vault", "load_sessions"]


def load_sessions() -> None:
    """Import SQLAlchemy and the mapped models now, not at the first session: the CLI does it with the garbage
    collector paused (cli/context.py). Opening a Vault and its plain-SQL reads (``Vault.querying``) need neither."""
    from ..store import models  # noqa: F401  # imported for what loading it does

