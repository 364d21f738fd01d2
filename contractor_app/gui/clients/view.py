"""The Clients view: the platforms and companies the worker works for, in a list, and the selected one in
detail (contact, the rules of the relationship, the written contract, engagements and their pay history).

Every change goes through a dialog and a service call announced with CLIENTS; the view then rereads what it shows
and keeps the same client selected. Locking clears it.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.clients.details import ClientDetails, get_client
from ...services.clients.directory import list_clients
from ...services.clients.terms import EngagementDetails, TermsRecord, remove_terms
from ..client_form import ClientDialog
from ..session import CLIENTS, EVIDENCE, PROFILE, Session
from ..view import View
from ..widgets import heading
from .commands import remove_terms_command
from .detail import ClientDetailPane
from .edit_dialog import ClientEditDialog
from .list_model import CLIENT_ID_ROLE, ClientDelegate, ClientListModel
from .terms_form import EditTermsDialog, EngagementDialog, NewTermsDialog, RenameEngagementDialog
from .text import today_in

D = TypeVar("D", bound=QDialog)


class ClientsView(View):
    def __init__(self, session: Session, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, undo, parent)
        self.setObjectName("clientsView")
        self.details: ClientDetails | None = None
        self.add_button = QPushButton(self.tr("Add client…"))
        self.add_button.setToolTip(self.tr("Add a platform or company you work for (Ctrl+Shift+N)"))
        self.add_button.clicked.connect(self.add_client)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Clients")), 1)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.model = ClientListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(ClientDelegate(self.list))
        self.list.setAccessibleName(self.tr("Clients"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # long names wrap again when the list is resized
        self.list.setMinimumWidth(200)
        self.list.selectionModel().currentRowChanged.connect(lambda current, _: self._show_row(current.row()))
        self.detail = ClientDetailPane(session)
        self.detail.edit_requested.connect(self.edit_client)
        self.detail.add_engagement_requested.connect(self.add_engagement)
        self.detail.new_terms_requested.connect(self.new_terms)
        self.detail.rename_requested.connect(self.rename_engagement)
        self.detail.correct_terms_requested.connect(self.correct_terms)
        self.detail.remove_terms_requested.connect(self.remove_terms)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("The selected client's details"))
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.split = QSplitter()
        self.split.addWidget(self.list)
        self.split.addWidget(scroll)
        self.split.setStretchFactor(1, 1)
        # About 24 characters of the list's font (280 px at 100% text): more room for long names at large text.
        self.split.setSizes([max(280, self.list.fontMetrics().averageCharWidth() * 24), 800])
        self.split.setChildrenCollapsible(False)

        self.empty = QWidget()
        self.empty.setObjectName("clientsEmpty")
        self.empty_text = QLabel(self.tr("No clients yet. Add the platform or company you work for, with what "
                                         "they pay you, to start logging work and checking your pay."))
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(self.tr("Add client…"))
        self.empty_button.clicked.connect(self.add_client)
        empty_column = QVBoxLayout(self.empty)
        empty_column.addStretch(1)
        empty_column.addWidget(self.empty_text)
        empty_column.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_column.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.split)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.stack, 1)
        self._dialog: QDialog | None = None
        session.changed.connect(self._on_changed)
        session.locked.connect(self.clear)
        self.refresh()

    # --- reading ----------------------------------------------------------------------------------------------

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {CLIENTS, EVIDENCE, PROFILE}:
            self.refresh()

    def refresh(self, select_name: str | None = None) -> None:
        """Reread the list and the selected client; keep the selection (or select ``select_name``)."""
        if not self.session.is_open:
            return
        keep = self.details.id if self.details is not None else None
        self.model.set_rows(self.session.read(list_clients))
        row = self.model.row_named(select_name) if select_name else -1
        if row < 0 and keep is not None:
            row = self.model.row_of(keep)
        if row < 0 and self.model.rowCount():
            row = 0
        self.stack.setCurrentWidget(self.split if self.model.rowCount() else self.empty)
        if row >= 0:  # the model was reset, so this is a change of the current row: the detail follows it
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            self._show_row(-1)

    def _show_row(self, row: int) -> None:
        info = self.model.info(row)
        self.details = self.session.read(get_client, info.id) if info is not None else None
        self.detail.show_client(self.details, today_in(self.session.profile.zone))

    def selected_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(CLIENT_ID_ROLE) if index.isValid() else None

    def select(self, name: str) -> None:
        self.refresh(select_name=name)

    # --- changing ---------------------------------------------------------------------------------------------

    def add_client(self) -> ClientDialog:
        dialog = ClientDialog(self.session, self)
        dialog.accepted.connect(lambda: self.select(dialog.form.name.text()))
        return self._open(dialog)

    def edit_client(self) -> ClientEditDialog | None:
        if self.details is None:
            return None
        return self._open(ClientEditDialog(self.session, self.details, self.undo, self._undo_failed, self))

    def add_engagement(self) -> EngagementDialog | None:
        if self.details is None:
            return None
        return self._open(EngagementDialog(self.session, self.details, self))

    def new_terms(self, engagement_id: int | None = None) -> NewTermsDialog | None:
        if self.details is None or not self.details.engagements:
            return None
        return self._open(NewTermsDialog(self.session, self.details, engagement_id,
                                         today_in(self.session.profile.zone), self))

    def rename_engagement(self, engagement_id: int) -> RenameEngagementDialog | None:
        engagement = self._engagement(engagement_id)
        if engagement is None:
            return None
        return self._open(RenameEngagementDialog(self.session, engagement, self.undo, self._undo_failed, self))

    def correct_terms(self, terms_id: int) -> EditTermsDialog | None:
        found = self._terms(terms_id)
        if self.details is None or found is None:
            return None
        engagement, record = found
        return self._open(EditTermsDialog(self.session, self.details, engagement, record, self.undo,
                                          self._undo_failed, self))

    def remove_terms(self, terms_id: int) -> None:
        """Remove at once, with undo (Ctrl+Z); terms that price work are refused with the reason, nothing changed."""
        if self._terms(terms_id) is None:
            return
        self.session.call(remove_terms, terms_id, on_error=self.failed.emit, on_result=lambda removed: self.undo.push(
            remove_terms_command(self.session, removed, self._undo_failed)))

    def _engagement(self, engagement_id: int) -> EngagementDetails | None:
        engagements = self.details.engagements if self.details else ()
        return next((engagement for engagement in engagements if engagement.id == engagement_id), None)

    def _terms(self, terms_id: int) -> tuple[EngagementDetails, TermsRecord] | None:
        engagements = self.details.engagements if self.details else ()
        return next(((engagement, record) for engagement in engagements for record in engagement.history
                     if record.id == terms_id), None)

    def _undo_failed(self, error: BaseException) -> None:
        self.undo.clear()
        self.failed.emit(error)

    def _open(self, dialog: D) -> D:
        """Open ``dialog`` window-modal (tests drive it) and keep it alive until it closes."""
        self._dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def clear(self) -> None:
        self.details = None
        self.model.set_rows([])
        self.detail.show_client(None, today_in(self.session.profile.zone))
