"""The Evidence view: files kept as proof, each with its SHA-256 fingerprint, what it is linked to, a preview, and a
way to hand a copy to someone.

Files come in by drag and drop or "Add files…", added in the background one by one (evidence.importer). The list
(evidence.model) shows thumbnails decoded off the UI thread; the panel beside it (evidence.details) shows the selected
file. Every decoding goes through gui.previews, which treats each file as hostile.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.evidence import EvidenceRow as Evidence
from ...services.evidence import (
    Link,
    evidence_bytes,
    evidence_for_preview,
    export_evidence,
    link_evidence,
    list_evidence,
    unlink_evidence,
)
from ...services.vault import Vault
from ..dialogs import error_text
from ..fitted_table import FittedTable
from ..previews import preview
from ..session import CLIENTS, ENTRIES, EVIDENCE, INCIDENTS, PAYMENTS, Session
from ..view import View
from ..widgets import InlineMessage, heading
from .commands import UnlinkEvidence
from .details import DetailsPanel
from .drop_zone import DropZone
from .importer import EvidenceImport, ImportOutcome
from .link_dialog import LinkDialog, linkable_records
from .model import NAME, SHA256, EvidenceModel

THUMBNAIL_SIDE = 40
THUMBNAIL_MAX_BYTES = 25 * 1024 * 1024  # larger files show no thumbnail
THUMBNAILS_PER_PASS = 200
PREVIEW_MAX_BYTES = THUMBNAIL_MAX_BYTES  # larger files are never read for a preview: export a copy to open them
PREVIEWABLE = ("image/", "application/pdf")
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def _thumbnails(vault: Vault, ids: list[int]) -> dict[int, QImage | None]:
    """Small pictures of the files (off the UI thread); None for a file that cannot be decoded, so that it is not
    read again at every change."""
    images: dict[int, QImage | None] = {}
    for evidence_id in ids:
        try:
            images[evidence_id] = preview(evidence_bytes(vault, evidence_id), THUMBNAIL_SIDE)
        except Exception:  # noqa: BLE001 - a damaged file shows no thumbnail; its preview says why
            images[evidence_id] = None
    return images


def _preview(vault: Vault, evidence_id: int) -> QImage | None | bool:
    """The preview picture, None if the file has none, False if it is too large to read for a preview."""
    content = evidence_for_preview(vault, evidence_id, PREVIEW_MAX_BYTES)
    return False if content is None else preview(content)


def safe_file_name(name: str, evidence_id: int) -> str:
    """A name that stays inside the chosen folder on every system, whatever the kept name says."""
    cleaned = _UNSAFE_NAME.sub("_", name).strip().lstrip(".").strip()
    return cleaned[:200] or f"evidence-{evidence_id}"


def free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2)``, ``name (3)``… when taken: an export never replaces a file."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


class EvidenceView(View):
    def __init__(self, session: Session, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, undo, parent)
        self._thumbnailing = False  # a pass of thumbnails is being made off the UI thread
        self.setObjectName("evidenceView")
        self.zone = session.profile.zone
        self.model = EvidenceModel(self.zone, self)
        self.model.placeholder = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self.drop_zone = DropZone()
        self.drop_zone.files_dropped.connect(self.add_files)
        self.drop_zone.add_requested.connect(self.pick_files)
        self.importer = EvidenceImport(session, {}, self)
        self.importer.progress.connect(self._import_progress)
        self.importer.finished.connect(self._import_finished)
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Adding files"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Stop adding files"))
        self.cancel_button.clicked.connect(self.importer.cancel)
        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress_label, 1)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.progress_row.hide()
        self.message = InlineMessage()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.table = self._build_table()
        self.empty = QLabel(self.tr("Keep proof here: screenshots of your task counts, pay statements, emails, the "
                                    "contract. Each file gets a fingerprint (SHA-256) that shows it has not "
                                    "changed."))
        self.empty.setObjectName("evidenceEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(120, 60, 120, 0)
        font = self.empty.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty.setFont(font)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        self.details = DetailsPanel(self.zone)
        self.details.copy_button.clicked.connect(self.copy_fingerprint)
        self.details.link_button.clicked.connect(self.link_selected)
        self.details.unlink_requested.connect(lambda evidence_id, entity, entity_id: self.unlink(
            evidence_id, [(entity, entity_id)]))
        self.details.export_button.clicked.connect(self.export_copy)
        split = QSplitter()
        split.addWidget(self.list_stack)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 380])
        split.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.addWidget(heading(self.tr("Evidence")))
        column.addWidget(self.drop_zone)
        column.addWidget(self.progress_row)
        column.addWidget(self.message)
        column.addWidget(split, 1)
        self._preview_for: int | None = None
        session.changed.connect(self._on_changed)
        session.locked.connect(self.clear)
        self.refresh()

    def _build_table(self) -> QTableView:
        # File names wrap and take the room left; the fingerprint (whole in the details) may be cut.
        table = FittedTable(leftover=(NAME,), free=(SHA256,), most_lines=2)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Evidence files"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setIconSize(QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(THUMBNAIL_SIDE + 8)
        table.setAlternatingRowColors(True)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "Pay statement … November.pdf" keeps its type
        table.clicked.connect(self._clicked)
        table.selectionModel().currentRowChanged.connect(lambda current, _: self._show(current.row()))
        return table

    # --- the list ---------------------------------------------------------------------------------------------

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {EVIDENCE, CLIENTS, ENTRIES, PAYMENTS, INCIDENTS}:
            self.refresh()

    def refresh(self) -> None:
        if not self.session.is_open:
            return
        chosen = self.selected()
        rows = self.session.read(list_evidence)
        self.model.set_rows(rows)
        self.importer.kept_names = {row.id: row.name for row in rows}
        self.list_stack.setCurrentWidget(self.table if rows else self.empty)
        self.details.setVisible(bool(rows))
        if chosen is not None and self.model.row_of(chosen.id) >= 0:
            self.select(chosen.id)
        else:
            self._show(-1)
        self._load_thumbnails()

    def _load_thumbnails(self) -> None:
        """One pass at a time, each file tried once: changes arriving meanwhile wait for the pass to end."""
        if self._thumbnailing:
            return
        wanted = [row.id for row in self.model.without_thumbnail()
                  if row.media_type.startswith(PREVIEWABLE) and row.size <= THUMBNAIL_MAX_BYTES]
        if wanted:
            self._thumbnailing = True
            self.session.fetch(_thumbnails, wanted[:THUMBNAILS_PER_PASS], on_result=self._thumbnails_made,
                               on_error=lambda error: self._thumbnails_made({}))

    def _thumbnails_made(self, images: dict[int, QImage | None]) -> None:
        self._thumbnailing = False
        self.model.set_thumbnails(images)
        if images:
            self._load_thumbnails()

    def clear(self) -> None:
        self.importer.cancel()
        self.model.clear()
        self.details.show_evidence(None)
        self.message.clear()
        self.progress_row.hide()

    def selected(self) -> Evidence | None:
        return self.model.evidence_at(self.table.currentIndex().row())

    def select(self, evidence_id: int) -> None:
        row = self.model.row_of(evidence_id)
        if row < 0:
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show(row)

    def _show(self, row: int) -> None:
        evidence = self.model.evidence_at(row)
        self.details.show_evidence(evidence)
        self._preview_for = evidence.id if evidence else None
        if evidence is None:
            return
        self.details.preview.show_text(self.tr("Loading the preview…"))
        self.session.fetch(_preview, evidence.id, on_result=partial(self._previewed, evidence.id),
                           on_error=partial(self._preview_failed, evidence.id))

    def _previewed(self, evidence_id: int, image: QImage | None | bool) -> None:
        if evidence_id != self._preview_for:
            return  # another file was chosen meanwhile
        if image is False:
            self.details.preview.show_text(self.tr("This file is too large to preview (more than %1). Export a copy "
                                                   "to open it in another program.").replace(
                "%1", QLocale().formattedDataSize(PREVIEW_MAX_BYTES)))
        elif not isinstance(image, QImage):
            self.details.preview.show_text(self.tr("No preview for this file. Export a copy to open it in "
                                                   "another program."))
        else:
            self.details.preview.show_image(image)

    def _preview_failed(self, evidence_id: int, error: BaseException) -> None:
        if evidence_id == self._preview_for:
            self.details.preview.show_text(self.tr("No preview for this file.") + "\n" + error_text(error))

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == SHA256:
            self.copy_fingerprint()

    # --- adding files -----------------------------------------------------------------------------------------

    def pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        if names:
            self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path]) -> None:
        if self.importer.running:
            self.message.problem(self.tr("Files are still being added. Wait for them to finish, then add these."))
            return
        self.message.clear()
        self.progress.setRange(0, len(paths) if len(paths) > 1 else 0)  # one file: a busy bar
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(len(paths) > 1)  # one file is stored whole or not at all: nothing to stop
        self.progress_row.show()
        self.importer.start(paths)

    def _import_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("Adding %1 of %2: %3").replace("%1", str(done + 1))
                                    .replace("%2", str(total)).replace("%3", name))

    def _import_finished(self, outcome: ImportOutcome) -> None:
        self.progress_row.hide()
        lines = []
        if outcome.added:
            count = len(outcome.added)
            lines.append(self.tr("Added 1 file.") if count == 1 else
                         self.tr("Added %1 files.").replace("%1", str(count)))
        lines.extend(outcome.problems)
        if outcome.not_started:
            lines.append(self.tr("Stopped: 1 file was not added.") if outcome.not_started == 1 else
                         self.tr("Stopped: %1 files were not added.").replace("%1", str(outcome.not_started)))
        text = "\n".join(lines)
        if outcome.problems or outcome.not_started:
            self.message.problem(text)
        elif text:
            self.message.hint(text)
        focus = outcome.already_kept[-1:] or [view.id for view in outcome.added[-1:]]
        if focus:
            self.select(focus[0])

    # --- actions on the selected file -------------------------------------------------------------------------

    def copy_fingerprint(self) -> None:
        evidence = self.selected()
        if evidence is None:
            return
        QGuiApplication.clipboard().setText(evidence.sha256)
        self.details.message.hint(self.tr("Fingerprint copied: paste it wherever you need to show it."))

    def link_selected(self) -> LinkDialog | None:
        evidence = self.selected()
        if evidence is None:
            return None
        choices = self.session.read(linkable_records, self.zone, self.session.profile.timezone)
        dialog = LinkDialog(evidence, choices, self)
        dialog.accepted.connect(lambda: self.link(evidence.id, dialog.links()))
        dialog.open()
        return dialog

    def link(self, evidence_id: int, links: list[Link]) -> None:
        if not links:
            return
        self.session.call(link_evidence, evidence_id, links,
                          on_result=lambda view: self._linked(view),
                          on_error=lambda error: self.details.message.problem(error_text(error)))

    def unlink(self, evidence_id: int, links: list[tuple[str, int]]) -> None:
        """Take links off a file (undo links them again); the file stays kept."""
        def done(view: Evidence) -> None:
            self.undo.push(UnlinkEvidence(self.session, evidence_id, links, self._undo_failed))
            self.select(view.id)
            self.details.message.hint(self.tr("Unlinked. Undo (Ctrl+Z) links it again."))

        self.session.call(unlink_evidence, evidence_id, links, on_result=done,
                          on_error=lambda error: self.details.message.problem(error_text(error)))

    def _undo_failed(self, error: BaseException) -> None:
        self.undo.clear()
        self.failed.emit(error)

    def _linked(self, view: Evidence) -> None:
        self.select(view.id)
        self.details.message.hint(self.tr("Linked."))

    def export_copy(self) -> None:
        if self.selected() is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export a copy to…"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        evidence = self.selected()
        if evidence is None:
            return
        dest = free_path(folder, safe_file_name(evidence.name, evidence.id))
        self.details.message.hint(self.tr("Exporting…"))
        self.session.fetch(export_evidence, evidence.id, dest,
                           on_result=lambda _: self.details.message.hint(
                               self.tr("Saved a copy as %1. It matches its fingerprint.").replace("%1", str(dest))),
                           on_error=lambda error: self.details.message.problem(
                               self.tr("The copy was not saved: %1").replace("%1", error_text(error))))
