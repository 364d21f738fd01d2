"""The shared main window of a module's read-only tests (conftest.py's ``shared_window``): put back as built
before each test, and a test that changes the records or locks the window is caught, so that no test sees
another's leftovers. The tests here hold ``shared_window`` itself, not ``shared_main``, to look at the guard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from contractor_app.gui.main_window import VIEW_KEYS
from contractor_app.gui.pay.payment_dialog import PaymentDialog
from contractor_app.services.clients.directory import NewClient, add_client

from ..sample import SampleWork, Templates
from .conftest import WRITE_WHEN_SHOWN, SharedWindow, show_every_view

SHARED_LANDING = "today"


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=2)).folder


def test_the_window_lands_on_the_modules_view_past_the_views_that_write_when_shown(
        shared_window: SharedWindow) -> None:
    shared_window.reset()
    assert set(shared_window.main.built_views()) == {"today", *WRITE_WHEN_SHOWN}
    assert shared_window.main.current_key() == "today" and shared_window.dirt() == []
    show_every_view(shared_window.main)  # none of the others writes when first shown
    assert set(shared_window.main.built_views()) == set(VIEW_KEYS) and shared_window.dirt() == []


def test_reset_closes_dialogs_and_puts_back_the_view_the_size_and_the_settings(shared_window: SharedWindow) -> None:
    shared_window.reset()
    main = shared_window.main
    built = main.size()
    main.resize(built.width() - 100, built.height() - 80)
    dialog = main.record_payment()
    assert isinstance(dialog, PaymentDialog) and dialog.isVisible() and main.current_key() == "pay"
    shared_window.store.setValue("test/left", "behind")
    main.pay.balance_table.selectRow(0)
    assert main.pay.balance_table.selectionModel().hasSelection()

    shared_window.reset()
    assert not dialog.isVisible() and main.current_key() == "today" and main.size() == built
    assert shared_window.store.value("test/left") is None
    assert not main.pay.balance_table.selectionModel().hasSelection()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [main]
    assert shared_window.dirt() == []


def test_a_change_to_the_records_is_caught(shared_window: SharedWindow) -> None:
    """Last in the module: it leaves the shared window dirty on purpose (without ``shared_main``, which would
    fail it), and the module's window is dropped after it."""
    shared_window.reset()
    session = shared_window.ledger.session
    assert session is not None
    session.call(add_client, NewClient(name="Left Behind Ltd", currency="USD", jurisdiction="US-CA"))
    assert shared_window.dirt() == ["the records changed (the audit chain's head moved)"]
    shared_window.ledger.lock()
    assert shared_window.dirt() == ["the shared window was locked or replaced"]
