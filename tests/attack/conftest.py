"""The attack campaign's own summary line: the peak memory of the test runner, whose process runs the campaigns
that are not started in processes of their own (key file and backup mutations, the plaintext sweep)."""

from __future__ import annotations

import os

import pytest

from .memory import peak_mb


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if os.environ.get("CONTRACTOR_APP_ATTACK") == "full":
        terminalreporter.write_line(f"attack runner: peak {peak_mb()} MB (each campaign process: its tally line)")
