"""What a report covers: the client, the period and the paper size.

Periods are offered the way people think of them ("last month", "this year"), reckoned in the worker's zone, with
"Choose dates…" for anything else. The paper size starts at the worker's preference (their jurisdiction's usual
paper unless they chose one in Settings) and follows the chosen client's jurisdiction until the worker picks one
here for this report.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QWidget

from ...domain.times import DateRange
from ...services.clients.directory import ClientInfo
from ..widgets import narrow_combo

PRESETS = ("this-month", "last-month", "last-3-months", "this-year", "last-year", "all", "custom")


def preset_period(preset: str, today: date) -> DateRange:
    first = today.replace(day=1)
    if preset == "this-month":
        return DateRange(first, today)
    if preset == "last-month":
        end = first - timedelta(days=1)
        return DateRange(end.replace(day=1), end)
    if preset == "last-3-months":
        start = first
        for _ in range(2):
            start = (start - timedelta(days=1)).replace(day=1)
        return DateRange(start, today)
    if preset == "this-year":
        return DateRange(today.replace(month=1, day=1), today)
    if preset == "last-year":
        return DateRange(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    return DateRange()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ReportOptions(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clients: list[ClientInfo] = []
        self._needs_client = False
        self.paper_touched = False
        self.client = narrow_combo(QComboBox(), 18)
        self.client.setAccessibleName(self.tr("Client the report is about"))
        self.period = narrow_combo(QComboBox(), 14)
        self.period.setAccessibleName(self.tr("Period the report covers"))
        labels = (self.tr("This month"), self.tr("Last month"), self.tr("Last 3 months"), self.tr("This year"),
                  self.tr("Last year"), self.tr("Everything recorded"), self.tr("Choose dates…"))
        for preset, label in zip(PRESETS, labels, strict=True):
            self.period.addItem(label, preset)
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("First day"))
        self.end = QDateEdit()
        self.end.setCalendarPopup(True)
        self.end.setAccessibleName(self.tr("Last day"))
        self.dates = QWidget()
        dates = QHBoxLayout(self.dates)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.paper = narrow_combo(QComboBox(), 10)
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Client"), self.client)
        form.addRow(self.tr("Period"), self.period)
        form.addRow("", self.dates)
        form.addRow(self.tr("Paper"), self.paper)
        self._form = form
        self.client.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.period.currentIndexChanged.connect(lambda _: self._period_changed())
        self.start.dateChanged.connect(lambda _: self.changed.emit())
        self.end.dateChanged.connect(lambda _: self.changed.emit())
        self.paper.activated.connect(self._paper_chosen)
        self.paper.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.period.setCurrentIndex(PRESETS.index("last-3-months"))
        self._period_changed()

    def set_today(self, today: date) -> None:
        """Start the chosen dates at last month, for when the worker switches to "Choose dates…"."""
        period = preset_period("last-month", today)
        assert period.start is not None and period.end is not None
        self.start.setDate(_qdate(period.start))
        self.end.setDate(_qdate(period.end))

    def set_clients(self, clients: list[ClientInfo], needs_client: bool) -> None:
        """Offer the clients (and "All clients" when the report can cover them all); keep the choice if it stays."""
        current = self.client_name()
        self._clients, self._needs_client = list(clients), needs_client
        self.client.blockSignals(True)
        self.client.clear()
        if not needs_client:
            self.client.addItem(self.tr("All clients"), None)
        for client in clients:
            self.client.addItem(client.name, client.name)
            self.client.setItemData(self.client.count() - 1, client.name, Qt.ItemDataRole.ToolTipRole)
        found = self.client.findData(current) if current else -1
        self.client.setCurrentIndex(max(found, 0))
        self.client.blockSignals(False)
        self.changed.emit()

    def client_name(self) -> str | None:
        data = self.client.currentData()
        return data if isinstance(data, str) else None

    def client_info(self) -> ClientInfo | None:
        name = self.client_name()
        return next((client for client in self._clients if client.name == name), None)

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self._form.setRowVisible(2, custom)
        self.changed.emit()

    def period_range(self, today: date) -> DateRange:
        """The chosen period; raises InvalidInput when chosen dates end before they start."""
        preset = self.period.currentData()
        if preset == "custom":
            return DateRange(_pydate(self.start.date()), _pydate(self.end.date()))
        return preset_period(preset, today)

    def _paper_chosen(self, _: int) -> None:
        self.paper_touched = True

    def set_default_paper(self, paper: str) -> None:
        """The paper the preference gives for this client; ignored once the worker chose one here."""
        if not self.paper_touched:
            self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))

    def paper_name(self) -> str:
        return str(self.paper.currentData())
