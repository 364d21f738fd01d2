"""The selected file, beside the list: its preview, the full fingerprint to select or copy, what it is linked to,
and the actions on it (link, unlink, export a copy).

The fingerprint sits in a read-only field so it can be selected with the mouse or keyboard and compared character by
character with a copy someone else holds; "Copy" puts it on the clipboard in one click.
"""

from __future__ import annotations

from datetime import tzinfo
from functools import partial

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QVBoxLayout, QWidget

from ...services.evidence import EvidenceRow
from .. import formatting as fmt
from ..previews import PreviewLabel
from ..widgets import InlineMessage, small
from .model import link_text, links_text


class DetailsPanel(QWidget):
    unlink_requested = Signal(int, str, int)  # evidence id, entity, entity id: one link to take off

    def __init__(self, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.preview = PreviewLabel()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.sha256 = QLineEdit()
        self.sha256.setReadOnly(True)
        self.sha256.setAccessibleName(self.tr("Fingerprint (SHA-256)"))
        self.sha256.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.sha256.setCursorPosition(0)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the fingerprint"))
        self.added = QLabel()
        self.file_size = QLabel()
        self.media_type = QLabel()
        self.links = QLabel()
        self.links.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.added, self.file_size, self.media_type, self.links, self.note):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link_button = QPushButton(self.tr("Link to…"))
        self.link_button.setAccessibleName(self.tr("Link this file to a client, entries, payments or incidents"))
        self.unlink_button = QPushButton(self.tr("Unlink…"))
        self.unlink_button.setAccessibleName(self.tr("Take a link off this file"))
        self.unlink_button.setMenu(QMenu(self.unlink_button))  # one item per link, filled for the chosen file
        self.export_button = QPushButton(self.tr("Export a copy…"))
        self.export_button.setAccessibleName(self.tr("Export a copy of this file to a folder"))
        self.message = InlineMessage()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        hash_row = QHBoxLayout()
        hash_row.addWidget(self.sha256, 1)
        hash_row.addWidget(self.copy_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Added"), self.added)
        form.addRow(self.tr("Size"), self.file_size)
        form.addRow(self.tr("Type"), self.media_type)
        form.addRow(self.tr("Linked to"), self.links)
        form.addRow(self.tr("Note"), self.note)
        self._note_row = form.rowCount() - 1
        self._form = form
        actions = QHBoxLayout()
        actions.addWidget(self.link_button)
        actions.addWidget(self.unlink_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        self.body = QWidget()  # everything but the preview: hidden while no file is chosen
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.name)
        body.addWidget(small(self.tr("Fingerprint (SHA-256): if even one byte of the file changed, this would "
                                     "be different.")))
        body.addLayout(hash_row)
        body.addLayout(form)
        body.addLayout(actions)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.preview, 1)
        column.addWidget(self.body)
        column.addWidget(self.message)
        self.show_evidence(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_hash()

    def _fit_hash(self) -> None:
        """The largest monospace size (down to 7 pt) at which all 64 digits show without scrolling."""
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        room = self.width() - self.copy_button.sizeHint().width() - 40
        size = max(font.pointSizeF(), 7.0)
        while size > 7.0 and QFontMetricsF(self._sized(font, size)).horizontalAdvance("0" * 64) > room:
            size -= 0.5
        self.sha256.setFont(self._sized(font, size))

    @staticmethod
    def _sized(font: QFont, size: float) -> QFont:
        sized = QFont(font)
        sized.setPointSizeF(size)
        return sized

    def show_evidence(self, evidence: EvidenceRow | None) -> None:
        self.message.clear()
        self.body.setVisible(evidence is not None)
        if evidence is None:
            self.preview.show_text(self.tr("Choose a file in the list to see it here."))
            self.name.setText("")
            self.sha256.clear()
            for label in (self.added, self.file_size, self.media_type, self.links, self.note):
                label.setText("")
            self._form.setRowVisible(self._note_row, False)
            return
        self.name.setText(evidence.name)
        self.sha256.setText(evidence.sha256)
        self.sha256.setCursorPosition(0)
        self.sha256.setToolTip(evidence.sha256)
        self.added.setText(f"{fmt.date_text(evidence.added_at, self.zone)}  "
                           f"{fmt.time_text(evidence.added_at, self.zone)}")
        self.file_size.setText(self.tr("%1 (%2 bytes)").replace("%1", QLocale().formattedDataSize(evidence.size))
                          .replace("%2", QLocale().toString(evidence.size)))
        self.media_type.setText(evidence.media_type)
        unlinked = self.tr("Not linked yet: use “Link to…” to say what this file is proof of.")
        self.links.setText(links_text(evidence.links) or unlinked)
        menu = self.unlink_button.menu()
        menu.clear()
        for link in evidence.links:
            action = menu.addAction(link_text(link))
            action.triggered.connect(partial(self.unlink_requested.emit, evidence.id, link.entity, link.entity_id))
        self.unlink_button.setEnabled(bool(evidence.links))
        self.note.setText(evidence.note or "")
        self._form.setRowVisible(self._note_row, bool(evidence.note))
