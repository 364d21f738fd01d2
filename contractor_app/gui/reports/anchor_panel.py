""""Anchor your records": today's anchor (issue 16), sent somewhere outside the worker's control in one click, and
where each anchor went.

The app opens no connection: Email hands a ``mailto:`` link to the worker's mail client, Copy puts the anchor on
the clipboard, Print prints it; each is then recorded (services.anchors.record_sent). For an RFC 3161 time stamp,
"Time-stamp request…" writes the anchor's .tsq (the worker has it stamped with a browser or curl, docs/evidence.md)
and "Import a time stamp…" checks the authority's .tsr against whichever anchor it stamps, and keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.anchors import (
    AnchorDetails,
    StampRow,
    import_timestamp_file,
    list_anchors,
    record_sent,
    today_anchor,
    write_timestamp_request,
)
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


def choose_stamp(parent: QWidget) -> tuple[Path, Path | None] | None:
    """The .tsr to import and the CA file its authority chains to (None: the system's certificates); None when the
    worker cancelled. (Module functions translate in the panel's context: ``parent.tr`` would file the strings
    under the caller's class, where lupdate never puts them.)"""
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("AnchorPanel", "Import a time stamp"), str(Path.home()),
        QCoreApplication.translate("AnchorPanel", "Time-stamp responses (*.tsr);;All files (*)"))
    if not name:
        return None
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("AnchorPanel", "Which authority?"),
                      QCoreApplication.translate(
                          "AnchorPanel", "Which authority stamped it? FreeTSA: choose its CA file (cacert.pem). "
                          "DigiCert, or another authority your system trusts: use your system's certificates."),
                      parent=parent)
    own = box.addButton(QCoreApplication.translate("AnchorPanel", "Choose the CA file…"),
                        QMessageBox.ButtonRole.ActionRole)
    system = box.addButton(QCoreApplication.translate("AnchorPanel", "My system's certificates"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is system:
        return Path(name), None
    if box.clickedButton() is not own:
        return None
    ca, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("AnchorPanel", "The authority's CA certificate"), str(Path(name).parent),
        QCoreApplication.translate("AnchorPanel", "Certificates (*.pem *.crt *.cer);;All files (*)"))
    return (Path(name), Path(ca)) if ca else None


def choose_request_file(parent: QWidget, code: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("AnchorPanel", "Save the time-stamp request"),
        str(Path.home() / f"{code}.tsq"), QCoreApplication.translate("AnchorPanel", "Time-stamp requests (*.tsq)"))
    return Path(name) if name else None


class AnchorPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.anchor: AnchorDetails | None = None
        # Replaced in tests: the mail client and the printer are outside the app.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.print_text: Callable[[QWidget, str], bool] = print_text
        self.choose_stamp: Callable[[QWidget], tuple[Path, Path | None] | None] = choose_stamp
        self.choose_request_file: Callable[[QWidget, str], Path | None] = choose_request_file
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
        self.request_button = QPushButton(self.tr("Time-stamp request…"))
        self.request_button.setAccessibleName(self.tr("Save a time-stamp request for the anchor"))
        self.stamp_button = QPushButton(self.tr("Import a time stamp…"))
        self.stamp_button.setAccessibleName(self.tr("Import and check a time stamp from an authority"))
        self.request_button.clicked.connect(self.write_request)
        self.stamp_button.clicked.connect(self.import_stamp)
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
        stamping = QHBoxLayout()
        stamping.addWidget(self.request_button)
        stamping.addWidget(self.stamp_button)
        stamping.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("<b>Anchor your records</b>")))
        column.addWidget(small(self.tr("Send today's anchor somewhere you do not control: it shows later that "
                                       "your records stood as they are now no later than today.")))
        column.addWidget(self.code)
        column.addWidget(self.recipient)
        column.addLayout(buttons)
        column.addWidget(small(self.tr("Stronger: have it time-stamped by a public authority. Save the request, "
                                       "send it with curl (docs/evidence.md in the guide shows how), then import the "
                                       "answer.")))
        column.addLayout(stamping)
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

    def write_request(self) -> None:
        if self.anchor is None:
            return
        code = self.anchor.code
        dest = self.choose_request_file(self, code)
        if dest is not None:
            self.session.fetch(write_timestamp_request, code, dest, on_result=lambda _: self.message.hint(
                self.tr("Saved %1. Send it to a time-stamping authority, then import the answer (.tsr).")
                .replace("%1", str(dest))), on_error=self._failed)

    def import_stamp(self) -> None:
        chosen = self.choose_stamp(self)
        if chosen is not None:
            self.import_from(*chosen)

    def import_from(self, response: Path, ca_file: Path | None) -> None:
        """Check the .tsr (against the CA file, or the system's certificates) and keep it with its anchor."""
        self.session.call(import_timestamp_file, response, ca_file=ca_file, on_result=self._stamped,
                          on_error=self._failed)

    def _stamped(self, result: tuple[str, StampRow]) -> None:
        code, stamp = result
        self.message.hint(self.tr("Checked and kept: anchor %1 existed no later than %2 UTC, per %3.")
                          .replace("%1", code).replace("%2", f"{stamp.at:%Y-%m-%d %H:%M:%S}")
                          .replace("%3", stamp.authority))
        self.session.fetch(list_anchors, on_result=self._listed, on_error=self._failed)

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

    def _anchored(self, anchor: AnchorDetails) -> None:
        self.anchor = anchor
        self.message.clear()
        self.code.setText(self.tr("Today's anchor: %1 (%2, %3 changes recorded)").replace("%1", anchor.code)
                          .replace("%2", anchor.day.isoformat()).replace("%3", str(anchor.seq)))
        self._enable(True)
        self.session.fetch(list_anchors, on_result=self._listed, on_error=self._failed)

    def _listed(self, anchors: list[AnchorDetails]) -> None:
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
        for button in (self.email_button, self.copy_button, self.print_button, self.request_button,
                       self.stamp_button):
            button.setEnabled(on)
