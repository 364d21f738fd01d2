"""The report kinds as cards to choose from: a radio button with the title and, beneath, when to use it.

A whole card is the click target, not just its small radio circle; the chosen card's border takes the accent
colour, and the radio buttons give keyboard users the usual arrow-key choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QRadioButton, QVBoxLayout, QWidget

from ..previews import outline_colour
from ..widgets import small
from .kinds import KindInfo


class KindCard(QFrame):
    def __init__(self, info: KindInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setObjectName("reportCard")
        self.radio = QRadioButton(info.title)
        font = QFont(self.radio.font())
        font.setBold(True)
        self.radio.setFont(font)
        self.radio.setAccessibleDescription(info.when)
        self.radio.toggled.connect(self._style)
        self.when = small(info.when)
        self.when.setContentsMargins(24, 0, 0, 0)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(2)
        column.addWidget(self.radio)
        column.addWidget(self.when)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._style(False)

    def _style(self, chosen: bool) -> None:
        border = "2px solid palette(highlight)" if chosen else f"1px solid {outline_colour()}"
        margin = "0px" if chosen else "1px"  # the card does not move when its border thickens
        self.setStyleSheet(f"QFrame#reportCard {{ border: {border}; border-radius: 8px; margin: {margin}; }}")

    def restyle(self) -> None:
        """The border in the new palette's colours (called by palette_hook.py)."""
        self._style(self.radio.isChecked())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.radio.setChecked(True)
        self.radio.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


class KindCards(QWidget):
    chosen = Signal(str)  # a report kind

    def __init__(self, infos: list[KindInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.cards = [KindCard(info) for info in infos]
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        for card in self.cards:
            self.group.addButton(card.radio)
            column.addWidget(card)
            card.radio.toggled.connect(lambda on, kind=card.info.kind: on and self.chosen.emit(kind))  # type: ignore[func-returns-value]  # a slot
        self.cards[0].radio.setChecked(True)

    def kind(self) -> str:
        return next(card.info.kind for card in self.cards if card.radio.isChecked())

    def choose(self, kind: str) -> None:
        next(card for card in self.cards if card.info.kind == kind).radio.setChecked(True)
