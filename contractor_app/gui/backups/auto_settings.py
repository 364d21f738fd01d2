"""Automatic backups: on or off, the folder they go to, and how many daily, weekly and monthly ones rotation keeps.

Edits stay in the form until "Save" (one audited change through save_settings), so a half-typed folder is never
used. Backups the worker makes by hand are never rotated away; the form says so.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.backups.schedule import MAX_KEEP, BackupSettings
from ..widgets import InlineMessage, small


class AutoBackupForm(QGroupBox):
    save_requested = Signal(object)  # BackupSettings

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Automatic backups"), parent)
        self.setObjectName("automaticBackups")
        self.saved = BackupSettings()
        self.default_folder = ""
        # A short box and a wrapping line under it: one long check box text cannot wrap, and at 200% text it made
        # the Backups view scroll sideways.
        self.automatic = QCheckBox(self.tr("Back up when I lock or quit"))
        self.automatic.setAccessibleDescription(self.tr("Once a day, if something changed."))
        self.automatic.setAccessibleName(self.tr("Automatic backups"))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder for automatic backups"))
        self.folder.setPlaceholderText(self.tr("A full path, like /home/you/Backups"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose the folder for automatic backups"))
        choose.clicked.connect(self.choose_folder)
        default = QPushButton(self.tr("Default"))
        default.setAccessibleName(self.tr("Use the backups folder beside your records"))
        default.clicked.connect(lambda: self.folder.setText(self.default_folder))
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(choose)
        where.addWidget(default)
        self.daily, self.weekly, self.monthly = (self._count(name) for name in (
            self.tr("Daily backups to keep"), self.tr("Weekly backups to keep"), self.tr("Monthly backups to keep")))
        keep = QGridLayout()
        for place, (box, label) in enumerate(((self.daily, self.tr("daily")), (self.weekly, self.tr("weekly")),
                                               (self.monthly, self.tr("monthly")))):
            keep.addWidget(box, 0, place * 2)
            keep.addWidget(QLabel(label), 0, place * 2 + 1)
        keep.setColumnStretch(6, 1)
        self.save_button = QPushButton(self.tr("Save backup settings"))
        self.save_button.clicked.connect(self.save)
        self.message = InlineMessage()
        column = QVBoxLayout(self)
        column.addWidget(self.automatic)
        column.addWidget(small(self.automatic.accessibleDescription()))
        column.addWidget(QLabel(self.tr("Folder (also for Back up now):")))
        column.addLayout(where)
        column.addWidget(QLabel(self.tr("Keep the latest:")))
        column.addLayout(keep)
        column.addWidget(small(self.tr("Older automatic backups are deleted as new ones are made. Backups you make "
                                       "yourself are never deleted. A folder on another disk, or one a cloud drive "
                                       "syncs, keeps a copy safe if this computer fails; backups are encrypted.")))
        column.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        column.addLayout(row)
        column.addStretch(1)
        for signal in (self.automatic.toggled, self.folder.textChanged, self.daily.valueChanged,
                       self.weekly.valueChanged, self.monthly.valueChanged):
            signal.connect(self._changed)
        self._changed()

    def _count(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, MAX_KEEP)
        box.setAccessibleName(name)
        return box

    def show_settings(self, settings: BackupSettings, default_folder: Path) -> None:
        """Show what is saved; the folder field shows the folder in use, the default one included."""
        self.saved = settings
        self.default_folder = str(default_folder)
        self.automatic.setChecked(settings.automatic)
        self.folder.setText(settings.folder or self.default_folder)
        self.daily.setValue(settings.keep_daily)
        self.weekly.setValue(settings.keep_weekly)
        self.monthly.setValue(settings.keep_monthly)
        self._changed()

    def value(self) -> BackupSettings:
        folder = self.folder.text().strip()
        return replace(self.saved, automatic=self.automatic.isChecked(),
                       folder="" if folder in ("", self.default_folder) else folder,
                       keep_daily=self.daily.value(), keep_weekly=self.weekly.value(),
                       keep_monthly=self.monthly.value())

    def _changed(self, *_: object) -> None:
        self.save_button.setEnabled(self.value() != self.saved)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for automatic backups"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        if self.save_button.isEnabled():
            self.save_requested.emit(self.value())
