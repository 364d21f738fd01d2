"""Editing, deleting and reinstating data records and incidents (the desktop app's Data & privacy view), and an
incident's costs and time spent.

Real vaults. Every refused change must leave the records exactly as they were (same audit head, same rows, same
values), and every accepted one must pass the records check.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from contractor_app.domain.money import Money
from contractor_app.errors import InvalidInput, NotFound
from contractor_app.services.evidence import add_evidence
from contractor_app.services.incidents import (
    IncidentUpdate,
    NewIncident,
    delete_incident,
    edit_incident,
    get_incident,
    list_incidents,
    record_incident,
    reinstate_incident,
    update_incident,
)
from contractor_app.services.privacy import (
    NewDataCollected,
    NewDataHandled,
    delete_data_record,
    edit_data_record,
    get_data_record,
    list_data_records,
    record_data_collected,
    record_data_handled,
    reinstate_data_record,
)
from contractor_app.store.vault import Vault

from .test_privacy_records import TOMORROW, acme, assert_verified, last_events, state  # noqa: F401 - fixtures

BREACH = NewIncident(kind="breach", client="acme", notice_on=date(2026, 4, 10), data_involved="name, SSN",
                     steps_taken="froze credit", costs=Decimal("45.50"), costs_currency="usd",
                     time_spent_minutes=150)


# --- costs and time spent ---------------------------------------------------------------------------------

def test_an_incident_keeps_its_costs_with_their_currency_and_the_time_spent(acme: Vault) -> None:
    breach = record_incident(acme, BREACH)
    assert breach.costs == Money(Decimal("45.50"), "USD") and breach.time_spent_minutes == 150
    assert list_incidents(acme) == [breach] == [get_incident(acme, breach.id)]
    plain = record_incident(acme, NewIncident(kind="dispute", company="Payroll Co"))
    assert plain.costs is None and plain.time_spent_minutes is None

    # The command line's update replaces the costs and the time spent, and leaves what it is not given.
    more = update_incident(acme, IncidentUpdate(id=breach.id, costs=Decimal(60), costs_currency="EUR"))
    assert more.costs == Money(Decimal(60), "EUR") and more.time_spent_minutes == 150
    assert more.steps_taken == "froze credit" and more.status == "open"
    timed = update_incident(acme, IncidentUpdate(id=breach.id, time_spent_minutes=0))
    assert timed.time_spent_minutes == 0 and timed.costs == more.costs
    free = update_incident(acme, IncidentUpdate(id=plain.id, costs=Decimal(0), costs_currency="JPY"))
    assert free.costs == Money(Decimal(0), "JPY")
    assert last_events(acme, 3) == [("update", "incidents")] * 3
    assert_verified(acme)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"costs_currency": None}, "Costs need a currency"),
        ({"costs_currency": "  "}, "Costs need a currency"),
        ({"costs": Decimal("-1")}, "negative"),
        ({"costs": Decimal("1.005")}, "more than 2 decimal places"),
        ({"costs_currency": "dollars"}, "Unknown currency code"),
        ({"costs": None}, "without the costs"),
        ({"time_spent_minutes": -5}, "cannot be negative"),
        ({"time_spent_minutes": 2.5}, "whole minutes"),
        ({"time_spent_minutes": 10**9}, "limited to"),
    ],
)
def test_bad_costs_or_time_are_refused_and_change_nothing(acme: Vault, changes: dict[str, object],
                                                          message: str) -> None:
    kept = record_incident(acme, BREACH)
    before = state(acme)
    with pytest.raises(InvalidInput, match=message):
        record_incident(acme, replace(BREACH, **changes))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=message):
        edit_incident(acme, kept.id, replace(BREACH, **changes))  # type: ignore[arg-type]
    update = {key: value for key, value in {**{"costs": BREACH.costs, "costs_currency": "USD"}, **changes}.items()
              if key in ("costs", "costs_currency", "time_spent_minutes")}
    with pytest.raises(InvalidInput, match=message):  # the status change in the same update is not kept either
        update_incident(acme, IncidentUpdate(id=kept.id, status="closed", **update))  # type: ignore[arg-type]
    assert state(acme) == before
    assert get_incident(acme, kept.id) == kept


# --- editing, deleting and reinstating incidents ------------------------------------------------------------

def test_an_incident_is_edited_as_a_whole_in_one_audited_change(acme: Vault) -> None:
    breach = record_incident(acme, BREACH)
    edited = edit_incident(acme, breach.id, NewIncident(
        kind="dispute", company="  Payroll Co ", client=None, started_on=date(2026, 3, 1), status="closed",
        steps_taken="wrote to them\ncomplained to the regulator", costs=None, time_spent_minutes=30))
    assert (edited.id, edited.kind, edited.company, edited.client, edited.status) == (
        breach.id, "dispute", "Payroll Co", None, "closed")
    assert edited.notice_on is None and edited.data_involved is None and edited.costs is None  # cleared
    assert edited.steps_taken == "wrote to them\ncomplained to the regulator" and edited.time_spent_minutes == 30
    assert edited.entered_at == breach.entered_at
    assert list_incidents(acme) == [edited]
    assert last_events(acme, 1) == [("update", "incidents")]

    head = state(acme)
    assert edit_incident(acme, breach.id, NewIncident(  # the same values again: no change, no event
        kind="dispute", company="Payroll Co", started_on=date(2026, 3, 1), status="closed",
        steps_taken="wrote to them\ncomplained to the regulator", time_spent_minutes=30)) == edited
    assert state(acme) == head
    back = edit_incident(acme, breach.id, replace(BREACH, company=None))
    assert (back.company, back.client, back.costs) == ("Acme Labeling LLC", "Acme Labeling", breach.costs)
    assert_verified(acme)


@pytest.mark.parametrize(
    ("new", "message", "error"),
    [
        (replace(BREACH, client="nobody"), "No client named", NotFound),
        (replace(BREACH, client=None, company=" "), "Name the company", InvalidInput),
        (replace(BREACH, notice_on=TOMORROW), "in the future", InvalidInput),
        (replace(BREACH, kind="theft"), "kind of incident", InvalidInput),
    ],
)
def test_bad_incident_edits_change_nothing(acme: Vault, new: NewIncident, message: str,
                                           error: type[Exception]) -> None:
    kept = record_incident(acme, BREACH)
    before = state(acme)
    with pytest.raises(error, match=message):
        edit_incident(acme, kept.id, new)
    assert state(acme) == before and get_incident(acme, kept.id) == kept
    with pytest.raises(NotFound, match="no incident #99"):
        edit_incident(acme, 99, BREACH)


def test_an_incident_is_deleted_and_put_back_exactly(acme: Vault) -> None:
    first = record_incident(acme, BREACH)
    second = record_incident(acme, NewIncident(kind="dispute", company="Payroll Co"))
    removed = delete_incident(acme, first.id)
    assert removed.view == first and list_incidents(acme) == [second]
    assert last_events(acme, 1) == [("delete", "incidents")]
    restored = reinstate_incident(acme, removed)
    assert restored == first  # same id, same values, same entry time
    assert list_incidents(acme) == [first, second]
    assert last_events(acme, 1) == [("create", "incidents")]
    assert_verified(acme)

    last = delete_incident(acme, second.id)
    taken = record_incident(acme, NewIncident(kind="dispute", company="Took the id"))
    assert taken.id == second.id  # the highest id, freed, is given again
    back = reinstate_incident(acme, last)
    assert back.id not in (first.id, second.id) and replace(back, id=second.id) == second
    assert [i.company for i in list_incidents(acme)] == ["Acme Labeling LLC", "Took the id", "Payroll Co"]
    assert_verified(acme)


def test_an_incident_with_evidence_is_not_deleted(acme: Vault) -> None:
    incident = record_incident(acme, BREACH)
    add_evidence(acme, b"the breach letter", "letter.pdf", links=(("incident", incident.id),))
    before = state(acme)
    with pytest.raises(InvalidInput, match="Evidence is linked to incident"):
        delete_incident(acme, incident.id)
    with pytest.raises(NotFound, match="no incident #99"):
        delete_incident(acme, 99)
    assert state(acme) == before


# --- editing, deleting and reinstating data records ---------------------------------------------------------

HANDLED = NewDataHandled(client="acme", categories=("audio recordings",), whose_data="end users",
                         sensitivity="high", started_on=date(2026, 3, 1))
COLLECTED = NewDataCollected(client="acme", monitoring_type="webcam", tool="Hubstaff", consent="clicked through",
                             retention_told="90 days", categories=("photos every 10 min",))


def test_data_records_are_edited_as_a_whole_keeping_their_direction(acme: Vault) -> None:
    handled = record_data_handled(acme, HANDLED)
    collected = record_data_collected(acme, COLLECTED)
    edited = edit_data_record(acme, handled.id, NewDataHandled(
        client="taskhive", categories=("chat logs", "medical images"), sensitivity="special-category"))
    assert (edited.id, edited.client, edited.categories, edited.sensitivity) == (
        handled.id, "TaskHive", ("chat logs", "medical images"), "special-category")
    assert edited.whose_data is None and edited.started_on is None and edited.entered_at == handled.entered_at
    watched = edit_data_record(acme, collected.id, replace(COLLECTED, monitoring_type="screen recording",
                                                           consent="not asked", retention_told=None))
    assert (watched.direction, watched.monitoring_type, watched.consent, watched.retention_told) == (
        "collected", "screen recording", "not asked", None)
    assert watched.sensitivity is None and watched.tool == "Hubstaff"
    assert last_events(acme, 2) == [("update", "data_records")] * 2
    assert get_data_record(acme, handled.id) == edited
    assert {r.id: r for r in list_data_records(acme)} == {edited.id: edited, watched.id: watched}
    head = state(acme)
    edit_data_record(acme, handled.id, NewDataHandled(client="TaskHive", categories=("chat logs", "medical images"),
                                                      sensitivity="special-category"))
    assert state(acme) == head  # nothing differs: no change recorded
    assert_verified(acme)


@pytest.mark.parametrize(
    ("target", "new", "message"),
    [
        ("handled", NewDataCollected(client="acme", monitoring_type="webcam", tool="X", consent="refused"),
         "about data handled, not collected"),
        ("collected", HANDLED, "about data collected, not handled"),
        ("handled", replace(HANDLED, categories=(" ",)), "at least one kind of data"),
        ("handled", replace(HANDLED, ended_on=date(2026, 2, 1)), "before it starts"),
        ("collected", replace(COLLECTED, tool=""), "Name the tool"),
        ("collected", replace(COLLECTED, consent="maybe"), "Consent"),
        ("collected", replace(COLLECTED, client="nobody"), "No client named"),
    ],
)
def test_bad_data_record_edits_change_nothing(acme: Vault, target: str, new: object, message: str) -> None:
    records = {"handled": record_data_handled(acme, HANDLED), "collected": record_data_collected(acme, COLLECTED)}
    before = state(acme)
    with pytest.raises((InvalidInput, NotFound), match=message):
        edit_data_record(acme, records[target].id, new)  # type: ignore[arg-type]
    assert state(acme) == before
    assert get_data_record(acme, records[target].id) == records[target]


def test_data_records_are_deleted_and_put_back_exactly(acme: Vault) -> None:
    handled = record_data_handled(acme, HANDLED)
    collected = record_data_collected(acme, COLLECTED)
    removed = delete_data_record(acme, collected.id)
    assert removed.view == collected and list_data_records(acme) == [handled]
    assert last_events(acme, 1) == [("delete", "data_records")]
    assert reinstate_data_record(acme, removed) == collected
    assert last_events(acme, 1) == [("create", "data_records")]
    assert_verified(acme)

    add_evidence(acme, b"screenshot of the webcam prompt", "prompt.png", links=(("data", handled.id),))
    before = state(acme)
    with pytest.raises(InvalidInput, match="Evidence is linked to data record"):
        delete_data_record(acme, handled.id)
    with pytest.raises(NotFound, match="no data record #99"):
        delete_data_record(acme, 99)
    with pytest.raises(NotFound, match="no data record #99"):
        edit_data_record(acme, 99, HANDLED)
    assert state(acme) == before
