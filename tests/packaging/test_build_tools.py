"""`make package` on a machine without the build tools: it names each missing one and the apt command that installs
it, before building anything, instead of a traceback minutes in."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("strip", "objdump", "dpkg", "dpkg-deb", "desktop-file-validate", "appstreamcli")


def bin_folder(tmp_path: Path, fake: tuple[str, ...] = ()) -> Path:
    """A PATH of one folder: what the Makefile itself needs (make, sed) and, as do-nothing scripts, ``fake``."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for name in ("make", "sed"):
        found = shutil.which(name)
        assert found is not None, f"{name} is needed to run this test"
        (folder / name).symlink_to(found)
    for name in fake:
        (folder / name).write_text("#!/bin/sh\nexit 0\n")
        (folder / name).chmod(0o755)
    return folder


def make_package(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["make", "--no-print-directory", "package", f"PYTHON={sys.executable}"], cwd=ROOT,
                          env={**os.environ, "PATH": str(path)}, capture_output=True, text=True, timeout=60)


@pytest.mark.slow
def test_make_package_names_every_missing_tool_and_how_to_install_them(tmp_path: Path) -> None:
    result = make_package(bin_folder(tmp_path))
    assert result.returncode != 0
    assert "Traceback" not in result.stdout + result.stderr
    for tool in TOOLS:
        assert f"  {tool} " in result.stderr, (tool, result.stderr)
    assert "sudo apt install appstream binutils desktop-file-utils dpkg-dev" in result.stderr
    # It stopped before the packaging venv and PyInstaller: make echoed only the check.
    assert result.stdout.splitlines() == [f"{sys.executable} packaging/build_tools.py"], result.stdout


@pytest.mark.slow
def test_only_the_missing_ones_are_named(tmp_path: Path) -> None:
    result = make_package(bin_folder(tmp_path, fake=("strip", "objdump", "dpkg", "dpkg-deb")))
    assert result.returncode != 0
    assert "desktop-file-validate" in result.stderr and "appstreamcli" in result.stderr
    assert "binutils" not in result.stderr and "dpkg" not in result.stderr
    assert "sudo apt install appstream desktop-file-utils\n" in result.stderr


@pytest.mark.slow
def test_build_deb_run_alone_says_the_same(tmp_path: Path) -> None:
    """build_deb.py is also run by hand (packaging/README.md): it checks too, before staging anything."""
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_deb.py"), "--app", str(tmp_path / "app"),
                             "--sbom", str(tmp_path / "sbom.json"), "--out", str(tmp_path / "dist")],
                            env={**os.environ, "PATH": str(bin_folder(tmp_path, fake=("strip", "objdump")))},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "sudo apt install appstream desktop-file-utils dpkg-dev\n" in result.stderr
    assert not (tmp_path / "dist").exists()
