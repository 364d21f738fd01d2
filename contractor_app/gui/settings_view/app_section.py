"""This app's own preferences: auto-lock, the forgotten-timer limit, the daily reminder, the language (QSettings,
on this computer) and the paper size for reports (in the records, since reports are made from them).

Each choice applies as soon as it is made: there is nothing to forget to save. ``changed`` tells the controller
to apply the new auto-lock and timer limit; the language applies at the next start, and the form says so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from .. import settings as opts
from ..settings import Settings
from ..widgets import InlineMessage, narrow_combo, small


class AppSection(QGroupBox):
    changed = Signal()
    restart_requested = Signal()  # "Restart now", after the language changed
    paper_requested = Signal(str)

    def __init__(self, settings: Settings, paper: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("This app"), parent)
        self.setObjectName("appSection")
        self.settings = settings
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
        self.reminder = QCheckBox(self.tr("Remind me at"))
        self.reminder.setChecked(settings.get(opts.REMINDER_ENABLED))
        self.reminder_time = QTimeEdit(settings.reminder_time())
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        self.reminder_time.setEnabled(self.reminder.isChecked())
        reminder = QHBoxLayout()
        reminder.addWidget(self.reminder)
        reminder.addWidget(self.reminder_time)
        reminder.addWidget(small(self.tr("if nothing is logged that day")), 1)
        self.paper = narrow_combo(QComboBox(), 30)  # the popup shows the long first choice whole
        self.paper.setAccessibleName(self.tr("Paper size for reports"))
        for text, value in ((self.tr("By my country or region"), "auto"),
                            (self.tr("A4"), "a4"), (self.tr("Letter"), "letter")):
            self.paper.addItem(text, value)
        self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Same as this computer"), "")
        for code, name in opts.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.get(opts.LANGUAGE)), 0))
        self.language_note = InlineMessage()
        self.language_note.setObjectName("languageNote")
        self.restart_button = QPushButton(self.tr("Restart now"))
        self.restart_button.setToolTip(self.tr("Lock your records and open Contractor Ledger again in the new "
                                               "language"))
        self.restart_button.hide()
        self.restart_button.clicked.connect(self.restart_requested)
        self.paper_message = InlineMessage()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # 200% text in Spanish: a field under its label
        form.addRow(self.tr("Lock when idle for"), self.auto_lock)
        form.addRow(self.tr("Ask about a forgotten timer after"), self.limit)
        form.addRow(self.tr("Daily reminder"), reminder)
        form.addRow(self.tr("Paper for reports"), self.paper)
        under_paper = QWidget()  # the hint and the outcome in one row: no gap while the outcome is hidden
        notes = QVBoxLayout(under_paper)
        notes.setContentsMargins(0, 0, 0, 0)
        notes.addWidget(small(self.tr("By country: Letter in the US and Canada, A4 elsewhere. A report can still "
                                      "be made on the other size.")))
        notes.addWidget(self.paper_message)
        form.addRow("", under_paper)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow("", self.restart_button)
        QVBoxLayout(self).addLayout(form)
        self.auto_lock.valueChanged.connect(self.store)
        self.limit.valueChanged.connect(self.store)
        self.reminder.toggled.connect(self.reminder_time.setEnabled)
        self.reminder.toggled.connect(self.store)
        self.reminder_time.timeChanged.connect(self.store)
        self.language.currentIndexChanged.connect(self.store_language)
        self.paper.currentIndexChanged.connect(lambda _: self.paper_requested.emit(self.paper.currentData()))

    def store(self, *_: object) -> None:
        self.settings.set(opts.AUTO_LOCK_MINUTES, self.auto_lock.value())
        self.settings.set(opts.TIMER_LIMIT_HOURS, self.limit.value())
        self.settings.set(opts.REMINDER_ENABLED, self.reminder.isChecked())
        self.settings.set(opts.REMINDER_TIME, self.reminder_time.time().toString("HH:mm"))
        self.changed.emit()

    def store_language(self, *_: object) -> None:
        self.settings.set(opts.LANGUAGE, self.language.currentData())
        self.settings.sync()
        self.language_note.hint(self.tr("The new language applies the next time you open Contractor Ledger."))
        self.restart_button.show()

    def show_paper(self, paper: str) -> None:
        self.paper.blockSignals(True)
        self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))
        self.paper.blockSignals(False)
