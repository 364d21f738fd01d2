"""The access-request letter and its follow-up, read back with pypdf: what they ask for, the deadline that passed,
what was missing, the law cited; and the privacy report saying what was received and when."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.errors import InvalidInput
from contractor_app.services.access_requests import (
    NewAccessRequest,
    answer_access_request,
    extend_access_request,
    import_answer,
    record_access_request,
)
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.profile import Profile, save_profile
from contractor_app.services.reports import ReportRequest, check_report_file, make_report
from contractor_app.store.vault import Vault

# What worker-data advocates ask for; both letters must ask for each.
ASKED = ("activity and performance metrics", "ratings and reviews", "monitoring recordings and screenshots",
         "internal profile tags and scores", "automated decision about my pay or the deactivation",
         "Articles 15(1)(h) and 22 GDPR")


def text_of(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "") for page in PdfReader(path).pages).split())


def report(vault: Vault, kind: str, path: Path, as_of: date, client: str | None = "Acme") -> Path:
    make_report(vault, ReportRequest(kind=kind, client=client, period=DateRange(), as_of=as_of, paper="a4"), path)
    return path


@pytest.fixture
def worker(vault: Vault) -> Vault:
    save_profile(vault, Profile(name="Ana Worker", currency="EUR", timezone="Europe/Berlin", jurisdiction="DE"))
    add_client(vault, NewClient("Acme", "EUR", jurisdiction="DE", legal_name="Acme Data GmbH", worker_ref="W-7",
                                terms=Terms(kind="hourly", rate=Money(Decimal("15"), "EUR"))))
    log_work(vault, NewEntry(client="Acme", start=datetime(2026, 1, 5, 8, tzinfo=UTC),
                             end=datetime(2026, 1, 5, 12, tzinfo=UTC), tz="Europe/Berlin"))
    return vault


def test_the_first_letter_asks_for_what_advocates_ask_for(worker: Vault, tmp_path: Path) -> None:
    text = text_of(report(worker, "access-request", tmp_path / "letter.pdf", date(2026, 1, 31)))
    for expected in ASKED:
        assert expected in text, expected
    # a calendar month, clamped (no 31 February), and Saturday 28 February moves to Monday as the app counts it
    assert "within one month of receiving this request, that is by 2026-03-02" in text


def test_an_overdue_request_gets_a_follow_up_naming_the_deadline_that_passed(worker: Vault, tmp_path: Path) -> None:
    record_access_request(worker, NewAccessRequest("acme", date(2026, 1, 31), "email"))
    with pytest.raises(InvalidInput, match="No access request to Acme needs a follow-up on 2026-03-02"):
        report(worker, "access-follow-up", tmp_path / "early.pdf", date(2026, 3, 2))  # Monday, the last day: in time
    assert not (tmp_path / "early.pdf").exists()
    path = report(worker, "access-follow-up", tmp_path / "follow-up.pdf", date(2026, 3, 3))
    text = text_of(path)
    assert "Follow-up: subject access request of 2026-01-31, unanswered" in text
    assert "On 2026-01-31 I sent you a subject access request by email" in text
    assert "General Data Protection Regulation (GDPR Art. 12(3) and Art. 15)" in text
    assert "The law required your answer by 2026-03-02." in text and "That deadline, 2026-03-02, has passed" in text
    assert "Article 77 GDPR" in text and "W-7" in text and "Acme Data GmbH" in text
    for expected in ASKED:
        assert expected in text, expected
    assert check_report_file(worker, path).changed_sections == ()


def test_an_incomplete_answer_gets_a_follow_up_naming_what_was_missing(worker: Vault, tmp_path: Path) -> None:
    sent = record_access_request(worker, NewAccessRequest("acme", date(2026, 1, 31), "post",
                                                          received_on=date(2026, 2, 3), law="uk-gdpr"))
    extend_access_request(worker, sent.id, date(2026, 2, 20), "complex")
    answer_access_request(worker, sent.id, date(2026, 5, 10), complete=False,
                          missing="the ratings history and the webcam screenshots")
    answer = tmp_path / "answer.zip"
    with zipfile.ZipFile(answer, "w") as archive:
        archive.writestr("profile.json", '{"tags": ["low-accuracy"]}')
    import_answer(worker, sent.id, answer)
    text = text_of(report(worker, "access-follow-up", tmp_path / "follow-up.pdf", date(2026, 5, 12)))  # 3 May: Sunday
    assert "Follow-up: subject access request of 2026-01-31, answered in part" in text
    assert "it reached you on 2026-02-03" in text and "The law required your answer by 2026-03-03." in text
    assert "On 2026-02-20 you told me you needed longer" in text and "moved the deadline to 2026-05-04" in text
    assert "Your answer of 2026-05-10 is incomplete. It came after the deadline of 2026-05-04." in text
    assert "It did not include: the ratings history and the webcam screenshots." in text
    assert "So far I have received 1 file from you" in text and "Information Commissioner" in text

    privacy = text_of(report(worker, "privacy", tmp_path / "privacy.pdf", date(2026, 5, 12), client=None))
    assert "Data-access requests" in privacy and "answered in part" in privacy
    assert "Received from Acme for the request of 2026-01-31: 1 file, kept as evidence" in privacy
    assert "profile.json" in privacy


def test_a_ccpa_follow_up_cites_california(worker: Vault, tmp_path: Path) -> None:
    record_access_request(worker, NewAccessRequest("acme", date(2026, 1, 31), "web-form", law="ccpa"))
    text = text_of(report(worker, "access-follow-up", tmp_path / "follow-up.pdf", date(2026, 3, 18)))
    assert "request to know of 2026-01-31, unanswered" in text and "1798.130(a)(2)" in text
    assert "That deadline, 2026-03-17, has passed" in text and "California Privacy Protection Agency" in text
    assert "where the GDPR applies, Articles 15(1)(h) and 22 GDPR" in text


def test_the_first_letter_counts_the_public_holidays_where_the_company_is(worker: Vault, tmp_path: Path) -> None:
    """Sent Wed 3 Sep 2025: one month ends Fri 3 Oct 2025, the Day of German Unity -> Monday 6 October."""
    text = text_of(report(worker, "access-request", tmp_path / "letter.pdf", date(2025, 9, 3)))
    assert "that is by 2025-10-06" in text


def test_a_follow_up_keeps_the_first_deadline_after_a_late_extension(worker: Vault, tmp_path: Path) -> None:
    """Received 31 Jan 2026, due Mon 2 Mar; the company claimed more time on 10 March, after the month had passed
    (Art. 12(3): the controller must say so "within one month of receipt")."""
    sent = record_access_request(worker, NewAccessRequest("acme", date(2026, 1, 31), "email"))
    extend_access_request(worker, sent.id, date(2026, 3, 10), "backlog")
    text = text_of(report(worker, "access-follow-up", tmp_path / "follow-up.pdf", date(2026, 3, 20)))
    assert "The law required your answer by 2026-03-02." in text and "That deadline, 2026-03-02, has passed" in text
    assert "moved the deadline" not in text and "you needed longer" not in text
    privacy = text_of(report(worker, "privacy", tmp_path / "privacy.pdf", date(2026, 3, 20), client=None))
    assert "2026-03-02" in privacy and "(extended" not in privacy  # the privacy report's table agrees
