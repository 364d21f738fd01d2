"""A forgotten timer: found running after a crash, or running longer than the limit. Ask when the work ended."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QDateTime, QTimeZone, Signal
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...services.entries.timer import TimerState
from .. import formatting as fmt
from ..widgets import InlineMessage


def qt_zone(zone: tzinfo) -> QTimeZone:
    return QTimeZone(str(getattr(zone, "key", "UTC")).encode())


def to_qt(moment: datetime, zone: tzinfo) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), qt_zone(zone))


class ForgottenTimerDialog(QDialog):
    stop_at = Signal(object)  # aware UTC datetime

    def __init__(self, state: TimerState, zone: tzinfo, *, suggested_end: datetime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.zone = state, zone
        self.setObjectName("forgottenTimer")
        self.setWindowTitle(self.tr("Is the timer still needed?"))
        now = datetime.now(UTC)
        self.question = text = QLabel(
            self.tr("The timer for %1 has been running since %2. Stop it at the time you finished?")
            .replace("%1", state.client).replace("%2", fmt.since_text(state.started_at, now, zone)))
        text.setWordWrap(True)
        end = suggested_end if suggested_end and state.started_at < suggested_end <= now else now
        self.when = QDateTimeEdit(to_qt(end, zone))
        self.when.setTimeZone(qt_zone(zone))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setMinimumDateTime(to_qt(state.started_at, zone).addSecs(60))
        self.when.setMaximumDateTime(to_qt(now, zone))
        self.when.setAccessibleName(self.tr("When you finished"))
        self.message = InlineMessage()
        buttons = QDialogButtonBox()
        self.stop_button = buttons.addButton(self.tr("Stop at this time"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = buttons.addButton(self.tr("Keep it running"), QDialogButtonBox.ButtonRole.RejectRole)
        self.stop_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(text)
        column.addWidget(self.when)
        column.addWidget(self.message)
        column.addWidget(buttons)

    def chosen(self) -> datetime:
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)

    def accept(self) -> None:
        self.stop_at.emit(self.chosen())
        super().accept()
