"""The Pay view's "To match" tab: imported statement payments no client was found for, each with why, and
matching one by hand (choose the client; the payer is remembered for next time), undoable with Ctrl+Z."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.matching import ManualMatch, UnmatchedLine, list_unmatched, match_by_hand, undo_match
from ...services.vault import Vault
from .. import formatting as fmt
from ..dialogs import error_text
from ..session import Session
from ..table_model import Column, TableModel
from ..undo import Failure, ServiceCommand
from ..widgets import InlineMessage, narrow_combo, read_only_table, small
from .text import day_text


def tr(text: str) -> str:
    return QCoreApplication.translate("pay", text)


class MatchPayment(ServiceCommand):
    """A statement payment matched by hand; undo takes the match (payment, links, new aliases) back."""

    def __init__(self, session: Session, match: ManualMatch, client: str, on_failure: Failure) -> None:
        super().__init__(session, tr("Match payment to %1").replace("%1", client), on_failure)
        self.match, self.client = match, client

    def apply(self) -> None:
        self._call(self._match)

    def revert(self) -> None:
        self._call(undo_match, self.match)

    def _match(self, vault: Vault) -> ManualMatch:
        self.match = match_by_hand(vault, self.match.line_id, self.client)
        return self.match


def payer_text(line: UnmatchedLine) -> str:
    return " ".join(part for part in (line.payer_name, f"<{line.payer_email}>" if line.payer_email else None) if part)


class UnmatchedModel(TableModel[UnmatchedLine]):
    """The payments to match; each cell's tooltip repeats it (references and reasons run long)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        cells: tuple[tuple[str, str, Callable[[UnmatchedLine], str]], ...] = (
            ("date", tr("Date"), lambda line: day_text(line.received_on)),
            ("amount", tr("Amount"), lambda line: fmt.money(line.gross)),
            ("fees", tr("Fees"), lambda line: fmt.money(line.fees)),
            ("payer", tr("Payer"), payer_text),
            ("reference", tr("Reference"), lambda line: line.reference or ""),
            ("statement", tr("Statement"), lambda line: f"{line.source} {line.transaction_id}"),
            ("why", tr("Why not matched"), lambda line: line.why))
        super().__init__([Column(key, title, text, tooltip=text) for key, title, text in cells], parent)


class UnmatchedPanel(QWidget):
    """The table, a client to match the selected payment to, and the Match button."""

    def __init__(self, session: Session, undo: QUndoStack, on_failure: Failure,
                 on_count: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.undo, self._on_failure, self._on_count = session, undo, on_failure, on_count
        self.model = UnmatchedModel(self)
        self.table = read_only_table(QTableView(), tr("Imported payments to match"), self.model, single=True)
        self.client = narrow_combo(QComboBox(), 24)
        self.client.setAccessibleName(tr("Client to match the payment to"))
        self.match_button = QPushButton(tr("Match to client"))
        self.match_button.clicked.connect(self.match_selected)
        self.message = InlineMessage()
        self.empty = small(tr("Nothing to match. Payments imported from a statement whose payer is not one of your "
                              "clients wait here."))
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Client:")))
        row.addWidget(self.client)
        row.addWidget(self.match_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        column.addWidget(self.message)
        self.table.hide()
        self.match_button.setEnabled(False)

    def set_clients(self, names: Sequence[str]) -> None:
        if [self.client.itemText(i) for i in range(self.client.count())] != list(names):
            self.client.clear()
            self.client.addItems(list(names))

    def refresh(self) -> None:
        if self.session.is_open:
            self.session.fetch(list_unmatched, on_result=self._show,
                               on_error=lambda error: self.message.problem(error_text(error)))

    def _show(self, lines: Sequence[UnmatchedLine]) -> None:
        self.model.set_rows(lines)
        self.table.setVisible(bool(lines))
        self.empty.setVisible(not lines)
        self.match_button.setEnabled(bool(lines))
        self._on_count(len(lines))

    def match_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else (0 if self.model.rowCount() == 1 else None)
        client = self.client.currentText()
        if row is None or not client:
            self.message.problem(tr("Select a payment and the client it is from."))
            return
        line = self.model.rows[row]

        def matched(match: ManualMatch) -> None:
            self.undo.push(MatchPayment(self.session, match, client, self._on_failure))
            self.message.hint(tr("Matched to %1; its payer will be recognised next time. Undo with Ctrl+Z.")
                              .replace("%1", client))

        self.session.call(match_by_hand, line.id, client, on_result=matched,
                          on_error=lambda error: self.message.problem(error_text(error)))
