"""Statement import benchmark (`make bench`): 50,000 PayPal activity rows (BENCH_STATEMENT_ROWS to change it),
the full 41-column layout with a byte-order mark, mostly payments from eight payers (six of them clients with
open invoices to match), and withdrawals, conversions and holds between them. Prints the import's time and the
re-import's (everything already imported); the brief's target is under 10 s. Times are printed, never asserted;
the counts are."""

from __future__ import annotations

import csv
import io
import os
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from contractor_app.domain.times import DateRange
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.invoices import NewInvoice, add_invoice
from contractor_app.services.statement_imports import StatementRequest, import_statement
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from .conftest import Figures

ROWS = int(os.environ.get("BENCH_STATEMENT_ROWS", "50000"))
HEADER = (FIXTURE := Path(__file__).parent.parent / "interchange" / "fixtures" / "statements"
          / "paypal_activity_de.csv").read_text(encoding="utf-8-sig").splitlines()[0]
PAYERS = [(f"Client {n} Ltd", f"ap{n}@client{n}.example") for n in range(8)]
FIRST = date(2010, 1, 1)


def statement(rows: int) -> tuple[bytes, int, int]:
    """The file, its payment count and its skipped count."""
    columns = next(csv.reader([HEADER]))
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(columns)
    payments = 0
    for i in range(rows):
        day = FIRST + timedelta(days=i // 12)
        name, email = PAYERS[i % len(PAYERS)]
        kind, impact, gross, fee = "General Payment", "Credit", f"{100 + i % 900},{i % 100:02d}", "-3,50"
        if i % 10 == 7:
            kind, impact, gross, fee = "General Withdrawal", "Debit", "-500,00", "0,00"
        elif i % 10 == 8:
            kind, impact, gross, fee = "Account Hold for Open Authorization", "Memo", "-20,00", "0,00"
        else:
            payments += 1
        net = Decimal(gross.replace(",", ".")) + Decimal(fee.replace(",", "."))
        values = {"Date": day.strftime("%d/%m/%Y"), "Time": "12:00:00", "TimeZone": "CET", "Name": name,
                  "Type": kind, "Status": "Completed", "Currency": "USD", "Gross": gross, "Fee": fee,
                  "Net": f"{net}".replace(".", ","), "From Email Address": email, "Transaction ID": f"TX{i:012d}",
                  "Invoice Number": f"B-{i}" if i % 50 == 0 else "", "Balance Impact": impact}
        writer.writerow([values.get(column, "") for column in columns])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"), payments, rows - payments


def test_bench_statement_import(tmp_path: Path, figures: Figures) -> None:
    data, payments, skipped = statement(ROWS)
    path = tmp_path / "paypal.csv"
    path.write_bytes(data)
    vault, _ = Vault.create(tmp_path / "records", PASSWORD)
    with vault:
        for n, (name, _) in enumerate(PAYERS[:6]):
            add_client(vault, NewClient(name=f"Client {n}", legal_name=name, currency="USD"))
            for k in range(30):
                add_invoice(vault, NewInvoice(client=f"Client {n}", issued_on=FIRST + timedelta(days=40 * k),
                                              amount=Decimal(100 + k), covers=DateRange(FIRST, FIRST), number=f"B-{k}"))
        began = time.perf_counter()
        done = import_statement(vault, StatementRequest("paypal", path))
        seconds = time.perf_counter() - began
        began = time.perf_counter()
        again = import_statement(vault, StatementRequest("paypal", path))
        again_seconds = time.perf_counter() - began
    assert (done.new, sum(count for _, count in done.skipped)) == (payments, skipped)
    assert done.recorded == sum(1 for o in done.outcomes if o.client)
    assert again.new == 0 and again.already_imported == payments
    figures.add(f"statement import, {ROWS:,} PayPal rows", f"{seconds:.2f} s",
                f"{payments:,} payments, {done.recorded:,} recorded for clients; target < 10 s")
    figures.add("statement re-import (all already imported)", f"{again_seconds:.2f} s")
