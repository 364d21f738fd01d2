"""The worker's profile in Settings: the first-run "About you" form plus an address and contact, saved as one
change.

The form and the address fields are the wizard's own (about_you.py), so both check the same way. Save stays
disabled until something differs from what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...services.profile import Profile
from ..about_you import AboutYouForm, WhereToReachYou
from ..places import place_name
from ..widgets import InlineMessage


class ProfileSection(QGroupBox):
    save_requested = Signal(object)  # Profile

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("About you"), parent)
        self.setObjectName("profileSection")
        self.saved = profile
        self.form = AboutYouForm(profile)
        self.reach = WhereToReachYou(profile)
        self.address = self.reach.address
        self.save_button = QPushButton(self.tr("Save profile"))
        self.save_button.clicked.connect(self.save)
        self.message = InlineMessage()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.addWidget(self.form)
        column.addWidget(self.reach)
        column.addWidget(self.message)
        column.addLayout(row)
        self.form.validity_changed.connect(self._changed)
        for field in (self.form.name, self.form.jurisdiction):
            field.textChanged.connect(self._changed)
        self.form.timezone.currentTextChanged.connect(self._changed)
        self.form.currency.currentTextChanged.connect(self._changed)
        self.reach.changed.connect(self._changed)
        self._changed()

    def value(self) -> Profile:
        return self.reach.apply_to(self.form.value())

    def _changed(self, *_: object) -> None:
        valid = self.form.typing()  # a problem shows when a field is left, not at each key
        self.save_button.setEnabled(valid and self.value() != self.saved)
        if valid and self.message.isVisible() and self.save_button.isEnabled():
            self.message.clear()

    def show_profile(self, profile: Profile) -> None:
        """The stored profile changed: show it, unless the worker has edits of their own in the form."""
        edited = self.form.typing() and self.value() != self.saved
        self.saved = profile
        if not edited:
            self.form.name.setText(profile.name)
            self.form.timezone.setCurrentText(profile.timezone)
            self.form.currency.setCurrentText(profile.currency)
            self.form.jurisdiction.setText(place_name(profile.jurisdiction) if profile.jurisdiction else "")
            self.reach.show_profile(profile)
        self._changed()

    def save(self) -> None:
        if self.save_button.isEnabled():
            self.save_requested.emit(self.value())
