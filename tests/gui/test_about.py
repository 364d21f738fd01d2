"""Help → About Contractor Ledger: name, version, licence, the no-network promise and credits."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from contractor_app import __version__
from contractor_app.gui import about
from contractor_app.gui.about import AboutDialog
from contractor_app.gui.controller import Ledger

from .conftest import unlock


def test_about_says_what_this_copy_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert "Contractor Ledger" in text
    assert f"Version {__version__}" in text
    assert "GPL-3.0-or-later" in text
    assert "no network connections" in text
    assert "DejaVu" in text
    assert "Lucide (ISC licence)" in text  # the interface's icons (resources/icons/lucide)


def test_the_help_menu_opens_about(qtbot, ledger: Ledger, vault) -> None:  # type: ignore[no-untyped-def]
    vault.lock()
    unlock(ledger)
    assert ledger.main is not None
    help_menu = next(action.menu() for action in ledger.main.menuBar().actions() if action.text() == "&Help")
    assert isinstance(help_menu, QMenu)
    about = next(action for action in help_menu.actions() if action.objectName() == "about")
    assert about.text() == "&About Contractor Ledger"
    about.trigger()
    dialog = ledger.main.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_about_names_the_translations_awaiting_review(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    line = next(line for line in dialog.text().splitlines() if "native speaker" in line)
    assert all(name in line for name in ("Español", "Português (Brasil)", "Français", "Filipino"))
    monkeypatch.setattr(about, "UNREVIEWED", ())  # once every one is reviewed, the line goes
    reviewed = AboutDialog()
    qtbot.addWidget(reviewed)
    assert "native speaker" not in reviewed.text()
