"""The Settings view through its widgets: the profile and the paper size persist in the records, a wrong current
password changes nothing, a new password unlocks next time, and the language choice is stored for the next start."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from contractor_app.gui import app as gui_app
from contractor_app.gui import settings as opts
from contractor_app.gui.controller import Ledger
from contractor_app.gui.settings import Settings
from contractor_app.gui.settings_view.view import SettingsView
from contractor_app.services.profile import Profile, load_profile, save_profile
from contractor_app.services.report_settings import paper_preference
from contractor_app.store.vault import Vault

from ...conftest import PASSWORD
from ..conftest import unlock


@pytest.fixture
def view(ledger: Ledger, data_dir: Path) -> SettingsView:
    vault, _ = Vault.create(data_dir, PASSWORD)
    with vault:
        save_profile(vault, Profile(name="Dana Rivera", currency="USD", timezone="America/New_York",
                                    jurisdiction="US-NY"))
    unlock(ledger)
    assert ledger.main is not None
    ledger.main.show_key("settings")
    return ledger.main.preferences


@pytest.mark.slow
def test_the_profile_is_saved_and_shown_after_unlocking_again(ledger: Ledger, view: SettingsView) -> None:
    section = view.profile
    assert section.form.name.text() == "Dana Rivera" and not section.save_button.isEnabled()
    section.form.name.setText("Dana R. Rivera")
    section.address.setPlainText("12 Elm Street\nAlbany, NY 12207")
    section.reach.contact.setText("dana@example.org")
    section.form.jurisdiction.setText("nowhere-at-all")
    assert not section.save_button.isEnabled() and not section.form.message.isVisibleTo(section)  # still typing
    section.form.jurisdiction.editingFinished.emit()
    assert section.form.message.isVisibleTo(section)
    section.form.jurisdiction.setText("US-NY")
    section.form.timezone.setCurrentText("Europe/Madrid")
    section.save_button.click()
    assert section.message.text() == "\u2713 Profile saved." and not section.save_button.isEnabled()
    assert ledger.session is not None and ledger.session.profile.timezone == "Europe/Madrid"
    saved = ledger.session.read(load_profile)
    assert (saved.name, saved.address, saved.contact, saved.timezone) == (
        "Dana R. Rivera", "12 Elm Street\nAlbany, NY 12207", "dana@example.org", "Europe/Madrid")
    ledger.lock()
    unlock(ledger)
    assert ledger.main is not None
    again = ledger.main.preferences.profile
    assert again.form.name.text() == "Dana R. Rivera" and again.address.toPlainText().startswith("12 Elm")
    assert again.reach.contact.text() == "dana@example.org"


def test_the_paper_size_is_kept_in_the_records(ledger: Ledger, view: SettingsView) -> None:
    paper = view.app.paper
    assert paper.currentData() == "auto" and paper.currentText() == "By my country or region"
    paper.setCurrentIndex(paper.findData("a4"))
    assert ledger.session is not None and ledger.session.read(paper_preference) == "a4"
    assert view.app.paper_message.text() == "\u2713 Saved."
    ledger.lock()
    unlock(ledger)
    assert ledger.main is not None and ledger.main.preferences.app.paper.currentData() == "a4"


def test_a_wrong_current_password_changes_nothing(ledger: Ledger, view: SettingsView, data_dir: Path) -> None:
    section = view.password
    key_before = (data_dir / "vault.key").read_bytes()
    section.current.setText("not my password")
    section.new.setText("another good password")
    section.repeat.setText("another good passwor")
    assert not section.change_button.isEnabled() and "differ" in section.message.text()
    section.repeat.setText("another good password")
    assert section.change_button.isEnabled()
    section.change_button.click()
    assert section.message.text() == "\u26a0 Wrong password. Nothing was changed."
    assert not section.busy.isVisible() and section.current.isEnabled()
    assert (data_dir / "vault.key").read_bytes() == key_before
    ledger.lock()
    unlock(ledger, PASSWORD)


@pytest.mark.slow
def test_changing_the_password_works_off_the_ui_thread(ledger: Ledger, view: SettingsView) -> None:
    section = view.password
    seen: list[bool] = []
    session = ledger.session
    assert session is not None
    run = session.runner.run

    def spy(work, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(section.busy.isVisibleTo(section))  # the busy bar shows while the worker derives keys
        return run(work, **kwargs)

    session.runner.run = spy  # type: ignore[method-assign]
    section.current.setText(PASSWORD)
    section.new.setText("a brand new passphrase")
    section.repeat.setText("a brand new passphrase")
    section.submit()
    session.runner.run = run  # type: ignore[method-assign]
    assert seen == [True]
    assert section.message.text().startswith("\u2713 Password changed") and section.current.text() == ""
    ledger.lock()
    window = ledger.show_unlock()
    window.password.setText(PASSWORD)
    window.unlock()
    assert ledger.main is None and "Wrong password" in window.message.text()
    unlock(ledger, "a brand new passphrase")


def test_the_language_is_stored_for_the_next_start(view: SettingsView, settings: Settings) -> None:
    language = view.app.language
    assert settings.get(opts.LANGUAGE) == "" and language.currentData() == ""
    assert [language.itemText(i) for i in range(1, language.count())] == [
        "English", "Español", "Português (Brasil)", "Français", "Filipino"]  # each in its own words
    language.setCurrentIndex(language.findData("es"))
    assert settings.get(opts.LANGUAGE) == "es"
    assert "next time you open" in view.app.language_note.text()


def test_a_new_language_offers_restart_now(qtbot, view: SettingsView, ledger: Ledger) -> None:  # type: ignore[no-untyped-def]
    assert view.app.restart_button.isHidden()
    view.app.language.setCurrentIndex(view.app.language.findData("es"))
    assert not view.app.restart_button.isHidden()
    with qtbot.waitSignal(ledger.finished):
        view.app.restart_button.click()
    assert ledger.restart_wanted and ledger.session is None  # quit as usual: locked, then started again
    program, arguments = gui_app.relaunch_command()
    assert program == sys.executable and arguments == sys.orig_argv[1:]


def test_the_recovery_key_is_explained_never_shown(view: SettingsView) -> None:
    from PySide6.QtWidgets import QLabel

    text = " ".join(label.text() for label in view.recovery.findChildren(QLabel))
    assert "shown once when you set up the app" in text and "nobody can open your records" in text
    assert "Use your recovery key" in text
