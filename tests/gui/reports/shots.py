"""Stage the Reports view for the docs screenshots: a claim packet for Acme Labeling over the last three months,
page 1 previewed, and a saved copy checked ("Valid").

Call ``stage(main, vault_folder)`` AFTER unlocking (it goes through ``main.session``); with the SyncRunner the
preview and the check are done when it returns. The checked copy is written to a temporary folder and removed.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from contractor_app.gui.main_window import MainWindow
from contractor_app.services.payments import NewPayment, record_payment


def stage(main: MainWindow, vault_folder: Path) -> None:
    session = main.session
    session.call(record_payment, NewPayment(client="Acme Labeling", gross=Decimal("180.00"), reference="ACME-1120",
                                            received_on=datetime.now(UTC).date() - timedelta(days=2)))
    main.show_key("reports")
    view = main.reports
    view.cards.choose("claim")
    view.options.client.setCurrentIndex(view.options.client.findData("Acme Labeling"))
    view.options.period.setCurrentIndex(view.options.period.findData("last-3-months"))
    with tempfile.TemporaryDirectory() as folder:
        saved = Path(folder) / "claim.pdf"
        view.save_to(saved)
        view.verify.check(saved)
    view.message.clear()
    view.refresh_preview()
