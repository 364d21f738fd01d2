"""Stage the Settings view for the docs screenshots: a profile with an address, a reminder on, and a new password
being typed (the strength meter at work).

``stage(main, vault_folder)`` runs AFTER unlocking: it saves the address through the main window's session (the
screenshot script's SyncRunner finishes it at once). Not a test (pytest does not collect it).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from contractor_app.gui.main_window import MainWindow
from contractor_app.services.profile import save_profile


def stage(main: MainWindow, vault_folder: Path) -> None:
    session = main.session
    profile = replace(session.profile, address="1457 Mission Street, Apt 3\nSan Francisco, CA 94103")
    session.call(save_profile, profile)
    main.show_key("settings")
    view = main.preferences
    view.app.reminder.setChecked(True)
    view.password.new.setText("lantern orchard basil 42")
    view.password.repeat.setText("lantern orchard basil 42")
