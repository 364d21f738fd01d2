"""The distance log in the Costs tab: a trip added through its form (Enter says what is missing), a GPX track
imported, a trip deleted; undo takes each back. The model passes qtmodeltester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.services.trips import list_trips

from ..conftest import unlock_copy
from .test_costs_tab import template  # noqa: F401 - the module's sample records, shared

ROUTE = (b'<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Run</name>'
         b'<trkseg><trkpt lat="40.0" lon="-74.0"><time>2026-03-02T14:00:00Z</time></trkpt>'
         b'<trkpt lat="40.1" lon="-74.0"><time>2026-03-02T14:10:00Z</time></trkpt></trkseg></trk></gpx>')


@pytest.fixture
def main(ledger: Ledger, template: Path, data_dir: Path) -> MainWindow:  # noqa: F811 - the fixture imported above
    return unlock_copy(ledger, template, data_dir, "pay")


def test_add_import_delete_and_undo_trips(qtbot, qtmodeltester, main: MainWindow,  # type: ignore[no-untyped-def]
                                         tmp_path: Path) -> None:
    pay, session = main.pay, main.session
    pay.period.setCurrentIndex(pay.period.findData("all"))
    pay.client.setCurrentIndex(pay.client.findData("Acme Labeling"))
    pay.tabs.setCurrentWidget(pay.costs)
    trips = pay.costs.trips
    qtbot.waitUntil(lambda: trips.add_button.isEnabled())
    assert trips.empty.isVisible() and not trips.delete_button.isEnabled()

    dialog = trips.add_trip()
    assert dialog.client.currentData() == "Acme Labeling"
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # Enter with the distance missing says so
    assert dialog.isVisible() and "Enter the distance" in dialog.message.text()
    qtbot.keyClicks(dialog.distance, "12.5")
    qtbot.keyClicks(dialog.note, "depot")
    assert any(label.buddy() is dialog.distance for label in dialog.findChildren(QLabel))  # Alt+S reaches it
    dialog.grab().save("/tmp/capture3/trip-dialog.png")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: trips.model.rowCount() == 1)
    assert not dialog.isVisible() and trips.model.text(0, 2) == f"12.5 {dialog.unit.currentData()}"
    qtmodeltester.check(trips.model)

    track = tmp_path / "run.gpx"
    track.write_bytes(ROUTE)
    trips.choose_file = lambda: str(track)
    trips.import_button.click()
    qtbot.waitUntil(lambda: trips.model.rowCount() == 2)
    assert "Imported 1 trip" in trips.message.text()
    assert sorted(t.source for t in session.read(list_trips)) == ["gpx", "manual"]
    bomb = tmp_path / "bomb.gpx"
    bomb.write_bytes(b'<!DOCTYPE gpx [<!ENTITY a "aaaa">]><gpx>&a;</gpx>')
    trips.choose_file = lambda: str(bomb)
    trips.import_button.click()
    assert "DOCTYPE" in trips.message.text() and len(session.read(list_trips)) == 2
    main.grab().save("/tmp/capture3/costs-tab.png")

    trips.table.selectRow(0)
    trips.delete_button.click()
    qtbot.waitUntil(lambda: trips.model.rowCount() == 1)
    main.undo.undo()  # the deletion
    qtbot.waitUntil(lambda: trips.model.rowCount() == 2)
    main.undo.undo()  # the trip added by hand
    qtbot.waitUntil(lambda: [t.source for t in session.read(list_trips)] == ["gpx"])
