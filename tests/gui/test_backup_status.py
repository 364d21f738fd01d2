"""The status bar shows the age of the last backup, with a warning (text and sign) after 7 days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from contractor_app.gui.controller import Ledger
from contractor_app.services.backups.create import back_up_now
from contractor_app.services.backups.listing import latest_backup_file
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from .conftest import unlock


@pytest.mark.slow
def test_the_status_bar_shows_the_age_of_the_last_backup(qtbot, ledger: Ledger, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    created, _ = Vault.create(data_dir, PASSWORD)
    with created:
        add_client(created, NewClient(name="Acme Labeling", currency="USD"))
    unlock(ledger)
    main = ledger.main
    assert main is not None
    assert main.backup_label.text() == "no backup yet" and main.backup_label.styleSheet() == ""
    assert "Encrypted on this computer" in main.encrypted.text()

    now = datetime.now(UTC)
    vault = ledger.session._open_vault()  # type: ignore[union-attr]
    old = back_up_now(vault, now=now - timedelta(days=9))
    main.refresh_backup()
    assert main.backup_label.text() == "\u26a0 last backup 9 days ago: back up soon"
    assert "color" in main.backup_label.styleSheet()  # red, and only with the words and the sign

    recent = back_up_now(vault, now=now - timedelta(hours=2, minutes=5))
    main.refresh_backup()
    assert main.backup_label.text() == "last backup 2 h ago" and main.backup_label.styleSheet() == ""
    assert str(recent.path) in main.backup_label.toolTip()
    assert latest_backup_file(data_dir / "backups") == (main.last_backup, recent.path)
    assert latest_backup_file(data_dir / "backups", "someother") is None and old.path.exists()

    main._show_backup((now - timedelta(seconds=20), recent.path), now=now)
    assert main.backup_label.text() == "last backup just now"
    main._show_backup((now - timedelta(minutes=40), recent.path), now=now)
    assert main.backup_label.text() == "last backup 40 min ago"
    main._show_backup((now - timedelta(days=7, hours=1), recent.path), now=now)
    assert main.backup_label.text().startswith("\u26a0 last backup 7 days ago")
