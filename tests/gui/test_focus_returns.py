"""Focus returns where it was after a report is saved and after a backup: the button that started the work is
disabled while it runs, Qt moves focus away (or drops it), and a keyboard user was left nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow

from ..sample import SampleWork, Templates
from .conftest import unlock_copy


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=2)).folder


@pytest.fixture
def main(qtbot, ledger: Ledger, template: Path, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = unlock_copy(ledger, template, data_dir, view=None)  # each test shows the view it uses
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_focus_returns_to_back_up_now(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    main.show_key("backups")
    button = main.backups.back_up_button
    button.setFocus()
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Backup saved" in main.backups.message.text())
    assert QApplication.focusWidget() is button


def test_focus_returns_to_save_pdf(qtbot, main: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    dest = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(dest), ""))
    main.show_key("reports")
    button = main.reports.save_button
    button.setFocus()
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(dest.exists)
    assert QApplication.focusWidget() is button
