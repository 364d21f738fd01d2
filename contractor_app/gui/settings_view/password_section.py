"""Changing the password: the current one, a new one with the strength meter, and the new one again; and, for a
recovery key that may have leaked, issuing a new one.

Both move the records to a new data key (store/rekey.py), so that a copy of the key file from before (cloud version
history, an old backup of the folder) no longer opens them. Deriving keys and copying the records take a second or
more, so the work runs on the session's worker while a busy bar moves. A wrong current password changes nothing and
says so. A new recovery key is shown here once, selectable, and never again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..widgets import InlineMessage, PasswordField, StrengthMeter


class PasswordSection(QGroupBox):
    change_requested = Signal(str, str)  # current password, new password
    new_recovery_key_requested = Signal(str)  # current password

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
        self.leak_hint = QLabel(self.tr("Think your recovery key leaked? Type your current password above and "
                                        "issue a new one: the old one stops working. (If your password leaked, "
                                        "change it: copies of your files from before stop opening with it.)"))
        self.leak_hint.setWordWrap(True)
        self.leak_button = QPushButton(self.tr("Issue a new recovery key"))
        self.leak_button.setObjectName("newRecoveryKeyButton")
        self.leak_button.clicked.connect(self.request_new_recovery_key)
        self.new_key = QLabel()
        self.new_key.setObjectName("newRecoveryKey")
        font = QFont("Monospace")
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        font.setBold(True)
        self.new_key.setFont(font)
        self.new_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_key.setAccessibleName(self.tr("Your new recovery key"))
        self.new_key.setFrameShape(QLabel.Shape.StyledPanel)
        self.new_key.setContentsMargins(8, 8, 8, 8)
        self.new_key.hide()
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
        column.addWidget(self.leak_hint)
        leak_row = QHBoxLayout()
        leak_row.addStretch(1)
        leak_row.addWidget(self.leak_button)
        column.addLayout(leak_row)
        column.addWidget(self.new_key)
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
        self.leak_button.setEnabled(bool(self.current.text()) and not self.busy.isVisible())

    def submit(self) -> None:
        if self.change_button.isEnabled():
            self.set_busy(True)
            self.message.hint(self.tr("Changing the password…"))
            self.change_requested.emit(self.current.text(), self.new.text())

    def request_new_recovery_key(self) -> None:
        if self.leak_button.isEnabled():
            self.set_busy(True)
            self.new_key.hide()
            self.message.hint(self.tr("Moving your records to a new key…"))
            self.new_recovery_key_requested.emit(self.current.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for field in (self.current, self.new, self.repeat):
            field.setEnabled(not busy)
        self._changed()

    def changed(self) -> None:
        self.set_busy(False)
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.message.hint("\u2713 " + self.tr("Password changed. Use the new one from now on: the old one no longer "
                                              "opens your records, not even with a copy of your files from before. "
                                              "Your recovery key still works. Backups made before open with the "
                                              "password you had then."))

    def recovery_key_issued(self, recovery_key: str) -> None:
        """Show the new key once; it is not kept anywhere readable."""
        self.set_busy(False)
        self.current.clear()
        parts = [part for part in recovery_key.split("-") if part]
        self.new_key.setText("  ".join(parts[:4]) + "\n" + "  ".join(parts[4:]))
        self.new_key.show()
        self.message.hint("\u2713 " + self.tr("Your new recovery key is below, shown only now: write it down and "
                                              "keep it away from this computer. The old one no longer works, except "
                                              "for backups made before now."))

    def refused(self, text: str) -> None:
        self.set_busy(False)
        self.message.problem(text)
        self.current.setFocus()
        self.current.field.selectAll()
