"""A table header that paints its sections without asking the selection model.

QHeaderView asks, for every section it paints, whether its column (and its neighbours) are selected; for a
column that means every row's flags. With 100k rows selected that is a million Python calls per repaint, so this
header draws the same style option itself and never highlights selected sections.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget


class PlainHeader(QHeaderView):
    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setHighlightSections(False)
        self.setSectionsClickable(False)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid() or self.model() is None:
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical
        option.state = QStyle.StateFlag.State_Raised | (
            QStyle.StateFlag.State_Enabled if self.isEnabled() else QStyle.StateFlag.State_None)
        if self.window().isActiveWindow():
            option.state |= QStyle.StateFlag.State_Active
        model = self.model()
        option.text = str(model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        alignment = model.headerData(logical, self.orientation(), Qt.ItemDataRole.TextAlignmentRole)
        option.textAlignment = Qt.AlignmentFlag(alignment) if alignment else self.defaultAlignment()
        visual, last = self.visualIndex(logical), self.count() - 1
        option.position = (QStyleOptionHeader.SectionPosition.OnlyOneSection if last == 0
                           else QStyleOptionHeader.SectionPosition.Beginning if visual == 0
                           else QStyleOptionHeader.SectionPosition.End if visual == last
                           else QStyleOptionHeader.SectionPosition.Middle)
        option.selectedPosition = QStyleOptionHeader.SelectedPosition.NotAdjacent
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == logical:
            # After the title, not the style's arrow: Fusion draws that over the title of a short header.
            descending = self.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            option.text += " \u25bc" if descending else " \u25b2"
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
