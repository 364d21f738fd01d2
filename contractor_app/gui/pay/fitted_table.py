"""A table whose columns share the width it has instead of scrolling sideways.

The Pay balance table has nine columns, and its "Check" verdicts ("⚠ Below the app-based pay floor") made it scroll
sideways at 1024×640, in English too. Here each column gets its natural width when they all fit; when they do not,
the columns with the most to give shrink first, never below their longest word, and cells and titles wrap onto more
lines. Only if even the longest words do not fit are cells elided (the whole text stays in each cell's tooltip).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

PADDING = 12  # a cell's margins and focus frame, both sides together
WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


def share(natural: list[int], least: list[int], room: int) -> list[int]:
    """Widths summing to at most ``room``: ``natural`` if they fit, else each column gives up part of what it has
    above ``least`` in proportion to it; below the least widths, every column shrinks in proportion."""
    total = sum(natural)
    if total <= room:
        return list(natural)
    floor = [min(low, high) for low, high in zip(least, natural, strict=True)]
    slack = total - sum(floor)
    if sum(floor) <= room and slack:
        over = total - room
        return [high - _ceil_div((high - low) * over, slack) for low, high in zip(floor, natural, strict=True)]
    return [max(1, width * room // max(sum(floor), 1)) for width in floor]


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


def longest_word(metrics: QFontMetrics, text: str) -> int:
    """The widest run Qt will not break: a no-break space (as in "792,00\u00a0USD", QLocale's money) joins words."""
    return max((metrics.horizontalAdvance(word) for word in re.split(r"[ \t\n]+", text) if word), default=0)


class WrappingHeader(QHeaderView):
    """Column titles on as many lines as their width needs (QHeaderView itself draws one line, cut at both ends)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        title, option.text = option.text, ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.setPen(option.palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(rect.adjusted(PADDING, 0, -PADDING, 0), WRAP, title)
        painter.restore()


class FittedTable(QTableView):
    """A QTableView that never shows a horizontal scroll bar: see the module's docstring."""

    def __init__(self, rows: int | None = None, parent: QWidget | None = None) -> None:
        """``rows``: if given, the table is exactly as tall as its first ``rows`` rows (at least one)."""
        super().__init__(parent)
        self.rows = rows
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = WrappingHeader(self)
        self.setHorizontalHeader(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(1)
        self._fitting = False

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.dataChanged, model.headerDataChanged):
                signal.connect(self.fit)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit()

    def fit(self, *_: Any) -> None:
        """Share the viewport's width among the columns, then size the title row and the rows to what wraps."""
        model = self.model()
        if model is None or self._fitting:
            return
        self._fitting = True
        try:
            self._fit(model)
        finally:
            self._fitting = False

    @staticmethod
    def _metrics(index: QModelIndex, default: QFontMetrics) -> QFontMetrics:
        """The cell's own font's metrics (the totals row is bold, and wider) or the table's."""
        font = index.data(Qt.ItemDataRole.FontRole)
        return QFontMetrics(font) if isinstance(font, QFont) else default

    def _fit(self, model: QAbstractItemModel) -> None:
        header = self.horizontalHeader()
        columns = model.columnCount()
        cells, titles = self.fontMetrics(), header.fontMetrics()
        natural, least = [], []
        for column in range(columns):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            texts = [(self._metrics(model.index(row, column), cells), str(model.index(row, column).data() or ""))
                     for row in range(model.rowCount())]
            natural.append(max([titles.horizontalAdvance(title) + 2 * PADDING]
                               + [metrics.horizontalAdvance(text) + PADDING for metrics, text in texts]))
            least.append(max([longest_word(titles, title) + 2 * PADDING]
                             + [longest_word(metrics, text) + PADDING for metrics, text in texts]))
        room = self.viewport().width()
        widths = share(natural, least, room)
        if columns and sum(widths) < room:  # the first column (the client's name) takes what is left
            widths[0] += room - sum(widths)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        tallest = max((titles.boundingRect(QRect(0, 0, max(width - 2 * PADDING, 1), 10_000), WRAP,
                                           str(model.headerData(column, Qt.Orientation.Horizontal) or "")).height()
                       for column, width in enumerate(widths)), default=titles.height())
        header.setFixedHeight(tallest + PADDING)
        self.resizeRowsToContents()
        if self.rows is not None:
            shown = min(model.rowCount(), self.rows)
            height = header.height() + sum(self.rowHeight(row) for row in range(shown)) \
                + self.verticalHeader().defaultSectionSize() * (max(shown, 1) - shown)
            self.setFixedHeight(height + 2 * self.frameWidth() + 2)
