"""Sample records for the Data & privacy view, for the docs screenshots and for a look in light and dark.

``stage(main, vault_folder)`` works on an unlocked main window: it adds the records through the window's session
(so it runs AFTER unlocking; the vault must hold the clients of tests/gui/sample.py), then shows the view on the
"Collected about you" tab. Not a test: pytest does not collect it. The data-access requests are one to the client with
the long name (its deadline counted on weekends only: its place is not known) and one past its deadline.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from contractor_app.gui.main_window import MainWindow
from contractor_app.services.access_requests import NewAccessRequest, record_access_request
from contractor_app.services.incidents import NewIncident, record_incident
from contractor_app.services.privacy import (
    NewDataCollected,
    NewDataHandled,
    record_data_collected,
    record_data_handled,
)

from ..sample import LONG_NAME


def _ago(days: int) -> date:
    return datetime.now(UTC).date() - timedelta(days=days)


def records() -> list[tuple[Callable[..., object], object]]:
    """(service, input) pairs: two kinds of data handled, three kinds of monitoring, a breach, a dispute and two
    data-access requests."""
    return [
        (record_data_handled, NewDataHandled(
            client="Acme Labeling", categories=("street-scene photos", "licence plates", "faces"),
            whose_data="passers-by in the client's footage", sensitivity="high", started_on=_ago(200),
            note="Faces and plates are blurred only after labeling.")),
        (record_data_handled, NewDataHandled(
            client=LONG_NAME, categories=("voice recordings", "transcripts"), whose_data="callers to health lines",
            sensitivity="special-category", started_on=_ago(120), ended_on=_ago(10))),
        (record_data_collected, NewDataCollected(
            client="Acme Labeling", monitoring_type="screen recording", tool="Hubstaff", consent="clicked through",
            retention_told="90 days", categories=("screenshot every 10 minutes", "activity level"),
            started_on=_ago(200))),
        (record_data_collected, NewDataCollected(
            client="TaskHive", monitoring_type="webcam", tool="TaskHive Proctor", consent="not asked",
            categories=("face photo at each login",), started_on=_ago(90),
            note="Only found out from the help pages.")),
        (record_data_collected, NewDataCollected(
            client=LONG_NAME, monitoring_type="ID document", tool="Veriff", consent="given in writing",
            retention_told="3 years after the contract ends", categories=("passport scan", "selfie"),
            started_on=_ago(120), ended_on=_ago(120))),
        (record_incident, NewIncident(
            kind="breach", client="TaskHive", notice_on=_ago(30), started_on=_ago(60), ended_on=_ago(52),
            data_involved="name, email, tax ID, bank account",
            steps_taken="froze credit with all three bureaus\nchanged passwords\nasked for the full incident report",
            costs=Decimal("39.90"), costs_currency="USD", time_spent_minutes=330,
            note="claim code TH-2291-ABCD")),
        (record_incident, NewIncident(
            kind="dispute", client="Acme Labeling", started_on=_ago(14),
            data_involved="my screen recordings from 3 weeks", steps_taken="asked for a copy under the CCPA",
            time_spent_minutes=75)),
        (record_access_request, NewAccessRequest(LONG_NAME, _ago(12), "web-form", law="gdpr",
                                                 note="my recordings, ratings and quality scores")),
        (record_access_request, NewAccessRequest("Acme Labeling", _ago(70), "email", law="ccpa")),
    ]


def stage(main: MainWindow, vault_folder: Path) -> None:
    """Add the sample records through ``main``'s session (after unlock) and show the view."""
    del vault_folder  # the records go through the open session
    for service, new in records():
        main.session.call(service, new)
    main.show_key("privacy")
    main.privacy.tabs.setCurrentIndex(1)
