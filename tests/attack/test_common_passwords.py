"""Finding 6 (passwords): the commonest passwords are refused, with the reason, in the CLI and in the GUI."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from contractor_app.gui.strength import assess
from contractor_app.gui.widgets import StrengthMeter
from contractor_app.services import passwords

from ..conftest import PASSWORD, Cli

COMMON = ["password", "Password", "password1", "PASSWORD123", "12345678", "iloveyou", "sunshine!", "Dragon2024",
          "qwertyuiop", "football1"]
FINE = [PASSWORD, "violet tram ledger", "k3#Vq9!mZ2", "pass word ladder"]


@pytest.mark.parametrize("secret", COMMON)
def test_common_passwords_are_refused_with_the_reason(secret: str) -> None:
    reason = passwords.refusal(secret)
    assert reason is not None and "common" in reason


@pytest.mark.parametrize("secret", FINE)
def test_uncommon_passwords_pass(secret: str) -> None:
    assert passwords.refusal(secret) is None


def test_the_list_ships_with_its_source_and_licence() -> None:
    assert len(passwords.common_passwords()) == 10_000
    folder = Path(str(files("contractor_app.resources").joinpath("passwords")))
    notes = (folder / "README.md").read_text()
    assert "zxcvbn" in notes and "MIT" in notes and (folder / "LICENSE-zxcvbn.txt").is_file()


def test_the_cli_refuses_a_common_password(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    result = cli("init", "--timezone", "UTC", password="password1")
    assert result.code == 1 and "common" in result.err and not (cli.data_dir / "vault.key").exists()
    cli.init()
    monkeypatch.setenv("CONTRACTOR_APP_NEW_PASSWORD", "iloveyou")
    result = cli("passwd")
    assert result.code == 1 and "common" in result.err
    assert cli("summary").code == 0  # the old password still opens


def test_the_gui_meter_refuses_and_says_why(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not assess("password1").acceptable
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    assert meter.update_for("password1") == 0
    assert "common" in meter.label.text().lower()
    assert meter.update_for(PASSWORD) >= 1
