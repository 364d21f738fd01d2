"""Sample records for the Data & privacy view, for the docs screenshots and for a look in light and dark.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.privacy.shots /tmp/shots-privacy

``stage(main, vault_folder)`` works on an unlocked main window: it adds the records through the window's session
(so it runs AFTER unlocking; the vault must hold the clients of tests/gui/sample.py), then shows the view on the
"Collected about you" tab. Not a test: pytest does not collect it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CONTRACTOR_APP_FAST_KDF", "1")

from contractor_app.gui.main_window import MainWindow  # noqa: E402
from contractor_app.services.incidents import NewIncident, record_incident  # noqa: E402
from contractor_app.services.privacy import (  # noqa: E402
    NewDataCollected, NewDataHandled, record_data_collected, record_data_handled,
)

from ..sample import LONG_NAME  # noqa: E402


def _ago(days: int) -> date:
    return datetime.now(UTC).date() - timedelta(days=days)


def records() -> list[tuple[object, object]]:
    """(service, input) pairs: two kinds of data handled, three kinds of monitoring, a breach and a dispute."""
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
    ]


def stage(main: MainWindow, vault_folder: Path) -> None:
    """Add the sample records through ``main``'s session (after unlock) and show the view."""
    del vault_folder  # the records go through the open session
    for service, new in records():
        main.session.call(service, new, changes={"data", "incidents"})
    main.show_key("privacy")
    main.privacy.tabs.setCurrentIndex(1)


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QSettings

    from contractor_app.gui.app import make_application
    from contractor_app.gui.controller import Ledger
    from contractor_app.gui.settings import Settings
    from contractor_app.gui.tasks import SyncRunner

    from ..conftest import PASSWORD
    from ..sample import sample_vault
    from ..screenshots import SIZE, dark_palette

    out = Path(argv[0]) if argv else Path("/tmp/shots-privacy")
    out.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    app.setStyle("Fusion")
    for palette in ("light", "dark"):
        if palette == "dark":
            app.setPalette(dark_palette())
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "records"
            sample_vault(folder, days=2)
            settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
            ledger = Ledger(folder, SyncRunner(), settings, tray_available=False)
            unlock = ledger.show_unlock()
            unlock.password.setText(PASSWORD)
            unlock.unlock()
            window = ledger.main
            assert window is not None
            window.show_key("privacy")
            window.resize(SIZE)
            grab_full(window, out / f"empty-{palette}.png")
            stage(window, folder)
            for number, name in enumerate(("handled", "collected", "incidents")):
                window.privacy.tabs.setCurrentIndex(number)
                grab_full(window, out / f"{name}-{palette}.png")
            window.privacy.tabs.setCurrentIndex(2)
            window.privacy.incidents.table.selectRow(0)
            form = window.privacy.incidents.edit()
            assert form is not None
            grab_full(form, out / f"incident-form-{palette}.png")
            form.reject()
            window.privacy.tabs.setCurrentIndex(1)
            window.privacy.collected.table.selectRow(1)
            form = window.privacy.collected.edit()
            assert form is not None
            grab_full(form, out / f"collected-form-{palette}.png")
            form.reject()
            ledger.lock()
    return 0


def grab_full(widget: object, path: Path) -> None:
    """Grab in full colour (the docs' grab quantizes to 256 colours, which hides subtle panels)."""
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print("saved", path)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
