"""Add and edit dialogs for the three kinds of record, on one base dialog.

Input is checked as it is typed, with the services' own checks where they are plain functions (days not in the
future, costs with a currency): a missing required field is a hint, anything wrong a problem in red with a
warning sign, and Save waits until the form is whole. The service still has the last word: if it refuses, the
dialog stays open with its message, and nothing was changed. ``saved`` carries the record as stored and, for an
edit, the input it had before, so the view can offer undo.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...errors import InvalidInput, LedgerError
from ...services.incidents import NewIncident, check_costs, check_minutes
from ...services.privacy import NewDataCollected, NewDataHandled, check_days, clean_list
from ..dialogs import error_text
from ..form_dialog import FormDialog
from ..session import Session
from ..widgets import small
from . import labels
from .fields import CostsField, OptionalDate, TimeSpentField, choice_box, choose, client_box, text_box
from .records import COLLECTED, HANDLED, INCIDENT, RecordKind


class Missing(InvalidInput):
    """A required field still empty: the form is unfinished, not wrong."""


def _line(accessible_name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(accessible_name)
    field.setPlaceholderText(placeholder)
    return field


def _categories(field: QLineEdit) -> tuple[str, ...]:
    return clean_list(field.text().split(","), item="A kind of data")  # translated with the error (error_messages.py)


class RecordDialog(FormDialog):
    """The frame of every form: rows, an inline message, Cancel and Add (or Save changes)."""

    saved = Signal(object, object)  # the record as stored; the input before an edit (None when added)
    client: QComboBox  # each kind's form sets it

    def __init__(self, session: Session, kind: RecordKind, clients: list[str], record: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.kind, self.clients, self.record = session, kind, clients, record
        self.before = kind.as_new(record) if record is not None else None
        self.setWindowTitle(self.title(editing=record is not None))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_save_button(self.tr("Save changes") if record is not None else self.tr("Add"))
        self.build()
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        if self.before is not None:
            self.fill(self.before)
        self._connect_changes()
        self.check()
        self.resize(620, self.sizeHint().height())

    # --- for each kind ----------------------------------------------------------------------------------------

    def title(self, *, editing: bool) -> str:
        raise NotImplementedError

    def build(self) -> None:
        raise NotImplementedError

    def fill(self, new: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        """The record as typed; raises Missing or InvalidInput with a plain message."""
        raise NotImplementedError

    # --- shared -----------------------------------------------------------------------------------------------

    def _dates(self) -> tuple[OptionalDate, OptionalDate]:
        started = OptionalDate(self.tr("&Started on"), self.tr("Started on"))
        ended = OptionalDate(self.tr("&Ended on"), self.tr("Ended on"))
        self.form.addRow(started.known, started)
        self.form.addRow(ended.known, ended)
        return started, ended

    def _client(self, new_client: str | None, box: QComboBox) -> None:
        if new_client and box.findData(new_client) < 0:
            box.addItem(new_client, new_client)  # a client renamed meanwhile: keep what the record says
        choose(box, new_client)

    def _connect_changes(self) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit):
                child.textChanged.connect(self.check)
            elif isinstance(child, QPlainTextEdit):
                child.textChanged.connect(self.check)
            elif isinstance(child, QComboBox):
                child.currentIndexChanged.connect(self.check)
            elif isinstance(child, OptionalDate | CostsField | TimeSpentField):
                child.changed.connect(self.check)

    def check(self) -> bool:
        try:
            self.value()
        except Missing as missing:
            self.message.hint(str(missing))
            valid = False
        except LedgerError as error:
            self.message.problem(error_text(error))
            valid = False
        else:
            self.message.clear()
            valid = True
        self.save_button.setEnabled(valid)
        return valid

    def ready(self) -> bool:
        return self.value_checks()

    def save(self, new: Any) -> None:
        if self.record is not None and new == self.before:
            self.accept()  # nothing changed: nothing to record, nothing to undo
        elif self.record is None:
            self.session.call(self.kind.add, new, on_result=self._saved,
                              on_error=self.failed)
        else:
            self.session.call(self.kind.edit, self.record.id, new,
                              on_result=self._saved, on_error=self.failed)

    def _saved(self, stored: Any) -> None:
        self.saved.emit(stored, self.before)
        self.accept()



class DataHandledDialog(RecordDialog):
    def title(self, *, editing: bool) -> str:
        return self.tr("Edit data you handled") if editing else self.tr("Add data you handled")

    def build(self) -> None:
        self.client = client_box(self.clients, self.tr("Client"))
        self.categories = _line(self.tr("Kinds of data"),
                                self.tr("e.g. audio recordings, medical images, chat logs (commas between)"))
        self.whose = _line(self.tr("Whose data"), self.tr("e.g. the client's customers, patients, children"))
        self.sensitivity = choice_box(labels.sensitivities(), self.tr("Sensitivity"), none=self.tr("Not sure"))
        self.note = text_box(self.tr("Note"), self.tr("Anything else: the project, where the data came from…"))
        self.form.addRow(self.tr("&Client"), self.client)
        self.form.addRow(self.tr("&Kinds of data"), self.categories)
        self.form.addRow(self.tr("&Whose data"), self.whose)
        self.form.addRow(self.tr("Se&nsitivity"), self.sensitivity)
        self.started, self.ended = self._dates()
        self.form.addRow("", small(self.tr("Leave the end open while the work goes on.")))
        self.form.addRow(self.tr("N&ote"), self.note)

    def fill(self, new: NewDataHandled) -> None:
        self._client(new.client, self.client)
        self.categories.setText(", ".join(new.categories))
        self.whose.setText(new.whose_data or "")
        choose(self.sensitivity, new.sensitivity)
        self.started.set_value(new.started_on)
        self.ended.set_value(new.ended_on)
        self.note.setPlainText(new.note or "")

    def value(self) -> NewDataHandled:
        client = self.client.currentData()
        if not client:
            raise Missing(self.tr("Add a client first: data records belong to a client (File → Add client)."))
        categories = _categories(self.categories)
        if not categories:
            raise Missing(self.tr("Name the kinds of data you handled, e.g. audio recordings or chat logs."))
        started, ended = self.started.value(), self.ended.value()
        check_days(started, ended)
        return NewDataHandled(client=client, categories=categories, whose_data=self.whose.text().strip() or None,
                              sensitivity=self.sensitivity.currentData(), started_on=started, ended_on=ended,
                              note=self.note.toPlainText().strip() or None)


class DataCollectedDialog(RecordDialog):
    def title(self, *, editing: bool) -> str:
        return self.tr("Edit what was collected about you") if editing else self.tr("Add what was collected about you")

    def build(self) -> None:
        self.client = client_box(self.clients, self.tr("Client"))
        self.monitoring = choice_box(labels.monitoring_types(), self.tr("What was collected"))
        self.tool = _line(self.tr("Tool"), self.tr("e.g. Hubstaff, Time Doctor, the platform's own app, or unknown"))
        self.consent = choice_box(labels.consents(), self.tr("Consent"))
        self.retention = _line(self.tr("Retention you were told"),
                               self.tr("e.g. kept 90 days; leave empty if you were not told"))
        self.categories = _line(self.tr("What it captured"),
                                self.tr("e.g. a screenshot every 10 minutes, face photos (commas between)"))
        self.note = text_box(self.tr("Note"), self.tr("Anything else: where you were told, what you asked…"))
        self.form.addRow(self.tr("&Client"), self.client)
        self.form.addRow(self.tr("&What was collected"), self.monitoring)
        self.form.addRow(self.tr("&Tool"), self.tool)
        self.form.addRow(self.tr("C&onsent"), self.consent)
        self.form.addRow("", small(self.tr("How you agreed to it. Your privacy report flags \"Not asked\" and "
                                           "\"Refused\".")))
        self.form.addRow(self.tr("&Retention you were told"), self.retention)
        self.form.addRow(self.tr("What it c&aptured"), self.categories)
        self.started, self.ended = self._dates()
        self.form.addRow(self.tr("&Note"), self.note)

    def fill(self, new: NewDataCollected) -> None:
        self._client(new.client, self.client)
        choose(self.monitoring, new.monitoring_type)
        self.tool.setText(new.tool)
        choose(self.consent, new.consent)
        self.retention.setText(new.retention_told or "")
        self.categories.setText(", ".join(new.categories))
        self.started.set_value(new.started_on)
        self.ended.set_value(new.ended_on)
        self.note.setPlainText(new.note or "")

    def value(self) -> NewDataCollected:
        client = self.client.currentData()
        if not client:
            raise Missing(self.tr("Add a client first: data records belong to a client (File → Add client)."))
        tool = self.tool.text().strip()
        if not tool:
            raise Missing(self.tr("Name the tool that collected it, e.g. Hubstaff, or write \"unknown\"."))
        started, ended = self.started.value(), self.ended.value()
        check_days(started, ended)
        return NewDataCollected(client=client, monitoring_type=self.monitoring.currentData(), tool=tool,
                                consent=self.consent.currentData(),
                                retention_told=self.retention.text().strip() or None,
                                categories=_categories(self.categories), started_on=started, ended_on=ended,
                                note=self.note.toPlainText().strip() or None)


class IncidentDialog(RecordDialog):
    def title(self, *, editing: bool) -> str:
        return self.tr("Edit the incident") if editing else self.tr("Add an incident")

    def build(self) -> None:
        self.kind_box = choice_box(labels.kinds(), self.tr("Kind of incident"))
        self.client = client_box(self.clients, self.tr("Client"), none=self.tr("None (another company)"))
        self.company = _line(self.tr("Company"), self.tr("Who sent the notice or is in the dispute "
                                                         "(empty: the client's legal name)"))
        self.notice = OptionalDate(self.tr("&Notice received on"), self.tr("Notice received on"))
        self.data_involved = text_box(self.tr("Data involved"),
                                      self.tr("As the notice lists it: name, ID number, bank account…"), 2)
        # Two lines: with three, the form was taller than 1024x640 at 150%.
        self.steps = text_box(self.tr("Steps taken"),
                              self.tr("One per line: froze credit, changed passwords, complained to the regulator…"), 2)
        self.costs = CostsField(self.session.profile.currency)
        self.time_spent = TimeSpentField()
        self.status = choice_box(labels.statuses(), self.tr("Status"))
        self.note = text_box(self.tr("Note"), self.tr("Account or worker id, claim code, fraud events…"), 2)
        self.form.addRow(self.tr("&Kind"), self.kind_box)
        self.form.addRow(self.tr("C&lient"), self.client)
        self.form.addRow(self.tr("Co&mpany"), self.company)
        self.form.addRow(self.notice.known, self.notice)
        self.started, self.ended = self._dates()
        self.form.addRow(self.tr("&Data involved"), self.data_involved)
        self.form.addRow(self.tr("Ste&ps taken"), self.steps)
        self.form.addRow(self.tr("C&osts"), self.costs)
        self.form.addRow(self.tr("T&ime spent"), self.time_spent)
        self.form.addRow("", small(self.tr("So far, in all: credit monitoring, postage, lost pay; and your time.")))
        self.form.addRow(self.tr("St&atus"), self.status)
        self.form.addRow(self.tr("No&te"), self.note)

    def fill(self, new: NewIncident) -> None:
        choose(self.kind_box, new.kind)
        self._client(new.client, self.client)
        self.company.setText(new.company or "")
        self.notice.set_value(new.notice_on)
        self.started.set_value(new.started_on)
        self.ended.set_value(new.ended_on)
        self.data_involved.setPlainText(new.data_involved or "")
        self.steps.setPlainText(new.steps_taken or "")
        self.costs.set_value(new.costs, new.costs_currency)
        self.time_spent.set_value(new.time_spent_minutes)
        choose(self.status, new.status)
        self.note.setPlainText(new.note or "")

    def value(self) -> NewIncident:
        client = self.client.currentData()
        company = self.company.text().strip() or None
        if client is None and company is None:
            raise Missing(self.tr("Name the company involved, or choose the client it concerns."))
        notice, started, ended = self.notice.value(), self.started.value(), self.ended.value()
        check_days(started, ended)
        check_days(notice, None)
        amount, currency = self.costs.value()
        check_costs(amount, currency)
        minutes = check_minutes(self.time_spent.value())
        return NewIncident(kind=self.kind_box.currentData(), company=company, client=client, notice_on=notice,
                           started_on=started, ended_on=ended,
                           data_involved=self.data_involved.toPlainText().strip() or None,
                           steps_taken=self.steps.toPlainText().strip() or None, status=self.status.currentData(),
                           note=self.note.toPlainText().strip() or None, costs=amount,
                           costs_currency=currency.upper() if currency else None, time_spent_minutes=minutes)


DIALOGS: dict[str, type[RecordDialog]] = {HANDLED.key: DataHandledDialog, COLLECTED.key: DataCollectedDialog,
                                          INCIDENT.key: IncidentDialog}
