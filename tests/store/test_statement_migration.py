"""Migration 0005 (payment statements) on a vault made before it: the records come through the upgrade
unchanged, the new columns empty, the records check passes, and a statement imports afterwards."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command

from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.payments import NewPayment, record_payment
from contractor_app.services.statement_imports import StatementRequest, import_statement
from contractor_app.services.verify import verify_vault
from contractor_app.store.engine import WRITE_OPTION, create_vault_engine
from contractor_app.store.migrate import HEAD, SCRIPTS, _config
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from .test_migrations import read_contents

UPWORK = Path(__file__).parents[1] / "interchange" / "fixtures" / "statements" / "upwork_transactions.csv"


def downgrade_to_0003(db: Path, data_key: bytes) -> None:
    engine = create_vault_engine(db, data_key)
    try:
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
            writer = conn.execution_options(**{WRITE_OPTION: True})
            with writer.begin():
                config = _config(SCRIPTS)
                config.attributes["connection"] = writer
                command.downgrade(config, "0003")
    finally:
        engine.dispose()


@pytest.mark.slow
def test_a_vault_from_before_statements_upgrades_and_imports(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSWORD)
    with vault:
        add_client(vault, NewClient(name="Acme AI", currency="USD"))
        record_payment(vault, NewPayment(client="Acme AI", received_on=date(2026, 10, 1), gross=Decimal("80.00"),
                                         fees=Decimal("8.00"), reference="by hand"))
        data_key = vault._key()
    db = data_dir / "vault.db"
    downgrade_to_0003(db, data_key)
    before = read_contents(db, data_key)
    assert before.revision == "0003" and "statement_lines" not in before.rows

    with Vault.unlock(data_dir, PASSWORD) as upgraded:
        assert upgraded.upgrade_copy is not None
        after = read_contents(db, data_key)
        assert after.revision == HEAD  # 0005 and every migration after it
        assert [row[:-3] for row in after.rows["payments"]] == before.rows["payments"]
        assert [row[-3:] for row in after.rows["payments"]] == [(None, None, None)]
        assert after.rows["statement_lines"] == after.rows["exchange_rates"] == after.rows["payer_aliases"] == []
        assert verify_vault(upgraded).ok
        result = import_statement(upgraded, StatementRequest("upwork", UPWORK))
        assert result.recorded == 3
        assert verify_vault(upgraded).ok
