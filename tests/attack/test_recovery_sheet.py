"""Finding 4 (the recovery sheet): the save dialog suggests no folder (the home folder is backed up, synced and
indexed) and warns that the file opens the records; the saved sheet is 0600."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from contractor_app.gui import first_run
from contractor_app.gui.controller import Ledger

from ..gui.conftest import ledger, no_window_outlives_its_test, settings  # noqa: F401 - the GUI fixtures, used here too
from ..gui.test_first_run import to_recovery_step, wizard_page


def test_the_save_dialog_suggests_no_folder_and_warns(qtbot, ledger: Ledger, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = to_recovery_step(qtbot, ledger)
    page = wizard_page(wizard, first_run.RECOVERY, first_run.RecoveryPage)
    asked: list[tuple[str, str]] = []
    chosen = tmp_path / "key.pdf"

    def fake_dialog(parent, caption, suggested, filters):  # type: ignore[no-untyped-def]
        asked.append((caption, suggested))
        return str(chosen), filters

    monkeypatch.setattr(first_run.QFileDialog, "getSaveFileName", fake_dialog)
    previous = os.umask(0o022)
    try:
        page.save_pdf()
    finally:
        os.umask(previous)
    (caption, suggested), = asked
    assert os.sep not in suggested and str(Path.home()) not in suggested
    assert "anyone" in caption.lower()
    warning = page.findChild(first_run.QLabel, "recoveryFileWarning")
    assert warning is not None and "anyone" in warning.text().lower()
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o600
