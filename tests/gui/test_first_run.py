"""First-run setup: cancelling after the records were made removes them; "Start the timer now" starts it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from contractor_app.gui import first_run
from contractor_app.gui.controller import Ledger

from ..conftest import PASSWORD


def to_recovery_step(qtbot, ledger: Ledger) -> first_run.FirstRunWizard:  # type: ignore[no-untyped-def]
    wizard = ledger.show_first_run()
    wizard.next()
    page = wizard.page(first_run.PASSWORD)
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
    wizard.page(first_run.RECOVERY).stored.setChecked(True)
    wizard.next()
    wizard.page(first_run.ABOUT).form.timezone.setCurrentText("Europe/Berlin")
    wizard.next()
    client = wizard.page(first_run.CLIENT).form
    client.name.setText("TaskHive")
    client.kind.setCurrentIndex(client.kind.findData("per_unit"))
    client.rate.setText("0.40")
    client.unit.setText("item")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == first_run.DONE)
    wizard.page(first_run.DONE).start_timer.click()
    assert ledger.timer is not None and ledger.timer.running
    assert ledger.timer.state is not None and ledger.timer.state.client == "TaskHive"
    assert ledger.session is not None and ledger.session.profile.timezone == "Europe/Berlin"
