"""The three kinds of record the view lists, each with its services (which announce what they change).

A ``RecordKind`` bundles how one tab lists, adds, edits, deletes and restores its records, and how a listed record
turns back into the input that would make it (``as_new``: to fill the edit form, and for undo). The tabs, the
forms and the undo commands then treat data handled, data collected and incidents alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...services.incidents import (
    IncidentDetails,
    NewIncident,
    delete_incident,
    edit_incident,
    list_incidents,
    record_incident,
    reinstate_incident,
)
from ...services.privacy import (
    DataRecordDetails,
    NewDataCollected,
    NewDataHandled,
    delete_data_record,
    edit_data_record,
    list_data_records,
    record_data_collected,
    record_data_handled,
    reinstate_data_record,
)
from ...services.vault import Vault


@dataclass(frozen=True, slots=True)
class RecordKind:
    key: str  # handled | collected | incident
    listing: Callable[[Vault, str | None], list[Any]]
    add: Callable[[Vault, Any], Any]
    edit: Callable[[Vault, int, Any], Any]
    delete: Callable[[Vault, int], Any]
    restore: Callable[[Vault, Any], Any]
    as_new: Callable[[Any], Any]


def handled_of(view: DataRecordDetails) -> NewDataHandled:
    return NewDataHandled(client=view.client, categories=view.categories, whose_data=view.whose_data,
                          sensitivity=view.sensitivity, started_on=view.started_on, ended_on=view.ended_on,
                          note=view.note)


def collected_of(view: DataRecordDetails) -> NewDataCollected:
    return NewDataCollected(client=view.client, monitoring_type=view.monitoring_type or "other",
                            tool=view.tool or "", consent=view.consent or "not asked",
                            retention_told=view.retention_told, started_on=view.started_on, ended_on=view.ended_on,
                            note=view.note, categories=view.categories)


def incident_of(view: IncidentDetails) -> NewIncident:
    return NewIncident(kind=view.kind, company=view.company, client=view.client, notice_on=view.notice_on,
                       started_on=view.started_on, ended_on=view.ended_on, data_involved=view.data_involved,
                       steps_taken=view.steps_taken, status=view.status, note=view.note,
                       costs=view.costs.amount if view.costs else None,
                       costs_currency=view.costs.currency if view.costs else None,
                       time_spent_minutes=view.time_spent_minutes)


def _data(direction: str) -> Callable[[Vault, str | None], list[DataRecordDetails]]:
    return lambda vault, client: list_data_records(vault, client, direction=direction)


HANDLED = RecordKind("handled", _data("handled"), record_data_handled, edit_data_record, delete_data_record,
                     reinstate_data_record, handled_of)
COLLECTED = RecordKind("collected", _data("collected"), record_data_collected, edit_data_record,
                       delete_data_record, reinstate_data_record, collected_of)
INCIDENT = RecordKind("incident", list_incidents, record_incident, edit_incident, delete_incident,
                      reinstate_incident, incident_of)
