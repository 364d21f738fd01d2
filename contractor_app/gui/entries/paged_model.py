"""The Entries table's model: all matching entries, loaded a page at a time as the view asks for rows.

Row count comes from one COUNT query; rows are fetched in pages of PAGE (in the query's order, which the service
sorts) when first painted and kept in a small cache, so 100k entries cost a count and the few pages on screen, never
a widget or an object per row.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from ...services.entries.queries import EntryQuery, ListedEntry
from . import columns as cols
from .models import AnyIndex, EntryTableModel

PAGE = 200
MAX_PAGES = 30

Counter = Callable[[EntryQuery], int]
Pager = Callable[[EntryQuery, int, int], list[ListedEntry]]


class EntriesModel(EntryTableModel):
    sort_requested = Signal(str, bool)  # column key, descending: the view asks the service for that order

    def __init__(self, count: Counter, page: Pager, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(cols.ENTRIES_COLUMNS, zone, parent)
        self._count_of, self._page_of = count, page
        self.query: EntryQuery | None = None
        self._rows = 0
        self._pages: OrderedDict[int, list[ListedEntry]] = OrderedDict()
        self.pages_loaded = 0  # for the benchmark: how much was actually read

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header was clicked: the rows are sorted by the service's query, never here (they are not all here)."""
        if 0 <= column < len(self.columns):
            self.sort_requested.emit(self.columns[column].key, order == Qt.SortOrder.DescendingOrder)

    def show(self, query: EntryQuery, count: int, first_page: list[ListedEntry]) -> None:
        """Show a query's result, fetched (off the UI thread) by the view: its count and first page."""
        self.beginResetModel()
        self.query, self._rows = query, count
        self._pages.clear()
        if first_page:
            self._pages[0] = first_page
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.query, self._rows = None, 0
        self._pages.clear()
        self.endResetModel()

    def reload(self) -> None:
        """The records changed: count again and drop cached pages; rows are re-read as they are painted."""
        if self.query is None:
            return
        count = self._count_of(self.query)
        if count == self._rows:
            self._pages.clear()
            if count:
                self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(self.columns) - 1))
        else:
            self.show(self.query, count, [])

    def listed_at(self, row: int) -> ListedEntry | None:
        if self.query is None or not 0 <= row < self._rows:
            return None
        number, offset = divmod(row, PAGE)
        page = self._pages.get(number)
        if page is None:
            page = self._page_of(self.query, number * PAGE, PAGE)
            self.pages_loaded += 1
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def row_of(self, entry_id: int, *, search_pages: int = 5) -> int | None:
        """The row of an entry: among the pages loaded, else in the first ``search_pages`` pages."""
        for number, page in list(self._pages.items()):
            for offset, listed in enumerate(page):
                if listed.entry.id == entry_id:
                    return number * PAGE + offset
        for row in range(0, min(self._rows, search_pages * PAGE), PAGE):
            if row // PAGE not in self._pages:
                self.listed_at(row)
                for offset, listed in enumerate(self._pages.get(row // PAGE, [])):
                    if listed.entry.id == entry_id:
                        return row + offset
        return None
