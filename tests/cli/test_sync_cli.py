"""`sync setup/join/now/status/conflicts/resolve/remove` (issue 19): two data folders, one sync folder; after a
change a command passes it to the sync folder by itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from contractor_app.cli.main import main

from ..conftest import PASSWORD


def _run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(folder), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_two_computers_through_one_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CONTRACTOR_APP_PASSWORD", PASSWORD)
    laptop, desktop, folder = tmp_path / "laptop", tmp_path / "desktop", tmp_path / "Sync"
    folder.mkdir()
    for device in (laptop, desktop):
        assert _run(capsys, device, "init", "--timezone", "UTC")[0] == 0
    assert _run(capsys, laptop, "client", "add", "Acme", "--rate", "20/h")[0] == 0
    code, out, _ = _run(capsys, laptop, "sync", "setup", str(folder), "--name", "laptop")
    assert code == 0
    pairing = re.search(r"--code (\S+)", out)
    assert pairing is not None
    code, out, err = _run(capsys, desktop, "sync", "join", str(folder), "--code", pairing.group(1), "--name", "desk")
    assert code == 0, err
    assert "Paired with laptop" in out

    # a change is passed on by the command that made it; `sync now` on the other computer takes it
    assert _run(capsys, laptop, "log", "--client", "acme", "--start", "2026-03-02T09:00", "--end",
                "2026-03-02T10:00", "--note", "from the laptop")[0] == 0
    code, out, _ = _run(capsys, desktop, "sync", "now")
    assert code == 0 and "Took 1 change" in out
    code, out, _ = _run(capsys, desktop, "list", "--from", "2026-03-01", "--to", "2026-03-31")
    assert "from the laptop" in out

    code, out, _ = _run(capsys, laptop, "sync", "status")
    assert "desk" in out and "laptop" in out

    code, out, _ = _run(capsys, desktop, "sync", "conflicts")
    assert code == 0 and "No conflicts" in out
    assert _run(capsys, laptop, "sync", "code")[1].strip() == pairing.group(1)
    code, out, _ = _run(capsys, laptop, "sync", "remove", "desk")
    assert code == 0 and "desk is removed" in out
    code, _, err = _run(capsys, laptop, "sync", "resolve", "7", "--keep", "mine")
    assert code == 1 and "No conflict #7" in err


def test_sync_explains_what_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CONTRACTOR_APP_PASSWORD", PASSWORD)
    records = tmp_path / "records"
    assert _run(capsys, records, "init", "--timezone", "UTC")[0] == 0
    code, _, err = _run(capsys, records, "sync", "now")
    assert code == 1 and "No sync folder is set up" in err
    code, _, err = _run(capsys, records, "sync", "join", str(tmp_path), "--code", "not-a-code")
    assert code == 1 and "not a pairing code" in err
    code, out, _ = _run(capsys, records, "sync", "status")
    assert code == 0 and "does not use a sync folder" in out
