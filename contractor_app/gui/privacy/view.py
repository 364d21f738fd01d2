"""The Data & privacy view: what data the work involves, what platforms collect about the worker, and breach
notices and disputes, in three tabs with one client filter.

Everything recorded here goes into the privacy report and the data-access request letter (Reports). The view
composes three ``RecordsTab``s (tab.py) and refreshes them when the session announces DATA, INCIDENTS or
CLIENTS changes; locking clears them.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...services.clients.directory import list_clients
from ..session import ACCESS_REQUESTS, CLIENTS, DATA, INCIDENTS, PROFILE, Session
from ..view import View
from ..widgets import fill_client_filter, heading, narrow_combo, small
from .models import collected_columns, handled_columns, incident_columns
from .records import COLLECTED, HANDLED, INCIDENT
from .requests import AccessRequestsTab
from .tab import RecordsTab


class PrivacyView(View):
    def __init__(self, session: Session, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, undo, parent)
        self.setObjectName("privacyView")
        self._clients: list[str] = []
        self.client = narrow_combo(QComboBox(), 20)
        self.client.setAccessibleName(self.tr("Client filter"))
        self.client.currentIndexChanged.connect(self.reload)
        client_label = QLabel(self.tr("&Client"))
        client_label.setBuddy(self.client)
        self.report_button = QPushButton(self.tr("Privacy report…"))
        self.report_button.setToolTip(self.tr("Make the privacy report or a data-access request letter from "
                                              "these records"))
        self.report_button.clicked.connect(lambda: self.navigate.emit("reports"))
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Data & privacy")), 1)
        top.addWidget(client_label)
        top.addWidget(self.client)
        top.addSpacing(12)
        top.addWidget(self.report_button)

        self._titles = (self.tr("Data you handled"), self.tr("Collected about you"),
                        self.tr("Breaches and disputes"))
        self.handled = RecordsTab(
            session, undo, HANDLED, handled_columns(), name=self._titles[0],
            add_text=self.tr("&Add data you handled…"),
            empty_text=self.tr("Record the data your work involves for each client: voice recordings, medical "
                               "images, chat logs, and whose data it is. It shows what you were trusted with, and "
                               "goes into your privacy report."),
            clients=lambda: self._clients, stretch=(1, 5))
        self.collected = RecordsTab(
            session, undo, COLLECTED, collected_columns(), name=self._titles[1],
            add_text=self.tr("&Add what was collected…"),
            empty_text=self.tr("Record what the platform collects about you: screen recording, webcam, ID checks, "
                               "and what you agreed to. It goes into your privacy report and a data-access "
                               "request."),
            clients=lambda: self._clients, stretch=(1, 6))
        self.incidents = RecordsTab(
            session, undo, INCIDENT, incident_columns(), name=self._titles[2],
            add_text=self.tr("&Add an incident…"),
            empty_text=self.tr("Got a data breach notice, or in a dispute with a client? Record when it happened, "
                               "the data involved, the steps you took, and what it cost you in money and time. "
                               "Keep the letters as evidence."),
            clients=lambda: self._clients, stretch=(4, 5))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for number, tab in enumerate(self.lists):
            self.tabs.addTab(tab, self._titles[number])
            tab.failed.connect(self.failed)
            tab.show_all_requested.connect(lambda: self.client.setCurrentIndex(0))
            tab.count_changed.connect(lambda count, n=number: self._count(n, count))

        self.requests = AccessRequestsTab(session)
        self._requests_title = self.tr("Access requests")
        self.tabs.addTab(self.requests, self._requests_title)
        self.requests.failed.connect(self.failed)
        self.requests.follow_up.connect(lambda: self.navigate.emit("reports"))
        self.requests.count_changed.connect(self._requests_count)
        self.requests.attention_changed.connect(self._requests_attention)

        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(small(self.tr("What data your work involves, what platforms collect about you, and what "
                                       "happened to it. Everything here stays on this computer and goes into your "
                                       "privacy report and data-access request letters.")))
        column.addWidget(self.tabs, 1)
        session.changed.connect(self._on_changed)
        session.locked.connect(self.clear)
        self.refresh_clients()
        self.reload()
        # The main window connects ``attention`` after building the views: say it again once it listens.
        QTimer.singleShot(0, lambda: self._requests_attention(self.requests.waiting()))

    @property
    def lists(self) -> tuple[RecordsTab, RecordsTab, RecordsTab]:
        return self.handled, self.collected, self.incidents

    # --- filter and reload ------------------------------------------------------------------------------------

    def refresh_clients(self) -> None:
        self._clients = [c.name for c in self.session.read(list_clients)]
        fill_client_filter(self.client, self._clients, self.tr("All clients"))

    def reload(self) -> None:
        if not self.session.is_open:
            return
        for tab in self.lists:
            tab.reload(self.client.currentData())
        self.requests.reload(self.client.currentData())
        self.client.setToolTip(self.client.currentText())

    def _count(self, number: int, count: int) -> None:
        title = self._titles[number]
        self.tabs.setTabText(number, f"{title} ({count})" if count else title)

    def _requests_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.requests)
        self.tabs.setTabText(index, f"{self._requests_title} ({count})" if count else self._requests_title)

    def _requests_attention(self, waiting: int) -> None:
        """The sidebar badge: requests past their deadline or answered in part."""
        self.attention.emit(f"! {waiting}" if waiting else "")

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {CLIENTS, PROFILE}:
            self.refresh_clients()
            self.reload()
            return
        if DATA in kinds:
            self.handled.reload(self.client.currentData())
            self.collected.reload(self.client.currentData())
        if INCIDENTS in kinds:
            self.incidents.reload(self.client.currentData())
        if ACCESS_REQUESTS in kinds:
            self.requests.reload(self.client.currentData())

    def clear(self) -> None:
        for number, tab in enumerate(self.lists):
            tab.clear()
            self._count(number, 0)
        self.requests.clear()
        self._requests_count(0)
        self.client.clear()
        self._clients = []
