"""Error dialogs: every error becomes one, never a lost exception.

Expected errors (a LedgerError) carry their own plain message: what happened, whether anything changed, what to
do. Anything else is a bug: the dialog says the records are safe (each change is saved whole or not at all) and
the traceback goes to the log, never into the dialog, where it might quote records. The typed errors' messages are
shown in the worker's language, names kept as written (error_messages.py).
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..errors import LedgerError
from .errorlog import describe, log_unexpected

if TYPE_CHECKING:  # loaded when an error is shown: the hook is installed before the unlock window, which paints
    # before either is needed (issue 18: QMessageBox's enums and the messages' table cost 4 ms of the start)
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def error_text(error: BaseException) -> str:
    if isinstance(error, LedgerError):
        from .error_messages import translated

        return translated(error)
    return tr("Something unexpected stopped this action ({name}). Your records are safe: every change is saved "
              "whole or not at all. Try again; if it happens again, please report it.").format(
        name=type(error).__name__)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> QMessageBox:
    """Show ``error`` in a window-modal message box (returned, so tests can read and close it)."""
    from PySide6.QtWidgets import QMessageBox

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
