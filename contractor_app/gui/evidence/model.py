"""The evidence list as a Qt table: one row per kept file, holding the service's plain ``EvidenceRow`` records.

Thumbnails arrive later (decoded off the UI thread) and are kept by evidence id, so a refresh after a link or an
import does not decode every picture again. The fingerprint column shows a short form; the full SHA-256 is in its
tooltip and in the details beside the list, where it can be selected and copied.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QObject,
    Qt,
    QTime,
)
from PySide6.QtGui import QIcon, QImage

from ...services.evidence import EvidenceRow, LinkedRecord
from .. import formatting as fmt
from .. import table_model

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole  # the row's EvidenceRow
COLUMNS = ("name", "added", "size", "sha256", "links")
NAME, ADDED, SIZE, SHA256, LINKS = range(len(COLUMNS))


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


class EvidenceModel(table_model.TableModel[EvidenceRow]):
    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        def size(row: EvidenceRow) -> str:
            return QLocale().formattedDataSize(row.size)

        def linked(row: EvidenceRow) -> str:
            return links_text(row.links) or self.tr("not linked yet")

        super().__init__((), parent)
        self.columns = (  # after the QObject exists, so that its words are translated as this class's (self.tr)
            table_model.Column("name", self.tr("File"), lambda row: row.name,
                               tooltip=lambda row: row.name + (f"\n{row.note}" if row.note else "")),
            table_model.Column("added", self.tr("Added"), lambda row: added_text(row.added_at, self.zone),
                               tooltip=lambda row: f"{fmt.date_text(row.added_at, self.zone)}  "
                                                   f"{fmt.time_text(row.added_at, self.zone)}"),
            table_model.Column("size", self.tr("Size"), size, tooltip=size, align=table_model.RIGHT),
            table_model.Column("sha256", self.tr("SHA-256"), lambda row: short_hash(row.sha256),
                               tooltip=lambda row: self.tr("SHA-256 %1\nClick to copy it.").replace("%1", row.sha256),
                               header_tooltip=self.tr("The file's fingerprint: click one to copy it."),
                               accessible=lambda row: row.sha256),
            table_model.Column("links", self.tr("Linked to"), linked, tooltip=linked),
        )
        self.zone = zone
        self._thumbnails: dict[int, QImage | None] = {}  # None: tried, not decodable
        self.placeholder: QIcon | None = None  # shown until (or instead of) a thumbnail, so names line up

    # --- contents ---------------------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[EvidenceRow]) -> None:
        kept = {row.id for row in rows}
        self._thumbnails = {key: image for key, image in self._thumbnails.items() if key in kept}
        super().set_rows(rows)

    def clear(self) -> None:
        self._thumbnails = {}
        super().set_rows([])

    def evidence_at(self, row: int) -> EvidenceRow | None:
        return self.row_at(row)

    def row_of(self, evidence_id: int) -> int:
        return next((number for number, row in enumerate(self.rows) if row.id == evidence_id), -1)

    def without_thumbnail(self) -> list[EvidenceRow]:
        return [row for row in self.rows if row.id not in self._thumbnails]

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

    def extra(self, row: EvidenceRow, key: str, role: int) -> Any:
        if role == EVIDENCE_ROLE:
            return row
        if role == Qt.ItemDataRole.DecorationRole and key == "name":
            image = self._thumbnails.get(row.id)
            return image if image is not None else self.placeholder
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.columns[self.column_of(key)].text(row)
        return None
