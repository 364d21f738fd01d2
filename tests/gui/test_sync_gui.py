"""Settings → "Your other computers" and the Entries view's choice between two versions (issue 19): the desktop app
on one computer, the services standing in for the other."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from contractor_app.domain.times import DateRange
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.gui.sync_conflicts import ConflictsDialog
from contractor_app.services.entries.edits import update_entry
from contractor_app.services.entries.listing import list_entries
from contractor_app.services.sync import join_sync, sync_now, sync_status
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..sample import SampleWork, Templates
from .conftest import unlock_copy


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=2)).folder


@pytest.fixture
def main(ledger: Ledger, template: Path, data_dir: Path) -> MainWindow:
    return unlock_copy(ledger, template, data_dir, "settings")


def _every_entry(vault: Vault) -> list[str]:
    return sorted(entry.note or "" for entry in list_entries(vault, period=DateRange(None, None), tz="UTC"))


def test_start_here_join_there_and_choose_between_two_versions(  # type: ignore[no-untyped-def]
        qtbot, main: MainWindow, tmp_path: Path, templates: Templates) -> None:
    section = main.preferences.sync
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert section.setup_page.isVisibleTo(section) and not section.status_page.isVisibleTo(section)  # start or join
    section.folder.setText(str(folder))
    section.name.setText("laptop")
    qtbot.mouseClick(section.start_button, Qt.MouseButton.LeftButton)
    assert section.status_page.isVisibleTo(section) and "Pairing code:" in section.shown_code.text()
    code = re.search(r"Pairing code: (\S+)", section.shown_code.text())
    assert code is not None
    main.resize(1366, 768)
    qtbot.wait(50)
    main.preferences.grab().save(str(tmp_path / "sync-section.png"))

    with Vault.unlock(templates().copy_to(tmp_path / "desktop"), PASSWORD) as desktop:
        join_sync(desktop, folder, code.group(1), "desktop")
        assert len(_every_entry(desktop)) == len(_every_entry_gui(main))

        qtbot.mouseClick(section.sync_button, Qt.MouseButton.LeftButton)
        assert "desktop" in section.summary.text()

        # the same entry changed on both computers
        assert main.session is not None
        first = main.session.read(list_entries, period=DateRange(None, None), tz="UTC")[0]
        main.session.read(update_entry, first.id, {"note": "typed on the laptop"})
        mirror = next(e for e in list_entries(desktop, period=DateRange(None, None), tz="UTC")
                      if e.start == first.start)
        update_entry(desktop, mirror.id, {"note": "typed on the desktop"})
        sync_now(desktop)
        qtbot.mouseClick(section.sync_button, Qt.MouseButton.LeftButton)
        assert "changed on two" in section.message.text()

        entries = main.entries
        main.show_key("entries")
        assert entries.conflicts_button.isVisibleTo(entries) and "1 record" in entries.conflicts_button.text()
        dialog = ConflictsDialog(main.session, entries)
        qtbot.addWidget(dialog)
        cells = {_cell(dialog, row, 0): (_cell(dialog, row, 1), _cell(dialog, row, 2))
                 for row in range(dialog.table.rowCount())}
        assert cells["Note"] == ("typed on the laptop", "typed on the desktop")
        assert _cell(dialog, 0, 0) == "Note"  # what differs comes first
        assert dialog.keep_theirs.text() == "Keep desktop's"
        dialog.grab().save(str(tmp_path / "conflicts.png"))
        qtbot.mouseClick(dialog.keep_theirs, Qt.MouseButton.LeftButton)
        assert "nothing to choose" in dialog.title.text()
        entries.refresh_conflicts()
        assert not entries.conflicts_button.isVisibleTo(entries)
        assert "typed on the desktop" in _every_entry_gui(main)
        sync_now(desktop)
        assert sync_status(desktop).conflicts == 0  # type: ignore[union-attr]


def _cell(dialog: ConflictsDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def _every_entry_gui(main: MainWindow) -> list[str]:
    assert main.session is not None
    return sorted(entry.note or "" for entry in main.session.read(list_entries, period=DateRange(None, None),
                                                                   tz="UTC"))


def test_a_change_made_here_is_synced_by_itself(qtbot, main: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    section = main.preferences.sync
    folder = tmp_path / "Sync"
    folder.mkdir()
    section.folder.setText(str(folder))
    section.start()
    assert main.session is not None
    status = main.session.read(sync_status)
    files_before = len(list((folder / "contractor-ledger-sync" / status.device_id).glob("0*.cls")))
    section._soon.setInterval(10)
    first = main.session.read(list_entries, period=DateRange(None, None), tz="UTC")[0]
    main.session.call(update_entry, first.id, {"note": "changed in the app"})
    qtbot.waitUntil(lambda: len(list((folder / "contractor-ledger-sync" / status.device_id).glob("0*.cls")))
                    > files_before, timeout=5000)
