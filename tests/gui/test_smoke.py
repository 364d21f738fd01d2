"""The packaged build's GUI self-check (`--smoke-test-gui`), run here from source so it cannot rot."""

from __future__ import annotations

import functools
import gc
import tempfile
from pathlib import Path

import pytest

from contractor_app.cli.main import main
from contractor_app.gui import smoke
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD


@pytest.mark.slow
def test_smoke_test_opens_every_view_and_exits_cleanly(qtbot, vault: Vault, data_dir: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    vault.lock()
    monkeypatch.setenv("CONTRACTOR_APP_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(data_dir), "--smoke-test-gui"]) == 0
    assert "showed 10 of 10 views, 0 problem(s): ok" in capsys.readouterr().out


def test_smoke_test_with_a_wrong_password_fails(qtbot, vault: Vault, data_dir: Path,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """...and leaves no folder behind: its throwaway settings outlived their folder and wrote settings.ini back,
    leaving a contractor-smoke-* folder in the temporary folder (in /dev/shm under `make test-fast`) at every run."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    vault.lock()
    monkeypatch.setenv("CONTRACTOR_APP_PASSWORD", "not the password")
    assert main(["--data-dir", str(data_dir), "--smoke-test-gui"]) == 3
    gc.collect()
    assert list(scratch.iterdir()) == []


def test_smoke_test_failures_never_print_record_text(qtbot, vault: Vault, data_dir: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capfd: pytest.CaptureFixture[str]) -> None:
    """An error raised in a slot whose message quotes a record (as a driver error quotes its SQL parameters) is
    reported by type and frames only: the smoke test runs in CI logs and on workers' machines."""
    from PySide6.QtCore import QTimer

    from contractor_app.gui.main_window import MainWindow

    marker = "SMOKE-RECORD-TEXT-7d41"

    def broken(self: MainWindow, key: str) -> None:
        raise ValueError(f"constraint failed for note {marker!r}")

    def raise_in_a_slot(self: MainWindow, key: str) -> None:
        QTimer.singleShot(0, lambda: broken(self, key))

    monkeypatch.setattr(MainWindow, "show_key", raise_in_a_slot)
    # A step of 1 ms instead of 200 (ten views: two seconds of waiting): what is printed is the point here.
    monkeypatch.setattr(smoke, "smoke_test", functools.partial(smoke.smoke_test, step_ms=1))
    vault.lock()
    monkeypatch.setenv("CONTRACTOR_APP_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(data_dir), "--smoke-test-gui"]) == 1
    out, err = capfd.readouterr()
    assert "ValueError" in err
    assert marker not in out + err
