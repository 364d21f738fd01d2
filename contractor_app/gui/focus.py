"""Focus that returns where it was after background work.

A view disables the button that started a report save or a backup while the work runs; Qt then moves focus to the
next widget, or drops it, and a keyboard user was left nowhere when the work ended. ``FocusKeeper`` remembers the
focused widget before the buttons are disabled and gives focus back when they are enabled again, unless the worker
has put focus somewhere else meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid


class FocusKeeper:
    def __init__(self) -> None:
        self._had: QWidget | None = None
        self._moved_to: QWidget | None = None

    def hold(self) -> None:
        """Call before disabling: remember where focus is."""
        self._had = QApplication.focusWidget()
        self._moved_to = None

    def moved(self) -> None:
        """Call right after disabling: remember where Qt put focus (or that it dropped it)."""
        self._moved_to = QApplication.focusWidget()

    def give_back(self) -> None:
        """Call after enabling again: focus returns if it is nowhere or still where Qt moved it."""
        had, self._had = self._had, None
        if had is None or not isValid(had) or not had.isEnabled() or not had.isVisible():
            return
        now = QApplication.focusWidget()
        if now is None or now is self._moved_to:
            had.setFocus(Qt.FocusReason.OtherFocusReason)
