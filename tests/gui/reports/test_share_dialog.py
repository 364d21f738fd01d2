"""Reports → "Share with a union or worker centre…" (issue 19): the worker chooses each client's kind of work and
whether to name it, reads the whole file in plain words as they choose, and Enter saves it where they say."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog

from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.gui.reports import ReportsView
from contractor_app.gui.reports.share_dialog import ShareDialog

from ...sample import SampleWork, Templates
from ..conftest import SharedWindow


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=10)).folder


SHARED_LANDING = "reports"


@pytest.fixture
def view(shared_main: MainWindow) -> ReportsView:
    """The Reports view of the module's shared window (tests/gui/conftest.py): a share is saved to a file, and
    nothing in the records changes."""
    return shared_main.reports


@pytest.fixture
def ledger(shared_window: SharedWindow, view: ReportsView) -> Ledger:
    """The shared window's ledger, in place of a new one (tests/gui/conftest.py's ``ledger``)."""
    return shared_window.ledger


def _row(dialog: ShareDialog, name: str) -> tuple[QComboBox, QCheckBox]:
    for row in range(dialog.clients.rowCount()):
        if dialog.clients.cellWidget(row, 0).text() == name:  # type: ignore[attr-defined]  # a QLabel
            kind, named = dialog.clients.cellWidget(row, 1), dialog.clients.cellWidget(row, 2)
            assert isinstance(kind, QComboBox) and isinstance(named, QCheckBox)
            return kind, named
    raise AssertionError(name)


def test_the_worker_reads_the_share_then_enter_saves_it(  # type: ignore[no-untyped-def]
        qtbot, view: ReportsView, ledger: Ledger, tmp_path: Path) -> None:
    assert ledger.session is not None
    today = datetime.now(UTC).astimezone(ledger.session.profile.zone).date()
    dialog = ShareDialog(ledger.session, today, view)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.preview.toPlainText()
    assert "no names" in text and "Acme" not in text and " · other · " in text
    assert dialog.save_button.isEnabled()

    kind, named = _row(dialog, "TaskHive")
    kind.setCurrentIndex(kind.findData("rating"))
    named.setChecked(True)
    qtbot.waitUntil(lambda: " · TaskHive · " in dialog.preview.toPlainText())
    assert "Acme" not in dialog.preview.toPlainText()

    target = tmp_path / "share.json"
    dialog.choose_path = lambda: target  # type: ignore[method-assign]
    dialog.preview.setFocus()
    qtbot.keyClick(dialog.preview, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved_to == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    document = json.loads(target.read_text())
    assert {row["platform"] for row in document["rows"]} == {"TaskHive", None}
    assert "rating" in {row["category"] for row in document["rows"]}
    dialog.grab().save(str(tmp_path / "share-dialog.png"))


def test_a_period_that_ends_before_it_starts_is_explained(  # type: ignore[no-untyped-def]
        qtbot, view: ReportsView, ledger: Ledger) -> None:
    assert ledger.session is not None
    dialog = ShareDialog(ledger.session, datetime.now(UTC).date(), view)
    qtbot.addWidget(dialog)
    dialog.date_from.setDate(dialog.date_to.date().addDays(5))
    qtbot.waitUntil(lambda: "before it starts" in dialog.message.text())
    assert not dialog.save_button.isEnabled() and dialog.preview.toPlainText() == ""


def test_the_reports_view_offers_the_share(qtbot, view: ReportsView, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[ShareDialog] = []
    def record(dialog: ShareDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(ShareDialog, "exec", record)
    assert view.share_button.isVisibleTo(view)
    qtbot.mouseClick(view.share_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].clients.rowCount() == 3
