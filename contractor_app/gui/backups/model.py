"""The backups in the backup folder as a table: when, made how, size, and whether a check passed.

A small read-only model over the services' BackupFile rows; a row's path is in its tooltip and in PATH_ROLE, so
the view can start its file dialogs at the backup the worker selected.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from ...services.backups import BackupFile
from .. import formatting as fmt

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


def size_text(count: int) -> str:
    return QLocale().formattedDataSize(count, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def moment_text(backup: BackupFile, zone: tzinfo) -> str:
    return f"{fmt.date_text(backup.created_at, zone)}, {fmt.time_text(backup.created_at, zone)}"


class BackupListModel(QAbstractTableModel):
    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.rows: list[BackupFile] = []
        self.titles = (self.tr("Made"), self.tr("How"), self.tr("Size"), self.tr("Check"))

    def set_rows(self, rows: list[BackupFile]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and \
                0 <= section < len(self.titles):
            return self.titles[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < len(self.titles):
            return None
        backup = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(backup, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == PATH_ROLE:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, backup: BackupFile, column: int) -> str:
        if column == 0:
            return moment_text(backup, self.zone)
        if column == 1:
            return self.tr("Automatic") if backup.automatic else self.tr("By you")
        if column == 2:
            return size_text(backup.file_bytes)
        return self.check_text(backup)

    def check_text(self, backup: BackupFile) -> str:
        if backup.check is None:
            return self.tr("Not checked")
        day = fmt.day_heading(backup.check.checked_at, self.zone)
        if backup.check.ok:
            return "\u2713 " + self.tr("Complete (checked %1)").replace("%1", day)
        return "\u26a0 " + self.tr("Damaged (checked %1)").replace("%1", day)

