"""Qt table models over entries, on the table-model base: the columns and inline editing, and the Today model.

Models hold the services' plain ListedEntry dataclasses, never ORM objects. An inline edit does not write: it emits
``edit_requested`` with the change and the values to restore, and the view turns it into an undoable command.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from ...errors import LedgerError
from ...services.entries.queries import ListedEntry
from .. import formatting as fmt
from ..dialogs import error_text
from ..table_model import RIGHT, Column, TableModel
from . import columns as cols

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class EntryTableModel(TableModel[ListedEntry]):
    edit_requested = Signal(int, object, object, str)  # entry id, changes, values before, what changed
    edit_rejected = Signal(str)

    def __init__(self, columns: Sequence[cols.Column], zone: tzinfo, parent: Any = None) -> None:
        super().__init__((), parent)
        self.zone = zone
        self.columns = tuple(self._column(column) for column in columns)
        self.entry_columns = {column.key: column for column in columns}

    def _column(self, column: cols.Column) -> Column[ListedEntry]:
        """The base column showing ``column`` (display, editor value and tooltip from entries/columns.py)."""
        return Column(
            column.key, column.title, lambda listed: cols.display(listed, column, self.zone),
            tooltip=lambda listed: self._tooltip(listed, column.key), align=RIGHT if column.numeric else None,
            edit=(lambda listed: cols.edit_value(listed, column, self.zone)) if column.editable else None)

    # subclasses provide the rows
    def listed_at(self, row: int) -> ListedEntry | None:
        raise NotImplementedError

    def row_at(self, number: int) -> ListedEntry | None:
        return self.listed_at(number)

    def _tooltip(self, listed: ListedEntry, key: str) -> str | None:
        if key == "note" and listed.entry.note:
            return listed.entry.note
        if key in ("client", "engagement"):
            return f"{listed.entry.client}: {listed.entry.engagement}"
        if key == "flags" and listed.entry.flags:
            return self._flag_tooltip(listed)
        if key == "earned" and listed.earned is None:
            return self.tr("No hourly or per-unit terms for this work (none agreed, or a fixed price).")
        return None

    def extra(self, row: ListedEntry, key: str, role: int) -> Any:
        return row.entry.id if role == ENTRY_ID_ROLE else None

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

    def edit(self, row: ListedEntry, key: str, value: Any) -> bool:
        """An inline edit becomes a request for an undoable change (the view makes it), never a write here."""
        column = self.entry_columns[key]
        try:
            changes = cols.changes_for(row, column, value, self.zone)
        except LedgerError as error:
            self.edit_rejected.emit(error_text(error))
            return False
        before = cols.current_values(row, changes)
        if all(before.get(name) == value for name, value in changes.items()):
            return False
        self.edit_requested.emit(row.entry.id, changes, before, column.title)
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

    def listed_at(self, row: int) -> ListedEntry | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


def summary_of(rows: Sequence[ListedEntry]) -> tuple[int, str]:
    """(seconds worked, earnings text) of some rows."""
    seconds = sum(listed.entry.worked_seconds for listed in rows)
    by_currency: dict[str, Any] = {}
    for listed in rows:
        if listed.earned is not None:
            code = listed.earned.currency
            by_currency[code] = by_currency[code] + listed.earned if code in by_currency else listed.earned
    return seconds, fmt.monies([value.rounded() for _, value in sorted(by_currency.items())])
