""""Anchor your records": today's anchor (issue 16), sent somewhere outside the worker's control in one click, and
where each anchor went.

The app opens no connection: Email hands a ``mailto:`` link to the worker's mail client, Copy puts the anchor on
the clipboard, Print prints it; each is then recorded (services.anchors.record_sent).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...services.anchors import AnchorView, list_anchors, record_sent, today_anchor
from ..dialogs import error_text
from ..session import Session
from ..widgets import InlineMessage, small

SHOWN_ANCHORS = 8  # the latest ones in the list; `contractor-app anchor list` has them all


def print_text(parent: QWidget, text: str) -> bool:
    """Print ``text`` after the worker chose a printer; False when they cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document = QTextDocument()
    document.setPlainText(text)
    document.print_(printer)
    return True


class AnchorPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.anchor: AnchorView | None = None
        # Replaced in tests: the mail client and the printer are outside the app.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.print_text: Callable[[QWidget, str], bool] = print_text
        self.code = QLabel()
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setWordWrap(True)
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("your e-mail address, or your union's"))
        self.recipient.setAccessibleName(self.tr("Send the anchor to"))
        self.email_button = QPushButton(self.tr("Email…"))
        self.email_button.setAccessibleName(self.tr("Email the anchor with your mail program"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the anchor"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the anchor"))
        self.email_button.clicked.connect(self.email)
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.print_anchor)
        self.history = QLabel()
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = InlineMessage()
        buttons = QHBoxLayout()
        for button in (self.email_button, self.copy_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("<b>Anchor your records</b>")))
        column.addWidget(small(self.tr("Send today's anchor somewhere you do not control: it shows later that "
                                       "your records stood as they are now no later than today.")))
        column.addWidget(self.code)
        column.addWidget(self.recipient)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addWidget(self.history)
        self._enable(False)

    def refresh(self) -> None:
        """Today's anchor (made if the records changed since the last one) and where the anchors went."""
        self.session.call(today_anchor, on_result=self._anchored, on_error=self._failed)

    def email(self) -> None:
        if self.anchor is None:
            return
        recipient = self.recipient.text().strip()
        if not self.open_url(QUrl(self.anchor.mailto(recipient))):
            self.message.problem(self.tr("No mail program opened. Copy the anchor and send it yourself."))
            return
        self._record("email", recipient or None)

    def copy(self) -> None:
        if self.anchor is None:
            return
        QGuiApplication.clipboard().setText(self.anchor.text)
        self._record("copy", None)

    def print_anchor(self) -> None:
        if self.anchor is not None and self.print_text(self, self.anchor.text):
            self._record("print", None)

    def clear(self) -> None:
        self.anchor = None
        self.code.clear()
        self.history.clear()
        self.message.clear()
        self._enable(False)

    def _record(self, how: str, recipient: str | None) -> None:
        assert self.anchor is not None
        self.session.call(record_sent, self.anchor.code, how, recipient, on_result=self._anchored,
                          on_error=self._failed)

    def _anchored(self, anchor: AnchorView) -> None:
        self.anchor = anchor
        self.message.clear()
        self.code.setText(self.tr("Today's anchor: %1 (%2, %3 changes recorded)").replace("%1", anchor.code)
                          .replace("%2", anchor.day.isoformat()).replace("%3", str(anchor.seq)))
        self._enable(True)
        self.session.fetch(list_anchors, on_result=self._listed, on_error=self._failed)

    def _listed(self, anchors: list[AnchorView]) -> None:
        lines = []
        for anchor in reversed(anchors[-SHOWN_ANCHORS:]):
            stamped = [self.tr("time-stamped by %1").replace("%1", stamp.authority) for stamp in anchor.stamps]
            went = "; ".join([self._where(sending.how, sending.recipient) for sending in anchor.sent] + stamped)
            lines.append(f"{anchor.code}: {went or self.tr('not sent yet')}")
        self.history.setText("\n".join(lines))

    def _where(self, how: str, recipient: str | None) -> str:
        if how == "email":
            return self.tr("e-mailed to %1").replace("%1", recipient) if recipient else self.tr("e-mailed")
        return self.tr("copied") if how == "copy" else self.tr("printed")

    def _failed(self, error: BaseException) -> None:
        self.message.problem(error_text(error))

    def _enable(self, on: bool) -> None:
        for button in (self.email_button, self.copy_button, self.print_button):
            button.setEnabled(on)
