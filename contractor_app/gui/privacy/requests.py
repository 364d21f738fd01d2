"""The Data & privacy view's "Access requests" tab: each data-access request with its deadline by law and where it
stands today, overdue and incomplete ones marked, and the platform's answer (a zip) imported as evidence.

Requests are recorded here (or with `dsar add`), with the answer and any extension the client claimed
(gui/privacy/request_forms.py); this tab is where the worker sees a deadline pass (the view's sidebar badge says so
too) and goes on to the follow-up letter in Reports. The list is a FittedTable, so a long client name wraps rather
than push the columns after it out of sight, and below it the selected request's deadline says how it was counted
(whose public holidays, weekends only, an extension claimed too late), in the worker's language (deadline_text.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...services.access_requests import AccessRequestDetails, import_answer, list_access_requests
from ...services.clients.directory import list_clients
from .. import table_model
from ..fitted_table import FittedTable
from ..palette_hook import problem_colour
from ..session import Session
from ..widgets import InlineMessage, read_only_table
from .deadline_text import basis_text
from .request_forms import AddRequestDialog, AnswerDialog, ExtendDialog, channel_names

FOLLOW_UP = ("overdue", "incomplete")
Form = TypeVar("Form", AddRequestDialog, AnswerDialog, ExtendDialog)
LAW_NAMES = {"gdpr": "GDPR", "uk-gdpr": "UK GDPR", "ccpa": "CCPA/CPRA"}
Column = table_model.Column  # of AccessRequestDetails


class RequestsModel(table_model.TableModel[AccessRequestDetails]):
    """The requests in the order they were sent; where one wants a follow-up, its standing reads in bold, in the
    problem colour."""

    def __init__(self, columns: list[Column[AccessRequestDetails]], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self.bold = QFont()
        self.bold.setBold(True)

    def row_of(self, request_id: int) -> int:
        """The row of the request with this id, or -1."""
        return next((row for row, request in enumerate(self.rows) if request.id == request_id), -1)

    def extra(self, row: AccessRequestDetails, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and key == "standing" and row.status in FOLLOW_UP:
            return self.bold
        return None


class AccessRequestsTab(QWidget):
    follow_up = Signal()  # the worker asked for the follow-up letter (Reports)
    count_changed = Signal(int)
    attention_changed = Signal(int)  # how many requests want a follow-up
    failed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._client: str | None = None
        self.notice = InlineMessage()
        self.model = RequestsModel(self._columns(), self)
        # Its columns share the width: a long client name wraps instead of pushing "Standing" out of sight.
        self.table = read_only_table(FittedTable(leftover=(0, 5)), self.tr("Data-access requests"), self.model,
                                     single=True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self.basis = QLabel()  # how the selected request's deadline was counted
        self.basis.setObjectName("deadlineBasis")
        self.basis.setWordWrap(True)
        self.basis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.basis.setAccessibleName(self.tr("How the deadline was counted"))
        self.letter_button = QPushButton(self.tr("Follow-up letter…"))
        self.letter_button.setToolTip(self.tr("Make the follow-up letter for a request past its deadline or "
                                              "answered in part"))
        self.letter_button.clicked.connect(self.follow_up.emit)
        self.import_button = QPushButton(self.tr("&Import the answer…"))
        self.import_button.setToolTip(self.tr("Keep the files of the platform's answer (a zip) as evidence of "
                                              "this request"))
        self.import_button.clicked.connect(self._ask_import)
        self.add_button = QPushButton(self.tr("&Add a request…"))
        self.add_button.setToolTip(self.tr("Record a data-access request you sent: its deadline by law shows here"))
        self.add_button.clicked.connect(self.add_request)
        self.answer_button = QPushButton(self.tr("Record the a&nswer…"))
        self.answer_button.setToolTip(self.tr("When the client answered, and whether the answer held everything"))
        self.answer_button.clicked.connect(self.answer_selected)
        self.extend_button = QPushButton(self.tr("E&xtension…"))
        self.extend_button.setToolTip(self.tr("The client said it needs the extra time the law allows"))
        self.extend_button.clicked.connect(self.extend_selected)
        self.dialog: AddRequestDialog | AnswerDialog | ExtendDialog | None = None  # the one open, for tests
        # Two rows: recording the request's course, then what follows from it (one row of five scrolled sideways at
        # 200% text).
        recording, following = QHBoxLayout(), QHBoxLayout()
        for row, widgets in ((recording, (self.add_button, self.answer_button, self.extend_button)),
                             (following, (self.letter_button, self.import_button))):
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.notice)
        column.addWidget(self.table, 1)
        column.addWidget(self.basis)
        column.addLayout(recording)
        column.addLayout(following)
        self._selection()

    def _columns(self) -> list[Column[AccessRequestDetails]]:
        """The list's columns, in the order of the table. Each cell's tooltip has its whole text, the law's has its
        citation, and the due date's says how it was counted."""

        # Read once, as the titles are. A no-break hyphen keeps "e-mail" whole: Qt's word wrap breaks after a hyphen,
        # and the narrow column read "(e-" above "mail)".
        ways = {way: name.replace("-", "\u2011") for way, name in channel_names().items()}

        def sent(request: AccessRequestDetails) -> str:
            return f"{request.sent_on} ({ways.get(request.sent_via, request.sent_via)})"

        def due_and_basis(request: AccessRequestDetails) -> str:
            return f"{self._due(request)}\n{basis_text(request.deadline_sentences)}"

        return [
            Column("client", self.tr("Client"), _client, tooltip=_client),
            Column("law", self.tr("Law"), _law, tooltip=lambda request: request.citation),
            Column("sent", self.tr("Sent"), sent, tooltip=sent),
            Column("due", self.tr("Due"), self._due, tooltip=due_and_basis),
            Column("standing", self.tr("Standing"), self._standing, tooltip=self._standing,
                   problem=lambda request: request.status in FOLLOW_UP),
            Column("answer", self.tr("Answer"), self._answer, tooltip=self._answer),
        ]

    @property
    def requests(self) -> tuple[AccessRequestDetails, ...]:
        return self.model.rows

    def restyle(self) -> None:
        """The follow-up cells in the new palette's problem colour (called by palette_hook.py)."""
        self.model.set_problem_colour(problem_colour(self))

    def reload(self, client: str | None) -> None:
        """List the requests (of ``client``, or all), keeping the selected one selected."""
        self._client = client
        keep = self.selected()
        self.model.set_problem_colour(problem_colour(self))
        self.model.set_rows(self.session.read(list_access_requests, client))
        if keep is not None and (row := self.model.row_of(keep.id)) >= 0:
            self.table.selectRow(row)
        waiting = [r for r in self.requests if r.status in FOLLOW_UP]
        if waiting:
            self.notice.problem(self.tr("%n data-access requests need a follow-up: past the deadline without an "
                                        "answer, or answered in part.", "", len(waiting)))
        elif not self.requests:
            self.notice.hint(self.tr("Sent a data-access request? Record it with “Add a request…” and its deadline "
                                     "by law shows here; an overdue one is marked."))
        else:
            self.notice.clear()
        self.letter_button.setEnabled(bool(waiting))
        self.count_changed.emit(len(self.requests))
        self.attention_changed.emit(len(waiting))
        self._selection()

    def clear(self) -> None:
        self.model.set_rows([])
        self.notice.clear()
        self._selection()
        self.attention_changed.emit(0)

    def waiting(self) -> int:
        """How many requests want a follow-up letter."""
        return sum(1 for r in self.requests if r.status in FOLLOW_UP)

    def selected(self) -> AccessRequestDetails | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def import_from(self, path: Path) -> None:
        """Keep the answer at ``path`` (a zip or a folder) as evidence of the selected request, off the UI thread."""
        request = self.selected()
        if request is None:
            return
        self.session.call(import_answer, request.id, path,
                          on_result=lambda view: self._imported(view), on_error=self.failed.emit)

    def _imported(self, view: AccessRequestDetails) -> None:
        self.reload(self._client)
        self.notice.hint(self.tr("%n files of the answer are kept as evidence of the request to %1.", "",
                                 len(view.files)).replace("%1", view.client))

    def add_request(self) -> AddRequestDialog:
        clients = [info.name for info in self.session.read(list_clients)]
        return self._open(AddRequestDialog(self.session, clients, self._client, self))

    def answer_selected(self) -> AnswerDialog | None:
        request = self.selected()
        return self._open(AnswerDialog(self.session, request, self)) if request is not None else None

    def extend_selected(self) -> ExtendDialog | None:
        request = self.selected()
        return self._open(ExtendDialog(self.session, request, self)) if request is not None else None

    def _open(self, dialog: Form) -> Form:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _saved(self, view: AccessRequestDetails) -> None:
        """The view reloaded the table on the announced change; select the request saved and say where it stands."""
        if (row := self.model.row_of(view.id)) >= 0:
            self.table.selectRow(row)
        if not self.waiting():  # a follow-up still owed stays the notice
                self.notice.hint(self.tr("Saved the request to %1: due %2 (%3).").replace("%1", view.client)
                                 .replace("%2", str(view.due_on)).replace("%3", self._standing(view)))

    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import the answer"), "",
                                              self.tr("Zip files (*.zip);;All files (*)"))
        if name:
            self.import_from(Path(name))

    def _selection(self, *_: Any) -> None:
        request = self.selected()
        for button in (self.import_button, self.answer_button, self.extend_button):
            button.setEnabled(request is not None)
        self.basis.setVisible(bool(self.requests))
        if request is None:
            self.basis.setText(self.tr("Select a request to see how its deadline was counted."))
        elif any(name == "citation" for sentence in request.deadline_sentences for name, _ in sentence.fields):
            # a late extension's sentence names the law itself: the citation is said once, there
            self.basis.setText(self.tr("Due %1. %2").replace("%1", self._due(request))
                               .replace("%2", basis_text(request.deadline_sentences)))
        else:
            self.basis.setText(self.tr("Due %1 (%2). %3").replace("%1", self._due(request))
                               .replace("%2", request.citation).replace("%3", basis_text(request.deadline_sentences)))

    def _due(self, request: AccessRequestDetails) -> str:
        return str(request.due_on) + (self.tr(" (extended)") if request.due_on != request.first_due_on else "")

    def _standing(self, request: AccessRequestDetails) -> str:
        return {"open": self.tr("waiting, in time"), "overdue": self.tr("OVERDUE: no answer"),
                "incomplete": self.tr("answered in part"), "answered": self.tr("answered")}[request.status]

    def _answer(self, request: AccessRequestDetails) -> str:
        """When the client answered and what it left out, then how many files of its answer are kept. The files
        had a column of their own, and at 200% text in Spanish the list scrolled sideways, "Estado" out of sight."""
        answered = "" if request.answered_on is None else str(request.answered_on) + (
            f": {self.tr('missing')} {request.missing}" if request.missing else "")
        files = self.tr("%n files", "", len(request.files)) if request.files else ""
        return "; ".join(part for part in (answered, files) if part) or "—"


def _client(request: AccessRequestDetails) -> str:
    return request.client


def _law(request: AccessRequestDetails) -> str:
    return LAW_NAMES[request.law]
