"""The written contract: whether one is on file, and the kept evidence file that holds it (its name and SHA-256
fingerprint, so a printed copy can be matched to it). Freelancer laws entitle many workers to a written contract;
having it at hand is the first thing a wage claim asks for.

A file can be picked from the evidence already kept, or added from disk (kept as evidence, then linked). Adding
reads and fingerprints the file off the UI thread, with a busy bar.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.clients.details import ClientDetails, set_contract
from ...services.evidence import EvidenceRow, add_contract_file, list_evidence
from .. import formatting as fmt
from ..dialogs import error_text
from ..session import Session
from ..table_model import Column, TableModel
from ..widgets import InlineMessage, read_only_table, small
from .text import short_sha, tr

EVIDENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class EvidenceListModel(TableModel[EvidenceRow]):
    """Kept evidence files to choose the contract from: name, when added, fingerprint, what each is linked to."""

    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        super().__init__([
            Column("name", tr("File"), lambda row: row.name, tooltip=lambda row: row.name),
            Column("added", tr("Added"), lambda row: fmt.date_text(row.added_at, zone)),
            Column("sha256", tr("SHA-256"), lambda row: short_sha(row.sha256), tooltip=lambda row: row.sha256),
            Column("links", tr("Linked to"), lambda row: ", ".join(link.label for link in row.links))], parent)
        self.zone = zone

    def extra(self, row: EvidenceRow, key: str, role: int) -> Any:
        return row.id if role == EVIDENCE_ID_ROLE else None


class EvidencePicker(QDialog):
    """Choose one kept evidence file as the contract."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the contract file"))
        self.model = EvidenceListModel(session.profile.zone, self)
        self.model.set_rows(session.read(list_evidence))
        self.table = read_only_table(QTableView(), self.tr("Kept evidence files"), self.model, single=True)
        self.table.doubleClicked.connect(self.accept)
        empty = small(self.tr("No files are kept as evidence yet. Close this and use \"Add the contract "
                              "file…\" to add it from your computer."))
        empty.setVisible(self.model.rowCount() == 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)  # Enter is not Cancel
        self.link_button = self.buttons.addButton(self.tr("Link as contract"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.link_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.link_button.setEnabled(self.chosen() is not None))
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addWidget(empty)
        column.addWidget(self.buttons)
        self.resize(720, 400)

    def choose(self, evidence_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(EVIDENCE_ID_ROLE) == evidence_id:
                self.table.selectRow(row)

    def chosen(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(EVIDENCE_ID_ROLE) if rows else None


class ContractPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client: ClientDetails | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setObjectName("contractStatus")
        self.on_file = QCheckBox(self.tr("A written contract is on file"))
        self.on_file.clicked.connect(self._on_file_clicked)
        self.choose_button = QPushButton(self.tr("Link a kept file…"))
        self.choose_button.setToolTip(self.tr("Choose the contract among the files kept in Evidence"))
        self.choose_button.clicked.connect(self.choose_evidence)
        self.add_button = QPushButton(self.tr("Add the contract file…"))
        self.add_button.setToolTip(self.tr("Keep a file from your computer as evidence and link it as the contract"))
        self.add_button.clicked.connect(lambda: self.add_file())
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Adding the contract file"))
        self.busy.hide()
        self.message = InlineMessage()
        why = small(self.tr("Freelancer laws in several places entitle you to a written contract above a "
                            "threshold. Keeping it here, fingerprinted, helps prove what was agreed."))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.status)
        column.addWidget(self.on_file)
        column.addLayout(buttons)
        column.addWidget(self.busy)
        column.addWidget(self.message)
        column.addWidget(why)
        self._picker: EvidencePicker | None = None

    def show_client(self, client: ClientDetails | None) -> None:
        self.client = client
        self.message.clear()
        if client is None:
            self.status.clear()
            return
        self.on_file.setChecked(client.contract_on_file)
        if client.contract is not None:
            self.status.setText(self.tr("On file: %1\nSHA-256 %2").replace("%1", client.contract.name)
                                .replace("%2", short_sha(client.contract.sha256)))
            self.status.setToolTip(self.tr("SHA-256 fingerprint: %1").replace("%1", client.contract.sha256))
        elif client.contract_on_file:
            self.status.setText(self.tr("On file, but not kept here. Add the file to have it at hand."))
            self.status.setToolTip("")
        else:
            self.status.setText(self.tr("No written contract on file."))
            self.status.setToolTip("")

    def _set(self, *, on_file: bool, evidence_id: int | None) -> None:
        assert self.client is not None
        self.session.call(set_contract, self.client.id, on_file=on_file, evidence_id=evidence_id,
                          on_error=self._failed)

    def _on_file_clicked(self, checked: bool) -> None:
        if self.client is not None:
            keep = self.client.contract.evidence_id if checked and self.client.contract else None
            self._set(on_file=checked, evidence_id=keep)

    def choose_evidence(self) -> EvidencePicker:
        picker = EvidencePicker(self.session, self)
        if self.client is not None and self.client.contract is not None:
            picker.choose(self.client.contract.evidence_id)
        picker.accepted.connect(lambda: self.link(picker.chosen()))
        self._picker = picker
        picker.open()
        return picker

    def link(self, evidence_id: int | None) -> None:
        if evidence_id is not None and self.client is not None:
            self._set(on_file=True, evidence_id=evidence_id)

    def add_file(self, path: Path | None = None) -> None:
        """Keep ``path`` (or a file the worker picks) as evidence and link it as the contract."""
        if self.client is None:
            return
        if path is None:
            dialog = QFileDialog(self, self.tr("Choose the contract file"))
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.fileSelected.connect(lambda chosen: self.add_file(Path(chosen)))
            dialog.open()
            return
        self._busy(True)
        self.session.call(add_contract_file, self.client.id, path,
                          on_result=lambda _: self._busy(False), on_error=self._failed)

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in (self.add_button, self.choose_button, self.on_file):
            button.setEnabled(not busy)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if self.client is not None:
            self.on_file.setChecked(self.client.contract_on_file)
        self.message.problem(error_text(error))
