"""A read-only table of frozen service rows, described by its columns instead of written out by hand.

Nine views had their own QAbstractTableModel with the same rowCount/columnCount/headerData/flags/data and a
`text(row, column)` switch; each copy guarded the index a little differently. A subclass now says only what its
columns are (a key, a translated title, how a row reads, and optionally its tooltip and alignment) and, for
anything else (a font, an id role), overrides `extra(row, key, role)`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: `key` names it for code and tests, `title` is already translated; no tooltip unless given."""

    key: str
    title: str
    text: Callable[[R], str]
    tooltip: Callable[[R], str | None] | None = None
    align: Qt.AlignmentFlag | None = None


class TableModel(QAbstractTableModel, Generic[R]):
    """Rows of R shown through `columns`; selectable, never editable, never nested."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: tuple[Column[R], ...] = tuple(columns)
        self.rows: tuple[R, ...] = ()

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
        return self.columns[column].text(self.rows[row])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

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
        return self.extra(row, column.key, role)

    def extra(self, row: R, key: str, role: int) -> Any:
        """Any other role (a font, an id): none by default."""
        return None
