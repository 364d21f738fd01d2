"""Reports → "Share with a union or worker centre…": an anonymous share of the worker's pay (services/share.py).

The worker picks the months, each client's kind of work and whether to name the platform, and reads the whole
file in plain words, kept up to date as they choose, before "Save share…" writes it. Nothing leaves the computer:
the worker sends the file themselves.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.share import CATEGORIES, Share
from ...domain.times import DateRange
from ...errors import LedgerError
from ...services.clients.directory import list_clients
from ...services.share import ShareChoices, build_share, describe, write_share
from ..dialogs import error_text
from ..session import Session
from ..widgets import InlineMessage, small

REFRESH_DELAY_MS = 300


class ShareDialog(QDialog):
    def __init__(self, session: Session, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Share with a union or worker centre"))
        self.setObjectName("shareDialog")
        self.share: Share | None = None
        self.saved_to: Path | None = None
        self._number = 0
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        first = today.replace(day=1)
        start = first.replace(year=first.year - (first.month <= 2), month=(first.month - 3) % 12 + 1)
        for edit, value, name in ((self.date_from, start, self.tr("First day to share")),
                                  (self.date_to, today, self.tr("Last day to share"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._schedule)
        self.clients = QTableWidget(0, 3)
        self.clients.setHorizontalHeaderLabels([self.tr("Client"), self.tr("Kind of work"), self.tr("Name it")])
        self.clients.setAccessibleName(self.tr("Your clients: the kind of work of each, and whether to name it"))
        self.clients.verticalHeader().hide()
        self.clients.setTabKeyNavigation(False)
        self.clients.horizontalHeader().setStretchLastSection(True)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Everything the share will hold, in plain words"))
        self.message = InlineMessage()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save share…"))
        self.save_button.setEnabled(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS, timeout=self.refresh)  # type: ignore[call-arg]  # the stubs omit signals given as keywords
        self._build_layout()
        self._load_clients()
        self.refresh()

    def _build_layout(self) -> None:
        intro = QLabel(self.tr(
            "Unions and worker centres pool anonymous shares to show how platforms pay. The file holds, per month "
            "and kind of work: hours in fives, rounded pay, the hourly rate and the minimum wage it was compared "
            "with, and late or short payments. No names (unless you tick one), notes, dates or evidence. You send "
            "it yourself; the app sends nothing."))
        intro.setWordWrap(True)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.date_to)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Months"), period)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.clients, 1)
        column.addWidget(small(self.tr("What the file will hold:")))
        column.addWidget(self.preview, 2)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.resize(720, 620)

    def _load_clients(self) -> None:
        infos = self.session.read(list_clients)
        self.clients.setRowCount(len(infos))
        for row, info in enumerate(infos):
            name = QLabel(info.name)
            kind = QComboBox()
            for category in CATEGORIES:
                kind.addItem(self._category_text(category), category)
            kind.setCurrentIndex(CATEGORIES.index("other"))
            kind.setAccessibleName(self.tr("Kind of work for %1").replace("%1", info.name))
            kind.currentIndexChanged.connect(self._schedule)
            named = QCheckBox()
            named.setAccessibleName(self.tr("Name %1 in the share").replace("%1", info.name))
            named.toggled.connect(self._schedule)
            self.clients.setCellWidget(row, 0, name)
            self.clients.setCellWidget(row, 1, kind)
            self.clients.setCellWidget(row, 2, named)
        self.clients.resizeColumnsToContents()

    def _category_text(self, category: str) -> str:
        words = {
            "annotation": self.tr("annotation"), "rating": self.tr("rating"), "transcription": self.tr("transcription"),
            "translation": self.tr("translation"), "moderation": self.tr("moderation"),
            "writing": self.tr("writing"), "delivery": self.tr("delivery"), "driving": self.tr("driving"),
            "freelance": self.tr("freelance"), "other": self.tr("other"),
        }
        return words[category]

    def choices(self) -> ShareChoices:
        named: set[str] = set()
        categories: dict[str, str] = {}
        for row in range(self.clients.rowCount()):
            name = self.clients.cellWidget(row, 0)
            kind = self.clients.cellWidget(row, 1)
            ticked = self.clients.cellWidget(row, 2)
            assert isinstance(name, QLabel) and isinstance(kind, QComboBox) and isinstance(ticked, QCheckBox)
            categories[name.text()] = kind.currentData()
            if ticked.isChecked():
                named.add(name.text())
        return ShareChoices(frozenset(named), categories)

    def period(self) -> DateRange:
        return DateRange(self.date_from.date().toPython(), self.date_to.date().toPython())  # type: ignore[arg-type]  # toPython gives a date for a QDate

    def _schedule(self) -> None:
        self.save_button.setEnabled(False)
        self._timer.start()

    def refresh(self) -> None:
        """Rebuild the share from the choices, off the UI thread; the newest request wins."""
        self._number += 1
        number = self._number
        try:
            period = self.period()
        except LedgerError as error:
            self._failed(number, error)
            return
        self.session.fetch(build_share, period=period, tz=self.session.profile.timezone,
                           choices=self.choices(),
                           on_result=lambda share: self._built(number, share),
                           on_error=lambda error: self._failed(number, error))

    def _built(self, number: int, share: Share) -> None:
        if number != self._number:
            return
        self.share = share
        self.preview.setPlainText("\n\n".join(describe(share)))
        self.message.clear()
        self.save_button.setEnabled(True)

    def _failed(self, number: int, error: BaseException) -> None:
        if number != self._number:
            return
        self.share = None
        self.preview.clear()
        self.message.problem(error_text(error))

    def choose_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the share"), str(Path.home() / "pay-share.json"),
                                              self.tr("Share files (*.json)"))
        return Path(name) if name else None

    def save(self) -> None:
        if self.share is None:
            return
        path = self.choose_path()
        if path is None:
            return
        try:
            write_share(self.share, path)
        except OSError as error:
            self.message.problem(self.tr("The share was not saved: %1").replace("%1", error.strerror or str(error)))
            return
        self.saved_to = path
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves (after the file dialog) rather than closing the dialog without a file."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(self.focusWidget(), QPushButton):
            self.save()
            return
        super().keyPressEvent(event)
