"""The selected client: who they are, the rules the relationship falls under, the written contract, and every
engagement with its pay terms history. Read-only; changes go through the Edit / Add / New terms dialogs, and the
selected row of the history through Rename / Correct / Remove."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.clients.details import ClientDetails
from ..columns import StackingColumns
from ..session import Session
from ..widgets import heading, small
from .contract import ContractPanel
from .elided import ElidedLabel
from .terms_model import ENGAGEMENT_ID_ROLE, TERMS_ID_ROLE, TermsHistoryModel
from .text import classification_text, classification_why, weekday

EMPTY = "—"


def _value() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _name(text: str) -> QLabel:
    """A row's name, at the top of its row when the value runs over several lines (an address)."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class ClientDetailPane(QWidget):
    edit_requested = Signal()
    add_engagement_requested = Signal()
    new_terms_requested = Signal(object)  # the engagement id chosen in the history, or None
    rename_requested = Signal(int)  # the selected row's engagement id
    correct_terms_requested = Signal(int)  # the selected row's terms id
    remove_terms_requested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client: ClientDetails | None = None
        self.name = ElidedLabel()
        title_font = heading("", 1.35).font()
        self.name.setFont(title_font)
        self.name.setObjectName("clientName")
        self.edit_button = QPushButton(self.tr("Edit details…"))
        self.edit_button.clicked.connect(self.edit_requested)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.edit_button)

        self.values: dict[str, QLabel] = {key: _value() for key in (
            "legal_name", "address", "contact", "worker_ref", "classification", "jurisdiction", "workweek",
            "payment_terms", "currency", "note")}
        details = QFormLayout()
        details.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        details.setHorizontalSpacing(16)
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in (("legal_name", self.tr("Legal name")), ("address", self.tr("Address")),
                           ("contact", self.tr("Contact")), ("worker_ref", self.tr("Your id on the platform")),
                           ("classification", self.tr("Classification"))):
            details.addRow(_name(label), self.values[key])
        details.addRow("", small(classification_why()))
        for key, label in (("jurisdiction", self.tr("Jurisdiction")), ("workweek", self.tr("Workweek starts")),
                           ("payment_terms", self.tr("Pays within")), ("currency", self.tr("Currency")),
                           ("note", self.tr("Note"))):
            details.addRow(_name(label), self.values[key])

        self.contract = ContractPanel(session)
        details_column = QWidget()
        details_rows = QVBoxLayout(details_column)
        details_rows.setContentsMargins(0, 0, 0, 0)
        details_rows.addWidget(heading(self.tr("Details"), 1.1))
        details_rows.addLayout(details)
        # Side by side when the pane is wide; the contract goes under the details when it is not (1024x640).
        self.upper = StackingColumns([[details_column], [heading(self.tr("Written contract"), 1.1), self.contract]])
        self.upper.box.setSpacing(24)
        self.upper.box.setStretch(0, 3)
        self.upper.box.setStretch(1, 2)

        self.history = TermsHistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.history)
        self.table.setAccessibleName(self.tr("Engagements and their pay terms history"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)  # a long note wraps in its row rather than being cut off
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.history.column_of("note"), QHeaderView.ResizeMode.Stretch)
        # Columns settle one by one as the pane is laid out: fit the rows once they have, not at each step.
        self._fit_later = QTimer(self, singleShot=True, interval=0, timeout=self._fit_table)  # type: ignore[call-arg]  # the stubs omit signals given as keywords
        header.sectionResized.connect(lambda *_: self._fit_later.start())
        self.add_engagement_button = QPushButton(self.tr("Add engagement…"))
        self.add_engagement_button.clicked.connect(self.add_engagement_requested)
        self.new_terms_button = QPushButton(self.tr("New pay terms (a raise)…"))
        self.new_terms_button.setToolTip(self.tr("Record new terms from a date; earlier work keeps the old terms"))
        self.new_terms_button.clicked.connect(lambda: self.new_terms_requested.emit(self.selected_engagement()))
        pay_buttons = QHBoxLayout()  # under the heading: beside it, they pushed the pane wider than the screen
        pay_buttons.addWidget(self.add_engagement_button)
        pay_buttons.addWidget(self.new_terms_button)
        pay_buttons.addStretch(1)
        # For the selected row of the history, on a row of their own (beside the others they did not fit at 1024),
        # one under the other when even that row is too narrow (large text).
        self.rename_button = QPushButton(self.tr("Rename engagement…"))
        self.rename_button.clicked.connect(lambda: self._emit_selected(self.rename_requested, ENGAGEMENT_ID_ROLE))
        self.correct_button = QPushButton(self.tr("Correct terms…"))
        self.correct_button.setToolTip(self.tr("Fix terms recorded wrong; for a raise, use New pay terms"))
        self.correct_button.clicked.connect(lambda: self._emit_selected(self.correct_terms_requested, TERMS_ID_ROLE))
        self.remove_button = QPushButton(self.tr("Remove terms"))
        self.remove_button.setToolTip(self.tr("Remove terms recorded by mistake (terms that price work are kept)"))
        self.remove_button.clicked.connect(lambda: self._emit_selected(self.remove_terms_requested, TERMS_ID_ROLE))
        self.row_buttons = StackingColumns([[self.rename_button], [self.correct_button], [self.remove_button]])
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable_row_buttons())

        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addSpacing(6)
        column.addWidget(self.upper)
        column.addSpacing(10)
        column.addWidget(heading(self.tr("Engagements and pay"), 1.1))
        column.addLayout(pay_buttons)
        column.addWidget(small(self.tr("Terms are dated: a raise applies from its day on, and earlier work keeps "
                                       "the rate it was done at. The terms in force today are in bold.")))
        column.addWidget(self.table)
        column.addWidget(self.row_buttons)
        column.addStretch(1)
        self._enable_row_buttons()

    def show_client(self, client: ClientDetails | None, today: date) -> None:
        self.client = client
        self.contract.show_client(client)
        if client is None:
            self.name.setText("")
            for label in self.values.values():
                label.clear()
            self.history.set_engagements([], today)
            return
        self.name.setText(client.name)
        days = client.payment_terms_days
        shown = {
            "legal_name": client.legal_name, "address": client.address, "contact": client.contact,
            "worker_ref": client.worker_ref, "classification": classification_text(client.classification),
            "jurisdiction": client.jurisdiction, "workweek": weekday(client.workweek_start),
            "payment_terms": (self.tr("%n days", "", days) if days is not None else self.tr("not agreed")),
            "currency": client.currency, "note": client.note,
        }
        for key, text in shown.items():
            self.values[key].setText(text or EMPTY)
        self.values["worker_ref"].setObjectName("workerRef")
        self.history.set_engagements(client.engagements, today)
        self._fit_table()
        self.new_terms_button.setEnabled(bool(client.engagements))
        self._enable_row_buttons()

    def _fit_table(self) -> None:
        """As tall as its rows (at least three): the pane scrolls, not the table, and no empty box is left."""
        self.table.resizeRowsToContents()
        heights = [self.table.rowHeight(row) for row in range(self.history.rowCount())]
        spare = max(3 - len(heights), 0) * self.table.verticalHeader().defaultSectionSize()
        frame = self.table.frameWidth() * 2
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + sum(heights) + spare + frame + 2)

    def selected_engagement(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ENGAGEMENT_ID_ROLE) if rows else None

    def selected_terms(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(TERMS_ID_ROLE) if rows else None

    def _enable_row_buttons(self) -> None:
        self.rename_button.setEnabled(self.selected_engagement() is not None)
        for button in (self.correct_button, self.remove_button):
            button.setEnabled(self.selected_terms() is not None)

    def _emit_selected(self, signal: SignalInstance, role: int) -> None:
        rows = self.table.selectionModel().selectedRows()
        value = rows[0].data(role) if rows else None
        if value is not None:
            signal.emit(value)
