"""The Dashboard's pay-per-hour card carries the rate net of costs (expenses and distance in the last 12 weeks, in
the card's currency), and is unchanged when nothing was spent."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.dashboard import dashboard
from contractor_app.services.entries.log import NewEntry, log_many
from contractor_app.services.expenses import NewExpense, add_expense
from contractor_app.store.vault import Vault

TZ = "UTC"
TODAY = date(2026, 3, 13)  # a Friday


def test_the_rate_card_shows_the_net_rate_once_costs_are_recorded(vault: Vault) -> None:
    add_client(vault, NewClient(name="Acme", currency="USD", terms=Terms(kind="hourly",
                                                                      rate=Money(Decimal(20), "USD"))))
    monday = datetime(2026, 3, 9, 9, tzinfo=UTC)
    log_many(vault, [NewEntry(client="Acme", start=monday + timedelta(days=d), end=monday + timedelta(days=d, hours=8),
                              tz=TZ) for d in range(5)])
    (before,) = dashboard(vault, tz=TZ, today=TODAY).rates
    assert before.rate == Money(Decimal("20.00"), "USD") and before.net_rate is None and before.costs is None
    add_expense(vault, NewExpense(client="Acme", on=date(2026, 3, 10), amount=Decimal("120.00"), kind="equipment"))
    (after,) = dashboard(vault, tz=TZ, today=TODAY).rates
    # 40 h earn 800.00 at the terms: 20.00 /h; less 120.00 of costs: 680.00 / 40 = 17.00 /h.
    assert after.costs == Money(Decimal("120.00"), "USD") and after.net_rate == Money(Decimal("17.00"), "USD")
