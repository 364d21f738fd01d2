"""Setup asks for places, not codes: "California" is understood (the list is built from the places the rule files
know, plus every country), the minimum wage that will apply is shown, a problem waits until the field is left
("America/" crashed with IsADirectoryError), and Enter on the last page opens the records without starting the
timer (focus sat on "Start the timer now")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from contractor_app.domain.times import zone
from contractor_app.errors import InvalidInput
from contractor_app.gui import first_run
from contractor_app.gui.about_you import AboutYouForm
from contractor_app.gui.controller import Ledger
from contractor_app.gui.places import code_for, places
from contractor_app.services.profile import Profile

from .test_first_run import to_recovery_step, wizard_page


@pytest.mark.parametrize("typed, code", [("California", "US-CA"), ("California, United States", "US-CA"),
                                         ("new york city", "US-NY-NYC"), ("Kenya", "KE"), ("US-WA", "US-WA")])
def test_a_place_is_understood_by_its_name(qtbot, typed: str, code: str) -> None:  # type: ignore[no-untyped-def]
    form = AboutYouForm(Profile(timezone="America/Los_Angeles"))
    qtbot.addWidget(form)
    form.jurisdiction.setText(typed)
    assert form.valid and form.value().jurisdiction == code


def test_the_place_list_holds_the_cities_with_their_own_rules() -> None:
    offered = dict((code, name) for name, code in places())
    assert offered["US-CA"] == "California, United States" and offered["US-NY-NYC"] == "New York City, United States"
    assert {"US-CA-LA", "US-WA-SEA", "CA-ON", "DE", "GB"} <= set(offered)
    with pytest.raises(InvalidInput, match="could be"):
        code_for("New York")  # the city or the state: the worker chooses


def test_the_minimum_wage_that_will_apply_is_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = AboutYouForm(Profile(timezone="America/Los_Angeles", currency="USD"))
    qtbot.addWidget(form)
    form.jurisdiction.setText("California")
    assert "California, United States" in form.wage.text() and "USD 16.90" in form.wage.text()


def test_a_half_typed_zone_is_no_error_until_the_field_is_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = AboutYouForm(Profile(timezone="UTC"))
    qtbot.addWidget(form)
    form.show()
    line = form.timezone.lineEdit()
    assert line is not None
    line.clear()
    qtbot.keyClicks(line, "America/")
    assert not form.valid and not form.message.isVisible()
    line.editingFinished.emit()
    assert form.message.isVisible() and "Unknown time zone" in form.message.text()
    form.timezone.setCurrentText("America/Los_Angeles")
    assert form.valid and not form.message.isVisible()
    with pytest.raises(InvalidInput):
        zone("America/")


def test_enter_on_the_last_page_opens_the_records_without_the_timer(qtbot, ledger: Ledger) -> None:  # type: ignore[no-untyped-def]
    wizard = to_recovery_step(qtbot, ledger)
    wizard_page(wizard, first_run.RECOVERY, first_run.RecoveryPage).stored.setChecked(True)
    wizard.next()
    about = wizard_page(wizard, first_run.ABOUT, first_run.AboutPage)
    about.form.timezone.setCurrentText("Europe/Berlin")
    about.address.setPlainText("Hauptstrasse 1\n10115 Berlin")  # the claim packet names the worker with it
    wizard.next()
    client = wizard_page(wizard, first_run.CLIENT, first_run.ClientPage).form
    client.name.setText("TaskHive")
    client.rate.setText("20")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == first_run.DONE)
    done = wizard_page(wizard, first_run.DONE, first_run.DonePage)
    wizard.show()
    done.start_timer.setFocus()
    qtbot.keyClick(done, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ledger.main is not None)
    assert ledger.timer is not None and not ledger.timer.running
    assert ledger.session is not None and ledger.session.profile.address == "Hauptstrasse 1\n10115 Berlin"
