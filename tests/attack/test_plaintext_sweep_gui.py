"""The plaintext sweep, desktop part: unlock in the app, add an entry whose note carries a marker (through the
app's session), save a report and a backup from their views, hit an unexpected error, lock. No marker in the data
folder, the temporary folder, the config folders (the witness's and Qt's settings file), the backup, stderr or the
log, after the app quits."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from contractor_app.gui.controller import Ledger
from contractor_app.services.entries.log import NewEntry, log_work

from ..gui.conftest import ledger, no_window_outlives_its_test, settings, unlock  # noqa: F401 - GUI fixtures
from ..gui.reports.test_reports_view import choose_claim_for_acme
from ..gui.sample import sample_vault
from .test_plaintext_sweep import MARKERS, leaks


@pytest.mark.slow
def test_no_marker_after_a_desktop_session(qtbot, ledger: Ledger, data_dir: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           private_tmp: Path, config_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                           caplog: pytest.LogCaptureFixture,
                                           capfd: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache")):
        monkeypatch.setenv(name, str(home / sub))
    caplog.set_level(logging.DEBUG)
    out = tmp_path / "out"
    out.mkdir()
    zone = sample_vault(data_dir, days=3)
    unlock(ledger)
    main = ledger.main
    assert main is not None and ledger.session is not None
    start = datetime.now(UTC) - timedelta(days=1, hours=3)
    ledger.session.call(log_work, NewEntry(client="Acme Labeling", start=start, end=start + timedelta(hours=1),
                                           tz=zone, note=f"{MARKERS[0]} {MARKERS[1]}"))
    main.show_key("reports")
    choose_claim_for_acme(main.reports)
    main.reports.save_to(out / "claim.pdf")
    assert (out / "claim.pdf").is_file(), main.reports.message.text()
    main.show_key("backups")
    main.backups.back_up_now(out / "records.clbackup")
    assert (out / "records.clbackup").is_file()

    def fails(vault: object) -> None:
        raise ValueError(f"could not read {MARKERS[0]}")  # an unexpected error that quotes a record

    ledger.session.call(fails)
    ledger.quit()
    captured = capfd.readouterr()
    assert "ValueError" in caplog.text  # the error was logged, as its type and frames
    assert any(config_dir.rglob("*.json")), "the rollback witness was written: the config folder is swept for real"
    found = leaks([captured.out, captured.err, caplog.text], data_dir, private_tmp, home, config_dir,
                  tmp_path / "settings.ini", out / "records.clbackup")
    assert not found, found
