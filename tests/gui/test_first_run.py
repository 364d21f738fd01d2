"""First-run setup: cancelling after the records were made removes them; "Start the timer now" starts it."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QWizard, QWizardPage

from contractor_app.gui import first_run
from contractor_app.gui.controller import Ledger

from ..conftest import PASSWORD

Page = TypeVar("Page", bound=QWizardPage)


def wizard_page(wizard: QWizard, number: int, kind: type[Page]) -> Page:
    """The wizard's page ``number`` as its own type (QWizard.page gives the base type), for tests that fill it in."""
    page = wizard.page(number)
    assert isinstance(page, kind), page
    return page


def to_recovery_step(qtbot, ledger: Ledger) -> first_run.FirstRunWizard:  # type: ignore[no-untyped-def]
    wizard = ledger.show_first_run()
    wizard.next()
    page = wizard_page(wizard, first_run.PASSWORD, first_run.PasswordPage)
    page.password.setText(PASSWORD)
    page.repeat.setText(PASSWORD)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == first_run.RECOVERY)
    return wizard


def test_cancelling_after_the_records_were_made_removes_them(qtbot, ledger: Ledger, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = to_recovery_step(qtbot, ledger)
    assert (data_dir / "vault.key").exists()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # the password step is committed
    wizard.confirm_discard = lambda: False  # type: ignore[method-assign]
    wizard.reject()
    assert wizard.isVisible() and (data_dir / "vault.key").exists()
    wizard.confirm_discard = lambda: True  # type: ignore[method-assign]
    with qtbot.waitSignal(ledger.finished):
        wizard.reject()
    assert not data_dir.exists()


@pytest.mark.slow
def test_start_the_timer_now(qtbot, ledger: Ledger) -> None:  # type: ignore[no-untyped-def]
    wizard = to_recovery_step(qtbot, ledger)
    wizard_page(wizard, first_run.RECOVERY, first_run.RecoveryPage).stored.setChecked(True)
    wizard.next()
    wizard_page(wizard, first_run.ABOUT, first_run.AboutPage).form.timezone.setCurrentText("Europe/Berlin")
    wizard.next()
    client = wizard_page(wizard, first_run.CLIENT, first_run.ClientPage).form
    client.name.setText("TaskHive")
    client.kind.setCurrentIndex(client.kind.findData("per_unit"))
    client.rate.setText("0.40")
    client.unit.setText("item")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == first_run.DONE)
    wizard_page(wizard, first_run.DONE, first_run.DonePage).start_timer.click()
    assert ledger.timer is not None and ledger.timer.running
    assert ledger.timer.state is not None and ledger.timer.state.client == "TaskHive"
    assert ledger.session is not None and ledger.session.profile.timezone == "Europe/Berlin"
