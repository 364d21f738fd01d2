"""Sample records for the Clients view's screenshots (tests/gui/screenshots.py grabs them).

``stage(main, vault_folder)`` runs AFTER unlocking: it writes through the open session's vault (the same services
the view uses), then shows the Clients view with Acme Labeling selected. Running it on the sample vault of
tests/gui/sample.py gives: contact details and a worker id, a raise from the first of last month, a second
engagement paid per task, and the written contract kept as evidence.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.gui.main_window import MainWindow
from contractor_app.services.clients.details import get_client, set_contract, update_client
from contractor_app.services.clients.directory import list_clients
from contractor_app.services.clients.terms import add_engagement, add_terms
from contractor_app.services.evidence import add_evidence
from contractor_app.store.vault import Vault

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
    usd = lambda amount: Money(Decimal(amount), "USD")
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
