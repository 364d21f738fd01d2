"""Qt table models over entries: a base with the columns and inline editing, and the small Today model.

Models hold the services' plain ListedEntry dataclasses, never ORM objects. An inline edit does not write: it emits
``edit_requested`` with the change and the values to restore, and the view turns it into an undoable command.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...errors import LedgerError
from ...services.entries import ListedEntry
from .. import formatting as fmt
from . import columns as cols

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class EntryTableModel(QAbstractTableModel):
    edit_requested = Signal(int, object, object, str)  # entry id, changes, values before, what changed
    edit_rejected = Signal(str)

    def __init__(self, columns: Sequence[cols.Column], zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.zone = zone
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        self._flags = [base | Qt.ItemFlag.ItemIsEditable if column.editable else base for column in self.columns]

    # subclasses provide the rows
    def listed_at(self, row: int) -> ListedEntry | None:
        raise NotImplementedError

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def column_of(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Precomputed per column: Qt may ask for every cell of a selection, and 100k rows make that a hot path.
        return self._flags[index.column()] if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self.columns):
            return None
        listed = self.listed_at(index.row())
        if listed is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cols.display(listed, column, self.zone)
        if role == Qt.ItemDataRole.EditRole:
            return cols.edit_value(listed, column, self.zone)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.key == "note" and listed.entry.note:
                return listed.entry.note
            if column.key in ("client", "engagement"):
                return f"{listed.entry.client}: {listed.entry.engagement}"
            if column.key == "flags" and listed.entry.flags:
                return self._flag_tooltip(listed)
            if column.key == "earned" and listed.earned is None:
                return self.tr("No hourly or per-unit terms for this work (none agreed, or a fixed price).")
        if role == ENTRY_ID_ROLE:
            return listed.entry.id
        return None

    def _flag_tooltip(self, listed: ListedEntry) -> str:
        lines = []
        if "overlap" in listed.entry.flags:
            lines.append(self.tr("Overlaps another entry. Both are kept; reports show this."))
        if "late" in listed.entry.flags:
            lines.append(self.tr("Recorded %1 after the work ended.").replace(
                "%1", fmt.span(listed.entry.entered_at - listed.entry.end)))
        if "imported" in listed.entry.flags:
            lines.append(self.tr("Imported from a file, not typed in at the time."))
        if "edited" in listed.entry.flags:
            lines.append(self.tr("Changed after it was recorded; the history keeps every version."))
        return "\n".join(lines)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        listed = self.listed_at(index.row())
        if listed is None:
            return False
        column = self.columns[index.column()]
        try:
            changes = cols.changes_for(listed, column, value, self.zone)
        except LedgerError as error:
            self.edit_rejected.emit(str(error))
            return False
        before = cols.current_values(listed, changes)
        if all(before.get(key) == value for key, value in changes.items()):
            return False
        self.edit_requested.emit(listed.entry.id, changes, before, column.title)
        return True

    def entry_ids(self, rows: Sequence[int]) -> list[int]:
        ids = []
        for row in rows:
            listed = self.listed_at(row)
            if listed is not None:
                ids.append(listed.entry.id)
        return ids


class TodayModel(EntryTableModel):
    """Today's entries, oldest first: a handful of rows, all in memory."""

    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(cols.TODAY_COLUMNS, zone, parent)
        self._rows: list[ListedEntry] = []

    def set_rows(self, rows: Sequence[ListedEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[ListedEntry]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def listed_at(self, row: int) -> ListedEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


def summary_of(rows: Sequence[ListedEntry]) -> tuple[int, str]:
    """(seconds worked, earnings text) of some rows."""
    seconds = sum(listed.entry.worked_seconds for listed in rows)
    by_currency: dict[str, Any] = {}
    for listed in rows:
        if listed.earned is not None:
            code = listed.earned.currency
            by_currency[code] = by_currency[code] + listed.earned if code in by_currency else listed.earned
    return seconds, fmt.monies([value.rounded() for _, value in sorted(by_currency.items())])
