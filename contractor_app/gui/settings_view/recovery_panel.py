"""How the recovery key works, in plain words. The key itself is never shown: it is not stored anywhere readable
(only a key derived from it, which cannot give it back), so it exists only where the worker saved it at first run."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget


class RecoveryPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Recovery key"), parent)
        self.setObjectName("recoveryPanel")
        paragraphs = (
            self.tr("Your recovery key is a second way into your records: 32 letters and digits in groups of four, "
                    "shown once when you set up the app, to print or save as a PDF."),
            self.tr("If you forget your password, choose \"Forgot your password? Use your recovery key\" when you "
                    "unlock: the key opens your records and you choose a new password. It also opens your backups."),
            self.tr("The app cannot show it again: it is not kept anywhere readable. Changing your password does not "
                    "change it."),
            self.tr("If you lose both your password and your recovery key, nobody can open your records, not even "
                    "the makers of this app."),
        )
        column = QVBoxLayout(self)
        for text in paragraphs:
            label = QLabel(text)
            label.setWordWrap(True)
            column.addWidget(label)
        self.warning = label
        column.addStretch(1)
