"""Records changed on two computers (services/sync.py): both versions side by side, the fields that differ first,
and one choice per record, "Keep this computer's" or "Keep <other>'s". Nothing is chosen for the worker."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.sync import ConflictView, list_conflicts, resolve_conflict
from .dialogs import error_text
from .session import Session
from .widgets import InlineMessage, small


class ConflictsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Changed on two computers"))
        self.conflicts: list[ConflictView] = []
        self.index = 0
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("This computer"), self.tr("Other computer")])
        self.table.setAccessibleName(self.tr("Both versions of the record"))
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_mine = QPushButton(self.tr("Keep this computer's"))
        self.keep_mine.clicked.connect(lambda: self.choose("mine"))
        self.keep_theirs = QPushButton()
        self.keep_theirs.clicked.connect(lambda: self.choose("theirs"))
        self.message = InlineMessage()
        choices = QHBoxLayout()
        choices.addWidget(self.keep_mine)
        choices.addWidget(self.keep_theirs)
        choices.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(small(self.tr("Nothing is lost: until you choose, this computer keeps its version and the "
                                       "other version is kept beside it.")))
        column.addWidget(self.title)
        column.addWidget(self.table, 1)
        column.addLayout(choices)
        column.addWidget(self.message)
        column.addWidget(close)
        self.resize(680, 420)
        self.load()

    def load(self) -> None:
        self.conflicts = self.session.read(list_conflicts)
        self.index = 0
        self.show_current()

    def show_current(self) -> None:
        has_any = bool(self.conflicts)
        self.keep_mine.setEnabled(has_any)
        self.keep_theirs.setEnabled(has_any)
        self.table.setRowCount(0)
        if not has_any:
            self.title.setText(self.tr("Your computers agree: nothing to choose."))
            self.keep_theirs.setText(self.tr("Keep the other's"))
            return
        conflict = self.conflicts[self.index]
        self.title.setText(self.tr("%1 of %2: a %3 changed here and on %4.")
                           .replace("%1", str(self.index + 1)).replace("%2", str(len(self.conflicts)))
                           .replace("%3", self._kind(conflict.entity)).replace("%4", conflict.device))
        self.keep_theirs.setText(self.tr("Keep %1's").replace("%1", conflict.device))
        mine, theirs = conflict.mine or {}, conflict.theirs or {}
        names = sorted(set(mine) | set(theirs), key=lambda name: (mine.get(name) == theirs.get(name), name))
        rows = [(self._field(name), self._value(name, mine, conflict.mine), self._value(name, theirs, conflict.theirs))
                for name in names if name not in ("engagement_id", "client_id")]
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column and rows[row][1] != rows[row][2]:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)

    def _kind(self, entity: str) -> str:
        return {"work_entries": self.tr("work entry"), "clients": self.tr("client"),
                "engagements": self.tr("engagement"), "pay_terms": self.tr("pay terms"),
                "payments": self.tr("payment"), "invoices": self.tr("invoice"), "adjustments": self.tr("adjustment"),
                "expenses": self.tr("expense"), "trips": self.tr("trip"), "data_records": self.tr("data record"),
                "incidents": self.tr("incident"), "access_requests": self.tr("access request"),
                "payment_allocations": self.tr("what a payment pays for")}.get(entity, entity)

    def _field(self, name: str) -> str:
        words = {
            "note": self.tr("Note"), "start_at": self.tr("Start"), "end_at": self.tr("End"),
            "break_seconds": self.tr("Break"), "category": self.tr("Category"), "units": self.tr("Units"),
            "tz": self.tr("Time zone"), "source": self.tr("Recorded by"),
            "source_ref": self.tr("Id in the imported file"),
            "entered_at": self.tr("Recorded at"), "updated_at": self.tr("Last edited"), "name": self.tr("Name"),
            "rate": self.tr("Rate"), "currency": self.tr("Currency"), "kind": self.tr("Kind of pay"),
        }
        return words.get(name, name.replace("_", " ").capitalize())

    def _value(self, name: str, state: dict[str, Any], whole: dict[str, Any] | None) -> str:
        if whole is None:
            return self.tr("(deleted)")
        value = state.get(name)
        if value is None:
            return ""
        if name == "break_seconds" and isinstance(value, int):
            return self.tr("%1 min").replace("%1", str(value // 60))
        if name.endswith("_at") and isinstance(value, int):
            return f"{datetime.fromtimestamp(value, UTC):%Y-%m-%d %H:%M} UTC"
        return str(value)

    def choose(self, keep: str) -> None:
        if not self.conflicts:
            return
        conflict = self.conflicts[self.index]
        self.session.call(resolve_conflict, conflict.id, keep, on_result=lambda _: self.load(),
                          on_error=lambda error: self.message.problem(error_text(error)))
