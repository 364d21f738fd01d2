"""Stage the Pay view for screenshots: two payments (one for an invoice, paid late), an open invoice and an
overdue one, on the sample vault of tests/gui/sample.py.

``stage`` runs AFTER the ledger has unlocked the vault: it writes through the main window's session (so the
view refreshes as it would for the worker), then shows the Pay view over all time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from contractor_app.domain.times import DateRange
from contractor_app.gui.main_window import MainWindow
from contractor_app.services.invoices import NewInvoice, add_invoice
from contractor_app.services.payments import NewPayment, record_payment

from ..sample import LONG_NAME


def stage(main: MainWindow, vault_folder: Path) -> None:
    """Record the pay records (through ``main.session``; the vault in ``vault_folder`` must be unlocked by the
    ledger already) and show the Pay view."""
    session = main.session
    today = datetime.now(UTC).astimezone(session.profile.zone).date()
    day = lambda back: today - timedelta(days=back)
    ids: list[int] = []
    session.call(add_invoice, NewInvoice(client="Acme Labeling", issued_on=day(7), amount=Decimal("180.00"),
                                         covers=DateRange(day(12), day(8)), number="A-101", due_on=day(4)))
    session.call(add_invoice, NewInvoice(client="Acme Labeling", issued_on=day(0), amount=Decimal("160.00"),
                                         covers=DateRange(day(7), day(1)), number="A-102", due_on=day(-14)))
    session.call(add_invoice, NewInvoice(client=LONG_NAME, issued_on=day(6), amount=Decimal("97.10"),
                                         covers=DateRange(day(12), day(7)), number="NW-7", due_on=day(5)),
                 on_result=ids.append)
    session.call(record_payment, NewPayment(client=LONG_NAME, received_on=day(3), gross=Decimal("97.10"),
                                            fees=Decimal("2.91"), method="Bank transfer", reference="TRX 88412",
                                            invoice_id=ids[0]))
    session.call(record_payment, NewPayment(client="TaskHive", received_on=day(1), gross=Decimal("120.00"),
                                            fees=Decimal("3.60"), method="Platform payout", reference="PO-5531",
                                            period=DateRange(day(12), day(6))))
    main.show_key("pay")
    main.pay.period.setCurrentIndex(main.pay.period.findData("all"))
