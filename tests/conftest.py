"""Fixtures shared by every test: real vaults in temporary folders, with fast KDF parameters (tests/kdf.py)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

# Before anything imports Qt or creates a vault.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the real config folder (the rollback witness lives there): one for the session (removed at its end: with
# `make test-fast` it is in RAM, /dev/shm), one per test below.
os.environ["CONTRACTOR_APP_CONFIG_DIR"] = tempfile.mkdtemp(prefix="contractor-app-config-")
atexit.register(shutil.rmtree, os.environ["CONTRACTOR_APP_CONFIG_DIR"], True)
for _name in ("CONTRACTOR_APP_PASSWORD", "CONTRACTOR_APP_NEW_PASSWORD", "CONTRACTOR_APP_DATA_DIR",
              "CONTRACTOR_APP_RECOVERY_KEY"):
    os.environ.pop(_name, None)
# Reports in English wherever the suite runs: `report` takes its default language from the locale (LC_ALL first).
os.environ.pop("LC_ALL", None)
os.environ["LC_MESSAGES"] = "C.UTF-8"

from contractor_app.cli.main import main  # noqa: E402 - once the environment above is set
from contractor_app.store.vault import Vault  # noqa: E402 - once the environment above is set

from .kdf import use_fast_kdf  # noqa: E402 - once the environment above is set
from .sample import PASSWORD, Templates  # noqa: E402 - as above; PASSWORD lives there, tests import it from here too

use_fast_kdf()  # every vault a test makes unlocks instantly; tests of the KDF itself set crypto.POLICY back


@pytest.fixture(autouse=True)
def config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's config folder for this test (the rollback witness is written there); beside tmp_path, not in it,
    so tests that list tmp_path see only their own files."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("CONTRACTOR_APP_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "records"


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    """Sample vaults built once per session, one per recipe, for tests to copy (tests/sample.py)."""
    return Templates(tmp_path_factory)


@pytest.fixture
def vault(data_dir: Path, templates: Templates) -> Iterator[Vault]:
    """A new, empty vault, unlocked: a copy of one created once per session (creating runs every migration; the
    tests of creating a vault call Vault.create themselves)."""
    with Vault.unlock(templates().copy_to(data_dir), PASSWORD) as opened:
        yield opened


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every temp-file mechanism (Python's and SQLite's) at a folder the test can inspect for plaintext."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    for name in ("TMPDIR", "TMP", "TEMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@dataclass
class Result:
    code: int
    out: str
    err: str


@dataclass
class Cli:
    """Runs `contractor-app` in-process against one data folder, with the password from the environment."""

    data_dir: Path
    monkeypatch: pytest.MonkeyPatch
    capsys: pytest.CaptureFixture[str]
    templates: Templates | None = None

    def __call__(self, *args: str, password: str | None = PASSWORD) -> Result:
        if password is None:
            self.monkeypatch.delenv("CONTRACTOR_APP_PASSWORD", raising=False)
        else:
            self.monkeypatch.setenv("CONTRACTOR_APP_PASSWORD", password)
        self.capsys.readouterr()
        code = main(["--data-dir", str(self.data_dir), *args])
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def init(self, *args: str) -> Result:
        result = self("init", "--timezone", "America/New_York", *args)
        assert result.code == 0, result.err
        return result

    def prepared(self, init: Sequence[str], *commands: Sequence[str]) -> Cli:
        """Records made by ``init(*init)`` and then each of ``commands`` (all must succeed), for tests that start
        from them: the commands run once per session into a template, which is copied into this data folder (a
        locked vault is its files: the copy is records of its own). Tests of `init` itself call ``init``."""
        assert self.templates is not None, "a Cli made by the cli fixture"

        def run_all(folder: Path) -> None:
            maker = replace(self, data_dir=folder)
            maker.init(*init)
            for command in commands:
                result = maker(*command)
                assert result.code == 0, result.err

        key = ("cli", tuple(init), tuple(tuple(command) for command in commands))
        shutil.copytree(self.templates.folder(key, run_all), self.data_dir)
        return self


@pytest.fixture
def cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        templates: Templates) -> Cli:
    return Cli(data_dir, monkeypatch, capsys, templates)


def fast_cases(values: Iterable[object], keep: Sequence[int] = (0,), *, spread: bool = True) -> list[object]:
    """A parametrize list whose cases share one kind of setup (a window unlocked, a PDF written) and differ in
    what they look at: the cases at ``keep`` stay in `make test-fast`, the others carry `slow`, so the inner loop
    still checks the behaviour while `make test` checks every case. A tuple value is one case of several arguments
    (``spread=False``: one argument that is a tuple)."""
    return [value if number in keep
            else pytest.param(*(value if spread and isinstance(value, tuple) else (value,)), marks=pytest.mark.slow)
            for number, value in enumerate(values)]


def vault_files(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in ``folder`` with its bytes and mtime (ns), to prove a command changed nothing."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file()}
