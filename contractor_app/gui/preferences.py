"""Preferences: auto-lock, the forgotten-timer limit and the daily reminder (kept in QSettings: not records)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QTimeEdit, QWidget

from . import settings as opts
from .settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(settings.get(opts.AUTO_LOCK_MINUTES))
        self.auto_lock.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.limit = QSpinBox()
        self.limit.setRange(1, 24)
        self.limit.setSuffix(self.tr(" h"))
        self.limit.setValue(settings.get(opts.TIMER_LIMIT_HOURS))
        self.limit.setAccessibleName(self.tr("Ask about the timer after this many hours"))
        self.reminder = QCheckBox(self.tr("Remind me to log my work if nothing is logged by"))
        self.reminder.setChecked(settings.get(opts.REMINDER_ENABLED))
        self.reminder_time = QTimeEdit(settings.reminder_time())
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        self.reminder_time.setEnabled(self.reminder.isChecked())
        self.reminder.toggled.connect(self.reminder_time.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Lock when idle for"), self.auto_lock)
        form.addRow(self.tr("Ask about a forgotten timer after"), self.limit)
        form.addRow(self.reminder, self.reminder_time)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.set(opts.AUTO_LOCK_MINUTES, self.auto_lock.value())
        self.settings.set(opts.TIMER_LIMIT_HOURS, self.limit.value())
        self.settings.set(opts.REMINDER_ENABLED, self.reminder.isChecked())
        self.settings.set(opts.REMINDER_TIME, self.reminder_time.time().toString("HH:mm"))
        super().accept()
