"""Finding 4: every file the app writes is 0600, written under a random temp name, and a symlink planted where
the old fixed temp name was is never followed."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.evidence import add_evidence, export_evidence
from contractor_app.store import fileio
from contractor_app.store.fileio import atomic_write, private_file, write_private
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, Cli


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The desktop default (022): a file created with mode 0666 would be readable by every local user."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_atomic_write_does_not_follow_a_symlink_at_the_old_temp_name(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"untouched")
    target = tmp_path / "vault.key"
    (tmp_path / "vault.key.tmp").symlink_to(victim)
    atomic_write(target, b"new header")
    assert victim.read_bytes() == b"untouched"
    assert target.read_bytes() == b"new header" and mode(target) == 0o600


@pytest.mark.parametrize("planted", ["symlink", "file"])
def test_a_name_planted_at_the_temp_name_itself_is_never_written_through(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, planted: str) -> None:
    """The random name makes planting hard; O_EXCL|O_NOFOLLOW makes it harmless even when the name is guessed (a
    weak random source, a name seen in a listing while another write waits): the write fails, nothing followed."""
    monkeypatch.setattr(fileio.secrets, "token_hex", lambda nbytes: "0123456789abcdef")
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"untouched")
    victim.chmod(0o644)
    guessed = tmp_path / ".report.pdf.0123456789abcdef.tmp"
    if planted == "symlink":
        guessed.symlink_to(victim)
    else:
        guessed.write_bytes(b"planted")
    with pytest.raises(OSError):
        write_private(tmp_path / "report.pdf", b"%PDF")
    assert victim.read_bytes() == b"untouched" and mode(victim) == 0o644
    assert not (tmp_path / "report.pdf").exists()
    if planted == "file":
        assert guessed.read_bytes() == b"planted"


def test_a_symlink_at_the_destination_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"untouched")
    dest = tmp_path / "report.pdf"
    dest.symlink_to(victim)
    write_private(dest, b"%PDF")
    assert victim.read_bytes() == b"untouched" and not dest.is_symlink() and dest.read_bytes() == b"%PDF"


def test_no_replace_refuses_a_file_or_a_dangling_symlink(tmp_path: Path) -> None:
    dest = tmp_path / "copy.png"
    dest.symlink_to(tmp_path / "nowhere")
    with pytest.raises(FileExistsError):
        write_private(dest, b"x", replace=False)
    assert not (tmp_path / "nowhere").exists() and sorted(p.name for p in tmp_path.iterdir()) == ["copy.png"]


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    dest = tmp_path / "out.csv"
    with pytest.raises(RuntimeError), private_file(dest) as handle:
        handle.write(b"half")
        raise RuntimeError("stop")
    assert list(tmp_path.iterdir()) == []


def test_temp_names_are_random(tmp_path: Path) -> None:
    seen: list[str] = []
    for _ in range(2):
        with private_file(tmp_path / "a.pdf") as handle:
            seen += [p.name for p in tmp_path.iterdir() if p.name != "a.pdf"]
            handle.write(b"x")
    assert len(set(seen)) == 2 and all(name.startswith(".a.pdf.") for name in seen)


def test_stale_key_temp_files_do_not_pile_up(tmp_path: Path) -> None:
    target = tmp_path / "vault.key"
    (tmp_path / ".vault.key.0123456789abcdef.tmp").write_bytes(b"old header")
    atomic_write(target, b"header")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.key"]


@pytest.fixture
def worker(cli: Cli) -> Cli:
    cli.init("--name", "Worker", "--currency", "USD")
    with Vault.unlock(cli.data_dir, PASSWORD) as vault:
        add_client(vault, NewClient(name="Acme", currency="USD",
                                    terms=Terms(kind="hourly", rate=Money(Decimal("12.00"), "USD"))))
        add_evidence(vault, b"\x89PNG evidence bytes", name="stub.png")
    return cli


def test_every_cli_output_is_private(worker: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    commands = {
        "claim.pdf": ("report", "claim", "--client", "Acme", "-o"),
        "all.json": ("export", "json", "-o"),
        "entries.csv": ("export", "csv", "-o"),
        "copy.png": ("evidence", "export", "1", "-o"),
        "backup.clbackup": ("backup", "create", "-o"),
    }
    for name, args in commands.items():
        result = worker(*args, str(out / name))
        assert result.code == 0, (name, result.err)
    written = sorted(out.iterdir())
    assert [p.name for p in written] == sorted(commands)
    assert {p.name: oct(mode(p)) for p in written} == {name: oct(0o600) for name in commands}
    assert all(mode(p) == 0o600 for p in worker.data_dir.iterdir() if p.is_file())


def test_evidence_export_is_private_and_never_replaces(worker: Cli, tmp_path: Path) -> None:
    with Vault.unlock(worker.data_dir, PASSWORD) as vault:
        dest = tmp_path / "copy.png"
        export_evidence(vault, 1, dest)
        assert mode(dest) == 0o600
        before = dest.read_bytes()
        with pytest.raises(Exception, match="already exists"):
            export_evidence(vault, 1, dest)
        assert dest.read_bytes() == before


def test_gui_report_and_recovery_sheet_are_private(worker: Cli, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from contractor_app.domain.times import DateRange
    from contractor_app.gui import recovery_sheet
    from contractor_app.services.reports import ReportRequest, write_report

    sheet = tmp_path / "sheet.pdf"
    recovery_sheet.save_pdf(sheet, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", worker.data_dir)
    assert mode(sheet) == 0o600 and sheet.read_bytes().startswith(b"%PDF")
    dest = tmp_path / "claim.pdf"
    with Vault.unlock(worker.data_dir, PASSWORD) as vault:
        request = ReportRequest(kind="claim", client="Acme", period=DateRange(), as_of=date.today(), paper="a4")
        write_report(vault, request, dest, lambda number, total: None, threading.Event())
    assert mode(dest) == 0o600 and sorted(p.name for p in tmp_path.iterdir()) == ["claim.pdf", "records",
                                                                                   "sheet.pdf"]


def test_no_replace_without_hard_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a file system without hard links (a FAT USB stick) the no-replace write still works and still refuses."""

    def no_links(*args: object, **kwargs: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    dest = tmp_path / "copy.png"
    write_private(dest, b"first", replace=False)
    with pytest.raises(FileExistsError):
        write_private(dest, b"second", replace=False)
    assert dest.read_bytes() == b"first" and mode(dest) == 0o600 and list(tmp_path.iterdir()) == [dest]


def test_a_database_copy_is_private_and_never_follows_a_planted_symlink(vault: Vault, tmp_path: Path) -> None:
    """export_copy (the pre-upgrade copy) once wrote through a fixed ``<name>.partial``: a symlink planted there
    sent the encrypted copy wherever it pointed, and the file took the umask's 0644."""
    from contractor_app.store.engine import export_copy

    out = tmp_path / "out"
    out.mkdir()
    victim = out / "victim.txt"
    victim.write_bytes(b"untouched")
    dest = out / "copy.db"
    (out / "copy.db.partial").symlink_to(victim)
    export_copy(vault._bound_engine(), dest, vault._key())
    assert victim.read_bytes() == b"untouched"
    assert mode(dest) == 0o600
    assert sorted(p.name for p in out.iterdir()) == ["copy.db", "copy.db.partial", "victim.txt"]
