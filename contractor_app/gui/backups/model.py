"""The backups in the backup folder as a table: when, made how, size, and whether a check passed.

A small read-only model over the services' BackupFile rows; a row's path is in its tooltip and in PATH_ROLE, so
the view can start its file dialogs at the backup the worker selected.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QLocale, Qt

from ...services.backups.listing import BackupFile
from .. import formatting as fmt
from ..table_model import RIGHT, Column, TableModel

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def size_text(count: int) -> str:
    return QLocale().formattedDataSize(count, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def path_text(backup: BackupFile) -> str:
    return str(backup.path)


def moment_text(backup: BackupFile, zone: tzinfo) -> str:
    return f"{fmt.date_text(backup.created_at, zone)}, {fmt.time_text(backup.created_at, zone)}"


class BackupListModel(TableModel[BackupFile]):
    """Each row's tooltip, in every column, is the backup's path."""

    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        super().__init__([], parent)
        self.zone = zone
        self.columns = (
            Column("made", self.tr("Made"), lambda backup: moment_text(backup, self.zone), tooltip=path_text),
            Column("how", self.tr("How"), self.how_text, tooltip=path_text),
            Column("size", self.tr("Size"), lambda backup: size_text(backup.file_bytes), tooltip=path_text,
                   align=RIGHT),
            Column("check", self.tr("Check"), self.check_text, tooltip=path_text))

    def clear(self) -> None:
        self.set_rows([])

    def extra(self, row: BackupFile, key: str, role: int) -> Any:
        return str(row.path) if role == PATH_ROLE else None

    def how_text(self, backup: BackupFile) -> str:
        return self.tr("Automatic") if backup.automatic else self.tr("By you")

    def check_text(self, backup: BackupFile) -> str:
        if backup.check is None:
            return self.tr("Not checked")
        day = fmt.day_heading(backup.check.checked_at, self.zone)
        if backup.check.ok:
            return "\u2713 " + self.tr("Complete (checked %1)").replace("%1", day)
        return "\u26a0 " + self.tr("Damaged (checked %1)").replace("%1", day)

