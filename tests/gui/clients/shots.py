"""Sample records for the Clients view's screenshots, and a script that grabs the view at 1280x800.

``stage(main, vault_folder)`` runs AFTER unlocking: it writes through the open session's vault (the same services
the view uses), then shows the Clients view with Acme Labeling selected. Running it on the sample vault of
tests/gui/sample.py gives: contact details and a worker id, a raise from the first of last month, a second
engagement paid per task, and the written contract kept as evidence.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.clients.shots /tmp/shots-clients
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CONTRACTOR_APP_FAST_KDF"] = "1"

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from contractor_app.domain.money import Money  # noqa: E402
from contractor_app.domain.pay import Terms  # noqa: E402
from contractor_app.gui.main_window import MainWindow  # noqa: E402
from contractor_app.services.clients import (  # noqa: E402
    add_engagement, add_terms, get_client, list_clients, set_contract, update_client,
)
from contractor_app.services.evidence import add_evidence  # noqa: E402
from contractor_app.store.vault import Vault  # noqa: E402

CONTRACT = b"%PDF-1.4\n% Independent contractor agreement between Acme Labeling Inc. and Dana Rivera\n"


def _records(vault: Vault) -> None:
    acme = next(c for c in list_clients(vault) if c.name == "Acme Labeling")
    details = get_client(vault, acme.id)
    update_client(vault, acme.id, details.changes(
        legal_name="Acme Labeling Inc.", address="500 Howard Street, Suite 300\nSan Francisco, CA 94105",
        contact="support@acme-labeling.example", worker_ref="AL-20417", payment_terms_days=15, workweek_start=0,
        note="Paid every other Friday through the platform."))
    from contractor_app.gui.clients.text import today_in
    from contractor_app.services.profile import load_profile

    today = today_in(load_profile(vault).zone)
    first_of_last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    usd = lambda amount: Money(Decimal(amount), "USD")  # noqa: E731
    add_terms(vault, details.engagements[0].id, Terms(
        kind="hourly", rate=usd("22.00"), effective_from=first_of_last_month, unpaid_categories=("training",)),
        platform_fee_percent=Decimal("10"), note="raise after the quality review")
    add_engagement(vault, acme.id, "Video QA", terms=Terms(kind="per_unit", rate=usd("0.125"), unit_name="clip",
                   unpaid_categories=("onboarding", "assessment")), note="started in spring")
    kept = add_evidence(vault, CONTRACT, name="Acme contractor agreement 2025.pdf", note="signed copy")
    set_contract(vault, acme.id, on_file=True, evidence_id=kept.id)


def stage(main: MainWindow, vault_folder: Path) -> None:
    """Run after unlocking (``vault_folder`` is not opened again: the session's vault is used)."""
    main.session.read(_records)
    main.clients.refresh(select_name="Acme Labeling")
    main.show_key("clients")


def grab(widget: QWidget, path: Path) -> None:
    widget.resize(1280, 800)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print("saved", path)


def shoot(out: Path, work: Path) -> None:
    from contractor_app.gui.controller import Ledger
    from contractor_app.gui.settings import Settings
    from contractor_app.gui.tasks import SyncRunner

    from ..conftest import PASSWORD
    from ..sample import LONG_NAME, sample_vault

    out.mkdir(parents=True, exist_ok=True)
    records = work / "records"
    sample_vault(records)
    settings = Settings(QSettings(str(work / "main.ini"), QSettings.Format.IniFormat))
    ledger = Ledger(records, SyncRunner(), settings, tray_available=False)
    window = ledger.show_unlock()
    window.password.setText(PASSWORD)
    window.unlock()
    main = ledger.main
    assert main is not None
    stage(main, records)
    grab(main, out / "clients.png")
    main.clients.select(LONG_NAME)
    grab(main, out / "clients-long-name.png")
    main.clients.select("Acme Labeling")
    for name, dialog in (("edit", main.clients.edit_client()), ("terms", main.clients.new_terms()),
                         ("engagement", main.clients.add_engagement()),
                         ("picker", main.clients.detail.contract.choose_evidence())):
        assert dialog is not None
        for _ in range(5):
            QApplication.processEvents()
        dialog.grab().save(str(out / f"dialog-{name}.png"))
        dialog.reject()
    empty = Ledger(work / "empty", SyncRunner(), Settings(QSettings(str(work / "e.ini"), QSettings.Format.IniFormat)),
                   tray_available=False)
    vault, _ = Vault.create(work / "empty", PASSWORD)
    vault.lock()
    window = empty.show_unlock()
    window.password.setText(PASSWORD)
    window.unlock()
    assert empty.main is not None
    empty.main.show_key("clients")
    grab(empty.main, out / "clients-empty.png")
    ledger.lock()
    empty.lock()


def main(argv: list[str] | None = None) -> int:
    from contractor_app.gui.app import make_application

    from ..screenshots import dark_palette

    out = Path((argv or sys.argv[1:] or ["/tmp/shots-clients"])[0])
    app = make_application(sys.argv[:1])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as tmp:
        shoot(out / "light", Path(tmp))
    app.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as tmp:
        shoot(out / "dark", Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
