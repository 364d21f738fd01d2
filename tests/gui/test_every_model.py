"""Every item model in the main window passes Qt's model tester, with each view holding sample records."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel

from contractor_app.gui.controller import Ledger
from contractor_app.services.statement_imports import StatementRequest, import_statement

from .backups.shots import stage as stage_backups
from .clients.shots import stage as stage_clients
from .conftest import show_every_view, unlock
from .dashboard.shots import stage as stage_dashboard
from .evidence.shots import stage as stage_evidence
from .privacy.shots import stage as stage_privacy
from .reports.shots import stage as stage_reports
from .sample import sample_vault

STATEMENTS = Path(__file__).parents[1] / "interchange" / "fixtures" / "statements"


@pytest.mark.slow
def test_every_model_of_every_view_passes_the_model_tester(qtmodeltester, ledger: Ledger,  # type: ignore[no-untyped-def]
                                                           data_dir: Path) -> None:
    sample_vault(data_dir, days=4)
    unlock(ledger)
    main = ledger.main
    assert main is not None
    for stage in (stage_dashboard, stage_clients, stage_privacy, stage_evidence, stage_reports, stage_backups):
        stage(main, data_dir)
    # Payments from a statement with no client yet: the Pay view's "To match" list.
    main.session.call(import_statement, StatementRequest("wise", STATEMENTS / "wise_statement_USD.csv"))
    show_every_view(main)
    models = {id(model): model for model in main.findChildren(QAbstractItemModel)}
    own = [model for model in models.values() if type(model).__module__.startswith("contractor_app.")]
    views = {type(model).__module__.split(".")[2] for model in own}
    assert {"pay", "clients", "privacy", "evidence", "backups", "entries"} <= views, views
    empty = [type(model).__name__ for model in own if model.rowCount() == 0]
    # Tested with rows, not only empty: late payments may be none; the sample records no expenses nor trips (the Costs
    # tab's models are checked with rows in tests/gui/pay/test_costs_tab.py and test_distance_log.py).
    assert set(empty) <= {"LateModel", "ExpensesModel", "TripsModel"}, empty
    for model in own:
        qtmodeltester.check(model, force_py=True)
