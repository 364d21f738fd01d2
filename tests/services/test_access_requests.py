"""Data-access requests: recorded, answered, extended, audited, exported and restored, with deadlines by law."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from contractor_app.errors import InvalidInput, NotFound
from contractor_app.services.access_requests import (
    NewAccessRequest,
    answer_access_request,
    extend_access_request,
    list_access_requests,
    needing_attention,
    record_access_request,
)
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.exports import export_json
from contractor_app.services.json_restore import run_restore
from contractor_app.services.verify import verify_vault
from contractor_app.store.models import AuditEvent
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD


@pytest.fixture
def clients(vault: Vault) -> Vault:
    add_client(vault, NewClient("Acme Labeling", "EUR", jurisdiction="DE"))
    add_client(vault, NewClient("Gig Co", "USD", jurisdiction="US-CA"))
    add_client(vault, NewClient("Nowhere Ltd", "USD"))
    return vault


def test_a_request_takes_its_law_from_the_client_and_its_deadline_from_the_law(clients: Vault) -> None:
    eu = record_access_request(clients, NewAccessRequest("acme", date(2026, 1, 31), "email"), today=date(2026, 2, 1))
    assert (eu.law, eu.due_on, eu.status) == ("gdpr", date(2026, 3, 2), "open")  # Sat 28 Feb -> Monday
    assert "Art. 12(3)" in eu.citation
    ca = record_access_request(clients, NewAccessRequest("gig co", date(2026, 1, 31), "web-form"),
                               today=date(2026, 2, 1))
    assert (ca.law, ca.due_on) == ("ccpa", date(2026, 3, 17))
    post = record_access_request(clients, NewAccessRequest("acme", date(2026, 1, 26), "post",
                                                           received_on=date(2026, 1, 31)), today=date(2026, 2, 1))
    assert post.due_on == date(2026, 3, 2)  # counted from delivery
    with pytest.raises(InvalidInput, match="which law"):
        record_access_request(clients, NewAccessRequest("nowhere", date(2026, 1, 5), "email"))
    uk = record_access_request(clients, NewAccessRequest("nowhere", date(2026, 1, 5), "in-app", law="uk-gdpr"))
    assert uk.law == "uk-gdpr"
    with pytest.raises(InvalidInput):
        record_access_request(clients, NewAccessRequest("acme", date(2026, 1, 5), "pigeon"))
    with pytest.raises(InvalidInput, match="future"):
        record_access_request(clients, NewAccessRequest("acme", date(2999, 1, 5), "email"))


def test_overdue_extended_incomplete_and_answered(clients: Vault) -> None:
    view = record_access_request(clients, NewAccessRequest("acme", date(2026, 1, 31), "email"))
    march = date(2026, 3, 3)  # the day after Monday 2 March, the first deadline
    assert [v.status for v in needing_attention(clients, today=march)] == ["overdue"]
    extended = extend_access_request(clients, view.id, date(2026, 2, 20), "many requests", today=march)
    assert (extended.due_on, extended.first_due_on, extended.status) == (date(2026, 4, 30), date(2026, 3, 2), "open")
    assert needing_attention(clients, today=march) == []
    with pytest.raises(InvalidInput, match="left out"):
        answer_access_request(clients, view.id, date(2026, 3, 10), complete=False)
    answered = answer_access_request(clients, view.id, date(2026, 3, 10), complete=False,
                                     missing="ratings and the screenshots", today=date(2026, 3, 11))
    assert (answered.status, answered.missing) == ("incomplete", "ratings and the screenshots")
    assert [v.id for v in needing_attention(clients, today=date(2026, 3, 11))] == [view.id]
    done = answer_access_request(clients, view.id, date(2026, 3, 20), complete=True, today=date(2026, 3, 21))
    assert (done.status, done.missing) == ("answered", None)
    with pytest.raises(NotFound):
        answer_access_request(clients, 99, date(2026, 3, 20), complete=True)
    with pytest.raises(InvalidInput, match="before the request"):
        answer_access_request(clients, view.id, date(2026, 1, 2), complete=True)


def test_every_change_is_audited_and_verifies(clients: Vault) -> None:
    view = record_access_request(clients, NewAccessRequest("acme", date(2026, 1, 31), "email"))
    extend_access_request(clients, view.id, date(2026, 2, 20))
    answer_access_request(clients, view.id, date(2026, 3, 10), complete=True)
    with clients.reading() as session:
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.entity == "access_requests")
                                  .order_by(AuditEvent.seq)).all()
    assert actions == ["create", "update", "update"]
    assert verify_vault(clients).ok


def test_requests_survive_a_json_export_and_restore(clients: Vault, tmp_path: Path) -> None:
    view = record_access_request(clients, NewAccessRequest("acme", date(2026, 1, 31), "post",
                                                           received_on=date(2026, 2, 3), note="ref 77"))
    answer_access_request(clients, view.id, date(2026, 3, 10), complete=False, missing="ratings")
    export = tmp_path / "all.json"
    export_json(clients, export)
    [exported] = json.loads(export.read_text())["records"]["access_requests"]
    assert (exported["missing"], exported["complete"], exported["received_on"]) == ("ratings", False, "2026-02-03")
    fresh, _ = Vault.create(tmp_path / "fresh", PASSWORD)
    with fresh:
        run_restore(fresh, export)
        [back] = list_access_requests(fresh, today=date(2026, 3, 11))
        assert (back.client, back.sent_via, back.received_on, back.missing, back.note, back.status) == (
            "Acme Labeling", "post", date(2026, 2, 3), "ratings", "ref 77", "incomplete")


def test_a_restore_refuses_a_request_answered_without_saying_how(clients: Vault, tmp_path: Path) -> None:
    record_access_request(clients, NewAccessRequest("acme", date(2026, 1, 31), "email"))
    export = tmp_path / "all.json"
    export_json(clients, export)
    text = export.read_text().replace('"answered_on": null', '"answered_on": "2026-02-10"')
    bad = tmp_path / "bad.json"
    bad.write_text(text)
    fresh, _ = Vault.create(tmp_path / "fresh", PASSWORD)
    with fresh, pytest.raises(InvalidInput, match="answered_on and complete"):
        run_restore(fresh, bad)


def test_a_deadline_moves_past_a_public_holiday_where_the_client_is(vault: Vault) -> None:
    """Received Fri 6 Mar 2026: one month ends Mon 6 Apr, Easter Monday in England and Wales -> Tue 7 Apr (1182/71
    art. 3(4)); in Scotland 6 Apr is a working day. The details say which holidays were counted."""
    add_client(vault, NewClient("London Ltd", "GBP", jurisdiction="GB-ENG"))
    add_client(vault, NewClient("Glasgow Ltd", "GBP", jurisdiction="GB-SCT"))
    add_client(vault, NewClient("Munich GmbH", "EUR", jurisdiction="DE-BY"))
    london = record_access_request(vault, NewAccessRequest("london", date(2026, 3, 6), "email"), today=date(2026, 3, 7))
    glasgow = record_access_request(vault, NewAccessRequest("glasgow", date(2026, 3, 6), "email"),
                                    today=date(2026, 3, 7))
    assert (london.law, london.due_on, glasgow.due_on) == ("uk-gdpr", date(2026, 4, 7), date(2026, 4, 6))
    assert "England and Wales" in london.deadline_basis and "Scotland" in glasgow.deadline_basis
    # Received 3 Sep 2025: Fri 3 Oct 2025 is the Day of German Unity -> Mon 6 Oct; Bavaria's own days are not counted
    munich = record_access_request(vault, NewAccessRequest("munich", date(2025, 9, 3), "email"), today=date(2025, 9, 4))
    assert munich.due_on == date(2025, 10, 6) and "Land's own" in munich.deadline_basis
    extended = extend_access_request(vault, london.id, date(2026, 3, 20), today=date(2026, 3, 21))
    assert extended.due_on == date(2026, 6, 8)  # 6 Jun 2026 is a Saturday -> Monday 8 June


def test_an_extension_told_after_the_first_deadline_does_not_move_it(clients: Vault) -> None:
    """GDPR Art. 12(3): the controller must say so "within one month of receipt"; CCPA 1798.130(a)(2)(A): "notice of
    the extension within the first 45-day period". A late notice is kept on record but extends nothing."""
    eu = record_access_request(clients, NewAccessRequest("acme", date(2026, 1, 31), "email"), today=date(2026, 2, 1))
    late = extend_access_request(clients, eu.id, date(2026, 3, 3), "busy", today=date(2026, 3, 4))  # due Mon 2 Mar
    assert (late.extended_on, late.due_on, late.status) == (date(2026, 3, 3), date(2026, 3, 2), "overdue")
    assert "after the first deadline" in late.deadline_basis
    in_time = extend_access_request(clients, eu.id, date(2026, 3, 2), "busy", today=date(2026, 3, 4))  # the last day
    assert (in_time.due_on, in_time.status) == (date(2026, 4, 30), "open")
    # CCPA: received Sat 31 Jan 2026, 45 calendar days -> Tue 17 Mar; notice on Wed 18 Mar is too late.
    ca = record_access_request(clients, NewAccessRequest("gig co", date(2026, 1, 31), "web-form"),
                               today=date(2026, 2, 1))
    assert extend_access_request(clients, ca.id, date(2026, 3, 18), today=date(2026, 3, 19)).due_on == date(2026, 3, 17)
    assert extend_access_request(clients, ca.id, date(2026, 3, 17), today=date(2026, 3, 19)).due_on == date(2026, 5, 1)
