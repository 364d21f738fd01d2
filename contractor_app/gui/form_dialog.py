"""The frame every form dialog stands on, so that no dialog drops what was typed.

Three rules, each a bug found with real users:

- **Enter saves, or says what is missing.** Qt makes the first auto-default push button in the focus chain the
  default when none is set, and a button's ``setDefault`` made before its box is inside the dialog does not count:
  with the GNOME button order that was Cancel, so Enter threw the form away. Here Enter in any field (not on a
  focused push button) runs :meth:`FormDialog.submit`, and Save is made the default once the dialog is shown.
- **Escape, Cancel or closing a form with changes asks first** (:func:`confirm_discard`).
- **Focus returns where it was** when the dialog closes (it was left nowhere, so the keyboard lost its place). A
  shortcut that opened it from another view hid that place, and Qt had put focus on the new view's scroll area,
  which shows no focus: focus then goes to the first control of the view that opened the dialog.
- **The check/submit/failed trio lives here**, once: a subclass says what the form holds (:meth:`value`), when Save
  is enabled (:meth:`ready`) and how to store it (:meth:`save`, whose service call reports to :meth:`failed`).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from ..errors import LedgerError
from .dialogs import error_text
from .widgets import InlineMessage


def tr(text: str) -> str:
    return QCoreApplication.translate("FormDialog", text)


def confirm_discard(parent: QWidget) -> bool:
    """Ask before a form with changes is closed; True to throw the changes away. "Keep editing" is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Discard changes?"),
                      tr("What you typed in this form has not been saved."), parent=parent)
    discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class FormDialog(QDialog):
    """A form with an inline message and Cancel / Save; see the module docstring for what it guarantees."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = InlineMessage()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._saving = False
        self._as_opened: tuple[object, ...] | None = None
        self._return_focus = QApplication.focusWidget()

    def add_save_button(self, text: str) -> QPushButton:
        self.save_button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        return self.save_button

    # --- for each form ----------------------------------------------------------------------------------------

    def value(self) -> Any:
        """What the form holds; raises a LedgerError with a plain message when something is missing or wrong."""
        raise NotImplementedError

    def save(self, value: Any) -> None:
        """Start storing ``value``: a session call whose ``on_error`` is :meth:`failed` and which accepts."""
        raise NotImplementedError

    def ready(self) -> bool:
        """Whether Save is enabled. Enter still runs :meth:`submit` when it is not, to say what is missing."""
        return True

    def show_problem(self, text: str) -> None:
        self.message.problem(text)

    # --- shared -----------------------------------------------------------------------------------------------

    def submit(self) -> None:
        if self._saving:
            return
        try:
            value = self.value()
        except LedgerError as error:
            self.show_problem(error_text(error))
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.save(value)

    def failed(self, error: BaseException) -> None:
        self._saving = False
        self.show_problem(error_text(error))
        self.save_button.setEnabled(self.ready())

    def has_changes(self) -> bool:
        return self._as_opened is not None and self._typed() != self._as_opened

    def _typed(self) -> tuple[object, ...]:
        """Everything the fields show, in a fixed order: compared with the form as opened."""
        values: list[object] = []
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit):
                values.append(child.text())
            elif isinstance(child, QPlainTextEdit):
                values.append(child.toPlainText())
            elif isinstance(child, QComboBox):
                values.append(child.currentText())
            elif isinstance(child, QAbstractSpinBox):
                values.append(child.text())
            elif isinstance(child, QAbstractButton) and child.isCheckable():
                values.append(child.isChecked())
        return tuple(values)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.save_button.setDefault(True)  # now that the box is inside the dialog, it counts
        if self._as_opened is None:
            self._as_opened = self._typed()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if enter and plain and not isinstance(self.focusWidget(), QPushButton):
            self.submit()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        super().done(result)
        back = self._return_focus
        if back is None or not shiboken6.isValid(back) or not back.isVisible():
            back = self._first_control()
        elif isinstance(back, QScrollArea):  # a view's area, where a shortcut that switched views left focus
            back = self._first_control() or back
        if back is not None:
            back.window().activateWindow()
            back.setFocus(Qt.FocusReason.OtherFocusReason)

    def _first_control(self) -> QWidget | None:
        """The first visible control Tab reaches in the widget that opened the dialog (not a scroll area)."""
        opener = self.parentWidget()
        if opener is None or not opener.isVisible():
            return None
        widget = opener.nextInFocusChain()
        while widget is not None and widget is not opener and opener.isAncestorOf(widget):
            if (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and not isinstance(widget, QScrollArea)):
                return widget
            widget = widget.nextInFocusChain()
        return None

    def reject(self) -> None:
        if not self._saving and self.has_changes() and not confirm_discard(self):
            return
        super().reject()
