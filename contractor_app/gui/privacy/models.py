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

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ...services.incidents import IncidentDetails
from ...services.privacy import DataRecordDetails
from .. import formatting as fmt
from .. import table_model
from ..palette_hook import PROBLEM_COLOUR, PROBLEM_COLOUR_DARK
from . import labels
from .labels import tr

WARNING = "\u26a0 "


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    text: Callable[[Any], str]
    problem: Callable[[Any], str] = lambda record: ""  # a reason shown in the tooltip, "" for none
    align_right: bool = False
    full: Callable[[Any], str] | None = None  # the tooltip's text when it differs (line breaks kept)
    in_table: bool = True  # False: only in the details of the selected record


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
        Column(tr("Client"), lambda r: r.client),
        Column(tr("Kinds of data"), lambda r: ", ".join(r.categories)),
        Column(tr("Whose data"), lambda r: r.whose_data or ""),
        Column(tr("Sensitivity"), lambda r: labels.label(labels.sensitivities(), r.sensitivity),
               full=lambda r: labels.described(labels.sensitivities(), r.sensitivity)),
        Column(tr("When"), lambda r: labels.span(r.started_on, r.ended_on)),
        Column(tr("Note"), lambda r: _lines(r.note), full=lambda r: r.note or ""),
    ]


def collected_columns() -> list[Column]:
    return [
        Column(tr("Client"), lambda r: r.client),
        Column(tr("What was collected"), _collected_text),
        Column(tr("Tool"), lambda r: r.tool or ""),
        Column(tr("Consent"), lambda r: labels.label(labels.consents(), r.consent), _consent_problem),
        Column(tr("Retention you were told"), lambda r: r.retention_told or tr("not told")),
        Column(tr("When"), lambda r: labels.span(r.started_on, r.ended_on)),
        Column(tr("Note"), lambda r: _lines(r.note), full=lambda r: r.note or ""),
    ]


def _collected_text(record: DataRecordDetails) -> str:
    """"Screen recording: a screenshot every 10 minutes, activity level"."""
    what = labels.label(labels.monitoring_types(), record.monitoring_type)
    return f"{what}: {', '.join(record.categories)}" if record.categories else what


def incident_columns() -> list[Column]:
    return [
        Column(tr("Kind"), lambda i: labels.label(labels.kinds(), i.kind)),
        Column(tr("Company"), lambda i: i.company),
        Column(tr("Client"), lambda i: i.client or "", in_table=False),
        Column(tr("Notice received"), lambda i: labels.day(i.notice_on) if i.notice_on else ""),
        Column(tr("When it happened"), lambda i: labels.span(i.started_on, i.ended_on)),
        Column(tr("Data involved"), lambda i: _lines(i.data_involved), full=lambda i: i.data_involved or ""),
        Column(tr("Steps taken"), lambda i: _lines(i.steps_taken), full=lambda i: i.steps_taken or ""),
        Column(tr("Costs"), lambda i: fmt.money(i.costs) if i.costs else "", align_right=True),
        Column(tr("Time spent"), lambda i: labels.minutes_text(i.time_spent_minutes), align_right=True),
        Column(tr("Status"), lambda i: labels.label(labels.statuses(), i.status)),
        Column(tr("Note"), lambda i: i.note or "", in_table=False),
    ]


def _in_table(number: int, column: Column) -> table_model.Column[Any]:
    """A base column showing ``column``: a problem puts a warning sign before the text and its reason in the
    tooltip and in what a screen reader reads."""

    def shown(record: Any) -> str:
        return WARNING + column.text(record) if column.problem(record) else column.text(record)

    def tooltip(record: Any) -> str | None:
        full = column.full(record) if column.full else column.text(record)
        problem = column.problem(record)
        return f"{full}\n{problem}" if problem else (full or None)

    def spoken(record: Any) -> str:
        problem = column.problem(record)
        return f"{column.text(record)}. {problem}" if problem else column.text(record)

    return table_model.Column(str(number), column.title, shown, tooltip=tooltip, accessible=spoken,
                              align=table_model.RIGHT if column.align_right else None)


class RecordsModel(table_model.TableModel[Any]):
    """The records of one list, in the order the services give them."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        shown = [column for column in columns if column.in_table]
        super().__init__([_in_table(number, column) for number, column in enumerate(shown)], parent)
        self.all_columns = list(columns)
        self.shown = shown  # the table's columns

    @property
    def records(self) -> tuple[DataRecordDetails | IncidentDetails, ...]:
        return self.rows

    def show(self, records: Sequence[DataRecordDetails | IncidentDetails]) -> None:
        self.set_rows(records)

    def clear(self) -> None:
        self.set_rows([])

    def record(self, row: int) -> Any:
        return self.rows[row]

    def row_of(self, record_id: int) -> int:
        """The row of the record with this id, or -1."""
        return next((row for row, record in enumerate(self.rows) if record.id == record_id), -1)

    def extra(self, row: Any, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self.shown[int(key)].problem(row):
            return QColor(_problem_colour())  # read from the palette as painted: light or dark
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


def _problem_colour() -> str:
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return PROBLEM_COLOUR_DARK if window.lightness() < 128 else PROBLEM_COLOUR
