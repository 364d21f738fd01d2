"""The list of clients: a model over the services' ClientInfo rows and a delegate (name, then pay).

The name wraps onto up to NAME_LINES lines ("Northwind Huma…" was all a list showed at 200% text) and is elided
only beyond them; it is always whole in the tooltip. What they pay stays on one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...services.clients.directory import ClientInfo
from .text import classification_text, terms_text, tr

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
NAME_LINES = 5


def wrap(text: str, metrics: QFontMetrics, width: int, most: int = NAME_LINES) -> list[str]:
    """``text`` in lines no wider than ``width``, broken between words, at most ``most`` of them (the last elided
    if the text goes on; a word wider than a line is elided too)."""
    lines: list[str] = []
    for word in text.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    if len(lines) > most:
        lines = [*lines[:most - 1], " ".join(lines[most - 1:])]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines] or [""]


def summary(info: ClientInfo) -> str:
    """"$0.45 per task · Contractor (freelancer) · US-CA"."""
    parts = [terms_text(info.current_terms) if info.current_terms else tr("no pay terms yet"),
             classification_text(info.classification)]
    if info.jurisdiction:
        parts.append(info.jurisdiction)
    return " · ".join(parts)


class ClientListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ClientInfo] = []

    def set_rows(self, rows: Sequence[ClientInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def row_of(self, client_id: int) -> int:
        return next((row for row, info in enumerate(self._rows) if info.id == client_id), -1)

    def row_named(self, name: str) -> int:
        return next((row for row, info in enumerate(self._rows) if info.name.lower() == name.strip().lower()), -1)

    def info(self, row: int) -> ClientInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self.info(index.row()) if index.isValid() and index.column() == 0 else None
        if info is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return info.name
        if role == SUMMARY_ROLE:
            return summary(info)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{info.name}\n{summary(info)}"
        if role == CLIENT_ID_ROLE:
            return info.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class ClientDelegate(QStyledItemDelegate):
    """The client's name in bold, wrapped to the list's width, and under it what they pay, elided."""

    PADDING = 6

    def name_lines(self, option: QStyleOptionViewItem, index: AnyIndex) -> list[str]:
        """The lines the name takes in the list as it is now."""
        view = option.widget
        width = (view.viewport().width() if isinstance(view, QAbstractItemView) else option.rect.width()) \
            - self.PADDING * 4
        font = QFont(option.font)
        font.setBold(True)
        return wrap(str(index.data() or ""), QFontMetrics(font), max(width, 1))

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        line = option.fontMetrics.height()
        lines = line * (len(self.name_lines(option, index)) + 1) + 2
        return QSize(120, lines + self.PADDING * 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # drawn below, wrapped
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        area = item.rect.adjusted(self.PADDING * 2, self.PADDING, -self.PADDING * 2, -self.PADDING)
        painter.save()
        font = QFont(item.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(item.palette.color(role))
        top = QRect(area.left(), area.top(), area.width(), item.fontMetrics.height())
        for line in self.name_lines(option, index):
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            top = top.translated(0, item.fontMetrics.height())
        top = top.translated(0, -item.fontMetrics.height())
        painter.setFont(item.font)
        if not selected:
            painter.setPen(item.palette.color(QPalette.ColorRole.PlaceholderText))
        bottom = top.translated(0, item.fontMetrics.height() + 2)
        text = str(index.data(SUMMARY_ROLE) or "")
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, area.width()))
        painter.restore()
