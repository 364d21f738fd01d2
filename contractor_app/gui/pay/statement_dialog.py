"""Pay → "Import statement…": a PayPal, Wise, Upwork, Payoneer or bank statement, previewed before anything is written.

The worker picks the file, its kind and (optionally) the one client it is all from; a Payoneer or other payments
CSV also needs its columns chosen (column_mapping.py), read from the file. Preview reads it off the UI
thread and lists every new payment with the client and invoice it was matched to, or why not, plus what was
skipped. Import records it in one step (all of it, or nothing); payments with no client then wait in the Pay
view's "To match" tab. A file the importer refuses shows its one-line reason, naming the line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import InvalidInput
from ...services.clients.directory import ClientInfo
from ...services.statement_imports import (
    MAPPED,
    LineOutcome,
    StatementPreview,
    StatementRequest,
    import_statement,
    mapping_choices,
    preview_statement,
)
from .. import formatting as fmt
from ..dialogs import error_text
from ..session import Session
from ..table_model import Column, TableModel
from ..widgets import InlineMessage, read_only_table, small
from .column_mapping import ColumnMapping
from .text import day_text

# Marked for lupdate (a plain string in a tuple is never extracted), translated when the list is shown.
KINDS = ((QT_TRANSLATE_NOOP("StatementDialog", "PayPal activity download (CSV)"), "paypal"),
         (QT_TRANSLATE_NOOP("StatementDialog", "Wise statement or transaction history (CSV)"), "wise"),
         (QT_TRANSLATE_NOOP("StatementDialog", "Upwork transaction history (CSV)"), "upwork"),
         (QT_TRANSLATE_NOOP("StatementDialog", "Payoneer transactions (CSV)"), "payoneer"),
         (QT_TRANSLATE_NOOP("StatementDialog", "Bank or other payments (CSV, choose its columns)"), "payments-csv"))


class OutcomesModel(TableModel[LineOutcome]):
    """The preview's new payments: line, date, amount, payer, and the client and invoice (or why not).

    Each cell's tooltip repeats it: the "why not" column is often wider than the dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], parent)  # first: self.tr needs the QObject
        cells: tuple[tuple[str, str, Callable[[LineOutcome], str]], ...] = (
            ("line", self.tr("Line"), lambda item: str(item.line)),
            ("date", self.tr("Date"), lambda item: day_text(date.fromisoformat(item.received_on))),
            ("amount", self.tr("Amount"), lambda item: fmt.money(item.amount)),
            ("payer", self.tr("Payer"), lambda item: item.payer or ""),
            ("client", self.tr("Client"), lambda item: item.client or self.tr("— to match")),
            ("invoice", self.tr("Invoice or why not"), self._invoice_text))
        self.columns = tuple(Column(key, title, text, tooltip=text) for key, title, text in cells)

    def _invoice_text(self, item: LineOutcome) -> str:
        if item.invoice is not None:
            short = (" " + self.tr("(short by %1)").replace("%1", fmt.money(item.invoice.shortfall))
                     if item.invoice.kind == "short" else "")
            return item.invoice.label + short
        return item.why or ""


