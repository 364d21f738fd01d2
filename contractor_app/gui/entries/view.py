"""The Entries view: every entry, filtered by period, client, category and text, edited inline with undo.

Filtering runs off the UI thread (a count and the first page); the table's model then reads pages as they are
painted. The footer shows the count, or the totals of the selection (computed off the UI thread too).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.times import DateRange
from ...services.clients.directory import list_clients
from ...services.entries.edits import RemovedEntry, delete_entries
from ...services.entries.queries import EntryQuery, EntryTotals, ListedEntry, count_entries, entry_totals, page_entries
from ...services.sync import sync_status
from .. import formatting as fmt
from .. import settings as opts
from ..dialogs import error_text
from ..header import PlainHeader
from ..session import CLIENTS, ENTRIES, PROFILE, Session
from ..settings import Settings
from ..sync_conflicts import ConflictsDialog
from ..undo import DeleteEntries, record_edits
from ..widgets import InlineMessage, fill_client_filter
from .delegates import ChoiceDelegate
from .paged_model import PAGE, EntriesModel

MAX_DELETE = 1000
SEARCH_DELAY_MS = 250
TOTALS_DELAY_MS = 150


def first_page(vault: Any, query: EntryQuery) -> tuple[int, list[ListedEntry]]:
    return count_entries(vault, query), page_entries(vault, query, offset=0, limit=PAGE)


def period_of(preset: str, today: date) -> DateRange:
    monday = today - timedelta(days=today.weekday())
    first = today.replace(day=1)
    match preset:
        case "today":
            return DateRange(today, today)
        case "this_week":
            return DateRange(monday, monday + timedelta(days=6))
        case "last_week":
            return DateRange(monday - timedelta(days=7), monday - timedelta(days=1))
        case "this_month":
            following = (first + timedelta(days=32)).replace(day=1)
            return DateRange(first, following - timedelta(days=1))
        case "last_month":
            previous = (first - timedelta(days=1)).replace(day=1)
            return DateRange(previous, first - timedelta(days=1))
    return DateRange()


# The columns that give way, in this order, when the window is too narrow for all of them (see _fit_columns).
GIVE_WAY = ("units", "end", "category", "engagement")


class EntriesView(QWidget):
    failed = Signal(object)
    selection_changed = Signal(int)  # how many rows are selected (the main window enables Delete)

    def __init__(self, session: Session, undo: QUndoStack, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.undo, self.settings = session, undo, settings
        self.zone = session.profile.zone
        self.setObjectName("entriesView")
        self._build_filters()
        self.model = EntriesModel(lambda q: session.read(count_entries, q),
                                  lambda q, offset, limit: session.read(page_entries, q, offset=offset, limit=limit),
                                  self.zone, self)
        self.table = QTableView()
        self.table.setHorizontalHeader(PlainHeader(Qt.Orientation.Horizontal, self.table))
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Entries"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setHighlightSections(False)  # it asks every row's flags on each selection change
        self.table.setWordWrap(False)
        self._size_columns()
        self.table.viewport().installEventFilter(self)  # columns give way on a narrow screen: see _fit_columns
        self._order = self._remembered_order()
        self._sortable()
        self.table.setItemDelegateForColumn(self.model.column_of("category"), ChoiceDelegate(fmt.categories, self))
        self.table.setItemDelegateForColumn(self.model.column_of("client"), ChoiceDelegate(self._client_choices, self))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = QLabel()
        self.empty.setObjectName("entriesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_filters_button = QPushButton(self.tr("Clear filters"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        empty_page = QWidget()
        empty_column = QVBoxLayout(empty_page)
        empty_column.addStretch(1)
        empty_column.addWidget(self.empty)
        empty_column.addWidget(self.clear_filters_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_column.addStretch(2)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(empty_page)
        self.footer = QLabel()
        self.footer.setAccessibleName(self.tr("Totals"))
        self.message = InlineMessage()
        self.conflicts_button = QPushButton()
        self.conflicts_button.setObjectName("conflictsButton")
        self.conflicts_button.clicked.connect(self.choose_versions)
        self.conflicts_button.hide()
        column = QVBoxLayout(self)
        column.addWidget(self.conflicts_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addLayout(self.filters)
        column.addWidget(self.body, 1)
        column.addWidget(self.message)
        column.addWidget(self.footer)
        self._totals_timer = QTimer(self, singleShot=True, interval=TOTALS_DELAY_MS, timeout=self.update_totals)  # type: ignore[call-arg]  # the stubs omit signals given as keywords
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.apply_filters)  # type: ignore[call-arg]  # the stubs omit signals given as keywords
        self._wanted: EntryQuery | None = None
        self._clients: list[str] = []
        record_edits(self.model, session, undo, self._undo_failed, self.message.problem)
        session.changed.connect(self._on_changed)
        session.locked.connect(self.clear)
        self.refresh_clients()
        self.refresh_conflicts()
        self.apply_filters()

    # --- building ---------------------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for label, key in ((self.tr("All time"), "all"), (self.tr("Today"), "today"),
                           (self.tr("This week"), "this_week"), (self.tr("Last week"), "last_week"),
                           (self.tr("This month"), "this_month"), (self.tr("Last month"), "last_month"),
                           (self.tr("Custom…"), "custom")):
            self.period.addItem(label, key)
        self.period.currentIndexChanged.connect(self._period_changed)
        today = datetime.now(UTC).astimezone(self.zone).date()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit, name, day in ((self.date_from, self.tr("From"), today.replace(day=1)),
                                (self.date_to, self.tr("To"), today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setAccessibleName(name)
            edit.hide()
            edit.dateChanged.connect(self.apply_filters)
        self.client = QComboBox()
        self.client.setAccessibleName(self.tr("Client filter"))
        self.client.setMinimumContentsLength(16)
        self.client.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.client.currentIndexChanged.connect(self.apply_filters)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category filter"))
        self.category.addItem(self.tr("All categories"), None)
        for label, name in fmt.categories():
            self.category.addItem(label, name)
        self.category.currentIndexChanged.connect(self.apply_filters)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes, clients and engagements (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.filters: QHBoxLayout = QHBoxLayout()
        for widget in (self.period, self.date_from, self.date_to, self.client, self.category):
            self.filters.addWidget(widget)
        self.filters.addWidget(self.search, 1)

    def _size_columns(self) -> None:
        metrics = QFontMetrics(self.table.font())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never "to contents": 100k rows
        header.setStretchLastSection(False)
        samples = {"date": "Wed 26 Nov 2026", "start": "00:00", "end": "00:00 (+1)", "duration": "10 h 40 min",
                   "client": "Acme Labeling Co", "engagement": "Image annotat", "category": "Assessment",
                   "units": "1000", "earned": "USD 1,000.00", "note": "", "flags": "late, edited"}
        for number, column in enumerate(self.model.columns):
            text = max(samples[column.key], column.title, key=len)
            header.resizeSection(number, metrics.horizontalAdvance(text) + 24)
        header.setSectionResizeMode(self.model.column_of("note"), QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """On a narrow window (1024 pixels), hide the columns a worker needs least, in GIVE_WAY order, until the rest
        fit without scrolling sideways: Earned, Note and Flags stay in view. They come back when there is room; an
        entry's hidden values are still in its edit form."""
        header = self.table.horizontalHeader()
        note = self.model.column_of("note")
        least_note = QFontMetrics(self.table.font()).horizontalAdvance("M" * 8)
        for key in GIVE_WAY:
            header.setSectionHidden(self.model.column_of(key), False)
        for key in GIVE_WAY:
            shown = sum(header.sectionSize(column) for column in range(self.model.columnCount())
                        if column != note and not header.isSectionHidden(column))
            if shown + least_note <= self.table.viewport().width():
                break
            header.setSectionHidden(self.model.column_of(key), True)

    def _remembered_order(self) -> tuple[str, bool]:
        order = self.settings.get(opts.ENTRIES_ORDER) if self.settings is not None else "date"
        descending = self.settings.get(opts.ENTRIES_DESCENDING) if self.settings is not None else True
        known = {column.key for column in self.model.columns}
        return (order, bool(descending)) if order in known else ("date", True)

    def _sortable(self) -> None:
        """Clicking a header sorts by that column (the service sorts: see services/entry_order.py)."""
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        order, descending = self._order
        header.setSortIndicator(self.model.column_of(order),
                                Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.model.sort_requested.connect(self._sort)
        self.table.setSortingEnabled(True)  # also stops a header click from selecting a whole column

    def _sort(self, key: str, descending: bool) -> None:
        if (key, descending) == self._order:
            return
        self._order = (key, descending)
        if self.settings is not None:
            self.settings.set(opts.ENTRIES_ORDER, key)
            self.settings.set(opts.ENTRIES_DESCENDING, descending)
        self.apply_filters()

    # --- filters ----------------------------------------------------------------------------------------------

    def refresh_conflicts(self) -> None:
        """The records changed here and on another computer: a button to choose, shown only when there are some."""
        status = self.session.read(sync_status) if self.session.is_open else None
        count = status.conflicts if status is not None else 0
        self.conflicts_button.setVisible(count > 0)
        self.conflicts_button.setText(self.tr("%n records changed on two computers: choose which to keep…", None,
                                              count))

    def choose_versions(self) -> None:
        ConflictsDialog(self.session, self).exec()
        self.refresh_conflicts()

    def refresh_clients(self) -> None:
        self._clients = [c.name for c in self.session.read(list_clients)]
        fill_client_filter(self.client, self._clients, self.tr("All clients"))

    def _client_choices(self) -> list[tuple[str, str]]:
        return [(name, name) for name in self._clients]

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.apply_filters()

    def query(self) -> EntryQuery:
        preset = self.period.currentData()
        if preset == "custom":
            low, high = (date(d.year(), d.month(), d.day()) for d in (self.date_from.date(), self.date_to.date()))
            period = DateRange(min(low, high), max(low, high))
        else:
            period = period_of(preset, datetime.now(UTC).astimezone(self.zone).date())
        return EntryQuery(period=period, tz=self.session.profile.timezone, client=self.client.currentData(),
                          category=self.category.currentData(), text=self.search.text().strip(),
                          order=self._order[0], descending=self._order[1])

    def apply_filters(self) -> None:
        if not self.session.is_open:
            return
        self._search_timer.stop()
        query = self.query()
        self._wanted = query
        self.footer.setText(self.tr("Searching…"))
        self.session.fetch(first_page, query, on_result=lambda result: self._show(query, *result),
                           on_error=self._fetch_failed)

    def _show(self, query: EntryQuery, count: int, rows: list[ListedEntry]) -> None:
        if query != self._wanted:
            return  # a newer filter is on its way
        self.model.show(query, count, rows)
        filtered = query.unsorted() != EntryQuery(tz=query.tz)
        if count:
            self.body.setCurrentIndex(0)
        else:
            self.empty.setText(self.tr("No entries match these filters.") if filtered else self.tr(
                "No entries yet. Start the timer, or add an entry for work you already did (Ctrl+N)."))
            self.clear_filters_button.setVisible(filtered)
            self.body.setCurrentIndex(1)
        self._show_count()

    def _fetch_failed(self, error: BaseException) -> None:
        self.footer.clear()
        self.message.problem(error_text(error))

    def clear_filters(self) -> None:
        for box in (self.period, self.client, self.category):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.date_from.hide()
        self.date_to.hide()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- changes ----------------------------------------------------------------------------------------------

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {CLIENTS, PROFILE}:
            self.refresh_clients()
        if kinds & {ENTRIES, CLIENTS}:
            self.refresh_conflicts()
            self.message.clear()
            before = self.model.rowCount()
            self.model.reload()
            if before == 0 or self.model.rowCount() == 0:
                self._show(self.model.query or self.query(), self.model.rowCount(), [])
            self._selection_changed()

    def _undo_failed(self, error: BaseException) -> None:
        self.undo.clear()
        self.failed.emit(error)

    # --- selection --------------------------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        # From the selection's ranges: selectedRows() would ask every cell's flags (a million calls at 100k rows).
        return [row for top, size in self._ranges() for row in range(top, top + size)]

    def selected_count(self) -> int:
        return sum(size for _, size in self._ranges())

    def _ranges(self) -> list[tuple[int, int]]:
        spans = sorted((r.top(), r.bottom()) for r in self.table.selectionModel().selection())  # type: ignore[attr-defined]  # QItemSelection is a list of ranges; the stubs omit __iter__
        merged: list[list[int]] = []
        for top, bottom in spans:
            if merged and top <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], bottom)
            else:
                merged.append([top, bottom])
        return [(top, bottom - top + 1) for top, bottom in merged]

    def _selection_changed(self, *_: QItemSelection) -> None:
        count = self.selected_count()
        self.selection_changed.emit(count)
        if count:
            self._totals_timer.start()
        else:
            self._totals_timer.stop()
            self._show_count()

    def update_totals(self) -> None:
        ranges, query = self._ranges(), self.model.query
        if not ranges or query is None or not self.session.is_open:
            self._show_count()
            return
        self.footer.setText(self.tr("Adding up %n selected…", "", self.selected_count()))
        self.session.fetch(entry_totals, query, ranges,
                           on_result=lambda totals: self._show_totals(query, ranges, totals))

    def _show_totals(self, query: EntryQuery, ranges: list[tuple[int, int]], totals: EntryTotals) -> None:
        if query != self.model.query or ranges != self._ranges():
            return
        parts = [self.tr("%n selected", "", totals.count), fmt.hours(totals.worked_seconds)]
        if totals.earned:
            parts.append(fmt.monies(totals.earned))
        self.footer.setText(" · ".join(parts))

    def _show_count(self) -> None:
        self.footer.setText(self.tr("%n entries", "", self.model.rowCount()))

    # --- delete -----------------------------------------------------------------------------------------------

    def delete_selected(self) -> None:
        if not self.selected_count():
            return
        if self.selected_count() > MAX_DELETE:
            self.message.problem(self.tr("Select at most %1 entries to delete at once. Nothing was deleted.")
                                 .replace("%1", str(MAX_DELETE)))
            return
        ids = self.model.entry_ids(self.selected_rows())

        def deleted(removed: tuple[RemovedEntry, ...]) -> None:
            self.undo.push(DeleteEntries(self.session, removed, self._undo_failed))
            self.table.clearSelection()

        self.session.call(delete_entries, ids, on_result=deleted,
                          on_error=lambda error: self.message.problem(error_text(error)))

    def select_all(self) -> None:
        self.table.selectAll()

    def clear(self) -> None:
        self.model.clear()
        self.footer.clear()
        self.search.clear()
