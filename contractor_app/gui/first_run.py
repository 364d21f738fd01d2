"""First-run setup, a wizard in six steps (UX.md): welcome, password, recovery key, about you, first client, done.

The records are created when the password step is left (key derivation is calibrated then, off the UI thread),
because the recovery key shown next belongs to them. Cancelling later removes those still-empty records, so a
half-made setup never lingers; once the first client is saved, setup is committed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..errors import LedgerError
from ..services import lifecycle
from ..services.clients.directory import add_client
from ..services.profile import Profile, save_profile
from . import recovery_sheet
from .about_you import AboutYouForm, WhereToReachYou
from .client_form import ClientForm
from .dialogs import error_text, show_error
from .icons import app_icon, app_pixmap
from .tasks import Runner
from .widgets import InlineMessage, PasswordField, StrengthMeter, small

if TYPE_CHECKING:
    from ..services.vault import Vault

WELCOME, PASSWORD, RECOVERY, ABOUT, CLIENT, DONE = range(6)
CONTENT_WIDTH = 640


def _column(page: QWizardPage) -> QVBoxLayout:
    """The page's content column, kept readable (not wider than CONTENT_WIDTH) on a large window."""
    body = QWidget()
    body.setMaximumWidth(CONTENT_WIDTH)
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 0, 0)
    outer = QHBoxLayout(page)
    outer.addWidget(body, 1)
    outer.addStretch(0)
    return column


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Contractor Ledger"))
        self.setSubTitle(self.tr("Your own record of the work you do and the pay you receive."))
        column = _column(self)
        icon = QLabel()
        icon.setPixmap(app_pixmap(64))
        column.addWidget(icon)
        for text in (
            self.tr("Log your work each day with a timer or by hand, with the pay terms you agreed."),
            self.tr("See what you earned, what you were paid and what is still owed to you."),
            self.tr("Everything stays on this computer, encrypted with your password. Nothing is sent anywhere."),
            self.tr("Setup takes about two minutes."),
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            column.addWidget(label)
        column.addStretch(1)


class PasswordPage(QWizardPage):
    """Choose the password; leaving the page creates the records (a commit: there is no going back)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose a password"))
        self.setSubTitle(self.tr("It unlocks your records each time you open the app."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create my records"))
        self.password = PasswordField(self.tr("Password"))
        self.repeat = PasswordField(self.tr("Repeat the password"))
        self.strength = StrengthMeter()
        self.message = InlineMessage()
        warning = QLabel(self.tr("If you lose both your password and your recovery key, nobody can open your "
                                 "records. Not even us: there is no copy anywhere else."))
        warning.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Creating your records"))
        self.busy.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Password"), self.password)
        form.addRow("", self.strength)
        form.addRow(self.tr("&Repeat it"), self.repeat)
        column = _column(self)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addSpacing(12)
        column.addWidget(warning)
        column.addWidget(self.busy)
        column.addStretch(1)
        self.password.textChanged.connect(self._changed)
        self.repeat.textChanged.connect(self._changed)
        self.repeat.field.editingFinished.connect(self._repeated)
        self.strength.update_for("")

    def _changed(self) -> None:
        """While typing: the strength, and a difference shown before goes away once fixed; a new difference waits
        until the repeat field is left ("The two passwords differ" showed at the first letter)."""
        self.strength.update_for(self.password.text())
        if not self.repeat.text() or self.repeat.text() == self.password.text():
            self.message.clear()
        self.completeChanged.emit()

    def _repeated(self) -> None:
        if self.repeat.text() and self.repeat.text() != self.password.text():
            self.message.problem(self.tr("The two passwords differ."))

    def isComplete(self) -> bool:
        return (self._wizard.vault is None and not self.busy.isVisible()
                and self.strength.bar.value() >= 1 and self.password.text() == self.repeat.text())

    def validatePage(self) -> bool:
        if self._wizard.vault is not None:
            return True
        self.busy.show()
        self.password.setEnabled(False)
        self.repeat.setEnabled(False)
        self.completeChanged.emit()
        folder, secret = self._wizard.folder, self.password.text()
        self._wizard.runner.run(lambda: lifecycle.create_vault(folder, secret), serial=False,
                                on_result=self._created, on_error=self._failed)
        return False

    def _created(self, created: tuple[Vault, str]) -> None:
        self._wizard.vault, self._wizard.recovery_key = created
        self.busy.hide()
        self.password.clear()
        self.repeat.clear()
        QTimer.singleShot(0, self._wizard.next)

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.password.setEnabled(True)
        self.repeat.setEnabled(True)
        self.message.problem(error_text(error))
        self.completeChanged.emit()


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("If you forget your password, this key opens your records. It is shown only now."))
        self.key = QLabel()
        font = QFont("Monospace")
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        font.setPointSizeF(self.font().pointSizeF() * 1.8)
        font.setBold(True)
        self.key.setFont(font)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setContentsMargins(12, 12, 12, 12)
        self.key.setFrameShape(QLabel.Shape.StyledPanel)
        save = QPushButton(self.tr("Save as PDF…"))
        save.clicked.connect(self.save_pdf)
        print_button = QPushButton(self.tr("Print…"))
        print_button.clicked.connect(
            lambda: recovery_sheet.print_sheet(self, self._wizard.recovery_key or "", self._wizard.folder))
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(print_button)
        buttons.addStretch(1)
        advice = QLabel(self.tr("Write it down, or save or print it, and keep it somewhere safe away from this "
                                "computer. Anyone who has it can open your records."))
        advice.setWordWrap(True)
        # A saved sheet is the key itself: the suggested name has no folder (the home folder is often synced,
        # indexed and backed up), and the page says where it belongs.
        file_warning = QLabel(self.tr("A saved PDF is as good as the key: anyone who gets the file can open your "
                                      "records. Save it to a USB stick you keep away from this computer, not to a "
                                      "synced or shared folder, and delete other copies once it is printed."))
        file_warning.setObjectName("recoveryFileWarning")
        file_warning.setWordWrap(True)
        self.saved = small("")
        self.stored = QCheckBox(self.tr("I have stored it safely"))
        self.registerField("stored*", self.stored)
        column = _column(self)
        column.addWidget(self.key)
        column.addLayout(buttons)
        column.addWidget(file_warning)
        column.addWidget(self.saved)
        column.addWidget(advice)
        column.addSpacing(12)
        column.addWidget(self.stored)
        column.addStretch(1)

    def initializePage(self) -> None:
        parts = recovery_sheet.groups(self._wizard.recovery_key or "")
        self.key.setText("  ".join(parts[:4]) + "\n" + "  ".join(parts[4:]))

    def save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key (anyone with this file can open your records)"),
            "contractor-ledger-recovery-key.pdf", self.tr("PDF files (*.pdf)"))
        if name:
            self.save_pdf_to(Path(name))

    def save_pdf_to(self, path: Path) -> None:
        try:
            recovery_sheet.save_pdf(path, self._wizard.recovery_key or "", self._wizard.folder)
        except OSError as error:
            show_error(self, LedgerError(self.tr("The PDF could not be saved (%1). Nothing else was changed; "
                                                 "try another folder.").replace("%1", error.strerror or "")))
            return
        self.saved.setText(self.tr("Saved to %1").replace("%1", str(path)))


class AboutPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("About you"))
        self.setSubTitle(self.tr("Reports show your name; times are shown in your zone, amounts in your currency."))
        self.form = AboutYouForm()
        self.form.validity_changed.connect(lambda _: self.completeChanged.emit())
        self.reach = WhereToReachYou()  # a claim packet names the worker with an address and a contact
        self.address = self.reach.address
        column = _column(self)
        column.addWidget(self.form)
        column.addWidget(self.reach)
        column.addStretch(1)

    def isComplete(self) -> bool:
        return self.form.valid

    def profile(self) -> Profile:
        return self.reach.apply_to(self.form.value())


class ClientPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your first client"))
        self.setSubTitle(self.tr("Who do you work for? A platform, an agency or a company. You can add more later."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Save"))
        self.form = ClientForm(currency="USD")
        self.form.validity_changed.connect(lambda _: self.completeChanged.emit())
        self._saving = False
        column = _column(self)
        column.addWidget(self.form)
        column.addStretch(1)

    def initializePage(self) -> None:
        profile = self._wizard.about.form.value()
        self.form.currency.setCurrentText(profile.currency)
        if not self.form.jurisdiction.text():
            self.form.jurisdiction.setText(profile.jurisdiction)

    def isComplete(self) -> bool:
        return self.form.valid and not self._saving

    def validatePage(self) -> bool:
        if self._wizard.client_added:
            return True
        try:
            new = self.form.value()
            profile = self._wizard.about.profile()
        except LedgerError as error:
            self.form.message.problem(error_text(error))
            return False
        vault = self._wizard.vault
        if vault is None:  # the page before creates it
            return False
        self._saving = True
        self.completeChanged.emit()

        def work() -> None:
            save_profile(vault, profile)
            add_client(vault, new)

        self._wizard.runner.run(work, on_result=self._saved, on_error=self._failed)
        return False

    def _saved(self, _: object) -> None:
        self._wizard.client_added = True
        self._saving = False
        QTimer.singleShot(0, self._wizard.next)

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.form.message.problem(error_text(error))
        self.completeChanged.emit()


class DonePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("You are ready"))
        self.setSubTitle(self.tr("Your records are set up and encrypted on this computer."))
        text = QLabel(self.tr("Start the timer when you start working, and stop it when you finish. You can also "
                              "add work you already did (Ctrl+N)."))
        text.setWordWrap(True)
        self.start_timer = QPushButton(self.tr("Start the timer now"))
        self.start_timer.setAutoDefault(False)  # Enter opens the records; the timer starts only when asked
        self.start_timer.clicked.connect(wizard.finish_and_start_timer)
        column = _column(self)
        column.addWidget(text)
        column.addSpacing(12)
        column.addWidget(self.start_timer, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)


class FirstRunWizard(QWizard):
    completed = Signal(object, bool)  # the unlocked Vault, and whether to start the timer at once

    def __init__(self, folder: Path, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.runner = runner
        self.vault: Vault | None = None
        self.recovery_key: str | None = None
        self.client_added = False
        self._start_timer = False
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Set up Contractor Ledger"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open my records"))
        self.about = AboutPage()
        for number, page in ((WELCOME, WelcomePage()), (PASSWORD, PasswordPage(self)),
                             (RECOVERY, RecoveryPage(self)), (ABOUT, self.about), (CLIENT, ClientPage(self)),
                             (DONE, DonePage(self))):
            self.setPage(number, page)
        self.resize(820, 620)

    def finish_and_start_timer(self) -> None:
        self._start_timer = True
        self.accept()

    def accept(self) -> None:
        super().accept()
        if self.vault is not None:
            self.completed.emit(self.vault, self._start_timer)

    def reject(self) -> None:
        if self.vault is not None and self.client_added:
            self.accept()  # setup is committed; closing on the last page opens the records
            return
        if self.vault is not None:
            if not self.confirm_discard():
                return
            lifecycle.discard_new_vault(self.vault)
            self.vault = None
        super().reject()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Cancel setup?"),
            self.tr("Your new records hold nothing yet. Cancel setup and remove them? You can set up again "
                    "next time you open the app."))
        return answer == QMessageBox.StandardButton.Yes
