"""Small widgets shared by windows: a password field with a show toggle, an inline message, a strength meter, and
the set-up of a read-only list and of its row of buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .by_name import set_by_name

if TYPE_CHECKING:  # the lists' and combo boxes' classes load with the views that use them: the unlock window, the
    # first of these widgets' users, paints before them (issue 18: QAbstractItemView's and QComboBox's enums alone
    # took 4 ms to set up, the FittedTable module 9 ms)
    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtWidgets import QComboBox, QTableView


def narrow_combo(box: QComboBox, characters: int = 12) -> QComboBox:
    """A combo box whose width does not grow with its longest item (a client's name can be very long)."""
    from PySide6.QtWidgets import QComboBox
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
    return box


Table = TypeVar("Table", bound="QTableView")


def read_only_table(table: Table, name: str, model: QAbstractItemModel | None = None, *, single: bool = False,
                    whole_rows: bool = True) -> Table:
    """``table`` set up as a list the worker reads and picks from: no editing, no row numbers, each column as wide
    as its contents and the last one taking what is left (a FittedTable shares out its width itself). ``name`` is
    what a screen reader calls it; ``single`` lets one row at a time be selected; ``whole_rows`` selects a row
    rather than a cell (a statement's preview, whose rows nothing acts on, keeps Qt's cell selection). A list whose
    texts can be wider than the window (a long client name beside a note) is better a FittedTable, which never
    scrolls sideways: the Costs tab's two lists are."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    from .fitted_table import FittedTable

    if model is not None:
        table.setModel(model)
    table.setAccessibleName(name)
    if whole_rows:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    if not isinstance(table, FittedTable):  # which shares out the width itself
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
    return table


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """The buttons that act on a list (Add, Edit, Delete…), side by side from the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def fill_client_filter(box: QComboBox, names: list[str], everyone: str) -> None:
    """A view's client filter: ``everyone`` ("All clients", data None), then each client's name (its data, and its
    tooltip when the box is too narrow to show it). The choice is kept while that client is still there; nothing is
    announced while the items change, and nothing changes when the names are the same."""
    if box.count() and [box.itemData(i) for i in range(1, box.count())] == names:
        return
    from PySide6.QtCore import Qt  # here: the unlock window, which imports this module, paints without it (by_name)

    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    box.addItem(everyone, None)
    for name in names:
        box.addItem(name, name)
        box.setItemData(box.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
    box.setCurrentIndex(max(box.findData(current), 0) if current else 0)
    box.blockSignals(False)


def heading(text: str, scale: float = 1.5) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def small(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 0.85)
    label.setFont(font)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class PasswordField(QWidget):
    """A password line edit with a "Show" toggle; ``field`` is the QLineEdit itself."""

    returnPressed = Signal()
    textChanged = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(accessible_name)
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Show"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show the password"))
        set_by_name(self.toggle, focusPolicy="TabFocus")  # by name: the unlock window paints without Qt's enums
        self.toggle.toggled.connect(self._show)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.toggle)
        self.setFocusProxy(self.field)
        self.field.returnPressed.connect(self.returnPressed)
        self.field.textChanged.connect(self.textChanged)

    def _show(self, shown: bool) -> None:
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))

    def text(self) -> str:
        return self.field.text()

    def setText(self, text: str) -> None:
        self.field.setText(text)

    def clear(self) -> None:
        self.field.clear()


class InlineMessage(QLabel):
    """An error or hint under a field: problems in red with a warning sign, hints in the normal colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        set_by_name(self, textInteractionFlags="TextSelectableByMouse")  # the unlock window's: as above
        self.hide()

    def problem(self, text: str) -> None:
        from .palette_hook import show_problem  # here: the palette watcher is for a message shown, not an empty one

        show_problem(self, True)
        self.setText("\u26a0 " + text)
        self.setAccessibleDescription(text)
        self.show()

    def hint(self, text: str) -> None:
        from .palette_hook import show_problem

        show_problem(self, False)
        self.setText(text)
        self.show()

    def clear(self) -> None:
        super().clear()
        self.hide()


class StrengthMeter(QWidget):
    """A bar and a word: "Weak", "Fair", "Strong", "Very strong"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.tr("Password strength"))
        self.label = QLabel()
        self.label.setWordWrap(True)  # the longest advice made Settings scroll sideways at 200% text
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.bar)
        column.addWidget(self.label)
        self.update_for("")

    def update_for(self, password: str, personal: tuple[str, ...] = ()) -> int:
        from .strength import assess  # here: the password list it checks is for choosing a password, not unlocking

        strength = assess(password, personal=personal)
        words = {
            0: self.tr("Too short: use at least 8 characters. A few unrelated words make a strong password."),
            1: self.tr("Weak: easy to guess. Add more words or characters."),
            2: self.tr("Fair: could be stronger. Another word would help."),
            3: self.tr("Strong."),
            4: self.tr("Very strong."),
        }
        common = self.tr("Too common: this is one of the 10,000 passwords anyone with your files tries first. "
                         "Choose another; a few unrelated words make a strong password.")
        self.bar.setValue(strength.score)
        # Nothing typed yet is not "too short": say what is wanted instead.
        self.label.setText(common if strength.common else words[strength.score] if password else self.tr(
            "Use at least 8 characters. A few unrelated words make a strong password."))
        self.bar.setAccessibleDescription(self.label.text())
        return strength.score
