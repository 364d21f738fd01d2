"""A timer started and the app killed: on reopening it still runs from the right time, and a forgotten timer is
offered a stop time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.gui import settings as opts
from contractor_app.gui.controller import Ledger
from contractor_app.gui.settings import Settings
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.queries import EntryQuery, page_entries
from contractor_app.services.entries.timer import start_timer, timer_status
from contractor_app.services.profile import Profile, save_profile
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from .conftest import open_vault, unlock


def vault_with_timer(folder: Path, started: datetime) -> None:
    vault, _ = Vault.create(folder, PASSWORD)
    with vault:
        save_profile(vault, Profile(name="Dana", currency="USD", timezone="Europe/Berlin"))
        add_client(vault, NewClient(name="Acme Labeling", currency="USD",
                                    terms=Terms(kind="hourly", rate=Money(Decimal(20), "USD"))))
        start_timer(vault, client="Acme Labeling", tz="Europe/Berlin", note="batch 9", at=started)


@pytest.mark.slow
def test_a_timer_survives_the_app_being_killed(ledger: Ledger, settings: Settings, data_dir: Path) -> None:
    started = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3, minutes=15)
    vault_with_timer(data_dir, started)
    settings.set(opts.CLEAN_EXIT, False)  # the last session never ended: the app was killed
    settings.set(opts.LAST_SEEN, (started + timedelta(hours=2)).isoformat())
    unlock(ledger)
    assert ledger.timer is not None and ledger.timer.running
    assert ledger.timer.state is not None and ledger.timer.state.started_at == started
    panel = ledger.main.today.panel  # type: ignore[union-attr]
    assert panel.button.text().endswith("Stop") and panel.note.text() == "batch 9"
    assert panel.elapsed.text().startswith("03:15:")
    assert "Running since" in panel.since.text()
    # After a crash the app asks when the work ended, suggesting when it last ran.
    dialog = ledger.forgotten
    assert dialog is not None and dialog.isVisible()
    assert dialog.chosen() == started + timedelta(hours=2)
    dialog.stop_button.click()
    assert not ledger.timer.running
    assert ledger.session is not None
    [entry] = [row.entry for row in ledger.session.read(page_entries, EntryQuery(), offset=0, limit=10)]
    assert (entry.start, entry.end, entry.source, entry.note) == (started, started + timedelta(hours=2), "timer",
                                                                  "batch 9")


@pytest.mark.slow
def test_a_timer_found_running_after_a_clean_exit_is_simply_shown(ledger: Ledger, data_dir: Path) -> None:
    started = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=40)
    vault_with_timer(data_dir, started)
    unlock(ledger)
    assert ledger.timer is not None and ledger.timer.state is not None
    assert ledger.timer.state.started_at == started and ledger.forgotten is None
    ledger.quit()
    with open_vault(data_dir) as vault:
        assert timer_status(vault) is not None  # quitting leaves it running: it lives in the records


def test_a_timer_running_past_the_limit_is_questioned_once(ledger: Ledger, data_dir: Path) -> None:
    started = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=11)
    vault_with_timer(data_dir, started)
    unlock(ledger)
    dialog = ledger.forgotten
    assert dialog is not None
    assert "The timer for Acme Labeling has been running since" in dialog.question.text()
    dialog.keep_button.click()
    assert ledger.forgotten is None and ledger.timer is not None and ledger.timer.running
    ledger.timer._tick()
    assert ledger.forgotten is None
