"""The timer bar at the top of Today: client, engagement, category, note, Start/Stop and the elapsed time.

It mirrors the TimerControl; with no client yet it teaches what to do first.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.clients.directory import ClientInfo
from ...services.entries.timer import TimerState
from .. import formatting as fmt
from ..dialogs import error_text
from ..icon_set import icon
from ..widgets import InlineMessage, narrow_combo, small
from .control import TimerChoice, TimerControl


class TimerPanel(QFrame):
    add_client_requested = Signal()

    def __init__(self, timer: TimerControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.zone = timer.session.profile.zone
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._clients: list[ClientInfo] = []
        self.stack = QStackedWidget()
        self.stack.addWidget(self._no_client_page())
        self.stack.addWidget(self._timer_page())
        QVBoxLayout(self).addWidget(self.stack)
        timer.changed.connect(self.show_state)
        timer.tick.connect(self.show_elapsed)

    def _no_client_page(self) -> QWidget:
        page = QWidget()
        text = QLabel(self.tr("Add the platform or company you work for, with your pay terms; then start the "
                              "timer when you start working."))
        text.setWordWrap(True)
        button = QPushButton(self.tr("Add client…"))
        button.clicked.connect(self.add_client_requested)
        row = QHBoxLayout(page)
        row.addWidget(text, 1)
        row.addWidget(button)
        return page

    def _timer_page(self) -> QWidget:
        page = QWidget()
        self.client = narrow_combo(QComboBox())
        self.client.setAccessibleName(self.tr("Client"))
        self.client.currentIndexChanged.connect(self._client_changed)
        self.engagement = narrow_combo(QComboBox())
        self.engagement.setAccessibleName(self.tr("Engagement"))
        self.category = narrow_combo(QComboBox())
        self.category.setAccessibleName(self.tr("Category"))
        for label, name in fmt.categories():
            self.category.addItem(label, name)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional, can be added later)"))
        self.note.setAccessibleName(self.tr("Note for the timer"))
        self.note.returnPressed.connect(self.toggle)
        self.button = QPushButton()
        self.button.setMinimumWidth(120)
        self.button.clicked.connect(self.toggle)
        self.elapsed = QLabel("00:00:00")
        font = QFont(self.elapsed.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        font.setFamily("Monospace")
        self.elapsed.setFont(font)
        self.elapsed.setAccessibleName(self.tr("Time on the timer"))
        self.since = small("")
        self.message = InlineMessage()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (label, field) in enumerate(((self.tr("&Client"), self.client),
                                                 (self.tr("&Engagement"), self.engagement),
                                                 (self.tr("Ca&tegory"), self.category))):
            caption = QLabel(label)
            caption.setBuddy(field)
            grid.addWidget(caption, 0, column)
            grid.addWidget(field, 1, column)
        # Wraps: on one line, "Running since …" made the panel wider than the view at 200% text in Spanish.
        self.since.setWordWrap(True)
        grid.addWidget(self.note, 2, 0, 1, 3)
        grid.addWidget(self.button, 2, 3)
        grid.addWidget(self.elapsed, 1, 3, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.since, 0, 3, 1, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self.message, 3, 0, 1, 4)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        return page

    # --- state ---------------------------------------------------------------------------------------------------

    def set_clients(self, clients: list[ClientInfo]) -> None:
        self._clients = clients
        self.stack.setCurrentIndex(1 if clients else 0)
        if not clients:
            return
        choice = self.timer.last_used()
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItems([c.name for c in clients])
        self.client.blockSignals(False)
        self.select(choice)
        self.show_state(self.timer.state)

    def select(self, choice: TimerChoice | None) -> None:
        if choice is None:
            self._client_changed()
            return
        self.client.setCurrentText(choice.client)
        self._client_changed()
        if choice.engagement:
            self.engagement.setCurrentText(choice.engagement)
        self.category.setCurrentIndex(max(self.category.findData(choice.category), 0))

    def _client_changed(self) -> None:
        info = next((c for c in self._clients if c.name == self.client.currentText()), None)
        self.engagement.clear()
        if info:
            self.engagement.addItems(list(info.engagements))

    def show_state(self, state: TimerState | None) -> None:
        running = state is not None
        for field in (self.client, self.engagement, self.category):
            field.setEnabled(not running)
        self.button.setText(self.tr("Stop") if running else self.tr("Start"))
        self.button.setIcon(icon("stopTimer" if running else "startTimer"))
        self.button.setAccessibleName(self.tr("Stop the timer") if running else self.tr("Start the timer"))
        self.button.setToolTip(self.tr("Ctrl+T"))
        if state is None:
            self.elapsed.setText("00:00:00")
            self.since.setText(self.tr("Not running"))
            return
        self.select(TimerChoice(state.client, state.engagement, state.category))
        if state.note and not self.note.text():
            self.note.setText(state.note)
        self.since.setText(self.tr("Running since %1").replace(
            "%1", fmt.since_text(state.started_at, datetime.now(UTC), self.zone)))
        self.show_elapsed(self.timer.elapsed())

    def show_elapsed(self, seconds: int) -> None:
        self.elapsed.setText(fmt.clock(seconds))

    def toggle(self) -> None:
        self.message.clear()
        if self.timer.running:
            if self.timer.too_short():
                self.message.hint(self.tr("Stopped within a minute: nothing was recorded."))
            self.timer.stop(note=self.note.text().strip() or None, on_result=lambda _: self.note.clear(),
                            on_error=lambda error: self.message.problem(error_text(error)))
        else:
            choice = TimerChoice(self.client.currentText(), self.engagement.currentText() or None,
                                 self.category.currentData())
            self.timer.start(choice, note=self.note.text(),
                             on_error=lambda error: self.message.problem(error_text(error)))
