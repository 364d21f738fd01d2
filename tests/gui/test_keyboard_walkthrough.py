"""The main workflow with the keyboard alone: first run, the timer, an entry for yesterday with a note, a payment,
a claim packet saved, a backup made. Only key events act (Tab, Enter, Escape, Space, shortcuts, typed text); the
test reads widgets to know where focus is and what they show, and never calls them to do anything.

Each trap it found is written where the test steps over it: Ctrl+P (Reports in UX.md) did nothing; after "Record
payment" opened by its shortcut from another view, focus went to a scroll area that shows no focus; "Add client"
opened on its last row ("App-based work", see also test_form_dialogs.test_tab_starts_at_the_top_of_every_form).
The window manager's part (activating a window) is done by the test.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QScrollArea, QWidget

from contractor_app.domain.times import DateRange
from contractor_app.gui import first_run
from contractor_app.gui.client_form import ClientDialog
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import VIEW_KEYS
from contractor_app.gui.pay.payment_dialog import PaymentDialog
from contractor_app.gui.timer import control as timer_control
from contractor_app.services.entries.queries import EntryQuery, page_entries
from contractor_app.services.payments import list_payments

from ..conftest import PASSWORD

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has focus"
    return widget


def entries(ledger: Ledger) -> list[Any]:
    assert ledger.session is not None
    return [row.entry for row in ledger.session.read(page_entries, EntryQuery(), offset=0, limit=100)]


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    name = widget.accessibleName() or widget.objectName() or getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}({name})"


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focused(), text)


def _within(widget: QWidget | None, target: QWidget) -> bool:
    while widget is not None:
        if widget is target:
            return True
        widget = widget.parentWidget()
    return False


def tab_to(qtbot, target: QWidget, limit: int = 40) -> None:  # type: ignore[no-untyped-def]
    """Tab forward until ``target`` (or a widget inside it, such as an editable combo box's line) has focus."""
    seen = []
    for _ in range(limit):
        if _within(QApplication.focusWidget(), target):
            return
        seen.append(describe(QApplication.focusWidget()))
        press(qtbot, Key.Key_Tab)
    raise AssertionError(f"Tab never reached {describe(target)}: {seen}")


@pytest.mark.slow
def test_the_main_workflow_by_keyboard_alone(qtbot, monkeypatch, ledger: Ledger, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             discarding_asks: list[QWidget]) -> None:
    # --- first run -----------------------------------------------------------------------------------------
    ledger.start()
    wizard = ledger.first_run
    assert wizard is not None
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    press(qtbot, Key.Key_Return)  # Welcome: Next
    assert wizard.currentId() == first_run.PASSWORD
    page = wizard.page(first_run.PASSWORD)
    assert isinstance(page, first_run.PasswordPage)
    tab_to(qtbot, page.password.field)
    type_text(qtbot, PASSWORD)
    tab_to(qtbot, page.repeat.field)
    type_text(qtbot, PASSWORD)
    press(qtbot, Key.Key_Return)  # Create my records
    qtbot.waitUntil(lambda: wizard.currentId() == first_run.RECOVERY)
    recovery = wizard.page(first_run.RECOVERY)
    assert isinstance(recovery, first_run.RecoveryPage)
    tab_to(qtbot, recovery.stored)
    press(qtbot, Key.Key_Space)
    assert recovery.stored.isChecked()
    press(qtbot, Key.Key_Return)
    assert wizard.currentId() == first_run.ABOUT, describe(focused())

    about_page = wizard.page(first_run.ABOUT)
    assert isinstance(about_page, first_run.AboutPage)
    about = about_page.form
    tab_to(qtbot, about.name)
    type_text(qtbot, "Dana Rivera")
    tab_to(qtbot, about.timezone)
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, "America/Los_Angeles")
    tab_to(qtbot, about.jurisdiction)
    type_text(qtbot, "California")
    press(qtbot, Key.Key_Tab)
    assert about.valid and about.value().jurisdiction == "US-CA", (about.message.text(), describe(focused()))
    assert about.value().timezone == "America/Los_Angeles"
    assert "minimum wage" in about.wage.text()
    reach = about_page.reach
    assert focused() is reach.address  # several lines: Enter is a new line here, Tab goes on
    type_text(qtbot, "12 Elm St")
    press(qtbot, Key.Key_Return)
    type_text(qtbot, "Fresno CA 93650")
    press(qtbot, Key.Key_Tab)
    assert focused() is reach.contact
    type_text(qtbot, "dana@example.org")
    press(qtbot, Key.Key_Return)  # Next
    assert wizard.currentId() == first_run.CLIENT, describe(focused())
    client_page = wizard.page(first_run.CLIENT)
    assert isinstance(client_page, first_run.ClientPage)
    client = client_page.form
    tab_to(qtbot, client.name)
    type_text(qtbot, "Acme Labeling")
    tab_to(qtbot, client.rate)
    type_text(qtbot, "21.50")
    press(qtbot, Key.Key_Return)  # Save
    qtbot.waitUntil(lambda: wizard.currentId() == first_run.DONE)
    press(qtbot, Key.Key_Return)  # Open my records (not "Start the timer now")
    qtbot.waitUntil(lambda: ledger.main is not None)
    main = ledger.main
    assert main is not None and ledger.session is not None and ledger.timer is not None
    assert not ledger.timer.running
    profile = ledger.session.profile
    assert (profile.name, profile.timezone, profile.jurisdiction) == ("Dana Rivera", "America/Los_Angeles", "US-CA")
    assert profile.address == "12 Elm St\nFresno CA 93650" and profile.contact == "dana@example.org"
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    assert QApplication.focusWidget() is not None, "the main window opened with nothing focused"

    # --- the timer: Ctrl+T starts it, Ctrl+T stops it ------------------------------------------------------
    monkeypatch.setattr(timer_control, "SHORTEST_ENTRY_SECONDS", 0)  # as if a minute had passed
    press(qtbot, Key.Key_T, CTRL)
    assert ledger.timer.running, describe(focused())
    qtbot.waitUntil(lambda: main.today.panel.elapsed.text() != "00:00:00", timeout=3000)
    press(qtbot, Key.Key_T, CTRL)
    assert not ledger.timer.running
    [timed] = entries(ledger)
    assert (timed.source, timed.client) == ("timer", "Acme Labeling")

    # --- an entry for yesterday, with a note: Ctrl+N -------------------------------------------------------
    press(qtbot, Key.Key_N, CTRL)
    form = main.today.quick_add
    assert focused() is form.start
    yesterday = datetime.now(UTC).astimezone(profile.zone).date() - timedelta(days=1)
    press(qtbot, Key.Key_Backtab, SHIFT)
    assert _within(focused(), form.day), describe(focused())
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, yesterday.isoformat())
    press(qtbot, Key.Key_Tab)
    assert focused() is form.start
    type_text(qtbot, "9:00")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "11:30")
    press(qtbot, Key.Key_Tab)
    assert focused() is form.units, describe(focused())
    press(qtbot, Key.Key_Tab)
    assert focused() is form.note, describe(focused())
    type_text(qtbot, "batch 7 by keyboard")
    press(qtbot, Key.Key_Return)
    manual = next((e for e in entries(ledger) if e.source == "manual"), None)
    assert manual is not None, form.preview.text()
    assert manual.note == "batch 7 by keyboard" and manual.worked_seconds == 9000
    assert manual.start.astimezone(profile.zone).date() == yesterday

    # --- a payment: Ctrl+Shift+P, type the amount, Enter saves ---------------------------------------------
    before = focused()
    press(qtbot, Key.Key_P, CTRL | SHIFT)
    (dialog,) = main.pay.findChildren(PaymentDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert _within(focused(), dialog), describe(focused())
    tab_to(qtbot, dialog.amount)
    type_text(qtbot, "65.11")
    tab_to(qtbot, dialog.fees)
    type_text(qtbot, "2.50")
    tab_to(qtbot, dialog.reference)
    type_text(qtbot, "PAY-1")
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [payment] = ledger.session.read(list_payments, period=DateRange())
    assert (payment.gross.amount, payment.fees.amount) == (Decimal("65.11"), Decimal("2.50"))
    qtbot.waitUntil(main.isActiveWindow)
    # Trap: the shortcut had left the Today view, so focus could not go back to the note; it went to the Pay
    # view's scroll area, which shows no focus. It now goes to the first control of the view.
    assert before.isHidden() or not before.isVisible()
    back = focused()
    assert _within(back, main.pay) and not isinstance(back, QScrollArea), describe(back)

    # --- a claim packet: Ctrl+P, arrows choose the kind, Save PDF… -----------------------------------------
    packet = tmp_path / "claim.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(packet), ""))
    press(qtbot, Key.Key_P, CTRL)  # trap: UX.md's Ctrl+P for Reports did nothing
    reports = main.reports
    assert main.current_view() is reports
    tab_to(qtbot, reports.cards)
    for _ in range(len(reports.cards.cards)):
        if reports.cards.kind() == "claim":
            break
        press(qtbot, Key.Key_Down)
    assert reports.cards.kind() == "claim", describe(focused())
    tab_to(qtbot, reports.save_button)
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(packet.exists, timeout=20_000)
    assert "Acme Labeling" in PdfReader(packet).pages[0].extract_text()
    assert focused() is reports.save_button

    # --- a backup: Ctrl+ the Backups view's number, then Back up now -----------------------------------------
    press(qtbot, Key(Key.Key_0 + VIEW_KEYS.index("backups") + 1), CTRL)
    backups = main.backups
    assert main.current_view() is backups, describe(focused())
    tab_to(qtbot, backups.back_up_button)
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(lambda: "Backup saved" in backups.message.text(), timeout=20_000)
    assert list((ledger.folder / "backups").glob("*"))
    assert focused() is backups.back_up_button

    # --- Escape on a form with something typed asks first; Ctrl+L locks ------------------------------------
    press(qtbot, Key.Key_N, CTRL | SHIFT)
    (adding,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, ClientDialog) and w.isVisible()]
    qtbot.waitUntil(adding.isActiveWindow)
    assert focused() is adding.form.name, describe(focused())  # trap: it opened on "App-based work"
    type_text(qtbot, "TaskHive")
    press(qtbot, Key.Key_Escape)
    assert discarding_asks == [adding] and not adding.isVisible()
    qtbot.waitUntil(main.isActiveWindow)
    press(qtbot, Key.Key_L, CTRL)
    assert ledger.session is None and ledger.unlock_window is not None