class StatementDialog(QDialog):
    def __init__(self, session: Session, clients: Sequence[ClientInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview: StatementPreview | None = None
        self.setWindowTitle(self.tr("Import a payment statement"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of statement"))
        for label, key in KINDS:
            self.kind.addItem(self.tr(str(label)), key)
        self.client = QComboBox()
        self.client.setAccessibleName(self.tr("Client"))
        self.client.addItem(self.tr("Match each payment by payer"), None)
        for client in clients:
            self.client.addItem(client.name, client.name)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Statement file"))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("&Statement"), self.kind)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("F&rom"), self.client)
        self.columns = ColumnMapping()
        self.columns.setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.outcomes = OutcomesModel(self)
        self.table = read_only_table(QTableView(), self.tr("Payments in the statement"), self.outcomes,
                                     whole_rows=False)
        self.message = InlineMessage()
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.run_preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setDefault(True)  # Enter previews; once a preview shows new payments, Enter imports
        self.import_button.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        for changed in (self.kind.currentIndexChanged, self.client.currentIndexChanged, self.path.textChanged,
                        self.columns.source.textChanged):
            changed.connect(self._forget_preview)
        for combo in self.columns.combos.values():
            combo.currentIndexChanged.connect(self._forget_preview)
        self.kind.currentIndexChanged.connect(self.read_columns)
        self.path.editingFinished.connect(self.read_columns)
        self.columns.source.editingFinished.connect(self.read_columns)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.columns)
        column.addWidget(small(self.tr("Only money in from clients becomes a payment: withdrawals, transfers "
                                       "between your balances, refunds and holds are counted and skipped. "
                                       "Importing the same statement again adds nothing.")))
        column.addWidget(self.summary)
        column.addWidget(self.table, 1)
        column.addWidget(self.message)
        column.addWidget(buttons)
        self.resize(820, 520)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a statement"), "",
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if name:
            self.path.setText(name)
            self.read_columns()

    def mapped(self) -> bool:
        return self.kind.currentData() in MAPPED

    def read_columns(self) -> None:
        """For a file whose columns the worker chooses: read its header (and the saved choices) off the UI thread."""
        self.columns.setVisible(self.mapped())
        self.columns.show_source(self.kind.currentData() == "payments-csv")
        if self.mapped():  # room for the column choices and the preview table below them
            self.resize(self.width(), max(self.height(), 760))
        self.columns.forget()
        path = self.path.text().strip()
        if self.mapped() and path:
            self.session.fetch(mapping_choices, self.kind.currentData(), Path(path), self.columns.source_name(),
                               on_result=self.columns.set_choices, on_error=self._failed)

    def request(self) -> StatementRequest:
        """InvalidInput when a required column is not chosen."""
        mapped = self.mapped()
        return StatementRequest(format=self.kind.currentData(), path=Path(self.path.text().strip()),
                                client=self.client.currentData(),
                                source=self.columns.source_name() if mapped else None,
                                mapping=self.columns.mapping() if mapped else None)

    def _forget_preview(self) -> None:
        self.preview = None
        self.import_button.setEnabled(False)
        self.preview_button.setDefault(True)

    def run_preview(self) -> None:
        if not self.path.text().strip():
            self.message.problem(self.tr("Choose the statement file first."))
            return
        self.message.clear()
        try:
            request = self.request()
        except InvalidInput as error:
            self.message.problem(error_text(error))
            return
        self._busy(True)
        self.session.fetch(preview_statement, request, on_result=self._previewed, on_error=self._failed)

    def _busy(self, busy: bool) -> None:
        """While a preview or an import runs, neither button starts another; Import needs new payments shown."""
        self.preview_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self.preview is not None and self.preview.new > 0)

    def _previewed(self, preview: StatementPreview) -> None:
        self.preview = preview
        self._busy(False)
        self.outcomes.set_rows(preview.outcomes)
        self.summary.setText(self.summary_text(preview))
        # A wrapped label above a stretching table is given one line unless told its height.
        self.summary.setMinimumHeight(self.summary.heightForWidth(max(self.table.width(), 400)))
        self.layout().activate()  # type: ignore[union-attr]  # set in __init__
        if preview.new > 0:
            self.import_button.setDefault(True)

    def summary_text(self, preview: StatementPreview) -> str:
        """A method, not a function taking the dialog: tr() looks translations up under the class's name."""
        parts = [self.tr("%n new payments, %1 matched to a client.", "", preview.new)
                 .replace("%1", str(preview.recorded))]
        for total in preview.totals:
            parts.append(self.tr("%1: gross %2, fees %3, net %4.").replace("%1", total.currency)
                         .replace("%2", f"{total.gross:,}").replace("%3", f"{total.fees:,}")
                         .replace("%4", f"{total.net:,}"))
        if preview.already_imported:
            parts.append(self.tr("Already imported: %1.").replace("%1", str(preview.already_imported)))
        if preview.skipped:
            parts.append(self.tr("Skipped: %1.").replace("%1", ", ".join(f"{n} {why}" for why, n in preview.skipped)))
        return "\n".join(parts)

    def run_import(self) -> None:
        if self.preview is None:
            return
        self._busy(True)
        self.session.call(import_statement, self.request(), on_result=self._imported,
                          on_error=self._failed)

    def _imported(self, result: StatementPreview) -> None:
        self.preview = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._forget_preview()
        self._busy(False)
        self.message.problem(error_text(error))
