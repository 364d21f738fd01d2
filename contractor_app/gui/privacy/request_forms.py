"""The Access requests tab's three forms (issue 16): record a data-access request you sent, record the client's
answer (complete, or what it left out), and record that the client claimed the law's extension.

Each stands on gui/form_dialog.FormDialog: Enter saves, or says what is missing; Escape with changes asks first.
The services (services/access_requests.py) have the last word: a refusal keeps the dialog open with its one line.
``saved`` carries the request as stored, so the tab can reload and select it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QPlainTextEdit, QVBoxLayout, QWidget

from ...errors import InvalidInput
from ...services.access_requests import (
    CHANNELS,
    AccessRequestDetails,
    NewAccessRequest,
    answer_access_request,
    extend_access_request,
    record_access_request,
)
from ..form_dialog import FormDialog
from ..session import Session
from .fields import OptionalDate, choice_box, choose, client_box, day_edit, day_of, text_box

LAW_CHOICES = (("GDPR (EU/EEA)", "gdpr"), ("UK GDPR", "uk-gdpr"), ("CCPA/CPRA (California)", "ccpa"))


def channel_names() -> dict[str, str]:
    """How a request was sent (services.access_requests.CHANNELS), in the worker's words: the form's choices and
    the list's "Sent" column."""
    return {"email": QCoreApplication.translate("AddRequestDialog", "e-mail"),
            "post": QCoreApplication.translate("AddRequestDialog", "post"),
            "web-form": QCoreApplication.translate("AddRequestDialog", "web form"),
            "in-app": QCoreApplication.translate("AddRequestDialog", "in the app")}


class _RequestForm(FormDialog):
    saved = Signal(object)  # the AccessRequestDetails as stored

    def __init__(self, session: Session, title: str, save_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_save_button(save_text)

    def _finish_layout(self) -> None:
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        for child in self.findChildren(QWidget):  # a message about the form as it was goes once it is edited
            if isinstance(child, QComboBox):
                child.currentIndexChanged.connect(self.message.clear)
            elif isinstance(child, QDateEdit):
                child.dateChanged.connect(self.message.clear)
            elif isinstance(child, QPlainTextEdit):
                child.textChanged.connect(self.message.clear)
            elif isinstance(child, QCheckBox):
                child.toggled.connect(self.message.clear)

    def _stored(self, view: AccessRequestDetails) -> None:
        self._saving = False
        self.saved.emit(view)
        self.accept()


class AddRequestDialog(_RequestForm):
    """A request the worker sent: to which client, under which law, when and how, and when it arrived (post)."""

    def __init__(self, session: Session, clients: list[str], client: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Record a data-access request"), self.tr("Add"), parent)
        self.client = client_box(clients, self.tr("Client"), none=self.tr("Choose…"))
        if client:
            choose(self.client, client)
        self.law = choice_box(list(LAW_CHOICES), self.tr("Law"), none=self.tr("By the client's jurisdiction"))
        self.sent_on = day_edit(self.tr("Sent on"))
        ways = channel_names()
        self.via = choice_box([(ways.get(way, way), way) for way in CHANNELS], self.tr("Sent by"))
        self.received = OptionalDate(self.tr("&Received on"), self.tr("Received on"))
        self.note = text_box(self.tr("Note"), self.tr("optional: reference number, to whom it went…"))
        self.form.addRow(self.tr("&Client"), self.client)
        self.form.addRow(self.tr("&Law"), self.law)
        self.form.addRow(self.tr("&Sent on"), self.sent_on)
        self.form.addRow(self.tr("Sent &by"), self.via)
        self.form.addRow(self.received.known, self.received)
        self.form.addRow(self.tr("&Note"), self.note)
        self._finish_layout()

    def value(self) -> NewAccessRequest:
        client = self.client.currentData()
        if not client:
            raise InvalidInput(self.tr("Choose the client the request went to."))
        return NewAccessRequest(client=client, sent_on=day_of(self.sent_on), sent_via=self.via.currentData(),
                                law=self.law.currentData(), received_on=self.received.value(),
                                note=self.note.toPlainText().strip() or None)

    def save(self, value: Any) -> None:
        self.session.call(record_access_request, value, on_result=self._stored, on_error=self.failed)


class AnswerDialog(_RequestForm):
    """The client's answer: the day it came, and whether it held everything (if not, what it left out: the
    follow-up letter names it)."""

    def __init__(self, session: Session, request: AccessRequestDetails, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Record the answer from %1").replace("%1", request.client),
                         self.tr("Save"), parent)
        self.request = request
        self.answered_on = day_edit(self.tr("Answered on"), request.answered_on)
        self.complete = QCheckBox(self.tr("It holds &everything asked for"))
        self.complete.setChecked(bool(request.complete))
        self.missing = text_box(self.tr("What was missing"), self.tr("e.g. ratings, the reasons for the deactivation"))
        self.missing.setPlainText(request.missing or "")
        self.complete.toggled.connect(lambda on: self.missing.setEnabled(not on))
        self.missing.setEnabled(not self.complete.isChecked())
        self.form.addRow(self.tr("&Answered on"), self.answered_on)
        self.form.addRow("", self.complete)
        self.form.addRow(self.tr("&What was missing"), self.missing)
        self._finish_layout()

    def value(self) -> tuple[date, bool, str | None]:
        complete = self.complete.isChecked()
        missing = None if complete else self.missing.toPlainText().strip() or None
        if not complete and missing is None:
            raise InvalidInput(self.tr("Say what the answer left out (the follow-up letter names it), or tick "
                                       "that it holds everything."))
        return day_of(self.answered_on), complete, missing

    def save(self, value: Any) -> None:
        answered_on, complete, missing = value
        self.session.call(answer_access_request, self.request.id, answered_on, complete=complete, missing=missing,
                          on_result=self._stored, on_error=self.failed)


class ExtendDialog(_RequestForm):
    """The client said it needs the extension the law allows: when it said so, and why."""

    def __init__(self, session: Session, request: AccessRequestDetails, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Record an extension claimed by %1").replace("%1", request.client),
                         self.tr("Save"), parent)
        self.request = request
        self.told_on = day_edit(self.tr("Told on"), request.extended_on)
        self.reason = text_box(self.tr("Reason given"), self.tr("optional: the reason the client gave"))
        self.reason.setPlainText(request.extension_reason or "")
        self.form.addRow(self.tr("&Told on"), self.told_on)
        self.form.addRow(self.tr("&Reason given"), self.reason)
        self._finish_layout()

    def value(self) -> tuple[date, str | None]:
        return day_of(self.told_on), self.reason.toPlainText().strip() or None

    def save(self, value: Any) -> None:
        told_on, reason = value
        self.session.call(extend_access_request, self.request.id, told_on, reason, on_result=self._stored,
                          on_error=self.failed)
