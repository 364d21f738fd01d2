"""The unlock window: password (with a show toggle), or the recovery key with a new password.

Key derivation takes about half a second by design, so it runs off the UI thread while a busy bar moves. A wrong
password and a damaged file are different errors with different advice; errors appear inline and the field keeps
focus.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..errors import VaultDamaged, VaultRolledBack
from ..services import lifecycle
from .by_name import set_by_name
from .dialogs import error_text
from .icons import app_icon, app_pixmap
from .tasks import Runner
from .widgets import InlineMessage, PasswordField, StrengthMeter, heading, small

if TYPE_CHECKING:  # a backup's date, loaded with it: the window paints without datetime (issue 18)
    from datetime import datetime


class UnlockWindow(QWidget):
    unlocked = Signal(object)  # the Vault
    closed = Signal()  # closed by the worker (not hidden after unlocking)

    def __init__(self, folder: Path, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.runner = runner
        self.setObjectName("unlockWindow")
        self.setWindowTitle(self.tr("Unlock your records - Contractor Ledger"))
        self.setWindowIcon(app_icon())
        self.pages = QStackedWidget()
        self.pages.addWidget(self._password_page())  # the recovery page is built when asked for (show_recovery)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: key derivation has no progress to report
        self.busy.setMaximumWidth(420)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.setTextVisible(False)
        self.busy.hide()
        card = QWidget()
        card.setMaximumWidth(460)
        column = QVBoxLayout(card)
        icon = QLabel()
        icon.setPixmap(app_pixmap(72))
        set_by_name(icon, alignment="AlignHCenter")
        column.addWidget(icon)
        column.addWidget(self.pages)
        column.addWidget(self.busy)
        location = small(self.tr("Your records: %1").replace("%1", str(folder)))
        set_by_name(location, textInteractionFlags="TextSelectableByMouse", alignment="AlignHCenter")
        column.addSpacing(12)
        column.addWidget(location)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.resize(560, 560)
        self.first_painted = False  # then what the first frame does not show is finished (_after_first_paint)

    # --- pages -------------------------------------------------------------------------------------------------

    def _password_page(self) -> QWidget:
        page = QWidget()
        title = heading(self.tr("Unlock your records"))
        set_by_name(title, alignment="AlignHCenter")
        self.password = PasswordField(self.tr("Password"))
        self.password.returnPressed.connect(self.unlock)
        self.message = InlineMessage()
        self.password.textChanged.connect(lambda _: self.message.clear())
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreLatest")
        self.restore_button.clicked.connect(self.restore_latest)
        self.restore_button.hide()
        self.latest_backup: tuple[datetime, Path] | None = None
        self.forgot = QPushButton(self.tr("Forgot your password? Use your recovery key"))
        self.forgot.setFlat(True)  # its pointing-hand cursor is set once the window has painted
        self.forgot.clicked.connect(self.show_recovery)
        label = QLabel(self.tr("&Password"))
        label.setBuddy(self.password.field)
        column = QVBoxLayout(page)
        column.addWidget(title)
        column.addSpacing(8)
        column.addWidget(label)
        column.addWidget(self.password)
        column.addWidget(self.message)
        column.addWidget(self.unlock_button)
        column.addWidget(self.restore_button)
        column.addWidget(self.forgot)
        column.addStretch(1)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        title = heading(self.tr("Use your recovery key"))
        explain = QLabel(self.tr("Type the recovery key you saved when you set up the app (32 letters and digits "
                                 "in groups of four), then choose a new password. The old password stops working."))
        explain.setWordWrap(True)
        self.recovery_key = QLineEdit()
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("ABCD-EFGH-...")
        self.new_password = PasswordField(self.tr("New password"))
        self.new_password.textChanged.connect(self._check_new)
        self.repeat_password = PasswordField(self.tr("Repeat the new password"))
        self.repeat_password.textChanged.connect(self._check_new)
        self.repeat_password.returnPressed.connect(self.recover)
        self.recovery_strength = StrengthMeter()
        self.recovery_message = InlineMessage()
        from PySide6.QtWidgets import QFormLayout  # here: the recovery page is built when asked for

        form = QFormLayout()
        form.addRow(self.tr("&Recovery key"), self.recovery_key)
        form.addRow(self.tr("&New password"), self.new_password)
        form.addRow("", self.recovery_strength)
        form.addRow(self.tr("Re&peat it"), self.repeat_password)
        self.recover_button = QPushButton(self.tr("Unlock and set the new password"))
        self.recover_button.setEnabled(False)
        self.recover_button.clicked.connect(self.recover)
        back = QPushButton(self.tr("Back to the password"))
        back.setFlat(True)
        back.clicked.connect(self.show_password)
        column = QVBoxLayout(page)
        column.addWidget(title)
        column.addWidget(explain)
        column.addLayout(form)
        column.addWidget(self.recovery_message)
        column.addWidget(self.recover_button)
        column.addWidget(back)
        column.addStretch(1)
        return page

    def show_recovery(self) -> None:
        if not self._recovery_built():  # not before the first paint: few unlocks need it (issue 18)
            self.pages.addWidget(self._recovery_page())
        self.pages.setCurrentIndex(1)
        self.recovery_key.setFocus()

    def show_password(self) -> None:
        self.pages.setCurrentIndex(0)
        self.password.setFocus()

    def _recovery_built(self) -> bool:
        return self.pages.count() > 1

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # a Qt override; event is a QShowEvent
        super().showEvent(event)
        self.password.setFocus()

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # a Qt override; event is a QPaintEvent
        super().paintEvent(event)
        if not self.first_painted:
            self.first_painted = True
            QTimer.singleShot(0, self._after_first_paint)  # queued: the first frame reaches the screen first

    def _after_first_paint(self) -> None:
        """What the first frame does not show, once it is on screen: the hand over the link-like button needs
        ``Qt``'s namespace (by_name.py), and no pointer can be over it before the window has painted."""
        from PySide6.QtCore import Qt

        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # a Qt override; event is a QCloseEvent
        super().closeEvent(event)
        self.closed.emit()

    def _check_new(self) -> None:
        score = self.recovery_strength.update_for(self.new_password.text())
        same = self.new_password.text() == self.repeat_password.text()
        if self.repeat_password.text() and not same:
            self.recovery_message.problem(self.tr("The two passwords differ."))
        else:
            self.recovery_message.clear()
        self.recover_button.setEnabled(score >= 1 and same and not self.runner.busy)

    # --- unlocking -------------------------------------------------------------------------------------------

    def unlock(self) -> None:
        secret = self.password.text()
        if not secret:
            self.message.problem(self.tr("Type your password."))
            self.password.setFocus()
            return
        self.set_busy(True)
        folder = self.folder
        self.runner.run(lambda: lifecycle.unlock_vault(folder, secret), serial=False,
                        on_result=self._done, on_error=self._failed)

    def recover(self) -> None:
        if not self.recover_button.isEnabled():
            return
        key, secret = self.recovery_key.text(), self.new_password.text()
        self.set_busy(True)
        folder = self.folder
        self.runner.run(lambda: lifecycle.recover_vault(folder, key, secret), serial=False,
                        on_result=self._done, on_error=self._failed)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        widgets: list[QWidget] = [self.password, self.unlock_button, self.restore_button, self.forgot]
        if self._recovery_built():
            widgets += [self.recovery_key, self.new_password, self.repeat_password, self.recover_button]
        for widget in widgets:
            widget.setEnabled(not busy)
        if not busy and self._recovery_built():
            self._check_new()

    def _done(self, vault: object) -> None:
        self.set_busy(False)
        self.password.clear()
        if self._recovery_built():
            self.recovery_key.clear()
            self.new_password.clear()
            self.repeat_password.clear()
        self.message.clear()
        self.restore_button.hide()
        self.latest_backup = None
        self.unlocked.emit(vault)

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        recovering = self.pages.currentIndex() == 1
        message = self.recovery_message if recovering else self.message
        field = self.recovery_key if recovering else self.password.field
        if not recovering and isinstance(error, (VaultDamaged, VaultRolledBack)):
            self._offer_restore()
        message.problem(self.describe(error))
        self._fit()
        field.setFocus()
        field.selectAll()

    def _fit(self) -> None:
        """Grow to show a long message whole (a rolled-back copy's message names a backup's path), up to the
        screen's height."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else self.sizeHint().height()
        screen = self.screen()
        limit = screen.availableGeometry().height() if screen is not None else wanted
        if wanted > self.height():
            self.resize(self.width(), min(wanted, limit))

    def describe(self, error: BaseException) -> str:
        if isinstance(error, VaultRolledBack):  # its own message names command-line commands
            what = self.tr("Your records were replaced by an older copy (%1).").replace("%1", error.problem)
        elif isinstance(error, VaultDamaged):
            what = error_text(error)
        else:
            return error_text(error)
        if self.latest_backup is not None:
            return self.tr("%1 Nothing was changed. Your backup from %2 can restore it.").replace(
                "%1", what).replace("%2", self._day(self.latest_backup[0]))
        return self.tr("%1 Nothing was changed. Keep this folder as it is, and restore your latest backup "
                       "to get your records back.").replace("%1", what)

    # --- restoring the latest backup (damaged records) --------------------------------------------------------

    def _offer_restore(self) -> None:
        """Offer the newest backup in the default backup folder or the one the settings named (the records' own
        settings cannot be read: the services noted that folder beside them)."""
        from ..services.backups.listing import latest_backup_of

        self.latest_backup = latest_backup_of(self.folder)
        if self.latest_backup is None:
            self.restore_button.hide()
            return
        self.restore_button.setText(self.tr("Restore the latest backup (%1)…").replace(
            "%1", self._day(self.latest_backup[0])))
        self.restore_button.setToolTip(str(self.latest_backup[1]))
        self.restore_button.show()

    def restore_latest(self) -> None:
        if self.latest_backup is None:
            return
        secret = self.password.text()
        if not secret:
            self.message.problem(self.tr("Type the password you had on the day of the backup, then restore."))
            self.password.setFocus()
            return
        from PySide6.QtWidgets import QMessageBox  # here: its enums take time to set up, not needed to paint

        from ..services.backups.restore import KEPT_DAYS, previous_name

        at, path = self.latest_backup
        from datetime import UTC, datetime

        aside = previous_name(self.folder, datetime.now(UTC))
        answer = QMessageBox.question(
            self, self.tr("Restore the latest backup"),
            self.tr("Replace your records with the backup of %1?\n\nYour current records will be kept aside in "
                    "%2 for %3 days. The backup opens with the password you had on the day it was made.")
            .replace("%1", self._moment(at)).replace("%2", str(aside)).replace("%3", str(KEPT_DAYS)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            self.password.setFocus()
            return
        self.set_busy(True)
        folder = self.folder
        self.runner.run(lambda: _restore_and_unlock(path, folder, secret), serial=False,
                        on_result=self._done, on_error=self._failed)

    @staticmethod
    def _day(at: datetime) -> str:
        from PySide6.QtCore import QDate, QLocale  # here: QDate's set-up is not needed to paint

        local = at.astimezone()
        return QLocale().toString(QDate(local.year, local.month, local.day), "d MMM")

    @staticmethod
    def _moment(at: datetime) -> str:
        from PySide6.QtCore import QDate, QDateTime, QLocale, QTime  # here: their set-up is not needed to paint

        local = at.astimezone()
        moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def _restore_and_unlock(backup: Path, folder: Path, password: str) -> object:
    """Off the UI thread: the same restore as `backup restore` (checked, swapped in, old records kept aside)."""
    from ..services.backups.create import Password
    from ..services.backups.restore import restore_backup

    restore_backup(backup, Password(password), folder)
    return lifecycle.unlock_vault(folder, password)
