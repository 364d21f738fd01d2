"""Columns side by side when they fit, one under the other when they do not.

At 1024x640, and in Spanish, the Settings view's two columns squeezed the password fields to a few pixels and
added a horizontal scroll bar; stacked, each column gets the whole width.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget


class StackingColumns(QWidget):
    def __init__(self, columns: list[list[QWidget]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.columns: list[QWidget] = []
        for widgets in columns:
            column = QWidget()
            layout = QVBoxLayout(column)
            layout.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                layout.addWidget(widget)
            layout.addStretch(1)
            self.box.addWidget(column, 1)
            self.columns.append(column)

    def side_by_side_width(self) -> int:
        """The narrowest width at which every column still gets its minimum."""
        spacing = self.box.spacing() * (len(self.columns) - 1)
        return sum(column.minimumSizeHint().width() for column in self.columns) + spacing

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event: QResizeEvent) -> None:
        fits = event.size().width() >= self.side_by_side_width()
        wanted = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
        super().resizeEvent(event)

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]  # a Qt override; returns QSize
        """As narrow as the widest column: narrower than that, the columns stack."""
        hint = super().minimumSizeHint()
        hint.setWidth(max(column.minimumSizeHint().width() for column in self.columns))
        return hint
