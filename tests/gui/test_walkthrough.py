"""A new worker's first session, end to end through the widgets: setup, a client, the timer, a manual entry,
an edit and its undo, locking and unlocking. Every model on the way passes qtmodeltester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWizard

from contractor_app.gui import first_run
from contractor_app.gui.controller import Ledger
from contractor_app.gui.timer import control as timer_control
from contractor_app.services.clients.directory import list_clients
from contractor_app.services.entries.details import EntryDetails
from contractor_app.services.entries.queries import EntryQuery, page_entries
from contractor_app.services.profile import load_profile

from ..conftest import PASSWORD
from .conftest import tray_of, unlock
from .test_first_run import wizard_page


def entries(ledger: Ledger) -> list[EntryDetails]:
    assert ledger.session is not None
    return [row.entry for row in ledger.session.read(page_entries, EntryQuery(), offset=0, limit=100)]


@pytest.mark.slow
@pytest.mark.tray
def test_a_new_worker_walks_through_the_app(qtbot, qtmodeltester, monkeypatch, ledger: Ledger,  # type: ignore[no-untyped-def]
                                            tmp_path: Path) -> None:
    # --- first-run setup ---------------------------------------------------------------------------------
    ledger.start()
    wizard = ledger.first_run
    assert wizard is not None and wizard.isVisible()
    wizard.next()
    page = wizard_page(wizard, first_run.PASSWORD, first_run.PasswordPage)
    assert "Too short" not in page.strength.label.text()  # nothing typed is not too short
    qtbot.keyClicks(page.password.field, "short")
    assert "Too short" in page.strength.label.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    page.password.setText(PASSWORD)
    assert page.strength.label.text() == "Very strong."
    qtbot.keyClicks(page.repeat.field, "correct horse")
    assert not page.message.isVisible()  # still typing: no "The two passwords differ" at the first letter
    page.repeat.field.editingFinished.emit()  # left the field
    assert "differ" in page.message.text()
    qtbot.keyClicks(page.repeat.field, " battery")
    assert not page.message.isVisible()
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == first_run.RECOVERY)
    assert wizard.vault is not None and wizard.recovery_key

    recovery = wizard_page(wizard, first_run.RECOVERY, first_run.RecoveryPage)
    groups = recovery.key.text().split()
    assert len(groups) == 8 and all(len(group) == 4 for group in groups)
    assert "".join(groups) == wizard.recovery_key.replace("-", "")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # "I have stored it safely" first
    pdf = tmp_path / "key.pdf"
    recovery.save_pdf_to(pdf)
    text = PdfReader(pdf).pages[0].extract_text()
    assert "  ".join(groups[:4]) in text and "nobody can open your records" in text
    recovery.stored.setChecked(True)
    wizard.next()

    about = wizard_page(wizard, first_run.ABOUT, first_run.AboutPage).form
    qtbot.keyClicks(about.name, "Dana Rivera")
    about.timezone.setCurrentText("America/New_York")
    about.jurisdiction.setText("us-ny")
    assert about.valid
    wizard.next()

    client = wizard_page(wizard, first_run.CLIENT, first_run.ClientPage).form
    assert client.currency.currentText() == "USD" and client.jurisdiction.text() == "US-NY"
    qtbot.keyClicks(client.name, "Acme Labeling")
    qtbot.keyClicks(client.rate, "20.00001")
    assert "decimal places" in client.message.text() and not client.valid
    client.rate.setText("20")
    assert client.valid
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == first_run.DONE)
    wizard.button(QWizard.WizardButton.FinishButton).click()

    main = ledger.main
    assert main is not None and main.isVisible() and ledger.session is not None
    assert main.windowTitle() == "Contractor Ledger"
    assert "Encrypted on this computer" in main.encrypted.text()
    assert "records check OK" in main.check_label.text()
    profile = ledger.session.read(load_profile)
    assert (profile.name, profile.timezone, profile.jurisdiction) == ("Dana Rivera", "America/New_York", "US-NY")
    assert [c.terms for c in ledger.session.read(list_clients)] == ["USD 20/h"]
    assert main.today.empty.isVisibleTo(main) and "Start the timer" in main.today.empty.text()

    # --- adding a client ---------------------------------------------------------------------------------
    dialog = main.add_client()
    qtbot.keyClicks(dialog.form.name, "TaskHive")
    dialog.form.kind.setCurrentIndex(dialog.form.kind.findData("per_unit"))
    qtbot.keyClicks(dialog.form.rate, "0.45")
    assert dialog.add_button.isEnabled()
    dialog.add_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    panel = main.today.panel
    assert [panel.client.itemText(i) for i in range(panel.client.count())] == ["Acme Labeling", "TaskHive"]

    # --- the timer ---------------------------------------------------------------------------------------
    panel.client.setCurrentText("Acme Labeling")
    panel.category.setCurrentIndex(panel.category.findData("productive"))
    assert panel.button.text().endswith("Start")
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert ledger.timer is not None and ledger.timer.running
    assert "timer running" in main.sidebar.item(main.index_of(main.today)).text()
    assert main.timer_action.text() == "&Stop timer" and main.timer_action.shortcut().toString() == "Ctrl+T"
    assert tray_of(ledger).toggle_action.text().startswith("Stop (")
    qtbot.waitUntil(lambda: panel.elapsed.text() != "00:00:00", timeout=3000)  # it ticks
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)  # within a minute: a start by mistake
    assert not ledger.timer.running and entries(ledger) == [] and "nothing was recorded" in panel.message.text()
    monkeypatch.setattr(timer_control, "SHORTEST_ENTRY_SECONDS", 0)  # as if a minute had passed
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert ledger.timer.running
    qtbot.waitUntil(lambda: panel.elapsed.text() != "00:00:00", timeout=3000)
    panel.note.setText("batch 7, first pass")
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert not ledger.timer.running and panel.elapsed.text() == "00:00:00"
    [timed] = entries(ledger)
    assert (timed.source, timed.client, timed.note) == ("timer", "Acme Labeling", "batch 7, first pass")
    assert main.today.model.rowCount() == 1 and main.today.table.isVisibleTo(main)
    assert "Today, " in main.today.title.text()
    qtmodeltester.check(main.today.model)

    # --- a manual entry, checked as it is typed ----------------------------------------------------------
    main.new_entry_action.trigger()
    form = main.today.quick_add
    yesterday = datetime.now(UTC).astimezone(profile.zone).date() - timedelta(days=1)
    form.day.setDate(yesterday)
    form.client.setCurrentText("TaskHive")
    qtbot.keyClicks(form.start, "9:00")
    qtbot.keyClicks(form.end, "25:00")
    assert "like 09:30" in form.preview.text() and not form.add.isEnabled()
    form.end.setText("11:30")
    assert form.preview.text() == "2 h 30 min" and form.add.isEnabled()
    qtbot.keyClicks(form.units, "42")
    qtbot.keyClicks(form.note, "batch 7")
    qtbot.mouseClick(form.add, Qt.MouseButton.LeftButton)
    assert form.start.text() == "" and main.undo.undoText() == "Add entry"
    manual = next(e for e in entries(ledger) if e.source == "manual")
    assert (manual.client, manual.units, manual.note, manual.worked_seconds) == ("TaskHive", 42, "batch 7", 9000)

    # --- edit it inline in the Entries view, then undo and redo ------------------------------------------
    main.find_action.trigger()
    view = main.entries
    assert main.current_view() is view
    assert view.model.rowCount() == 2
    qtmodeltester.check(view.model)
    row = next(r for r in range(2) if view.model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) == manual.id)
    note = view.model.index(row, view.model.column_of("note"))
    view.table.setCurrentIndex(note)
    view.table.edit(note)
    editor = view.table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "batch 7"
    editor.setText("batch 8")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    def note_of(entry_id: int) -> str | None:
        return next(e for e in entries(ledger) if e.id == entry_id).note

    qtbot.waitUntil(lambda: note_of(manual.id) == "batch 8")  # the delegate commits on the next event loop turn
    assert "edited" in view.model.index(row, view.model.column_of("flags")).data()
    assert main.undo_action.text() == "&Undo Edit note"
    main.undo_action.trigger()
    assert note_of(manual.id) == "batch 7"
    assert view.model.index(row, view.model.column_of("note")).data() == "batch 7"
    main.redo_action.trigger()
    assert note_of(manual.id) == "batch 8"
    main.undo_action.trigger()
    assert note_of(manual.id) == "batch 7"

    # --- lock: the keys and every view are gone ----------------------------------------------------------
    today_model, entries_model, session = main.today.model, view.model, ledger.session
    main.lock_action.trigger()
    assert ledger.session is None and ledger.main is None and not session.is_open
    assert today_model.rowCount() == 0 and entries_model.rowCount() == 0
    assert ledger.unlock_window is not None and ledger.unlock_window.isVisible()

    # --- unlock: a wrong password is told as such, the right one opens the same records ------------------
    window = ledger.unlock_window
    qtbot.keyClicks(window.password.field, "wrong password")
    qtbot.keyClick(window.password.field, Qt.Key.Key_Return)
    assert window.message.text() == "\u26a0 Wrong password. Nothing was changed."
    assert window.password.field.selectedText() == "wrong password"  # selected, ready to retype
    unlock(ledger)
    assert ledger.main is not None and ledger.main.today.model.rowCount() == 1
    assert {e.note for e in entries(ledger)} == {"batch 7, first pass", "batch 7"}
    assert ledger.main.undo.count() == 0  # undo history does not survive a lock
