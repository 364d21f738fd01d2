"""Every engagement of the selected client with its pay terms history, newest first: a raise shows as a new row
above the old rate, and the terms in force today are marked, so the worker sees what they were paid when."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...services.clients import EngagementDetails, TermsRecord
from .text import day_text, fee_text, terms_text, tr, unpaid_text

ENGAGEMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("engagement", "from", "pay", "unpaid", "fee", "note")


@dataclass(frozen=True, slots=True)
class HistoryRow:
    engagement: EngagementDetails
    record: TermsRecord | None  # None: an engagement without terms yet
    in_force: bool
    first: bool  # the engagement's first row, which names it


class TermsHistoryModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []
        self._titles = {"engagement": tr("Engagement"), "from": tr("From"), "pay": tr("Pay"),
                        "unpaid": tr("Not paid for"), "fee": tr("Platform fee"), "note": tr("Note")}

    def set_engagements(self, engagements: Sequence[EngagementDetails], today: date) -> None:
        rows: list[HistoryRow] = []
        for engagement in engagements:
            current = engagement.in_force(today)
            if not engagement.history:
                rows.append(HistoryRow(engagement, None, False, True))
            for number, record in enumerate(engagement.history):
                rows.append(HistoryRow(engagement, record, record is current, number == 0))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, number: int) -> HistoryRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def column_of(self, key: str) -> int:
        return COLUMNS.index(key)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return self._titles[COLUMNS[section]]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() and index.column() < len(COLUMNS) else None
        if row is None:
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "engagement":
                return row.engagement.name + (f"\n{row.engagement.note}" if row.engagement.note else "")
            if key == "note" and row.record is not None:
                return row.record.note
            if key == "from" and row.in_force:
                return tr("These terms apply to work done today.")
            return None
        if role == Qt.ItemDataRole.FontRole and row.in_force:
            font = QFont()
            font.setBold(True)
            return font
        if role == ENGAGEMENT_ID_ROLE:
            return row.engagement.id
        return None

    def _display(self, row: HistoryRow, key: str) -> str:
        record = row.record
        if key == "engagement":
            return row.engagement.name if row.first else ""
        if record is None:
            return tr("no pay terms yet: add them with New pay terms") if key == "pay" else ""
        if key == "from":
            shown = day_text(record.terms.effective_from)
            return tr("%1 (in force)").replace("%1", shown) if row.in_force else shown
        if key == "pay":
            return terms_text(record.terms)
        if key == "unpaid":
            return unpaid_text(record.terms)
        if key == "fee":
            return fee_text(record.platform_fee_percent)
        return (record.note or "").replace("\n", " ")
