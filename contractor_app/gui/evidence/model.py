"""The evidence list as a Qt table: one row per kept file, holding the service's plain ``EvidenceRow`` records.

Thumbnails arrive later (decoded off the UI thread) and are kept by evidence id, so a refresh after a link or an
import does not decode every picture again. The fingerprint column shows a short form; the full SHA-256 is in its
tooltip and in the details beside the list, where it can be selected and copied.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QIcon, QImage

from ...services.evidence import EvidenceRow, LinkedRecord
from .. import formatting as fmt

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole  # the row's EvidenceRow
COLUMNS = ("name", "added", "size", "sha256", "links")
NAME, ADDED, SIZE, SHA256, LINKS = range(len(COLUMNS))
AnyIndex = QModelIndex | QPersistentModelIndex


def short_hash(sha256: str) -> str:
    """"3f2a 9c1e 77b0…": enough to tell files apart at a glance, in groups a person can compare."""
    return " ".join(sha256[i:i + 4] for i in range(0, 12, 4)) + "…"


def added_text(moment: datetime, zone: tzinfo) -> str:
    """"27 Nov 2026 15:23", in the worker's zone."""
    here = moment.astimezone(zone)
    return QLocale().toString(QDateTime(QDate(here.year, here.month, here.day), QTime(here.hour, here.minute)),
                              "d MMM yyyy  HH:mm")


def tr(text: str) -> str:
    return QCoreApplication.translate("evidence", text)


def link_text(link: LinkedRecord) -> str:
    """A link in words: a client by name, other records by kind and number."""
    labels = {"entry": tr("Entry #%1"), "payment": tr("Payment #%1"), "invoice": tr("Invoice #%1"),
              "incident": tr("Incident #%1"), "data": tr("Data record #%1")}
    if link.entity == "client":
        return link.label
    return labels.get(link.entity, link.label).replace("%1", str(link.entity_id))


def links_text(links: tuple[LinkedRecord, ...]) -> str:
    return ", ".join(link_text(link) for link in links)


class EvidenceModel(QAbstractTableModel):
    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self._rows: list[EvidenceRow] = []
        self._thumbnails: dict[int, QImage | None] = {}  # None: tried, not decodable
        self.placeholder: QIcon | None = None  # shown until (or instead of) a thumbnail, so names line up
        self._headers = (self.tr("File"), self.tr("Added"), self.tr("Size"), self.tr("SHA-256"),
                         self.tr("Linked to"))

    # --- contents ---------------------------------------------------------------------------------------------

    def set_rows(self, rows: list[EvidenceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        kept = {row.id for row in rows}
        self._thumbnails = {key: image for key, image in self._thumbnails.items() if key in kept}
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._thumbnails = [], {}
        self.endResetModel()

    def evidence_at(self, row: int) -> EvidenceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, evidence_id: int) -> int:
        return next((number for number, row in enumerate(self._rows) if row.id == evidence_id), -1)

    def without_thumbnail(self) -> list[EvidenceRow]:
        return [row for row in self._rows if row.id not in self._thumbnails]

    def set_thumbnails(self, images: dict[int, QImage | None]) -> None:
        for evidence_id, image in images.items():
            row = self.row_of(evidence_id)
            if row < 0:
                continue
            self._thumbnails[evidence_id] = image
            if image is None:
                continue
            index = self.index(row, NAME)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def thumbnail(self, evidence_id: int) -> QImage | None:
        return self._thumbnails.get(evidence_id)

    # --- Qt model ---------------------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == SHA256:
            return self.tr("The file's fingerprint: click one to copy it.")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == EVIDENCE_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SHA256:
                return self.tr("SHA-256 %1\nClick to copy it.").replace("%1", row.sha256)
            if column == NAME:
                return row.name + (f"\n{row.note}" if row.note else "")
            if column == ADDED:
                return f"{fmt.date_text(row.added_at, self.zone)}  {fmt.time_text(row.added_at, self.zone)}"
            return self._display(row, column) or None
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            image = self._thumbnails.get(row.id)
            return image if image is not None else self.placeholder
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.sha256 if column == SHA256 else self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: EvidenceRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == ADDED:
            return added_text(row.added_at, self.zone)
        if column == SIZE:
            return QLocale().formattedDataSize(row.size)
        if column == SHA256:
            return short_hash(row.sha256)
        return links_text(row.links) or self.tr("not linked yet")

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
