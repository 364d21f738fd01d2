"""What every view of the main window offers: the signals the main window listens to.

A view is built with the session and the window's undo stack. It announces failures nobody handled inline
(``failed``), the sidebar badge it wants (``attention``: "" for none, else a short text such as "2 overdue"), and
a wish to show another view (``navigate``: a key of ``main_window.VIEW_KEYS``). Views never know each other.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from .session import Session


class View(QWidget):
    failed = Signal(object)
    attention = Signal(str)
    navigate = Signal(str)

    def __init__(self, session: Session, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.undo = session, undo
