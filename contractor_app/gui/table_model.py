"""A table of frozen service rows, described by its columns instead of written out by hand.

Nine views had their own QAbstractTableModel with the same rowCount/columnCount/headerData/flags/data and a
`text(row, column)` switch; each copy guarded the index a little differently. A subclass now says only what its
columns are (a key, a translated title, how a row reads, and optionally its tooltip, alignment, header tooltip,
the text a screen reader reads, whether the cell is a problem painted in the problem colour, and for an editable
column the value an editor starts from) and, for anything else (a font, an id role, a thumbnail), overrides
`extra(row, key, role)`. An edit is handed to `edit(row, key, value)`, which decides what it means.

Rows are a tuple by default; a model that reads them lazily (the Entries table's pages) overrides `row_at` and
`rowCount`. Flags depend on the column alone: Qt asks them for every cell of a selection.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: `key` names it for code and tests, `title` is already translated; no tooltip unless given."""

    key: str
    title: str
    text: Callable[[R], str]
    tooltip: Callable[[R], str | None] | None = None
    align: Qt.AlignmentFlag | None = None
    header_tooltip: str | None = None
    accessible: Callable[[R], str] | None = None  # what a screen reader reads, when the shown text says less
    problem: Callable[[R], bool] | None = None  # painted in the model's problem colour (words say it too)
    edit: Callable[[R], Any] | None = None  # editable: the value an editor starts from (EditRole)


class TableModel(QAbstractTableModel, Generic[R]):
    """Rows of R shown through `columns`; selectable, editable where a column says so, never nested."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: tuple[Column[R], ...] = tuple(columns)
        self.rows: tuple[R, ...] = ()
        self.problem_colour = QColor("#c62828")

    def set_problem_colour(self, colour: str | QColor) -> None:
        """The colour problem cells are painted in (it follows the palette: light or dark)."""
        self.problem_colour = QColor(colour)
        if self.rowCount() and any(column.problem is not None for column in self.columns):
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1),
                                  [Qt.ItemDataRole.ForegroundRole])

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = tuple(rows)
        self.endResetModel()

    def row_at(self, number: int) -> R | None:
        return self.rows[number] if 0 <= number < len(self.rows) else None

    def column_of(self, key: str) -> int:
        return next(number for number, column in enumerate(self.columns) if column.key == key)

    def text(self, row: int, column: int) -> str:
        """What the cell shows (the tests read tables through this)."""
        found = self.row_at(row)
        return self.columns[column].text(found) if found is not None else ""

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header_tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # No per-row work: Qt asks for every cell of a selection, and 100k rows make that a hot path.
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return Qt.ItemFlag.NoItemFlags
        return EDITABLE if self.columns[index.column()].edit is not None else READ_ONLY

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() and 0 <= index.column() < len(self.columns) else None
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align)
        if role == Qt.ItemDataRole.ForegroundRole and column.problem is not None and column.problem(row):
            return self.problem_colour
        if role == Qt.ItemDataRole.AccessibleTextRole and column.accessible is not None:
            return column.accessible(row)
        if role == Qt.ItemDataRole.EditRole and column.edit is not None:
            return column.edit(row)
        return self.extra(row, column.key, role)

    def extra(self, row: R, key: str, role: int) -> Any:
        """Any other role (a font, an id): none by default."""
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row = self.row_at(index.row())
        return row is not None and self.edit(row, self.columns[index.column()].key, value)

    def edit(self, row: R, key: str, value: Any) -> bool:
        """An editor's value for an editable column: the model decides what it means (the Entries model asks for
        an undoable change). True if it was taken; nothing is taken by default."""
        return False
