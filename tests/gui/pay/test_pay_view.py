"""The Pay view, through its widgets: recording a payment changes the client's balance, undo and redo put it
back, an edit and a delete work (and undo), bad input saves nothing, an overdue invoice raises the sidebar
badge, and a worker without clients is told what to do first. Every model passes qtmodeltester."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from contractor_app.domain.times import DateRange
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.gui.pay.text import qdate
from contractor_app.services.payments import list_payments

from ...sample import SampleWork, Templates
from ..conftest import unlock, unlock_copy

PAID, OWED = 3, 4  # balance columns


SHARED_LANDING = "pay"  # the view the shared window opens on (tests/gui/conftest.py), as ``main`` does


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=12)).folder


@pytest.fixture
def main(ledger: Ledger, template: Path, data_dir: Path) -> MainWindow:
    return unlock_copy(ledger, template, data_dir, "pay")


def balance(main: MainWindow, client: str, column: int) -> str:
    model = main.pay.balances
    row = next(r for r in range(model.rowCount()) if model.key_at(r) == client)
    return model.text(row, column)


def today(main: MainWindow):  # type: ignore[no-untyped-def]
    return datetime.now(UTC).astimezone(main.session.profile.zone).date()


@pytest.mark.slow
def test_recording_editing_and_deleting_a_payment_with_undo(qtbot, qtmodeltester, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pay = main.pay
    assert balance(main, "TaskHive", PAID) == "USD 0.00"
    owed_before = balance(main, "TaskHive", OWED)

    dialog = pay.record_payment()
    dialog.client.setCurrentIndex(dialog.client.findData("TaskHive"))
    assert dialog.currency.currentText() == "USD"
    qtbot.keyClicks(dialog.amount, "50.0x")
    assert dialog.message.isVisible() and "not a number" in dialog.message.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # bad input: nothing is saved
    assert dialog.isVisible() and main.session.read(list_payments, period=DateRange()) == []
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "50.00")
    qtbot.keyClicks(dialog.fees, "1.50")
    qtbot.keyClicks(dialog.reference, "PO-1")
    assert dialog.net.text() == "USD 48.50" and not dialog.message.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert balance(main, "TaskHive", PAID) == "USD 50.00"
    assert balance(main, "TaskHive", OWED) != owed_before
    assert pay.payments.rowCount() == 1 and pay.payments.text(0, 8) == "PO-1"
    assert "(1)" in pay.tabs.tabText(0)
    for model in (pay.balances, pay.payments, pay.invoices, pay.late):
        qtmodeltester.check(model)

    main.undo.undo()
    assert balance(main, "TaskHive", PAID) == "USD 0.00" and balance(main, "TaskHive", OWED) == owed_before
    assert pay.payments.rowCount() == 0 and pay.payments_empty.isVisible()
    main.undo.redo()
    assert balance(main, "TaskHive", PAID) == "USD 50.00" and pay.payments.rowCount() == 1

    # Edit: the dialog starts from the payment; a new amount changes the balance; undo restores it.
    pay.payment_table.selectRow(0)
    assert pay.edit_payment_button.isEnabled()
    editor = pay.edit_payment()
    assert editor is not None and editor.amount.text() == "50.00" and editor.reference.text() == "PO-1"
    editor.amount.setText("80")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert balance(main, "TaskHive", PAID) == "USD 80.00"
    main.undo.undo()
    assert balance(main, "TaskHive", PAID) == "USD 50.00"

    # Delete, and undo the delete.
    pay.payment_table.selectRow(0)
    pay.delete_payment()
    assert balance(main, "TaskHive", PAID) == "USD 0.00" and pay.payments.rowCount() == 0
    assert "Undo" in pay.message.text()
    main.undo.undo()
    assert balance(main, "TaskHive", PAID) == "USD 50.00" and pay.payments.text(0, 8) == "PO-1"


def test_a_payment_in_another_currency_is_refused_inline(qtbot, shared_main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    main = shared_main  # nothing is recorded: the module's shared window (tests/gui/conftest.py)
    dialog = main.pay.record_payment()
    dialog.client.setCurrentIndex(dialog.client.findData("Acme Labeling"))
    dialog.currency.setCurrentText("EUR")
    qtbot.keyClicks(dialog.amount, "10")
    assert "pays in USD" in dialog.message.text()
    dialog.submit()
    assert dialog.isVisible() and main.session.read(list_payments, period=DateRange()) == []


def test_an_overdue_invoice_shows_with_its_deadline_and_raises_the_badge(qtbot, qtmodeltester,  # type: ignore[no-untyped-def]
                                                                         main: MainWindow) -> None:
    pay = main.pay
    badges: list[str] = []
    pay.attention.connect(badges.append)
    day = today(main)
    pay.period.setCurrentIndex(pay.period.findData("all"))
    dialog = pay.add_invoice()
    dialog.client.setCurrentIndex(dialog.client.findData("Acme Labeling"))
    qtbot.keyClicks(dialog.number, "A-1")
    qtbot.keyClicks(dialog.amount, "120")
    dialog.period_from.setDate(qdate(day - timedelta(days=9)))
    dialog.period_to.setDate(qdate(day - timedelta(days=8)))
    dialog.has_due.setChecked(True)
    dialog.due.setDate(qdate(day - timedelta(days=9)))
    assert "before the work" in dialog.message.text()
    dialog.due.setDate(qdate(day - timedelta(days=4)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert pay.invoices.rowCount() == 1
    status = pay.invoices.index(0, 7)
    assert status.data() == "\u26a0 Overdue: 4 days late" and status.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "written on the invoice" in pay.invoices.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert badges[-1] == "! 1 overdue"
    assert "! 1 overdue" in main.sidebar.item(main.index_of(pay)).text()
    assert "overdue" in pay.tabs.tabText(1) and pay.warning.isVisible() and "\u26a0" in pay.warning.text()
    late = pay.late
    assert late.rowCount() == 1 and late.text(0, 1) == "A-1" and "not paid yet" in late.text(0, 6)
    assert late.text(0, 5) == "the invoice"
    qtmodeltester.check(pay.invoices)
    qtmodeltester.check(late)

    # Paying it through the dialog clears the badge; undo brings it back.
    record = pay.record_payment()
    record.client.setCurrentIndex(record.client.findData("Acme Labeling"))
    record.pays_for.setCurrentIndex(record.pays_for.findData(pay.invoices.key_at(0)))
    assert record.amount.text() == "120.00" and "invoice's period" in record.message.text()
    qtbot.mouseClick(record.save_button, Qt.MouseButton.LeftButton)
    assert badges[-1] == "" and pay.invoices.text(0, 7).startswith("Paid")
    assert pay.payments.text(0, 6) == "Invoice A-1"
    main.undo.undo()
    assert badges[-1] == "! 1 overdue"


def test_below_minimum_wage_is_said_in_words(shared_main: MainWindow) -> None:
    main = shared_main  # a look at the balances: the module's shared window (tests/gui/conftest.py)
    pay = main.pay
    pay.period.setCurrentIndex(pay.period.findData("all"))
    row = next(r for r in range(pay.balances.rowCount()) if pay.balances.key_at(r) == "Acme Labeling")
    check = pay.balances.index(row, 7)
    assert check.data() == "\u26a0 Agreed pay below minimum wage — estimate, not legal advice"
    assert check.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert pay.balances.text(row, 6) == "USD 16.90/h"
    assert pay.balances.text(pay.balances.rowCount() - 1, 0) == "All clients (USD)"


@pytest.mark.slow
def test_a_worker_without_clients_is_told_to_add_one(qtbot, ledger: Ledger, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from contractor_app.store.vault import Vault

    from ...conftest import PASSWORD

    Vault.create(data_dir, PASSWORD)[0].lock()
    unlock(ledger)
    main = ledger.main
    assert main is not None
    main.show_key("pay")
    assert main.pay.body.currentWidget() is main.pay.no_clients
    qtbot.mouseClick(main.pay.add_client_button, Qt.MouseButton.LeftButton)
    assert main.current_view() is main.clients


@pytest.mark.slow
def test_the_pay_view_opens_on_what_is_owed_and_remembers_the_period(ledger: Ledger, main: MainWindow) -> None:
    """It opened on "This month" with an empty table while the Dashboard said money was owed."""
    pay = main.pay
    assert pay.period.currentData() == "all"
    assert balance(main, "TaskHive", OWED) != "USD 0.00"
    pay.period.setCurrentIndex(pay.period.findData("last_month"))
    ledger.lock()
    unlock(ledger)
    assert ledger.main is not None and ledger.main.pay.period.currentData() == "last_month"


def test_an_empty_table_says_why(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The Pay view showed an empty table and no message: it says there is no work in the period, or that the
    payments are in other periods, or that none is recorded yet."""
    pay = main.pay
    assert not pay.no_work.isVisibleTo(pay)
    assert pay.payments_empty.isVisibleTo(pay) and "No payments recorded yet" in pay.payments_empty.text()
    dialog = pay.record_payment()
    dialog.client.setCurrentIndex(dialog.client.findData("TaskHive"))
    qtbot.keyClicks(dialog.amount, "50.00")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert not dialog.isVisible() and not pay.payments_empty.isVisibleTo(pay)

    pay.period.setCurrentIndex(pay.period.findData("custom"))
    pay.date_from.setDate(qdate(date(2020, 1, 1)))
    pay.date_to.setDate(qdate(date(2020, 1, 31)))
    assert pay.no_work.isVisibleTo(pay)
    assert pay.no_work.text().startswith("No work in this period (1 – 31 Jan 2020)")
    assert pay.payments_empty.isVisibleTo(pay)
    assert "No payments recorded in this period (1 – 31 Jan 2020). Payments outside it: 1." in pay.payments_empty.text()


def test_red_is_never_the_only_signal(shared_main: MainWindow) -> None:
    """Every table row of the Pay view that paints a figure in the problem colour says why in words in that row,
    after a warning sign (UX.md: colour carries meaning only with text or an icon beside it)."""
    pay = shared_main.pay  # a look at the tables: the module's shared window (tests/gui/conftest.py)
    red_rows = 0
    for model in (pay.balances, pay.payments, pay.invoices, pay.late):
        for row in range(model.rowCount()):
            cells = [model.index(row, column) for column in range(model.columnCount())]
            if any(cell.data(Qt.ItemDataRole.ForegroundRole) is not None for cell in cells):
                red_rows += 1
                assert any(str(cell.data()).startswith("\u26a0 ") for cell in cells), [c.data() for c in cells]
    assert red_rows >= 1  # the sample's Acme Labeling pays below California's minimum wage
