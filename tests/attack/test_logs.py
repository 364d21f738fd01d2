"""Finding 3: record text never reaches stderr or the log. A constraint error whose SQL parameters carry a marker
goes through the desktop app's error paths (the error dialog and the excepthook); the marker must not appear."""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from contractor_app.gui import dialogs
from contractor_app.store.vault import Vault

MARKER = "MARKER-7f3a-client-secret-note"


def constraint_error(vault: Vault) -> IntegrityError:
    """A real IntegrityError from the vault's engine whose parameters hold MARKER (a CHECK constraint fails)."""
    with pytest.raises(IntegrityError) as caught, vault.unit_of_work() as uow:
        uow.session.execute(
            text("INSERT INTO clients (name, note, classification, currency, workweek_start, created_at, "
                 "contract_on_file) VALUES (:name, :note, 'nobody', 'USD', 0, :now, 0)"),
            {"name": MARKER, "note": MARKER, "now": datetime.now(UTC).isoformat()})
    return caught.value


def test_the_engine_hides_sql_parameters(vault: Vault) -> None:
    assert MARKER not in str(constraint_error(vault))


def test_the_error_dialog_logs_no_record_text(vault: Vault, qtbot, caplog: pytest.LogCaptureFixture,  # type: ignore[no-untyped-def]
                                              capsys: pytest.CaptureFixture[str]) -> None:
    error = constraint_error(vault)
    error.args = (f"a message quoting the record {MARKER}",)  # whatever a driver may put in its message
    caplog.set_level(logging.DEBUG)
    box = dialogs.show_error(None, error)
    qtbot.addWidget(box)
    captured = capsys.readouterr()
    logged = caplog.text
    assert "IntegrityError" in logged and "test_logs.py" in logged  # the type and the frames are still there
    assert MARKER not in logged + captured.err + captured.out + box.text()


def test_the_excepthook_prints_no_record_text(vault: Vault, qtbot, caplog: pytest.LogCaptureFixture,  # type: ignore[no-untyped-def]
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error = constraint_error(vault)
    wrapped = RuntimeError(f"while saving {MARKER}")
    wrapped.__cause__ = error
    caplog.set_level(logging.DEBUG)
    dialogs.install_excepthook()
    sys.excepthook(RuntimeError, wrapped, None)
    for box in QApplication.topLevelWidgets():
        if box.objectName() == "errorDialog":
            assert isinstance(box, QMessageBox)
            assert MARKER not in box.text()
            box.close()
    captured = capsys.readouterr()
    output = caplog.text + captured.err + captured.out
    assert "RuntimeError" in output and "IntegrityError" in output
    assert MARKER not in output
