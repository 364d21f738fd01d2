"""The Data & privacy view through its widgets, against a real vault: adding a record of data handled, one of data
collected (webcam monitoring, consent clicked through) and a breach with its costs and time spent, seeing each in
its list, editing, deleting and undoing, the client filter, the checks in the forms, and locking."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from contractor_app.domain.money import Money
from contractor_app.gui import formatting as fmt
from contractor_app.gui.controller import Ledger
from contractor_app.gui.privacy import PrivacyView
from contractor_app.gui.privacy.fields import choose
from contractor_app.gui.privacy.forms import DataCollectedDialog, DataHandledDialog, IncidentDialog, RecordDialog
from contractor_app.gui.privacy.tab import RecordsTab
from contractor_app.services.incidents import NewIncident, list_incidents, record_incident
from contractor_app.services.privacy import (
    NewDataCollected,
    NewDataHandled,
    list_data_records,
    record_data_collected,
    record_data_handled,
)
from contractor_app.store.vault import Vault

from ...conftest import PASSWORD
from ...sample import SampleWork, Templates
from ..conftest import unlock, unlock_copy
from ..sample import LONG_NAME


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=1)).folder


@pytest.fixture
def opened(ledger: Ledger, template: Path, data_dir: Path) -> Ledger:
    unlock_copy(ledger, template, data_dir, "privacy")  # not the Dashboard, which no test here looks at
    return ledger


def view_of(ledger: Ledger) -> PrivacyView:
    assert ledger.main is not None
    ledger.main.show_key("privacy")
    return ledger.main.privacy


def cells(tab: RecordsTab) -> list[list[str]]:
    model = tab.model
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def column(tab: RecordsTab, title: str) -> list[str]:
    number = [c.title for c in tab.model.columns].index(title)
    return [row[number] for row in cells(tab)]


def save(qtbot, dialog: RecordDialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.save_button.isEnabled(), dialog.message.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.message.text()


def set_day(field: object, day: date) -> None:
    field.known.setChecked(True)  # type: ignore[attr-defined]
    field.edit.setDate(QDate(day.year, day.month, day.day))  # type: ignore[attr-defined]


def ago(days: int) -> date:
    return datetime.now(UTC).date() - timedelta(days=days)


@pytest.mark.slow
def test_a_worker_records_data_monitoring_and_a_breach_then_edits_and_undoes(  # type: ignore[no-untyped-def]
        qtbot, qtmodeltester, opened: Ledger) -> None:
    view = view_of(opened)
    main = opened.main
    assert main is not None and opened.session is not None
    # --- empty states teach --------------------------------------------------------------------------------
    for tab in view.lists:
        assert tab.body.currentIndex() == 1 and not tab.empty_add.isHidden() and tab.show_all.isHidden()
    assert "voice recordings" in view.handled.empty.text()
    assert "screen recording, webcam, ID checks" in view.collected.empty.text()
    assert "data-access request" in view.collected.empty.text()
    assert "what it cost you in money and time" in view.incidents.empty.text()

    # --- data handled ----------------------------------------------------------------------------------------
    dialog: RecordDialog | None = view.handled.add()  # then the other forms, and edit's, which may find none
    assert isinstance(dialog, DataHandledDialog) and dialog.isVisible()
    assert dialog.client.currentText() == "Acme Labeling"
    assert not dialog.save_button.isEnabled() and "Name the kinds of data" in dialog.message.text()
    qtbot.keyClicks(dialog.categories, "audio recordings, chat logs,  Audio Recordings")
    qtbot.keyClicks(dialog.whose, "the client's callers")
    choose(dialog.sensitivity, "special-category")
    set_day(dialog.started, ago(100))
    save(qtbot, dialog)
    (handled,) = opened.session.read(list_data_records, direction="handled")
    assert (handled.client, handled.categories, handled.whose_data, handled.sensitivity, handled.started_on) == (
        "Acme Labeling", ("audio recordings", "chat logs"), "the client's callers", "special-category", ago(100))
    since = "since " + QLocale().toString(QDate(*ago(100).timetuple()[:3]), "d MMM yyyy")
    assert cells(view.handled) == [["Acme Labeling", "audio recordings, chat logs", "the client's callers",
                                    "Special category", since, ""]]
    assert view.handled.body.currentIndex() == 0 and view.tabs.tabText(0) == "Data you handled (1)"
    assert "Special category" in view.handled.details.text() and since in view.handled.details.text()
    assert main.undo.undoText() == "Add data record"

    # --- data collected: webcam monitoring, consent clicked through -----------------------------------------
    view.tabs.setCurrentWidget(view.collected)
    dialog = view.collected.add()
    assert isinstance(dialog, DataCollectedDialog)
    choose(dialog.client, "TaskHive")
    choose(dialog.monitoring, "webcam")
    assert "Name the tool" in dialog.message.text() and not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.tool, "TaskHive Proctor")
    choose(dialog.consent, "clicked through")
    qtbot.keyClicks(dialog.retention, "90 days")
    qtbot.keyClicks(dialog.categories, "face photo at each login")
    save(qtbot, dialog)
    (collected,) = opened.session.read(list_data_records, direction="collected")
    assert (collected.client, collected.monitoring_type, collected.tool, collected.consent,
            collected.retention_told, collected.categories) == (
        "TaskHive", "webcam", "TaskHive Proctor", "clicked through", "90 days", ("face photo at each login",))
    assert cells(view.collected) == [["TaskHive", "Webcam: face photo at each login", "TaskHive Proctor",
                                      "Clicked through", "90 days", "", ""]]

    # --- a breach, with its costs and the time it took -------------------------------------------------------
    view.tabs.setCurrentWidget(view.incidents)
    dialog = view.incidents.add()
    assert isinstance(dialog, IncidentDialog)
    assert dialog.client.currentData() is None and "Name the company" in dialog.message.text()
    choose(dialog.kind_box, "breach")
    choose(dialog.client, "TaskHive")
    set_day(dialog.notice, ago(30))
    set_day(dialog.started, ago(60))
    set_day(dialog.ended, ago(52))
    dialog.data_involved.setPlainText("name, email, tax ID")
    dialog.steps.setPlainText("froze credit\nchanged passwords")
    qtbot.keyClicks(dialog.costs.amount, "39.90")
    assert dialog.costs.currency.currentText() == "USD"  # the worker's currency
    dialog.time_spent.hours.setValue(5)
    dialog.time_spent.minutes.setValue(30)
    save(qtbot, dialog)
    (breach,) = opened.session.read(list_incidents)
    assert (breach.kind, breach.company, breach.client, breach.notice_on, breach.started_on, breach.ended_on) == (
        "breach", "TaskHive", "TaskHive", ago(30), ago(60), ago(52))
    assert breach.costs == Money(Decimal("39.90"), "USD") and breach.time_spent_minutes == 330
    assert breach.steps_taken == "froze credit\nchanged passwords" and breach.status == "open"
    assert column(view.incidents, "Costs") == [fmt.money(Money(Decimal("39.90"), "USD"))]
    assert column(view.incidents, "Time spent") == ["5 h 30 min"]
    assert column(view.incidents, "Steps taken") == ["froze credit · changed passwords"]
    assert column(view.incidents, "Status") == ["Open"]
    assert "changed passwords" in view.incidents.details.text() and "5 h 30 min" in view.incidents.details.text()
    for tab in view.lists:
        qtmodeltester.check(tab.model)

    # --- edit the breach: closed, more time; then undo and redo ----------------------------------------------
    view.incidents.table.selectRow(0)
    dialog = view.incidents.edit()
    assert isinstance(dialog, IncidentDialog) and dialog.windowTitle() == "Edit the incident"
    assert dialog.costs.amount.text() == "39.90" and dialog.time_spent.hours.value() == 5
    assert dialog.steps.toPlainText() == "froze credit\nchanged passwords" and dialog.notice.value() == ago(30)
    choose(dialog.status, "closed")
    dialog.time_spent.hours.setValue(7)
    dialog.steps.setPlainText("froze credit\nchanged passwords\ncomplained to the regulator")
    save(qtbot, dialog)
    (edited,) = opened.session.read(list_incidents)
    assert (edited.id, edited.status, edited.time_spent_minutes, edited.costs) == (breach.id, "closed", 450,
                                                                                   breach.costs)
    assert column(view.incidents, "Status") == ["Closed"] and column(view.incidents, "Time spent") == ["7 h 30 min"]
    assert main.undo.undoText() == "Edit incident"
    main.undo_action.trigger()
    assert opened.session.read(list_incidents) == [breach]
    assert column(view.incidents, "Status") == ["Open"]
    main.redo_action.trigger()
    assert opened.session.read(list_incidents) == [edited]

    # --- edit the record of data collected: another client, consent now in writing ---------------------------
    view.tabs.setCurrentWidget(view.collected)
    view.collected.table.selectRow(0)
    dialog = view.collected.edit()
    assert isinstance(dialog, DataCollectedDialog) and dialog.tool.text() == "TaskHive Proctor"
    choose(dialog.consent, "not asked")
    save(qtbot, dialog)
    assert column(view.collected, "Consent") == ["\u26a0 Not asked"]  # flagged with a sign, not colour alone
    index = view.collected.model.index(0, 3)
    assert "No consent" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None

    # --- delete it, then undo --------------------------------------------------------------------------------
    qtbot.mouseClick(view.collected.delete_button, Qt.MouseButton.LeftButton)
    assert opened.session.read(list_data_records, direction="collected") == []
    assert view.collected.body.currentIndex() == 1 and "Undo" in view.collected.message.text()
    assert main.undo.undoText() == "Delete data record"
    main.undo_action.trigger()
    (back,) = opened.session.read(list_data_records, direction="collected")
    assert back.id == collected.id and back.consent == "not asked"
    assert column(view.collected, "Tool") == ["TaskHive Proctor"]

    # --- the client filter -----------------------------------------------------------------------------------
    choose(view.client, "TaskHive")
    assert cells(view.handled) == [] and not view.handled.show_all.isHidden()
    assert "Nothing recorded here for TaskHive." in view.handled.empty.text()
    assert len(cells(view.collected)) == 1 and len(cells(view.incidents)) == 1
    dialog = view.handled.add()
    assert dialog.client.currentText() == "TaskHive"  # a new record is for the client shown
    dialog.reject()
    qtbot.mouseClick(view.handled.show_all, Qt.MouseButton.LeftButton)
    assert view.client.currentData() is None and len(cells(view.handled)) == 1

    # --- locking clears the view, unlocking shows the records again ------------------------------------------
    opened.lock()
    assert all(tab.model.rowCount() == 0 for tab in view.lists) and view.client.count() == 0
    unlock(opened)
    view = view_of(opened)
    assert [len(cells(tab)) for tab in view.lists] == [1, 1, 1]


def test_the_forms_check_as_you_type_and_a_refusal_changes_nothing(  # type: ignore[no-untyped-def]
        qtbot, opened: Ledger) -> None:
    view = view_of(opened)
    assert opened.session is not None
    dialog = view.incidents.add()
    assert isinstance(dialog, IncidentDialog)
    qtbot.keyClicks(dialog.company, "Payroll Co")
    assert dialog.save_button.isEnabled() and not dialog.message.isVisible()
    for text, problem in (("-5", "negative"), ("abc", "not a number"), ("1.005", "decimal places")):
        dialog.costs.amount.setText(text)
        assert problem in dialog.message.text() and not dialog.save_button.isEnabled(), text
        assert dialog.message.text().startswith("\u26a0")  # a problem, with a sign beside the colour
    dialog.costs.amount.setText("12.50")
    dialog.costs.currency.setCurrentText("XYZ")
    assert "Unknown currency code" in dialog.message.text()
    dialog.costs.currency.setCurrentText("EUR")
    assert dialog.save_button.isEnabled()
    set_day(dialog.started, ago(3))
    set_day(dialog.ended, ago(5))
    assert "before it starts" in dialog.message.text() and not dialog.save_button.isEnabled()
    dialog.ended.known.setChecked(False)
    set_day(dialog.notice, datetime.now(UTC).date() + timedelta(days=3))
    assert "in the future" in dialog.message.text()
    dialog.notice.known.setChecked(False)
    dialog.note.setPlainText("x" * 20_001)  # only the service checks this one
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "limited to 20,000 characters" in dialog.message.text()
    assert opened.session.read(list_incidents) == []  # nothing was recorded
    dialog.note.setPlainText("claim code X")
    save(qtbot, dialog)
    (incident,) = opened.session.read(list_incidents)
    assert incident.costs == Money(Decimal("12.50"), "EUR") and incident.company == "Payroll Co"
    assert incident.client is None and incident.time_spent_minutes is None

    collected = view.collected.add()
    assert isinstance(collected, DataCollectedDialog)
    choose(collected.client, LONG_NAME)
    qtbot.keyClicks(collected.tool, "   ")
    assert "Name the tool" in collected.message.text() and not collected.message.text().startswith("\u26a0")
    collected.reject()

    # An edit that changes nothing records nothing (and leaves nothing to undo).
    assert opened.main is not None
    undo_count = opened.main.undo.count()
    view.incidents.table.selectRow(0)
    same = view.incidents.edit()
    assert same is not None and same.save_button.isEnabled()
    save(qtbot, same)
    assert opened.main.undo.count() == undo_count and opened.session.read(list_incidents) == [incident]


def test_records_added_elsewhere_show_up_and_every_list_passes_the_model_tester(  # type: ignore[no-untyped-def]
        qtmodeltester, opened: Ledger) -> None:
    view = view_of(opened)
    session = opened.session
    assert session is not None
    session.call(record_data_handled, NewDataHandled(client=LONG_NAME, categories=("transcripts",),
                                                     note="line one\nline two"))
    session.call(record_data_collected, NewDataCollected(client="Acme Labeling", monitoring_type="ID document",
                                                         tool="Veriff", consent="refused"))
    session.call(record_incident, NewIncident(kind="dispute", company="Acme Labeling LLC"))
    assert [len(cells(tab)) for tab in view.lists] == [1, 1, 1]
    assert cells(view.handled)[0][0] == LONG_NAME and cells(view.handled)[0][5] == "line one · line two"
    assert view.handled.model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole) == "line one\nline two"
    assert view.tabs.tabText(2) == "Breaches and disputes (1)"
    for tab in view.lists:
        qtmodeltester.check(tab.model)
        tab.table.selectRow(0)
        assert tab.selected() is not None and tab.edit_button.isEnabled()


def test_a_record_with_evidence_is_kept_with_a_clear_message(  # type: ignore[no-untyped-def]
        qtbot, opened: Ledger) -> None:
    from contractor_app.services.evidence import add_evidence

    view = view_of(opened)
    session = opened.session
    assert session is not None
    session.call(record_incident, NewIncident(kind="breach", company="X"))
    (incident,) = session.read(list_incidents)
    session.call(add_evidence, b"the letter", "letter.pdf", links=(("incident", incident.id),))
    view.incidents.table.selectRow(0)
    qtbot.mouseClick(view.incidents.delete_button, Qt.MouseButton.LeftButton)
    assert "Evidence is linked" in view.incidents.message.text() and "nothing was deleted" in \
        view.incidents.message.text()
    assert session.read(list_incidents) == [incident]


def test_every_control_of_the_view_and_its_forms_has_a_name(opened: Ledger) -> None:
    view = view_of(opened)
    widgets: list[QWidget] = [view]
    dialogs = [tab.add() for tab in view.lists]
    widgets += dialogs
    unnamed = []
    for top in widgets:
        for widget in top.findChildren(QWidget):
            if _internal(widget):
                continue
            if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)) and \
                    not widget.accessibleName():
                unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
            if isinstance(widget, QAbstractButton) and not (widget.accessibleName() or widget.text()):
                unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    for dialog in dialogs:
        dialog.reject()
    assert unnamed == [], "\n".join(unnamed)


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a control (a combo box's popup, a header, a spin box's line edit)."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit)):
            return True
        parent = parent.parent()
    return False


def test_stage_adds_the_sample_records(opened: Ledger, data_dir: Path) -> None:
    from .shots import stage

    assert opened.main is not None
    stage(opened.main, data_dir)
    view = opened.main.privacy
    assert opened.main.current_view() is view and view.tabs.currentWidget() is view.collected
    assert [len(cells(tab)) for tab in view.lists] == [2, 3, 2]
    opened.lock()
    with Vault.unlock(data_dir, PASSWORD) as vault:
        assert len(list_incidents(vault)) == 2


def test_enter_edits_and_the_delete_key_deletes_with_undo(  # type: ignore[no-untyped-def]
        qtbot, opened: Ledger) -> None:
    view = view_of(opened)
    session, main = opened.session, opened.main
    assert session is not None and main is not None
    main.show()
    session.call(record_data_handled, NewDataHandled(client="TaskHive", categories=("search queries",)))
    table = view.handled.table
    table.setFocus()
    table.setCurrentIndex(view.handled.model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialogs = [d for d in view.handled.findChildren(DataHandledDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].categories.text() == "search queries"
    dialogs[0].reject()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert session.read(list_data_records) == [] and main.undo.undoText() == "Delete data record"
    main.undo_action.trigger()
    assert [r.categories for r in session.read(list_data_records)] == [("search queries",)]


def test_the_incident_form_says_its_refusals_in_spanish(  # type: ignore[no-untyped-def]
        qtbot, spanish: None, opened: Ledger) -> None:
    """The form's own checks and the service's refusal, both raised in English with their names, read in Spanish."""
    view = view_of(opened)
    assert opened.session is not None
    dialog = view.incidents.add()
    assert isinstance(dialog, IncidentDialog)
    qtbot.keyClicks(dialog.company, "Payroll Co")
    dialog.costs.amount.setText("12.50")
    dialog.costs.currency.setCurrentText("XYZ")
    assert dialog.message.text() == ("\u26a0 Código de moneda desconocido 'XYZ': usa un código ISO 4217 como USD, EUR "
                                     "o GBP.")
    dialog.costs.currency.setCurrentText("EUR")
    dialog.note.setPlainText("x" * 20_001)  # only the service checks this one
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == "\u26a0 La nota: el límite es de 20.000 caracteres."
    assert opened.session.read(list_incidents) == []
