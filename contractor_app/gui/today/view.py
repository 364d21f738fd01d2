"""The Today view: the timer, today's entries with their total, and the quick add form."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ...domain.times import DateRange
from ...services.clients.directory import list_clients
from ...services.entries.log import LogResult, log_work
from ...services.entries.queries import EntryQuery, page_entries
from .. import formatting as fmt
from ..dialogs import error_text
from ..entries.delegates import ChoiceDelegate
from ..entries.models import TodayModel, summary_of
from ..session import CLIENTS, ENTRIES, PROFILE, Session
from ..timer.control import TimerControl
from ..timer.panel import TimerPanel
from ..undo import AddEntry, record_edits
from ..widgets import InlineMessage, heading
from .quick_add import QuickAddForm

MAX_TODAY = 500


class TodayView(QWidget):
    add_client_requested = Signal()
    failed = Signal(object)  # an undo or redo that could not be applied

    def __init__(self, session: Session, timer: TimerControl, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.timer, self.undo = session, timer, undo
        self.zone = session.profile.zone
        self.setObjectName("todayView")
        self.panel = TimerPanel(timer)
        self.panel.add_client_requested.connect(self.add_client_requested)
        self.title = heading("", 1.25)
        self.title.setAccessibleName(self.tr("Today's total"))
        self.model = TodayModel(self.zone, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Today's entries"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.column_of("note"), QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(self.model.column_of("category"), ChoiceDelegate(fmt.categories, self))
        self.table.setItemDelegateForColumn(self.model.column_of("client"), ChoiceDelegate(self._client_choices, self))
        self.empty = QLabel(self.tr("No entries yet today. Start the timer, or add an entry for work you already did "
                                    "(Ctrl+N)."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("todayEmpty")
        self.edit_message = InlineMessage()
        self.quick_add = QuickAddForm(self.zone, session.profile.timezone)
        self.quick_add.submitted.connect(self.add_entry)
        self.add_title = QLabel(self.tr("<b>Add work you already did</b> (Ctrl+N)"))
        column = QVBoxLayout(self)
        column.addWidget(self.panel)
        column.addSpacing(8)
        column.addWidget(self.title)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty, 1)
        column.addWidget(self.edit_message)
        column.addSpacing(8)
        column.addWidget(self.add_title)
        column.addWidget(self.quick_add)
        record_edits(self.model, session, undo, self._undo_failed, self.edit_message.problem)
        session.changed.connect(self._on_changed)
        session.locked.connect(self.clear)
        self._day = QTimer(self, interval=60_000, timeout=self._new_day)  # type: ignore[call-arg]  # stubs omit signal keywords; "today" moves on at midnight
        self._day.start()
        self.refresh_clients()
        self.refresh()

    def _client_choices(self) -> list[tuple[str, str]]:
        return [(c.name, c.name) for c in self._clients]

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {CLIENTS, PROFILE}:
            self.refresh_clients()
        if kinds & {ENTRIES, CLIENTS}:
            self.refresh()

    def refresh_clients(self) -> None:
        self._clients = self.session.read(list_clients)
        self.panel.set_clients(self._clients)
        choice = self.timer.last_used() if self._clients else None
        self.quick_add.set_clients([c.name for c in self._clients], choice.client if choice else None)
        for widget in (self.add_title, self.quick_add):  # without a client there is nothing to log against
            widget.setVisible(bool(self._clients))

    def _new_day(self) -> None:
        if self.session.is_open and datetime.now(UTC).astimezone(self.zone).date() != self._shown_day:
            self.refresh()

    def refresh(self) -> None:
        now = datetime.now(UTC).astimezone(self.zone)
        self._shown_day = now.date()
        query = EntryQuery(period=DateRange(now.date(), now.date()), tz=self.session.profile.timezone)
        rows = list(reversed(self.session.read(page_entries, query, offset=0, limit=MAX_TODAY)))
        self.model.set_rows(rows)
        self.edit_message.clear()
        seconds, earned = summary_of(rows)
        parts = [self.tr("Today, %1").replace("%1", fmt.day_heading(now, self.zone)), fmt.hours(seconds)]
        if earned:
            parts.append(self.tr("est. %1").replace("%1", earned))
        self.title.setText("    ".join(parts))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def add_entry(self, new: object) -> None:
        def added(result: LogResult) -> None:
            self.quick_add.reset()
            self.undo.push(AddEntry(self.session, result.entry.id, self._undo_failed))
            if result.overlaps:
                self.edit_message.hint(self.tr("Added. It overlaps %n other entries; both are kept and flagged.",
                                               "", len(result.overlaps)))

        self.session.call(log_work, new, on_result=added,
                          on_error=lambda error: self.quick_add.show_problem(error_text(error)))

    def _undo_failed(self, error: BaseException) -> None:
        self.undo.clear()
        self.failed.emit(error)

    def focus_quick_add(self) -> None:
        self.quick_add.focus()

    def clear(self) -> None:
        self._day.stop()
        self.model.set_rows([])
        self.title.clear()
