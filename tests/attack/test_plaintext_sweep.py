"""The plaintext sweep: after a scripted session (unlock, entries whose text carries markers, a report, a
backup, lock) through the command line and the services, no marker is anywhere in the data folder, the temporary
folder, the config folder (HOME and the XDG folders point into the test's own) or the app's output.

The report is the one file that may hold record text: the worker asked for it, and it is written 0600 outside
those folders. Markers are looked for as UTF-8 and UTF-16 (SQLite and Qt would write either)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.evidence import add_evidence
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, Cli

MARKERS = ("QZXV-sweep-note-5521", "Ŋøŧę-sweep-Дмитрий-5521", "QZXV-sweep-evidence-5521")


def leaks(texts: list[str], *places: Path) -> list[str]:
    found = [f"output: {marker!r}" for marker in MARKERS for text in texts if marker in text]
    for place in places:
        for path in ([place] if place.is_file() else place.rglob("*") if place.exists() else []):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                found += [f"{path}: {marker!r}" for marker in MARKERS for encoding in ("utf-8", "utf-16-le")
                          if marker.encode(encoding) in data]
    return found


def test_no_marker_outside_the_encrypted_files(cli: Cli, tmp_path: Path, private_tmp: Path, config_dir: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache"),
                      ("XDG_STATE_HOME", ".local/state")):
        monkeypatch.setenv(name, str(home / sub))
    out = tmp_path / "out"
    out.mkdir()
    outputs: list[str] = []

    def run(*args: str) -> None:
        result = cli(*args)
        outputs.extend([result.out, result.err])
        assert result.code == 0, (args, result.err)

    run("init", "--timezone", "America/New_York", "--name", "Worker")
    run("client", "add", "Acme", "--rate", "20/h", "--currency", "USD", "--legal-name", MARKERS[1],
        "--contact", MARKERS[0])
    run("log", "--client", "Acme", "--start", "2026-11-02T09:00", "--end", "2026-11-02T12:00", "--note", MARKERS[0])
    with Vault.unlock(cli.data_dir, PASSWORD) as vault:  # the services' face: Unicode and evidence bytes
        start = datetime(2026, 11, 3, 14, tzinfo=UTC)
        log_work(vault, NewEntry(client="Acme", start=start, end=start + timedelta(hours=2),
                                 tz="America/New_York", note=MARKERS[1]))
        add_evidence(vault, f"pay stub {MARKERS[2]}".encode() * 50, name="stub.txt", note=MARKERS[2])
    run("report", "claim", "--client", "Acme", "-o", str(out / "claim.pdf"))
    run("verify-report", str(out / "claim.pdf"))
    run("backup", "create", "-o", str(out / "records.clbackup"))
    run("backup", "verify", str(out / "records.clbackup"))
    run("verify")
    run("summary")

    assert any(config_dir.rglob("*.json")), "the rollback witness was written: the config folder is swept for real"
    assert not leaks(outputs, cli.data_dir, private_tmp, home, config_dir, out / "records.clbackup")
    assert sorted(p.name for p in out.iterdir()) == ["claim.pdf", "records.clbackup"]  # no temp file left
