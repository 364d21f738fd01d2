"""What opens a backup: the password of the day it was made, or the recovery key (with a new password, to restore).

One dialog for checking and for restoring, since both unlock the backup the same way. For a restore it is also the
confirmation: it says what will be replaced, where the current records will be kept aside and for how long.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...services.backups.create import Password, RecoveryKey, Secret
from ..widgets import InlineMessage, PasswordField, StrengthMeter


class SecretDialog(QDialog):
    def __init__(self, text: str, action: str, *, restoring: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.restoring = restoring
        self.setObjectName("backupSecretDialog")
        self.setWindowTitle(self.tr("Restore a backup") if restoring else self.tr("Check a backup"))
        self.setMinimumWidth(520)
        explain = QLabel(text)
        explain.setObjectName("secretExplanation")
        explain.setWordWrap(True)
        self.use_password = QRadioButton(self.tr("The password I had on the day of the backup"))
        self.use_key = QRadioButton(self.tr("My recovery key"))
        self.use_password.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_password)
        group.addButton(self.use_key)
        self.password = PasswordField(self.tr("Password of the day of the backup"))
        self.recovery_key = QLineEdit()
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("ABCD-EFGH-...")
        self.new_password = PasswordField(self.tr("New password"))
        self.repeat = PasswordField(self.tr("Repeat the new password"))
        self.strength = StrengthMeter()
        self.message = InlineMessage()
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Password"), self.password)
        self.form.addRow(self.tr("&Recovery key"), self.recovery_key)
        self.form.addRow(self.tr("&New password"), self.new_password)
        self.form.addRow("", self.strength)
        self.form.addRow(self.tr("Re&peat it"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)  # Enter is not Cancel
        self.ok_button: QPushButton = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(explain)
        column.addSpacing(6)
        column.addWidget(QLabel(self.tr("It opens with:")))
        column.addWidget(self.use_password)
        column.addWidget(self.use_key)
        column.addLayout(self.form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        for signal in (self.use_key.toggled, self.password.textChanged, self.recovery_key.textChanged,
                       self.new_password.textChanged, self.repeat.textChanged):
            signal.connect(self._changed)
        self.repeat.field.editingFinished.connect(self._repeated)
        self._changed()

    def _repeated(self) -> None:
        if self.use_key.isChecked() and self.restoring and self.repeat.text() \
                and self.repeat.text() != self.new_password.text():
            self.message.problem(self.tr("The two passwords differ."))

    def _changed(self, *_: object) -> None:
        by_key = self.use_key.isChecked()
        new = by_key and self.restoring
        for widget, shown in ((self.password, not by_key), (self.recovery_key, by_key), (self.new_password, new),
                              (self.strength, new), (self.repeat, new)):
            self.form.setRowVisible(widget, shown)
        ready = bool(self.recovery_key.text().strip()) if by_key else bool(self.password.text())
        if by_key and self.restoring:
            score = self.strength.update_for(self.new_password.text())
            same = self.new_password.text() == self.repeat.text()
            if not self.repeat.text() or same:
                self.message.clear()  # a difference is said once the repeat field is left (_repeated)
            ready = ready and score >= 1 and same
        else:
            self.message.clear()
        self.ok_button.setEnabled(ready)

    def secret(self) -> Secret:
        if self.use_key.isChecked():
            return RecoveryKey(self.recovery_key.text().strip())
        return Password(self.password.text())

    def recovery(self) -> tuple[str, str] | None:
        """For a restore with the recovery key: the key and the new password the restored records get."""
        if self.restoring and self.use_key.isChecked():
            return self.recovery_key.text().strip(), self.new_password.text()
        return None

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()

    def done(self, result: int) -> None:
        """Once the answer is read (``accepted`` runs inside ``done``), forget the secrets: a dialog kept hidden for
        the session would hold a password or the recovery key in its fields."""
        super().done(result)
        for field in (self.password, self.recovery_key, self.new_password, self.repeat):
            field.clear()
        self.deleteLater()
