"""Enter in every form dialog of every view saves what was typed (or says what is missing), and nothing typed is
dropped silently: Escape on a form with changes asks first.

Qt made Cancel the default button of these dialogs (the first auto-default button in the focus chain when the Save
button's ``setDefault`` did not count), so Enter closed "Record payment" with 65.11 typed and saved nothing. The
list of dialogs is discovered: a new QDialog under contractor_app/gui fails here until it is covered.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

import contractor_app.gui
from contractor_app.domain.times import DateRange
from contractor_app.errors import InvalidInput
from contractor_app.gui import form_dialog
from contractor_app.gui.about import AboutDialog
from contractor_app.gui.backups.secret_dialog import SecretDialog
from contractor_app.gui.capture import RegionPicker, ReviewDialog
from contractor_app.gui.client_form import ClientDialog
from contractor_app.gui.clients.contract import EvidencePicker
from contractor_app.gui.clients.edit_dialog import ClientEditDialog
from contractor_app.gui.clients.terms_form import (
    EditTermsDialog,
    EngagementDialog,
    NewTermsDialog,
    RenameEngagementDialog,
)
from contractor_app.gui.controller import Ledger
from contractor_app.gui.evidence.link_dialog import LinkDialog
from contractor_app.gui.first_run import FirstRunWizard
from contractor_app.gui.form_dialog import FormDialog
from contractor_app.gui.main_window import MainWindow
from contractor_app.gui.pay.costs import ExpenseDialog
from contractor_app.gui.pay.distance import TripDialog
from contractor_app.gui.pay.explanation import ExplanationDialog
from contractor_app.gui.pay.invoice_dialog import InvoiceDialog
from contractor_app.gui.pay.payment_dialog import PaymentDialog
from contractor_app.gui.pay.statement_dialog import StatementDialog
from contractor_app.gui.privacy.forms import DataCollectedDialog, DataHandledDialog, IncidentDialog
from contractor_app.gui.privacy.request_forms import AddRequestDialog, AnswerDialog, ExtendDialog
from contractor_app.gui.reports.share_dialog import ShareDialog
from contractor_app.gui.sync_conflicts import ConflictsDialog
from contractor_app.gui.timer.forgotten import ForgottenTimerDialog
from contractor_app.services.access_requests import NewAccessRequest, list_access_requests, record_access_request
from contractor_app.services.clients.details import get_client
from contractor_app.services.clients.directory import list_clients
from contractor_app.services.expenses import list_expenses
from contractor_app.services.incidents import list_incidents
from contractor_app.services.invoices import list_invoices
from contractor_app.services.payments import list_payments
from contractor_app.services.privacy import list_data_records
from contractor_app.services.trips import list_trips

from ..conftest import fast_cases
from ..sample import SampleWork, Templates
from .conftest import unlock_copy


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=2)).folder


@pytest.fixture
def main(ledger: Ledger, template: Path, data_dir: Path) -> MainWindow:
    return unlock_copy(ledger, template, data_dir, view=None)  # each form opens from its own view


@dataclass(frozen=True)
class Form:
    """How to open a form dialog from its view, fill it, and see that it was stored."""

    open: Callable[[MainWindow], QDialog | None]
    fill: Callable[[QDialog], QWidget]  # returns the field to press Enter in
    stored: Callable[[MainWindow], bool]


def _typed(field_name: str, text: str) -> Callable[[QDialog], QWidget]:
    def fill(dialog: QDialog) -> QWidget:
        field = getattr(dialog, field_name)
        field.setText(text)
        return field
    return fill


def _client_fill(dialog: QDialog) -> QWidget:
    assert isinstance(dialog, ClientDialog)
    dialog.form.name.setText("Zed Tasks")
    dialog.form.rate.setText("21")
    return dialog.form.rate


def _edit_fill(dialog: QDialog) -> QWidget:
    assert isinstance(dialog, ClientEditDialog)
    dialog.contact.setText("help@acme.example")
    return dialog.contact


def _terms_fill(dialog: QDialog) -> QWidget:
    assert isinstance(dialog, NewTermsDialog)
    dialog.terms.rate.setText("24.00")
    return dialog.terms.rate


def _correct_fill(dialog: QDialog) -> QWidget:
    assert isinstance(dialog, EditTermsDialog)
    dialog.terms.note.setText("the rate was typed wrong")
    return dialog.terms.note


def _first_terms(main: MainWindow) -> int:
    return _acme(main).engagements[0].history[-1].id


def _handled_fill(dialog: QDialog) -> QWidget:
    assert isinstance(dialog, DataHandledDialog)
    dialog.client.setCurrentIndex(dialog.client.findData("TaskHive"))
    dialog.categories.setText("chat logs")
    return dialog.categories


def _collected_fill(dialog: QDialog) -> QWidget:
    assert isinstance(dialog, DataCollectedDialog)
    dialog.client.setCurrentIndex(dialog.client.findData("TaskHive"))
    dialog.monitoring.setCurrentIndex(dialog.monitoring.findData("webcam"))
    dialog.tool.setText("Proctor")
    return dialog.tool


def _incident_fill(dialog: QDialog) -> QWidget:
    assert isinstance(dialog, IncidentDialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("breach"))
    dialog.client.setCurrentIndex(dialog.client.findData("TaskHive"))
    return dialog.costs.amount


def _clients(main: MainWindow) -> MainWindow:
    main.show_key("clients")
    main.clients.select("Acme Labeling")
    return main


def _acme(main: MainWindow):  # type: ignore[no-untyped-def]
    acme = next(c for c in main.session.read(list_clients) if c.name == "Acme Labeling")
    return main.session.read(get_client, acme.id)


def _add_request_fill(dialog: QDialog) -> QWidget:
    assert isinstance(dialog, AddRequestDialog)
    dialog.client.setCurrentIndex(dialog.client.findData("Acme Labeling"))
    dialog.law.setCurrentIndex(dialog.law.findData("gdpr"))
    return dialog.sent_on


def _answer_fill(dialog: QDialog) -> QWidget:
    assert isinstance(dialog, AnswerDialog)
    dialog.missing.setPlainText("ratings")
    return dialog.answered_on


def _requests(main: MainWindow):  # type: ignore[no-untyped-def]
    """The Access requests tab with one request, selected."""
    main.session.call(record_access_request, NewAccessRequest("Acme Labeling", date(2020, 1, 31), "email",
                                                              law="gdpr"))
    main.show_key("privacy")
    tab = main.privacy.requests
    tab.table.selectRow(0)
    return tab


def _the_request(main: MainWindow):  # type: ignore[no-untyped-def]
    return main.session.read(list_access_requests)[0]


FORMS: dict[type, Form] = {
    PaymentDialog: Form(lambda m: m.pay.record_payment(), _typed("amount", "65.11"),
                        lambda m: len(m.session.read(list_payments, period=DateRange())) == 1),
    InvoiceDialog: Form(lambda m: m.pay.add_invoice(), _typed("amount", "120.00"),
                        lambda m: len(m.session.read(list_invoices)) == 1),
    ClientDialog: Form(lambda m: m.add_client(), _client_fill,
                       lambda m: any(c.name == "Zed Tasks" for c in m.session.read(list_clients))),
    ClientEditDialog: Form(lambda m: _clients(m).clients.edit_client(), _edit_fill,
                           lambda m: _acme(m).contact == "help@acme.example"),
    EngagementDialog: Form(lambda m: _clients(m).clients.add_engagement(), _typed("name", "Audio QA"),
                           lambda m: any(e.name == "Audio QA" for e in _acme(m).engagements)),
    NewTermsDialog: Form(lambda m: _clients(m).clients.new_terms(), _terms_fill,
                         lambda m: len(_acme(m).engagements[0].history) == 2),
    EditTermsDialog: Form(lambda m: _clients(m).clients.correct_terms(_first_terms(m)), _correct_fill,
                          lambda m: _acme(m).engagements[0].history[-1].note == "the rate was typed wrong"),
    RenameEngagementDialog: Form(lambda m: _clients(m).clients.rename_engagement(_acme(m).engagements[0].id),
                                 _typed("name", "Image QA"), lambda m: _acme(m).engagements[0].name == "Image QA"),
    DataHandledDialog: Form(lambda m: m.privacy.handled.add(), _handled_fill,
                            lambda m: len(m.session.read(list_data_records, direction="handled")) == 1),
    DataCollectedDialog: Form(lambda m: m.privacy.collected.add(), _collected_fill,
                              lambda m: len(m.session.read(list_data_records, direction="collected")) == 1),
    IncidentDialog: Form(lambda m: m.privacy.incidents.add(), _incident_fill,
                         lambda m: len(m.session.read(list_incidents)) == 1),
    ExpenseDialog: Form(lambda m: m.pay.costs.add_expense(), _typed("amount", "45.00"),
                        lambda m: len(m.session.read(list_expenses)) == 1),
    AddRequestDialog: Form(lambda m: m.privacy.requests.add_request(), _add_request_fill,
                           lambda m: len(m.session.read(list_access_requests)) == 1),
    AnswerDialog: Form(lambda m: _requests(m).answer_selected(), _answer_fill,
                       lambda m: _the_request(m).missing == "ratings"),
    ExtendDialog: Form(lambda m: _requests(m).extend_selected(), lambda d: d.told_on,  # type: ignore[attr-defined]
                       lambda m: _the_request(m).extended_on is not None),
    TripDialog: Form(lambda m: m.pay.costs.trips.add_trip(), _typed("distance", "12.5"),
                     lambda m: len(m.session.read(list_trips)) == 1),
}
# Dialogs that are not forms of typed records; each has its own Enter test below or no input at all.
NOT_FORMS = {
    AboutDialog: "no input: Close only",
    FirstRunWizard: "a wizard: Enter moves to the next page (tests/gui/test_first_run.py)",
    ForgottenTimerDialog: "a question with two answers; Enter stops the timer (tests/gui/test_timer_recovery.py)",
    SecretDialog: "a password to open a backup: Enter opens it (test below)",
    LinkDialog: "ticks in a list: Enter links them (test below)",
    EvidencePicker: "a choice in a table: Enter links it (test below)",
    StatementDialog: "a file to preview first: Enter previews, then imports (tests/gui/pay/test_statement_import.py)",
    ExplanationDialog: "no input: the steps behind the Pay view's figures, Close only (gui/pay/test_explanation.py)",
    ConflictsDialog: "no typed input: one choice per record between two versions (gui/test_sync_gui.py)",
    ShareDialog: "choices shown in plain words, then a file to save: Enter saves (gui/reports/test_share_dialog.py)",
    ReviewDialog: "a second look at a screen capture: Keep or Discard; Enter keeps (tests/gui/test_capture.py)",
    RegionPicker: "a rectangle dragged with the mouse; Escape cancels (tests/gui/test_capture.py)",
}


def _dialog_classes() -> set[type]:
    for module in pkgutil.walk_packages(contractor_app.gui.__path__, "contractor_app.gui."):
        importlib.import_module(module.name)
    found: set[type] = set()
    stack = [QDialog]
    while stack:
        for sub in stack.pop().__subclasses__():
            stack.append(sub)
            if sub.__module__.startswith("contractor_app.gui.") and not sub.__subclasses__():
                found.add(sub)
    return found


def test_every_dialog_is_covered_and_every_form_stands_on_the_form_base() -> None:
    found = _dialog_classes()
    assert found == set(FORMS) | set(NOT_FORMS), "a new dialog: add it to FORMS (a form) or NOT_FORMS (why not)"
    assert all(issubclass(form, FormDialog) for form in FORMS)
    assert not any(inspect.isabstract(form) for form in FORMS)


@pytest.mark.parametrize("kind", fast_cases(FORMS, keep=(0, 2, 5)), ids=lambda kind: kind.__name__)
def test_enter_saves_what_was_typed(qtbot, main: MainWindow, kind: type) -> None:  # type: ignore[no-untyped-def]
    form = FORMS[kind]
    dialog = form.open(main)
    assert isinstance(dialog, kind) and isinstance(dialog, FormDialog) and dialog.isVisible()
    assert dialog.save_button.isDefault()
    field = form.fill(dialog)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.message.text()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert form.stored(main)


@pytest.mark.parametrize("kind", fast_cases([PaymentDialog, InvoiceDialog, ClientDialog, EngagementDialog,
                                             DataHandledDialog, DataCollectedDialog, IncidentDialog, AddRequestDialog,
                                             AnswerDialog], keep=(2, 6)),
                         ids=lambda kind: kind.__name__)
def test_enter_on_an_unfinished_form_says_what_is_missing(qtbot, main: MainWindow, kind: type) -> None:  # type: ignore[no-untyped-def]
    dialog = FORMS[kind].open(main)
    assert isinstance(dialog, FormDialog)
    field = next(w for w in dialog.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus
                 and w.isVisible() and w.isEnabled() and not w.inherits("QAbstractButton"))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    message = dialog.form.message if isinstance(dialog, ClientDialog) else dialog.message
    assert message.isVisible() and message.text().strip()


def test_escape_on_a_form_with_changes_asks_first(qtbot, main: MainWindow, monkeypatch,  # type: ignore[no-untyped-def]
                                                 discarding_asks: list[QWidget]) -> None:
    dialog = main.pay.record_payment()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not dialog.isVisible() and discarding_asks == []

    dialog = main.pay.record_payment()
    qtbot.keyClicks(dialog.amount, "65.11")
    def keep_editing(parent: QWidget) -> bool:
        discarding_asks.append(parent)
        return False

    monkeypatch.setattr(form_dialog, "confirm_discard", keep_editing)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)
    assert dialog.isVisible() and discarding_asks == [dialog] and dialog.amount.text() == "65.11"
    dialog.buttons.rejected.emit()  # Cancel asks too
    assert dialog.isVisible() and len(discarding_asks) == 2
    monkeypatch.setattr(form_dialog, "confirm_discard", lambda parent: True)
    dialog.close()
    assert not dialog.isVisible()
    assert main.session.read(list_payments, period=DateRange()) == []


def test_enter_in_the_backup_password_dialog_opens_the_backup(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SecretDialog("Check the backup of 3 May.", "Check", restoring=False)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.password.setText("correct horse")
    dialog.password.setFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_in_the_evidence_choosers_links(qtbot, main: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    proof = tmp_path / "contract.txt"
    proof.write_text("I agree")
    main.show_key("evidence")
    main.evidence.add_files([proof])
    picker = EvidencePicker(main.session, main)
    picker.open()
    picker.table.selectRow(0)
    picker.table.setFocus()
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted

    main.evidence.table.selectRow(0)
    linker = main.evidence.link_selected()
    assert linker is not None
    assert linker.model.setData(linker.model.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    linker.search.setFocus()
    qtbot.keyClick(linker.search, Qt.Key.Key_Return)
    assert linker.result() == QDialog.DialogCode.Accepted


def _tab_chain(dialog: QDialog) -> list[QWidget]:
    """The controls Tab visits in ``dialog``, in order."""
    chain: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not None and widget is not dialog and len(chain) < 200:
        if (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and dialog.isAncestorOf(widget) and widget.focusProxy() is None):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


@pytest.mark.parametrize("kind", fast_cases(FORMS, keep=(2, 7)), ids=lambda kind: kind.__name__)
def test_tab_starts_at_the_top_of_every_form(qtbot, main: MainWindow, kind: type) -> None:  # type: ignore[no-untyped-def]
    """Found by the keyboard walkthrough: "Add client" opened on its "App-based work" box, the last row, because
    the box was made with a parent before the rows were laid out, so Tab order started there."""
    dialog = FORMS[kind].open(main)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    chain = _tab_chain(dialog)
    place = lambda widget: (widget.mapTo(dialog, widget.rect().topLeft()).y(),
                            widget.mapTo(dialog, widget.rect().topLeft()).x())
    assert chain and chain[0] is min(chain, key=place), [w.accessibleName() or type(w).__name__ for w in chain]


# The Pay and Clients forms, which stand on the base's check/submit/failed flow (issue 15's fold of their copies).
SHARED_FLOW = [PaymentDialog, InvoiceDialog, ExpenseDialog, TripDialog, ClientDialog, ClientEditDialog,
               EngagementDialog, NewTermsDialog, EditTermsDialog, RenameEngagementDialog]


@pytest.mark.parametrize("kind", fast_cases(SHARED_FLOW, keep=(1,)), ids=lambda kind: kind.__name__)
def test_save_stays_off_while_the_form_is_being_saved(qtbot, main: MainWindow, kind: type,  # type: ignore[no-untyped-def]
                                                      monkeypatch) -> None:
    """The busy state: once Save is pressed the form is being stored, and typing on (which checks the form again)
    must not offer Save a second time until the service answers; a refusal shows inline and offers Save again.
    "Add engagement", "New pay terms" and "Rename engagement" turned Save back on as soon as a field changed."""
    form = FORMS[kind]
    dialog = form.open(main)
    assert isinstance(dialog, FormDialog)
    field = form.fill(dialog)
    assert isinstance(field, QLineEdit)
    pending: list[object] = []
    monkeypatch.setattr(dialog, "save", pending.append)  # the service call, not answered yet
    dialog.submit()
    assert len(pending) == 1 and not dialog.save_button.isEnabled()
    typed = field.text()
    field.setText("")
    field.setText(typed)
    assert not dialog.save_button.isEnabled()
    dialog.submit()
    assert len(pending) == 1  # not stored twice
    dialog.failed(InvalidInput("The records were locked."))
    message = dialog.form.message if isinstance(dialog, ClientDialog) else dialog.message
    assert dialog.save_button.isEnabled() and "The records were locked." in message.text()


@pytest.mark.parametrize("kind", fast_cases([PaymentDialog, InvoiceDialog, ExpenseDialog, TripDialog]),
                         ids=lambda kind: kind.__name__)
def test_the_pay_forms_client_choice_holds_each_whole_name(qtbot, main: MainWindow, kind: type) -> None:  # type: ignore[no-untyped-def]
    """The client box does not grow with a long name, so it elides it: each item's tooltip holds the whole name
    (the expense and trip forms had none)."""
    dialog = FORMS[kind].open(main)
    box = dialog.client  # type: ignore[union-attr]
    names = [box.itemText(i) for i in range(box.count())]
    assert names and [box.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(box.count())] == names
