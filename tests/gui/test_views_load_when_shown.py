"""A view loads its records when first shown (issue 18): unlocking builds and loads the Dashboard alone, showing
another view builds and loads it, and a change made while a view was hidden (or not built yet) is on screen when
it is shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from contractor_app.domain.times import DateRange
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import VIEW_KEYS, MainWindow
from contractor_app.gui.session import Session
from contractor_app.services.clients.directory import list_clients
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.invoices import NewInvoice, add_invoice

from ..sample import SampleWork, Templates
from .conftest import unlock_copy


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=3)).folder


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The module of every query the session runs for the GUI (``read`` and ``fetch``), in order."""
    seen: list[str] = []
    for name in ("read", "fetch"):
        original = getattr(Session, name)

        def counted(self: Session, query: Callable[..., Any], *args: Any, _original: Any = original,
                    **kwargs: Any) -> Any:
            seen.append(f"{query.__module__}.{query.__qualname__}")
            return _original(self, query, *args, **kwargs)

        monkeypatch.setattr(Session, name, counted)
    return seen


def test_unlocking_builds_and_loads_the_dashboard_alone(ledger: Ledger, template: Path, data_dir: Path,
                                                        reads: list[str]) -> None:
    main = unlock_copy(ledger, template, data_dir)
    assert list(main.built_views()) == ["dashboard"]
    assert main.current_key() == "dashboard" and main.dashboard.data is not None
    # The Dashboard's figures, the status bar's last backup and records check, the timer's state: no other view's
    # lists (nor the latest entry a tray's "Start timer (client)" line reads: without a tray, there is none).
    # Two small counts for the sidebar badges of Pay and Data & privacy stand in for those views' lists.
    assert {query.rsplit(".", 1)[1] for query in reads} == {
        "timer_status", "_latest_backup", "dashboard", "verify_vault", "_overdue_invoices",
        "_requests_needing_attention"}, reads
    assert all(main.sidebar.item(number).text() for number in range(len(VIEW_KEYS)))  # every name is there


def test_showing_a_view_builds_and_loads_it(ledger: Ledger, template: Path, data_dir: Path,
                                            reads: list[str]) -> None:
    main = unlock_copy(ledger, template, data_dir)
    before = len(reads)
    main.show_key("pay")
    assert set(main.built_views()) == {"dashboard", "pay"}
    assert main.current_view() is main.pay and main.pay.data is not None
    assert any("pay_data" in query for query in reads[before:]), reads[before:]
    main.view_actions[VIEW_KEYS.index("entries")].trigger()  # Ctrl+3
    assert main.current_view() is main.entries and main.entries.model.rowCount() > 0
    shown = len(reads)
    main.show_key("pay")
    main.show_key("entries")
    assert reads[shown:] == []  # shown again: already loaded, nothing changed


def log_an_hour(main: MainWindow, days_ago: int) -> None:
    """An hour on the worker's day ``days_ago`` (their zone's day, which the Today view shows), always one that has
    passed: 10:00 was still to come when the suite ran just after midnight, and the entry was refused."""
    client = main.session.read(list_clients)[0].name
    now = datetime.now(main.session.profile.zone).replace(microsecond=0)
    if days_ago:
        start = now.replace(hour=10, minute=0, second=0) - timedelta(days=days_ago)
        end = start + timedelta(hours=1)
    else:
        end = now
        start = max(now.replace(hour=0, minute=0, second=0), now - timedelta(hours=1))
    main.session.call(log_work, NewEntry(client=client, start=start, end=end, tz=main.session.profile.timezone))


def test_a_change_made_while_a_view_was_hidden_is_shown_with_it(ledger: Ledger, template: Path,
                                                                data_dir: Path) -> None:
    main = unlock_copy(ledger, template, data_dir, view="entries")
    rows = main.entries.model.rowCount()
    main.show_key("dashboard")
    log_an_hour(main, days_ago=1)  # the Entries view is hidden; the Today view is not built yet
    assert "today" not in main.built_views()
    main.show_key("entries")
    assert main.entries.model.rowCount() == rows + 1
    log_an_hour(main, days_ago=0)
    main.show_key("today")
    assert main.today.model.rowCount() >= 1
    assert main.entries.model.rowCount() == rows + 2


def test_the_pay_badge_shows_before_the_pay_view_is_built(ledger: Ledger, template: Path, data_dir: Path) -> None:
    main = unlock_copy(ledger, template, data_dir)
    pay = main.sidebar.item(VIEW_KEYS.index("pay"))
    assert pay.text() == "Pay"
    client = main.session.read(list_clients)[0].name
    today = date.today()
    main.session.call(add_invoice, NewInvoice(client=client, issued_on=today - timedelta(days=40),
                                              amount=Decimal("50"), covers=DateRange(today - timedelta(days=45),
                                                                                     today - timedelta(days=41)),
                                              due_on=today - timedelta(days=10)))
    assert "pay" not in main.built_views()
    assert pay.text() == "Pay  ! 1 overdue"
    main.show_key("pay")
    assert pay.text() == "Pay  ! 1 overdue"  # the view's own count, the same
