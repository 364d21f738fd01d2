"""A dashboard card: what it counts, one big figure, a line of detail, and a tooltip that traces the figure.

A problem (below the minimum wage, payments overdue) turns the figure red AND says so in words beside it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..palette_hook import problem_colour


class Card(QFrame):
    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = False
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title = QLabel(title)
        self.title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.title.setWordWrap(True)  # "Pago por hora según tus condiciones, últimas 12 semanas" at 200% text
        self.value = QLabel("…")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 10)
        column.setSpacing(2)
        column.addWidget(self.title)
        column.addWidget(self.value)
        column.addWidget(self.detail)
        self.setAccessibleName(title)
        self._paint()

    def show_figure(self, value: str, detail: str = "", tooltip: str = "", problem: bool = False) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setToolTip(tooltip)
        self.value.setToolTip(tooltip)
        self.problem = problem
        self.setAccessibleDescription(f"{value}. {detail}".strip())
        self._paint()

    def _paint(self) -> None:
        """A rounded panel in the palette's base colour with a border that shows on light and dark windows."""
        palette = QApplication.palette()  # the app's: a style sheet changes this widget's own palette
        border = palette.color(QPalette.ColorRole.Text)
        border.setAlpha(60)
        panel = (f"QFrame#{self.objectName()} {{ background: {palette.color(QPalette.ColorRole.Base).name()}; "
                 f"border: 1px solid {border.name(QColor.NameFormat.HexArgb)}; border-radius: 6px; }}")
        style = f"color: {problem_colour(self)};" if self.problem else ""
        for widget, sheet in ((self, panel), (self.value, style), (self.detail, style)):
            if widget.styleSheet() != sheet:  # setting one announces a palette change: never loop
                widget.setStyleSheet(sheet)

    def restyle(self) -> None:
        """The panel and the problem colour of the new palette (called by palette_hook.py)."""
        self._paint()
