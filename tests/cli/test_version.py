"""`contractor-app --version`: one version, from contractor_app.__version__, answered without loading the app."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from contractor_app import __version__
from contractor_app.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"contractor-app {__version__}"


def test_version_works_beside_other_global_options(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path), "--version"]) == 0
    assert capsys.readouterr().out.strip() == f"contractor-app {__version__}"
    assert not tmp_path.joinpath("vault.db").exists()


def test_the_version_has_a_single_source() -> None:
    """pyproject.toml reads the version from the package: packages, About and --version cannot disagree."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "contractor_app.__version__"}


def test_version_loads_neither_qt_nor_the_database_layer() -> None:
    """The first, light parse answers it, so scripts and packaging checks get it quickly."""
    code = ("import sys; from contractor_app.cli.main import main; main(['--version']); "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy', 'contractor_app.store', "
            "'contractor_app.cli.commands'))))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == [f"contractor-app {__version__}", "[]"]
