"""Error dialogs: every error becomes one, never a lost exception.

Expected errors (a LedgerError) carry their own plain message: what happened, whether anything changed, what to
do. Anything else is a bug: the dialog says the records are safe (each change is saved whole or not at all) and
the traceback goes to the log, never into the dialog, where it might quote records. The typed errors' fixed
messages (errors.py's defaults, listed in FIXED_MESSAGES) are shown in the worker's language; a message built with
names or numbers stays as the services wrote it.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import LedgerError
from .errorlog import describe, log_unexpected

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


# The default messages of errors.py, marked for lupdate: errors raised without a message of their own show these.
FIXED_MESSAGES = (QT_TRANSLATE_NOOP("errors", "Wrong password. Nothing was changed."),
                  QT_TRANSLATE_NOOP("errors", "Your records are locked. Unlock them first."))


def error_text(error: BaseException) -> str:
    if isinstance(error, LedgerError):
        return QCoreApplication.translate("errors", str(error))  # unchanged unless it is one of FIXED_MESSAGES
    return tr("Something unexpected stopped this action ({name}). Your records are safe: every change is saved "
              "whole or not at all. Try again; if it happens again, please report it.").format(
        name=type(error).__name__)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> QMessageBox:
    """Show ``error`` in a window-modal message box (returned, so tests can read and close it)."""
    if not isinstance(error, LedgerError):
        log_unexpected(log, error)
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Contractor Ledger"), error_text(error),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.setAccessibleName(tr("Error"))
    box.open()
    return box


def install_excepthook(parent_of: object = None) -> None:
    """Exceptions escaping Qt slots on the main thread end up here: show them, never lose them."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if QCoreApplication.instance() is not None and not isinstance(error, KeyboardInterrupt):
            show_error(None, error)  # logs the type and frames (a LedgerError is the worker's own message)
        else:
            print(describe(kind, error, tb), file=sys.stderr)  # type and frames only: a message may quote records

    sys.excepthook = hook
