"""Stage the Dashboard for screenshots: the sample vault's twelve days of work, two payments, an invoice paid
and one overdue (the same records the Pay view's stage adds), then the Dashboard shown.

``stage`` runs AFTER the ledger has unlocked the vault in ``vault_folder``: it writes through the session.
"""

from __future__ import annotations

from pathlib import Path

from contractor_app.gui.main_window import MainWindow

from ..pay.shots import stage as stage_pay


def stage(main: MainWindow, vault_folder: Path) -> None:
    stage_pay(main, vault_folder)
    main.show_key("dashboard")
