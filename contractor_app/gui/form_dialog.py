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
  is enabled (:meth:`ready`) and how to store it (:meth:`save`, whose service call reports to :meth:`close_saved` or
  :meth:`failed`). :meth:`check`, connected to the fields, says what is wrong as it is typed, once
  :meth:`typed_enough` says enough is typed for that to help rather than nag.
- **Save is off while the form is being saved** (the busy state), whatever is typed meanwhile, so nothing is
  stored twice; a refusal shows inline and turns it back on. Every error goes through :meth:`show_error`.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
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


class FormPiece(QWidget):
    """Fields a dialog holds as one piece (a client with its pay, pay terms), with their own inline message, checked
    as they are typed: ``validity_changed`` says when they turn valid or not, for the dialog's Save."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = InlineMessage()
        self._valid: bool | None = None

    def value(self) -> Any:
        """What the fields hold; raises a LedgerError with a plain message when something is missing or wrong."""
        raise NotImplementedError

    def typed_enough(self) -> bool:
        """Whether enough is typed for :meth:`check` to say what is wrong (empty fields are unfinished, not wrong)."""
        raise NotImplementedError

    def check(self) -> bool:
        try:
            self.value()
        except LedgerError as error:
            valid = False
            if self.typed_enough():
                self.message.problem(error_text(error))
            else:
                self.message.clear()
        else:
            valid = True
            self.message.clear()
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        return valid

    @property
    def valid(self) -> bool:
        return bool(self._valid)


class FormDialog(QDialog):
    """A form with an inline message and Cancel / Save; see the module docstring for what it guarantees."""

    undo: QUndoStack | None = None  # where :meth:`close_saved` puts the command that takes the change back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = InlineMessage()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._saving = False
        self._width = 0  # set by lay_out
        self._as_opened: tuple[object, ...] | None = None
        self._return_focus = QApplication.focusWidget()

    def add_save_button(self, text: str) -> QPushButton:
        self.save_button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        return self.save_button

    def lay_out(self, form: QLayout | QWidget, width: int) -> None:
        """The form, the inline message under it and Cancel / Save, ``width`` wide and as tall as they need: sized
        now (an editable combo box keeps the width it is first measured at) and again when first shown, when the
        fields are filled and a hint filled in later has its lines."""
        column = QVBoxLayout(self)
        if isinstance(form, QLayout):
            column.addLayout(form)
        else:
            column.addWidget(form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self._width = width
        self.resize(width, self.sizeHint().height())

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

    def typed_enough(self) -> bool:
        """Whether enough is typed for :meth:`check` to say what is wrong (an empty form is unfinished, not wrong)."""
        return True

    def value_checks(self) -> bool:
        """Whether :meth:`value` takes what is typed: the :meth:`ready` of a form whose Save is on only then."""
        try:
            self.value()
        except LedgerError:
            return False
        return True

    def checked(self, value: Any | None) -> None:
        """What follows from the form as :meth:`check` found it (a net amount, a hint): ``value``, or None when
        it is not valid. Nothing by default."""

    def show_problem(self, text: str) -> None:
        self.message.problem(text)

    def show_error(self, error: BaseException) -> None:
        """The one place a form shows an error, its own or the service's, in the worker's language."""
        self.show_problem(error_text(error))

    # --- shared -----------------------------------------------------------------------------------------------

    def check(self) -> bool:
        """Check the form as it is typed: say what is wrong once :meth:`typed_enough`, and turn Save on or off."""
        try:
            value = self.value()
        except LedgerError as error:
            self.checked(None)
            if self.typed_enough():
                self.show_error(error)
            else:
                self.message.clear()
            self.update_save()
            return False
        self.message.clear()
        self.checked(value)
        self.update_save()
        return True

    def update_save(self) -> None:
        """Save is on when the form is :meth:`ready` and not already being saved."""
        self.save_button.setEnabled(self.ready() and not self._saving)

    def submit(self) -> None:
        if self._saving:
            return
        try:
            value = self.value()
        except LedgerError as error:
            self.show_error(error)
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.save(value)

    def close_saved(self, command: QUndoCommand | None = None) -> None:
        """The service stored the form: ``command``, if the change can be taken back, goes on the undo stack."""
        if command is not None:
            assert self.undo is not None, "a form whose change can be undone sets self.undo"
            self.undo.push(command)
        self.accept()

    def failed(self, error: BaseException) -> None:
        self._saving = False
        self.show_error(error)
        self.update_save()

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
        if self._as_opened is None and self._width:
            self.resize(self._width, self.sizeHint().height())
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
