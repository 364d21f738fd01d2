"""A table whose columns share the width it has instead of scrolling sideways.

The Pay balance table has nine columns, and its "Check" verdicts ("⚠ Below the app-based pay floor") made it scroll
sideways at 1024×640, in English too; the Data & privacy lists and the Evidence list gave their stretching column
what the fixed ones left ("t was colle", a file name 26 px wide). Here each column gets its natural width when they
all fit; when they do not, the columns with the most to give shrink first, never below their longest word, and
cells and titles wrap onto more lines. A money figure counts as one word ("USD 720.00", "USD 18.46/h"), unless
keeping figures whole is what does not fit; then "USD" may go above "720.00". Only if even the longest words do
not fit (nine columns at 200% text) does the table scroll sideways, each column at its longest word: a figure cut
to "792,00 …" would read as another. Columns of free text (notes, steps taken) may shrink to their title and be
cut after a few lines, where a list shows the whole text elsewhere (its details pane).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

PADDING = 12  # a cell's margins and focus frame, both sides together
WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


def share(natural: list[int], least: list[int], room: int) -> list[int]:
    """Widths summing to at most ``room`` if the least widths fit in it: ``natural`` if they fit, else each column
    gives up part of what it has above ``least`` in proportion to it. If not even the least widths fit, more than
    ``room`` (the table scrolls sideways): each column its least width, or up to a third of the room."""
    total = sum(natural)
    if total <= room:
        return list(natural)
    floor = [min(low, high) for low, high in zip(least, natural, strict=True)]
    slack = total - sum(floor)
    if sum(floor) <= room and slack:
        over = total - room
        return [high - _ceil_div((high - low) * over, slack) for low, high in zip(floor, natural, strict=True)]
    # Scrolling sideways anyway: a long text (a verdict, a name) may take up to a third of the room, so that its
    # rows are not ten lines tall at their longest word.
    return [max(low, min(high, room // 3)) for low, high in zip(floor, natural, strict=True)]


def _least(least: list[int], natural: list[int]) -> int:
    return sum(min(low, high) for low, high in zip(least, natural, strict=True))


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


# A currency code and its amount ("USD 720.00", "720.00 USD"), with a rate's "/h": one figure, which a column must
# hold whole. Wrapped ("USD" above "720.00") it reads as two values; English money has a plain space there.
_FIGURE_SPACE = re.compile(r"(?<=\b[A-Z]{3}) (?=[-\u2212]?\d)|(?<=\d) (?=[A-Z]{3}\b)")


def longest_word(metrics: QFontMetrics, text: str, *, whole_figures: bool = True) -> int:
    """The widest run Qt will not break (a no-break space, as in "792,00\u00a0USD", QLocale's money, joins words),
    or, with ``whole_figures``, must not: the space inside a money figure joins it too."""
    joined = _FIGURE_SPACE.sub("\u00a0", text) if whole_figures else text
    return max((metrics.horizontalAdvance(word) for word in re.split(r"[ \t\n]+", joined) if word), default=0)


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
    """A QTableView that shows a horizontal scroll bar only when not even its longest words fit: see the module."""

    def __init__(self, rows: int | None = None, parent: QWidget | None = None, *, leftover: tuple[int, ...] = (0,),
                 free: tuple[int, ...] = (), most_lines: int | None = None) -> None:
        """``rows``: if given, the table is exactly as tall as its first ``rows`` rows (at least one).
        ``leftover``: the columns that share the room left when every column has its natural width.
        ``free``: columns of free text, which may shrink to their title's longest word and cut their text.
        ``most_lines``: if given, no row is taller than that many lines of text (the rest of the text is cut)."""
        super().__init__(parent)
        self.rows = rows
        self.leftover, self.free, self.most_lines = leftover, free, most_lines
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = WrappingHeader(self)
        self.setHorizontalHeader(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(1)
        self._fitting = self._fit_waiting = False

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.headerDataChanged):
                signal.connect(self.fit)
            # A cell at a time (the Evidence list's thumbnails, loaded one by one): fit once, when they have come.
            model.dataChanged.connect(self._fit_soon)

    def _fit_soon(self, *_: Any) -> None:
        if not self._fit_waiting:
            self._fit_waiting = True
            QTimer.singleShot(0, self, self._fit_now)  # not after the table is gone

    def _fit_now(self) -> None:
        self._fit_waiting = False
        self.fit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit()

    def viewportEvent(self, event: QEvent) -> bool:
        """Fit again when the viewport narrows or widens without the table resizing: the vertical scroll bar came or
        went (the rows outgrew the room), and the last column had run 14 px behind it at 200% text."""
        if event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent) \
                and event.size().width() != event.oldSize().width():
            self._fit_soon()
        return super().viewportEvent(event)

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

    def _icon(self, index: QModelIndex) -> int:
        """The room a cell's icon (a thumbnail, a warning sign) takes beside its text."""
        return self._icon_side() + 4 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0

    def _icon_side(self) -> int:
        size = self.iconSize()
        return size.width() if size.isValid() else self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)

    def _fit(self, model: QAbstractItemModel) -> None:
        header = self.horizontalHeader()
        columns = model.columnCount()
        cells, titles = self.fontMetrics(), header.fontMetrics()
        titled = []  # per column: its title, and each cell's (metrics, text, icon room)
        for column in range(columns):
            indexes = [model.index(row, column) for row in range(model.rowCount())]
            titled.append((str(model.headerData(column, Qt.Orientation.Horizontal) or ""),
                           [(self._metrics(index, cells), str(index.data() or ""), self._icon(index))
                            for index in indexes]))
        natural = [max([titles.horizontalAdvance(title) + 2 * PADDING]
                       + [metrics.horizontalAdvance(text) + icon + PADDING for metrics, text, icon in texts])
                   for title, texts in titled]

        def least(whole_figures: bool) -> list[int]:
            return [max([longest_word(titles, title) + 2 * PADDING] + ([] if column in self.free else
                        [longest_word(metrics, text, whole_figures=whole_figures) + icon + PADDING
                         for metrics, text, icon in texts])) for column, (title, texts) in enumerate(titled)]

        room = self.viewport().width()
        # Figures whole if they fit; else, before scrolling sideways, "USD" may go above "792.00" (at 200% text).
        whole = least(True)
        widths = share(natural, whole if _least(whole, natural) <= room else least(False), room)
        takers = [column for column in self.leftover if column < columns] or [0]
        if columns and sum(widths) < room:  # the leftover columns (the client's name, a note) take what is left
            extra = room - sum(widths)
            for number, column in enumerate(takers):
                widths[column] += extra // len(takers) + (1 if number < extra % len(takers) else 0)
        sideways = sum(widths) > room
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if sideways
                                          else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        tallest = max((titles.boundingRect(QRect(0, 0, max(width - 2 * PADDING, 1), 10_000), WRAP,
                                           str(model.headerData(column, Qt.Orientation.Horizontal) or "")).height()
                       for column, width in enumerate(widths)), default=titles.height())
        header.setFixedHeight(tallest + PADDING)
        self.resizeRowsToContents()
        if self.most_lines is not None:
            tallest_row = self.most_lines * cells.lineSpacing() + PADDING
            for row in range(model.rowCount()):
                if self.rowHeight(row) > tallest_row:
                    self.setRowHeight(row, max(tallest_row, self._icon_side() + PADDING))
        if self.rows is not None:
            shown = min(model.rowCount(), self.rows)
            height = header.height() + sum(self.rowHeight(row) for row in range(shown)) \
                + self.verticalHeader().defaultSectionSize() * (max(shown, 1) - shown)
            bar = self.horizontalScrollBar().sizeHint().height() if sideways else 0
            self.setFixedHeight(height + bar + 2 * self.frameWidth() + 2)
