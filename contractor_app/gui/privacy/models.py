"""Table models of the three lists: one model class, three sets of columns.

A list holds tens of records, not thousands, so the model keeps them all (``show``) rather than paging. Each
column says how a record reads in its cell and in its tooltip (the whole text, since long cells are elided), and
whether the cell flags a problem: a consent that was no consent at all is shown with a warning sign and in the
problem colour, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ...services.incidents import IncidentDetails
from ...services.privacy import DataRecordDetails
from .. import formatting as fmt
from ..widgets import PROBLEM_COLOUR, PROBLEM_COLOUR_DARK
from . import labels
from .labels import tr

Index = QModelIndex | QPersistentModelIndex
WARNING = "\u26a0 "


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    text: Callable[[Any], str]
    problem: Callable[[Any], str] = lambda record: ""  # a reason shown in the tooltip, "" for none
    align_right: bool = False
    full: Callable[[Any], str] | None = None  # the tooltip's text when it differs (line breaks kept)
    in_table: bool = True  # False: only in the details of the selected record
    width: int = 180  # the most a column takes before it elides (stretching columns take the rest)


def details(columns: Sequence[Column], record: Any) -> list[tuple[str, str]]:
    """(title, whole text) of every column that has something to say about ``record``, for the details pane."""
    rows = []
    for column in columns:
        text = column.full(record) if column.full else column.text(record)
        problem = column.problem(record)
        if text:
            rows.append((column.title, f"{WARNING}{text} ({problem})" if problem else text))
    return rows


def _lines(text: str | None) -> str:
    """A multi-line text on one table line."""
    return " · ".join(line.strip() for line in (text or "").splitlines() if line.strip())


def _consent_problem(record: DataRecordDetails) -> str:
    if record.consent in labels.NO_CONSENT:
        return tr("No consent was given: worth raising in a data-access request.")
    return ""


def handled_columns() -> list[Column]:
    return [
        Column(tr("Client"), lambda r: r.client, width=160),
        Column(tr("Kinds of data"), lambda r: ", ".join(r.categories)),
        Column(tr("Whose data"), lambda r: r.whose_data or ""),
        Column(tr("Sensitivity"), lambda r: labels.label(labels.sensitivities(), r.sensitivity),
               full=lambda r: labels.described(labels.sensitivities(), r.sensitivity)),
        Column(tr("When"), lambda r: labels.span(r.started_on, r.ended_on), width=200),
        Column(tr("Note"), lambda r: _lines(r.note), full=lambda r: r.note or ""),
    ]


def collected_columns() -> list[Column]:
    return [
        Column(tr("Client"), lambda r: r.client, width=160),
        Column(tr("What was collected"), _collected_text),
        Column(tr("Tool"), lambda r: r.tool or "", width=160),
        Column(tr("Consent"), lambda r: labels.label(labels.consents(), r.consent), _consent_problem),
        Column(tr("Retention you were told"), lambda r: r.retention_told or tr("not told")),
        Column(tr("When"), lambda r: labels.span(r.started_on, r.ended_on), width=200),
        Column(tr("Note"), lambda r: _lines(r.note), full=lambda r: r.note or ""),
    ]


def _collected_text(record: DataRecordDetails) -> str:
    """"Screen recording: a screenshot every 10 minutes, activity level"."""
    what = labels.label(labels.monitoring_types(), record.monitoring_type)
    return f"{what}: {', '.join(record.categories)}" if record.categories else what


def incident_columns() -> list[Column]:
    return [
        Column(tr("Kind"), lambda i: labels.label(labels.kinds(), i.kind)),
        Column(tr("Company"), lambda i: i.company, width=170),
        Column(tr("Client"), lambda i: i.client or "", in_table=False),
        Column(tr("Notice received"), lambda i: labels.day(i.notice_on) if i.notice_on else ""),
        Column(tr("When it happened"), lambda i: labels.span(i.started_on, i.ended_on), width=200),
        Column(tr("Data involved"), lambda i: _lines(i.data_involved), full=lambda i: i.data_involved or ""),
        Column(tr("Steps taken"), lambda i: _lines(i.steps_taken), full=lambda i: i.steps_taken or ""),
        Column(tr("Costs"), lambda i: fmt.money(i.costs) if i.costs else "", align_right=True),
        Column(tr("Time spent"), lambda i: labels.minutes_text(i.time_spent_minutes), align_right=True),
        Column(tr("Status"), lambda i: labels.label(labels.statuses(), i.status)),
        Column(tr("Note"), lambda i: i.note or "", in_table=False),
    ]


class RecordsModel(QAbstractTableModel):
    """The records of one list, in the order the services give them."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.all_columns = list(columns)
        self.columns = [column for column in columns if column.in_table]
        self.records: list[DataRecordDetails | IncidentDetails] = []

    def show(self, records: Sequence[DataRecordDetails | IncidentDetails]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def clear(self) -> None:
        self.show([])

    def record(self, row: int) -> Any:
        return self.records[row]

    def row_of(self, record_id: int) -> int:
        """The row of the record with this id, or -1."""
        return next((row for row, record in enumerate(self.records) if record.id == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.records)):
            return None
        column = self.columns[index.column()]
        record = self.records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = column.text(record)
            problem = column.problem(record)
            if role == Qt.ItemDataRole.DisplayRole:
                return WARNING + text if problem else text
            if role == Qt.ItemDataRole.ToolTipRole:
                full = column.full(record) if column.full else text
                return f"{full}\n{problem}" if problem else (full or None)
            return f"{text}. {problem}" if problem else text
        if role == Qt.ItemDataRole.ForegroundRole and column.problem(record):
            return QColor(_problem_colour())
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        return None


def _problem_colour() -> str:
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return PROBLEM_COLOUR_DARK if window.lightness() < 128 else PROBLEM_COLOUR
