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


def test_the_plain_sql_connections_have_the_same_settings(vault: Vault) -> None:
    """``Vault.querying`` reads without SQLAlchemy (issue 18): its connections are ``connect``'s, like the engine's."""
    with vault.querying() as conn, vault.querying() as other:
        assert conn is not other  # one connection per read at a time
        for each in (conn, other):
            pragma = lambda name, each=each: each.execute(f"PRAGMA {name}").fetchone()[0]
            assert pragma("temp_store") == 2
            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2
            assert pragma("foreign_keys") == 1
            assert pragma("busy_timeout") == 5000
            assert each.in_transaction  # one snapshot for the whole read


def test_the_longest_entry_is_read_from_its_index(vault: Vault) -> None:
    """The listing widens its period by the longest entry (services/entries/details.py): that must not scan."""
    with vault.querying() as conn:
        plan = " ".join(str(row) for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT max(end_at - start_at) FROM work_entries"))
    assert "USING COVERING INDEX ix_work_entries_span" in plan
