"""Every connection gets the settings of DESIGN.md section 3, whichever pool slot it comes from."""

from __future__ import annotations

from contractor_app.store.vault import Vault


def test_connection_settings(vault: Vault) -> None:
    engine = vault._bound_engine()
    connections = [engine.connect() for _ in range(3)]  # several pooled connections, each configured
    try:
        for conn in connections:
            pragma = lambda name, conn=conn: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            assert pragma("temp_store") == 2  # MEMORY: a file temp store would spill plaintext
            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert pragma("foreign_keys") == 1
            assert pragma("busy_timeout") == 5000
            assert pragma("cipher_version").startswith("4.")
    finally:
        for conn in connections:
            conn.close()
