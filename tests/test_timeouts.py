"""The per-test timeout (pyproject.toml) ends a hung test, even one stuck in Qt's event loop, where a timeout by
signal would never fire: the run fails with the stacks instead of holding CI until CI's own limit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

HUNG = """
from PySide6.QtCore import QEventLoop


def test_waits_for_an_event_that_never_comes(qapp):
    QEventLoop().exec()
"""


@pytest.mark.slow
def test_a_test_hung_in_the_qt_event_loop_fails_on_its_timeout(tmp_path: Path) -> None:
    (tmp_path / "test_hung.py").write_text(HUNG)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path),
         "-o", "timeout=2", "-p", "no:cacheprovider", str(tmp_path / "test_hung.py")],
        cwd=tmp_path, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True, timeout=120)
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "Timeout" in output and "test_waits_for_an_event_that_never_comes" in output, output
