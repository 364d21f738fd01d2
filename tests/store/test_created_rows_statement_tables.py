"""UnitOfWork.created_rows: rows written without ORM objects read back as the ORM writes them, each with its
audit event (the records check passes), and values the column types refuse are refused here too."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from contractor_app.services.verify import verify_vault
from contractor_app.store.models import AuditEvent, ExchangeRate
from contractor_app.store.vault import Vault


def rate(**changes: object) -> dict[str, object]:
    return {"on": date(2026, 11, 10), "from_currency": "USD", "to_currency": "EUR", "rate": Decimal("0.91840"),
            "source": "statement wise.csv BALANCE-1", "entered_at": datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
            **changes}


def test_rows_read_back_as_written_with_their_audit_events(vault: Vault) -> None:
    with vault.unit_of_work() as uow:
        uow.created(ExchangeRate(**rate(source="by the ORM")))
        ids = uow.created_rows(ExchangeRate, [rate(), rate(source="statement wise.csv BALANCE-2")])
    assert ids == [2, 3]
    with vault.reading() as session:
        row = session.get(ExchangeRate, 2)
        assert row is not None
        assert (row.on, row.rate, row.entered_at) == (date(2026, 11, 10), Decimal("0.91840"),
                                                      datetime(2026, 12, 1, 9, 30, tzinfo=UTC))
        events = session.execute(select(AuditEvent.action, AuditEvent.entity_id)
                                 .where(AuditEvent.entity == "exchange_rates").order_by(AuditEvent.seq)).all()
    assert events == [("create", "1"), ("create", "2"), ("create", "3")]
    assert verify_vault(vault).ok


@pytest.mark.parametrize("bad", [{"entered_at": datetime(2026, 12, 1, 9, 30)}, {"rate": Decimal("NaN")}])
def test_values_the_column_types_refuse_are_refused(vault: Vault, bad: dict[str, object]) -> None:
    with pytest.raises(ValueError), vault.unit_of_work() as uow:
        uow.created_rows(ExchangeRate, [rate(**bad)])
    with vault.reading() as session:
        assert session.scalars(select(ExchangeRate)).all() == []
    assert verify_vault(vault).ok
