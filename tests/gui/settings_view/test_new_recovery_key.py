"""Settings: "my recovery key may have leaked". The current password issues a new recovery key, shown once; the
old key stops working, the records move to a new data key, and a wrong password changes nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from contractor_app.errors import VaultDamaged, WrongPassword
from contractor_app.gui.controller import Ledger
from contractor_app.gui.settings_view.view import SettingsView
from contractor_app.store.vault import Vault

from ...conftest import PASSWORD
from ..conftest import unlock

KEY = re.compile(r"[A-Z2-7]{4}(?:  [A-Z2-7]{4}){3}\n[A-Z2-7]{4}(?:  [A-Z2-7]{4}){3}")


@pytest.fixture
def created(ledger: Ledger, data_dir: Path) -> tuple[SettingsView, str]:
    vault, recovery_key = Vault.create(data_dir, PASSWORD)
    vault.lock()
    unlock(ledger)
    assert ledger.main is not None
    ledger.main.show_key("settings")
    return ledger.main.preferences, recovery_key


def test_a_new_recovery_key_is_shown_once_and_the_old_one_stops_working(
        ledger: Ledger, created: tuple[SettingsView, str], data_dir: Path, tmp_path: Path) -> None:
    view, old_key = created
    section = view.password
    assert not section.leak_button.isEnabled()  # the current password is needed
    section.current.setText(PASSWORD)
    assert section.leak_button.isEnabled()
    old_header = (data_dir / "vault.key").read_bytes()
    section.leak_button.click()
    assert KEY.fullmatch(section.new_key.text()), section.new_key.text()
    assert section.new_key.isVisibleTo(section) and section.current.text() == ""
    assert "shown only now" in section.message.text()
    section.grab().save(str(tmp_path / "new-recovery-key.png"))  # to look at: the key is legible and selectable
    new_key = section.new_key.text().replace("  ", "-").replace("\n", "-")

    ledger.lock()
    with pytest.raises(WrongPassword, match="recovery key"):
        Vault.unlock_with_recovery_key(data_dir, old_key, "another good password")
    Vault.unlock_with_recovery_key(data_dir, new_key, PASSWORD).lock()
    (data_dir / "vault.key").write_bytes(old_header)  # a copy of the key file from before opens nothing
    with pytest.raises((WrongPassword, VaultDamaged)):
        Vault.unlock(data_dir, PASSWORD, check_rollback=False).lock()


def test_a_wrong_password_issues_nothing(created: tuple[SettingsView, str], data_dir: Path) -> None:
    view, _ = created
    section = view.password
    section.current.setText("not my password")
    before = (data_dir / "vault.key").read_bytes()
    section.leak_button.click()
    assert section.message.text() == "\u26a0 Wrong password. Nothing was changed."
    assert not section.new_key.isVisibleTo(section)
    assert (data_dir / "vault.key").read_bytes() == before
