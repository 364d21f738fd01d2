"""The packaged build's GUI self-check (`--smoke-test-gui`), run here from source so it cannot rot."""

from __future__ import annotations

from pathlib import Path

import pytest

from contractor_app.cli.main import main
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
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    vault.lock()
    monkeypatch.setenv("CONTRACTOR_APP_PASSWORD", "not the password")
    assert main(["--data-dir", str(data_dir), "--smoke-test-gui"]) == 3
