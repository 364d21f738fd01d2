"""Stage the Backups view for the docs screenshots: a few backups made by hand and automatically over the last
weeks, the newest one checked, and the view showing them.

``stage(main, vault_folder)`` runs AFTER unlocking: it works through the main window's session (the screenshot
script's SyncRunner makes each call finish before the next). Not a test (pytest does not collect it).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from contractor_app.backup import rotation
from contractor_app.backup.create import create_backup
from contractor_app.backup.keys import Password
from contractor_app.gui.main_window import MainWindow
from contractor_app.services.backups.create import back_up_now
from contractor_app.services.backups.listing import record_check

from ...conftest import PASSWORD

# (days ago, made automatically); the newest first
BACKUPS_MADE = ((0, False), (1, True), (2, True), (4, True), (9, True), (16, False))


def stage(main: MainWindow, vault_folder: Path) -> None:
    session = main.session
    folder = vault_folder / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    now = datetime.now(UTC).replace(microsecond=0)
    newest: list[Path] = []
    for days, automatic in reversed(BACKUPS_MADE):
        at = now - timedelta(days=days, hours=0 if days == 0 else 3, minutes=25)
        if automatic:
            vault_id = session.read(lambda vault: vault.vault_id)
            session.call(create_backup, folder / rotation.auto_name(vault_id, at), now=at,
                         on_result=lambda info: newest.append(info.path))
        else:
            session.call(back_up_now, None, now=at, on_result=lambda info: newest.append(info.path))
    session.call(record_check, newest[0], True, now=now - timedelta(days=10))
    main.show_key("backups")
    view = main.backups
    view.run_check(newest[-1], Password(PASSWORD))  # the newest, checked for real: "complete and restores"
    view.table.selectRow(0)
