"""Changing the password: the current one, a new one with the strength meter, and the new one again.

Deriving keys is slow by design (about a second for the two), so the change runs on the session's worker while a
busy bar moves; the database is not re-encrypted, only its key is wrapped again. A wrong current password changes
nothing and says so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ..widgets import InlineMessage, PasswordField, StrengthMeter


class PasswordSection(QGroupBox):
    change_requested = Signal(str, str)  # current password, new password

    def __init__(self, personal: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Password"), parent)
        self.setObjectName("passwordSection")
        self.personal = personal
        self.current = PasswordField(self.tr("Current password"))
        self.new = PasswordField(self.tr("New password"))
        self.strength = StrengthMeter()
        self.repeat = PasswordField(self.tr("Repeat the new password"))
        self.repeat.returnPressed.connect(self.submit)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Changing the password"))
        self.busy.hide()
        self.change_button = QPushButton(self.tr("Change password"))
        self.change_button.clicked.connect(self.submit)
        self.message = InlineMessage()
        self.message.setObjectName("passwordMessage")
        form = QFormLayout()
        form.addRow(self.tr("C&urrent password"), self.current)
        form.addRow(self.tr("&New password"), self.new)
        form.addRow("", self.strength)
        form.addRow(self.tr("Re&peat it"), self.repeat)
        row = QHBoxLayout()
        row.addWidget(self.busy, 1)
        row.addStretch(1)
        row.addWidget(self.change_button)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addLayout(row)
        for field in (self.current, self.new, self.repeat):
            field.textChanged.connect(self._changed)
        self._changed()

    def _changed(self, *_: object) -> None:
        score = self.strength.update_for(self.new.text(), self.personal)
        same = self.new.text() == self.repeat.text()
        if self.repeat.text() and not same:
            self.message.problem(self.tr("The two new passwords differ."))
        elif self.message.isVisible() and not self.busy.isVisible():
            self.message.clear()
        self.change_button.setEnabled(bool(self.current.text()) and score >= 1 and same and not self.busy.isVisible())

    def submit(self) -> None:
        if self.change_button.isEnabled():
            self.set_busy(True)
            self.message.hint(self.tr("Changing the password…"))
            self.change_requested.emit(self.current.text(), self.new.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for field in (self.current, self.new, self.repeat):
            field.setEnabled(not busy)
        self._changed()

    def changed(self) -> None:
        self.set_busy(False)
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.message.hint("\u2713 " + self.tr("Password changed. Use the new one from now on; your recovery key "
                                              "still works."))

    def refused(self, text: str) -> None:
        self.set_busy(False)
        self.message.problem(text)
        self.current.setFocus()
        self.current.field.selectAll()
