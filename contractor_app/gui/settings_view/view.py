"""The Settings view (placeholder until it is built)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ..session import Session
from ..settings import Settings
from ..view import Placeholder


class SettingsView(Placeholder):
    TITLE = "Settings"

    def __init__(self, session: Session, undo: QUndoStack, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(session, undo, parent)
        self.settings = settings
