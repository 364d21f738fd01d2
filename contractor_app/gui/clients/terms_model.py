"""Every engagement of the selected client with its pay terms history, newest first: a raise shows as a new row
above the old rate, and the terms in force today are marked, so the worker sees what they were paid when."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ...services.clients.terms import EngagementDetails, TermsRecord
from ..table_model import Column, TableModel
from .text import day_text, fee_text, terms_text, tr, unpaid_text

ENGAGEMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TERMS_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # None on an engagement's row without terms


@dataclass(frozen=True, slots=True)
class HistoryRow:
    engagement: EngagementDetails
    record: TermsRecord | None  # None: an engagement without terms yet
    in_force: bool
    first: bool  # the engagement's first row, which names it


class TermsHistoryModel(TableModel[HistoryRow]):
    """The terms in force today are in bold; each row knows its engagement (ENGAGEMENT_ID_ROLE) and its terms
    (TERMS_ID_ROLE)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("engagement", tr("Engagement"), lambda row: row.engagement.name if row.first else "",
                   tooltip=lambda row: row.engagement.name + (f"\n{row.engagement.note}" if row.engagement.note
                                                               else "")),
            Column("from", tr("From"), from_text,
                   tooltip=lambda row: tr("These terms apply to work done today.") if row.in_force else None),
            Column("pay", tr("Pay"), pay_text),
            Column("unpaid", tr("Not paid for"), lambda row: unpaid_text(row.record.terms) if row.record else ""),
            Column("fee", tr("Platform fee"),
                   lambda row: fee_text(row.record.platform_fee_percent) if row.record else ""),
            Column("note", tr("Note"), lambda row: (row.record.note or "").replace("\n", " ") if row.record else "",
                   tooltip=lambda row: row.record.note if row.record else None)], parent)

    def set_engagements(self, engagements: Sequence[EngagementDetails], today: date) -> None:
        rows: list[HistoryRow] = []
        for engagement in engagements:
            current = engagement.in_force(today)
            if not engagement.history:
                rows.append(HistoryRow(engagement, None, False, True))
            for number, record in enumerate(engagement.history):
                rows.append(HistoryRow(engagement, record, record is current, number == 0))
        self.set_rows(rows)

    def extra(self, row: HistoryRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.in_force:
            font = QFont()
            font.setBold(True)
            return font
        if role == ENGAGEMENT_ID_ROLE:
            return row.engagement.id
        if role == TERMS_ID_ROLE:
            return row.record.id if row.record else None
        return None


def from_text(row: HistoryRow) -> str:
    if row.record is None:
        return ""
    shown = day_text(row.record.terms.effective_from)
    return tr("%1 (in force)").replace("%1", shown) if row.in_force else shown


def pay_text(row: HistoryRow) -> str:
    return terms_text(row.record.terms) if row.record else tr("no pay terms yet: add them with New pay terms")
