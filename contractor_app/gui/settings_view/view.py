"""The Settings view (replaces the old Preferences dialog): the worker's profile, this app's preferences, paper
size and language, changing the password, how the recovery key works, and the worker's other computers.

Profile and paper size are records (saved through the services, as audited changes); auto-lock, the timer limit,
the reminder and the language are this computer's preferences (QSettings). ``preferences_changed`` lets the app
controller apply a new auto-lock delay or timer limit at once.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ...errors import WrongPassword
from ...services.profile import Profile, save_profile
from ...services.report_settings import paper_preference, set_paper_preference
from ...services.vault import Vault
from ..columns import StackingColumns
from ..dialogs import error_text
from ..session import PROFILE, SETTINGS, Session
from ..settings import Settings
from ..view import View
from ..widgets import heading
from .app_section import AppSection
from .password_section import PasswordSection
from .profile_section import ProfileSection
from .recovery_panel import RecoveryPanel
from .sync_section import SyncSection


class SettingsView(View):
    preferences_changed = Signal()
    restart_requested = Signal()

    def __init__(self, session: Session, undo: QUndoStack, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(session, undo, parent)
        self.settings = settings
        self.setObjectName("settingsView")
        profile = session.profile
        self.profile = ProfileSection(profile)
        self.profile.save_requested.connect(self.save_profile)
        self.app = AppSection(settings, session.read(paper_preference) if session.is_open else "auto")
        self.app.changed.connect(self.preferences_changed)
        self.app.restart_requested.connect(self.restart_requested)
        self.app.paper_requested.connect(self.save_paper)
        self.password = PasswordSection(tuple(part for part in profile.name.split() if part))
        self.password.change_requested.connect(self.change_password)
        self.password.new_recovery_key_requested.connect(self.issue_recovery_key)
        self.recovery = RecoveryPanel()
        self.sync = SyncSection(session)
        self.columns = StackingColumns([[self.profile, self.app], [self.password, self.recovery, self.sync]])
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(heading(self.tr("Settings")))
        column.addWidget(self.columns, 1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Settings"))
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        session.changed.connect(self._changed)

    def _changed(self, kinds: frozenset[str]) -> None:
        if PROFILE in kinds:
            self.profile.show_profile(self.session.profile)
        if SETTINGS in kinds and self.session.is_open:
            self.app.show_paper(self.session.read(paper_preference))

    # --- records ----------------------------------------------------------------------------------------------

    def save_profile(self, profile: Profile) -> None:
        self.session.call(save_profile, profile,
                          on_result=lambda _: self.profile.message.hint("\u2713 " + self.tr("Profile saved.")),
                          on_error=lambda error: self.profile.message.problem(error_text(error)))

    def save_paper(self, choice: str) -> None:
        self.session.call(set_paper_preference, choice,
                          on_result=lambda _: self.app.paper_message.hint("\u2713 " + self.tr("Saved.")),
                          on_error=lambda error: self.app.paper_message.problem(error_text(error)))

    # --- password ---------------------------------------------------------------------------------------------

    def change_password(self, current: str, new: str) -> None:
        """On the worker: slow key derivations, and the records are copied under a new data key."""
        self.session.call(Vault.change_password, current, new,
                          on_result=lambda _: self.password.changed(), on_error=self._password_refused)

    def issue_recovery_key(self, current: str) -> None:
        """"My recovery key may have leaked": a new data key and a new recovery key, on the worker."""
        self.session.call(Vault.rekey_with_password, current, new_recovery_key=True,
                          on_result=self.password.recovery_key_issued, on_error=self._password_refused)

    def _password_refused(self, error: BaseException) -> None:
        if isinstance(error, WrongPassword):
            self.password.refused(self.tr("Wrong password. Nothing was changed."))
        else:
            self.password.refused(error_text(error))
