"""Payment statements imported into real vaults: PayPal, Wise (both layouts), Upwork, mapped CSV (and Payoneer).

Each fixture follows the platform's own export exactly (header, byte-order mark, locale); the sums in these tests
were added up by hand from the fixture rows.
"""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from contractor_app.domain.times import DateRange
from contractor_app.errors import InvalidInput
from contractor_app.interchange.statements.mapped import PaymentMapping
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.invoices import list_invoices
from contractor_app.services.matching import list_unmatched, match_by_hand, undo_match
from contractor_app.services.payments import list_payments
from contractor_app.services.statement_imports import (
    StatementPreview,
    StatementRequest,
    import_statement,
    preview_statement,
)
from contractor_app.services.verify import verify_vault
from contractor_app.store.models import ExchangeRate, PayerAlias, Payment, StatementLine
from contractor_app.store.vault import Vault

from ..conftest import Cli
from .conftest import FIXTURES, row_counts

STATEMENTS = FIXTURES / "statements"
D = Decimal


@pytest.fixture
def books(vault: Vault) -> Vault:
    for name, currency, legal, contact in (
        ("Acme Labs", "USD", "Acme Labs Ltd", None), ("Blue Fin", "EUR", "Blue Fin GmbH", None),
        ("Northwind", "USD", "Northwind LLC", None), ("Acme AI", "USD", None, None),
        ("Carla", "USD", None, "carla@diaz.example"),
    ):
        add_client(vault, NewClient(name=name, currency=currency, legal_name=legal, contact=contact))
    return vault


def totals(result: StatementPreview) -> dict[str, tuple[int, Decimal, Decimal, Decimal]]:
    return {t.currency: (t.payments, t.gross, t.fees, t.net) for t in result.totals}


def count(vault: Vault, model: type) -> int:
    with vault.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_paypal_activity_download_with_a_byte_order_mark_in_a_european_locale(books: Vault) -> None:
    request = StatementRequest("paypal", STATEMENTS / "paypal_activity_de.csv")
    result = import_statement(books, request)
    # Rows 1, 2 and 9: 1.250,00 + 2.000,00 USD (fees 43,75 + 70,30) and 480,00 EUR (fee 16,82).
    assert totals(result) == {"USD": (2, D("3250.00"), D("114.05"), D("3135.95")),
                              "EUR": (1, D("480.00"), D("16.82"), D("463.18"))}
    assert dict(result.skipped) == {"currency conversion": 2, "withdrawal": 1, "refund": 1, "hold": 1,
                                    "not completed": 1}
    assert result.new == 3 and result.recorded == 3 and result.rates == 1
    # Matched by legal name (Acme Labs Ltd, Blue Fin GmbH) and by the contact e-mail (Carla).
    assert {o.transaction_id: o.client for o in result.outcomes} == {
        "5TY81234AB567890C": "Acme Labs", "8KL22345CD678901D": "Blue Fin", "7MN99012QR345678K": "Carla"}
    payments = {p.reference: p for p in list_payments(books, period=DateRange(None, None))}
    assert payments["INV-7"].received_on == date(2026, 10, 3)  # 03/10/2026 is the 3rd of October here
    with books.reading() as session:
        converted = session.scalars(select(Payment).where(Payment.reference == "INV-7")).one()
        assert (converted.converted_amount, converted.converted_currency, converted.exchange_rate) == (
            D("1110.75"), "EUR", D("0.920829"))
        rate = session.scalars(select(ExchangeRate)).first()
        assert rate is not None
        assert (rate.on, rate.from_currency, rate.to_currency, rate.rate, rate.source) == (
            date(2026, 10, 15), "USD", "EUR", D("0.920829"), "statement paypal_activity_de.csv 2CD44567GH890123F")
    assert verify_vault(books).ok

    before = row_counts(books)
    again = import_statement(books, request)
    assert (again.new, again.already_imported, again.rates) == (0, 3, 0)
    assert row_counts(books) == before


def test_wise_statements_in_two_currencies_with_a_conversion(books: Vault) -> None:
    usd = import_statement(books, StatementRequest("wise", STATEMENTS / "wise_statement_USD.csv"))
    eur = import_statement(books, StatementRequest("wise", STATEMENTS / "wise_statement_EUR.csv"))
    # USD: 995.50 + 4.50 fees = 1000.00 from Northwind, 412.50 from Contoso (no such client: waits).
    assert totals(usd) == {"USD": (2, D("1412.50"), D("4.50"), D("1408.00"))}
    assert dict(usd.skipped) == {"transfer between own balances": 1, "withdrawal": 1}
    assert [o.why for o in usd.unmatched] == ["no client known as Contoso Research"]
    assert totals(eur) == {"EUR": (1, D("750.00"), D("0"), D("750.00"))}
    assert dict(eur.skipped) == {"transfer between own balances": 1, "withdrawal": 1, "other outgoing": 1}
    # The conversion BALANCE-900003 is in both files: one recorded rate.
    assert (usd.rates, eur.rates) == (1, 0)
    with books.reading() as session:
        rates = session.execute(select(ExchangeRate.from_currency, ExchangeRate.to_currency, ExchangeRate.rate)).all()
    assert rates == [("USD", "EUR", D("0.91840"))]
    assert [line.transaction_id for line in list_unmatched(books)] == ["TRANSFER-900002"]
    before = row_counts(books)
    for name in ("wise_statement_USD.csv", "wise_statement_EUR.csv"):
        assert import_statement(books, StatementRequest("wise", STATEMENTS / name)).new == 0
    assert row_counts(books) == before


def test_wise_transaction_history_keeps_both_sides_of_a_converted_payment(books: Vault) -> None:
    result = import_statement(books, StatementRequest("wise", STATEMENTS / "wise_transaction_history.csv"))
    # 496.80 USD after a 3.20 USD fee became 456.21 EUR at 0.91830: the fee is 2.94 EUR, gross 459.15 EUR.
    assert totals(result) == {"USD": (1, D("1000.00"), D("0.00"), D("1000.00")),
                              "EUR": (1, D("459.15"), D("2.94"), D("456.21"))}
    assert dict(result.skipped) == {"transfer between own balances": 1, "withdrawal": 1, "not completed": 1}
    assert result.rates == 2
    with books.reading() as session:
        payment = session.scalars(select(Payment).where(Payment.reference == "BF-14")).one()
        assert (payment.gross, payment.fees, payment.net, payment.currency) == (D("459.15"), D("2.94"), D("456.21"),
                                                                                 "EUR")
        assert (payment.converted_amount, payment.converted_currency) == (D("500.00"), "USD")


def test_overlapping_statements_merge(books: Vault) -> None:
    """The newer Wise history and the older statement share nothing by id; two PayPal downloads that overlap
    share rows, and only the new rows are added."""
    full = STATEMENTS / "paypal_activity_de.csv"
    lines = full.read_bytes().split(b"\r\n")
    first = full.parent.parent.parent / "_first.csv"
    try:
        first.write_bytes(b"\r\n".join(lines[:3]) + b"\r\n")  # header and the first two rows
        assert import_statement(books, StatementRequest("paypal", first)).new == 2
    finally:
        first.unlink()
    merged = import_statement(books, StatementRequest("paypal", full))
    assert (merged.new, merged.already_imported) == (1, 2)
    assert count(books, StatementLine) == 3


def test_upwork_fee_rows_become_the_earnings_fees_and_withdrawals_are_skipped(books: Vault) -> None:
    result = import_statement(books, StatementRequest("upwork", STATEMENTS / "upwork_transactions.csv"))
    # Hourly 400 - 40, Bonus 50 - 5, Fixed-price 250 - 25.
    assert totals(result) == {"USD": (3, D("700.00"), D("70.00"), D("630.00"))}
    assert dict(result.skipped) == {"withdrawal": 1, "other outgoing": 1}
    assert {o.client for o in result.outcomes} == {"Acme AI"}
    assert import_statement(books, StatementRequest("upwork", STATEMENTS / "upwork_transactions.csv")).new == 0


@pytest.mark.parametrize(("name", "fmt"), [("paypal_activity_de.csv", "paypal"), ("wise_statement_USD.csv", "wise"),
                                           ("upwork_transactions.csv", "upwork")])
def test_a_truncated_statement_is_refused_whole(books: Vault, tmp_path: Path, name: str, fmt: str) -> None:
    data = (STATEMENTS / name).read_bytes()
    cut = tmp_path / name
    cut.write_bytes(data[: len(data) - 40])  # cut inside the last row
    before = row_counts(books)
    with pytest.raises(InvalidInput, match=rf"{name}, line \d+: .*(cut short|not readable).*Nothing was imported"):
        import_statement(books, StatementRequest(fmt, cut))
    assert row_counts(books) == before


@pytest.mark.parametrize(("name", "fmt", "old", "new"), [
    ("paypal_activity_de.csv", "paypal", b'"Gross"', b'"Brutto"'),
    ("wise_statement_USD.csv", "wise", b"TransferWise ID", b"Wise reference"),
    ("upwork_transactions.csv", "upwork", b"Transaction Type", b"Kind"),
])
def test_a_changed_header_is_refused_with_what_was_found(books: Vault, tmp_path: Path, name: str, fmt: str,
                                                         old: bytes, new: bytes) -> None:
    changed = tmp_path / name
    changed.write_bytes((STATEMENTS / name).read_bytes().replace(old, new, 1))
    before = row_counts(books)
    with pytest.raises(InvalidInput, match=r"line 1: .*(no '|neither).*Nothing was imported"):
        import_statement(books, StatementRequest(fmt, changed))
    assert row_counts(books) == before


def test_a_bad_row_names_its_line_and_nothing_is_written(books: Vault, tmp_path: Path) -> None:
    bad = tmp_path / "paypal.csv"
    bad.write_bytes((STATEMENTS / "paypal_activity_de.csv").read_bytes().replace(b'"2.000,00"', b'"2.000,00x"'))
    before = row_counts(books)
    with pytest.raises(InvalidInput, match=r"paypal.csv, line 10, field 'Gross': '2.000,00x' is not an amount"):
        import_statement(books, StatementRequest("paypal", bad))
    assert row_counts(books) == before


@pytest.mark.parametrize("content", [
    "a," * 150 + "z\n1\n",  # too many columns
    "Date,Amount,ID\n2026-01-01,1," + "x" * 5000 + "\n",  # a huge cell
])
def test_hostile_statements_are_capped_before_any_work(books: Vault, tmp_path: Path, content: str) -> None:
    path = tmp_path / "hostile.csv"
    path.write_text(content)
    with pytest.raises(InvalidInput, match="more than 100 columns|longer than 2,000 characters"):
        import_statement(books, StatementRequest("payments-csv", path, client="Acme AI", source="bank",
                                                 mapping=PaymentMapping(date="Date", amount="Amount", id="ID")))


def test_payments_csv_and_payoneer_keep_their_mapping_by_name(books: Vault, tmp_path: Path) -> None:
    path = tmp_path / "bank.csv"
    path.write_text("Booking date;Amount;Ref;Counterparty\n"
                    "14.10.2026;1.234,50;B-1;Northwind LLC\n15.10.2026;-20,00;B-2;Bank fee\n")
    mapping = PaymentMapping(date="Booking date", amount="Amount", id="Ref", payer="Counterparty")
    first = import_statement(books, StatementRequest("payments-csv", path, client="Northwind", source="my bank",
                                                     mapping=mapping))
    assert totals(first) == {"USD": (1, D("1234.50"), D("0"), D("1234.50"))}
    assert dict(first.skipped) == {"other outgoing": 1}
    again = preview_statement(books, StatementRequest("payments-csv", path, client="Northwind", source="my bank"))
    assert (again.new, again.already_imported) == (0, 1)
    payoneer = tmp_path / "payoneer.csv"
    payoneer.write_text("Transaction Date,Description,Amount,Currency,Transaction ID\n"
                        "2026-10-20,Payment from Acme AI,310.00,USD,PN-77\n")
    with pytest.raises(InvalidInput, match="No column mapping saved for 'payoneer'"):
        preview_statement(books, StatementRequest("payoneer", payoneer))
    result = import_statement(books, StatementRequest(
        "payoneer", payoneer, mapping=PaymentMapping(date="Transaction Date", amount="Amount", id="Transaction ID",
                                                     currency="Currency", reference="Description")))
    assert result.new == 1 and result.unmatched  # no payer column: matched by hand later


def test_matching_a_statement_against_three_invoices(books: Vault, tmp_path: Path) -> None:
    """One invoice paid exactly, one short by a transfer fee, one not at all (it stays open, then overdue)."""
    from contractor_app.services.invoices import NewInvoice, add_invoice

    for number, amount, day in (("NW-1", "1000.00", 1), ("NW-2", "412.50", 8), ("NW-3", "300.00", 15)):
        add_invoice(books, NewInvoice(client="Northwind", issued_on=date(2026, 10, day), amount=D(amount),
                                      covers=DateRange(date(2026, 9, day), date(2026, 9, day + 10)), number=number,
                                      due_on=date(2026, 10, day + 14)))
    path = tmp_path / "wise.csv"
    header = (STATEMENTS / "wise_statement_USD.csv").read_text().splitlines()[0]
    blank = ",,,,,,,"
    path.write_text("\n".join([
        header,
        f"TRANSFER-1,14-10-2026,1000.00,USD,Received money,NW-1,1000.00,,,,Northwind LLC,{blank}0.00",
        f"TRANSFER-2,16-10-2026,402.50,USD,Received money,October,1402.50,,,,Northwind LLC,{blank}0.00",
        f"TRANSFER-3,20-10-2026,777.00,USD,Received money,?,2179.50,,,,Northwind LLC,{blank}0.00",
    ]) + "\n")
    result = import_statement(books, StatementRequest("wise", path))
    outcome = {o.transaction_id: o for o in result.outcomes}
    exact, short = outcome["TRANSFER-1"].invoice, outcome["TRANSFER-2"].invoice
    assert exact is not None and (exact.label, exact.kind) == ("NW-1", "exact")
    assert short is not None
    assert (short.label, short.kind, str(short.shortfall)) == ("NW-2", "short", "USD 10.00")
    assert outcome["TRANSFER-3"].invoice is None
    assert outcome["TRANSFER-3"].why == "no invoice of USD 777.00 near 2026-10-20; closest: NW-3 USD 300.00"
    status = {i.number: i.status for i in list_invoices(books, today=date(2026, 12, 4))}
    assert status == {"NW-1": "paid", "NW-2": "overdue", "NW-3": "overdue"}
    paid = {i.number: i.paid.amount for i in list_invoices(books, today=date(2026, 10, 21))}
    assert paid == {"NW-1": D("1000.00"), "NW-2": D("402.50"), "NW-3": D(0)}


def test_matching_by_hand_remembers_the_payer_and_can_be_undone(books: Vault) -> None:
    import_statement(books, StatementRequest("wise", STATEMENTS / "wise_statement_USD.csv"))
    (waiting,) = list_unmatched(books)
    assert waiting.why == "no client known as Contoso Research"
    add_client(books, NewClient(name="Contoso", currency="USD"))
    from contractor_app.services.invoices import NewInvoice, add_invoice
    add_invoice(books, NewInvoice(client="Contoso", issued_on=date(2026, 11, 1), amount=D("412.50"), number="C-1",
                                  covers=DateRange(date(2026, 10, 1), date(2026, 10, 31))))
    before = row_counts(books)
    match = match_by_hand(books, waiting.id, "Contoso")
    assert [(i.number, i.status) for i in list_invoices(books)] == [("C-1", "paid")]
    assert list_unmatched(books) == []
    with books.reading() as session:
        assert session.scalars(select(PayerAlias.alias)).all() == ["contoso research"]
        line = session.get(StatementLine, waiting.id)
        assert line is not None and line.payment_id == match.payment_id
    undo_match(books, match)
    assert [line.id for line in list_unmatched(books)] == [waiting.id]
    after = row_counts(books)
    assert {k: v for k, v in after.items() if k != "audit_events"} == {
        k: v for k, v in before.items() if k != "audit_events"}
    assert after["audit_events"] > before["audit_events"]  # the match and its undo are both on record
    assert verify_vault(books).ok
    # Once confirmed, the payer is that client's in later statements.
    match_by_hand(books, waiting.id, "Contoso")
    second = STATEMENTS.parent.parent / "_second.csv"
    shutil.copy(STATEMENTS / "wise_statement_USD.csv", second)
    try:
        second.write_text(second.read_text().replace("TRANSFER-900002", "TRANSFER-900099"))
        result = import_statement(books, StatementRequest("wise", second))
    finally:
        second.unlink()
    assert [o.client for o in result.outcomes] == ["Contoso"]


def test_a_payment_in_another_currency_than_the_clients_waits_with_why(books: Vault) -> None:
    result = import_statement(books, StatementRequest("wise", STATEMENTS / "wise_statement_USD.csv",
                                                      client="Blue Fin"))
    assert [o.why for o in result.unmatched] == [
        "USD 1,000.00 cannot be Blue Fin's payment: they pay in EUR.",
        "USD 412.50 cannot be Blue Fin's payment: they pay in EUR."]
    assert count(books, Payment) == 0 and count(books, StatementLine) == 2


def test_cli_previews_then_imports_a_statement(ready_cli: Cli, ready: Vault) -> None:
    path = str(STATEMENTS / "upwork_transactions.csv")
    ready.lock()
    preview = ready_cli("import", "upwork", path, "--client", "Acme Labeling", "--dry-run")
    assert preview.code == 0, preview.err
    assert "Preview of upwork_transactions.csv (upwork); nothing was imported yet." in preview.out
    assert "3 payments to add; 3 matched to a client." in preview.out
    assert "Skipped (not money in from a client): 1 other outgoing, 1 withdrawal." in preview.out
    assert "USD       3         700.00  70.00  630.00" in preview.out
    assert ("Recorded, but no invoice found:\n  line 5: USD 400.00 from Acme AI: no invoice of USD 400.00 near "
            "2026-11-17; Acme Labeling has no open invoice in USD") in preview.out
    done = ready_cli("import", "upwork", path, "--client", "Acme Labeling")
    assert done.code == 0 and "Imported 3 payments from upwork_transactions.csv (upwork); 3 recorded" in done.out
    again = ready_cli("import", "upwork", path, "--client", "Acme Labeling")
    assert "Imported 0 payments" in again.out and "Already imported before: 3 payments." in again.out


def test_cli_refuses_a_bad_statement_in_one_line(ready_cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "paypal.csv"
    bad.write_bytes((STATEMENTS / "paypal_activity_de.csv").read_bytes()[:-40])
    result = ready_cli("import", "paypal", str(bad))
    assert result.code == 1
    assert result.err.count("\n") == 1 and "paypal.csv, line 10" in result.err and "Nothing was imported" in result.err
    misplaced = ready_cli("import", "wise", str(bad), "--timezone", "UTC")
    assert misplaced.code == 1 and "--timezone does not apply to `import wise`" in misplaced.err


def test_deleting_an_imported_payment_puts_it_back_to_match_and_undo_relinks_it(books: Vault) -> None:
    from contractor_app.services.payments import delete_payment, reinstate_payment

    import_statement(books, StatementRequest("upwork", STATEMENTS / "upwork_transactions.csv"))
    payment = next(p for p in list_payments(books, period=DateRange(None, None)) if p.gross.amount == D("50.00"))
    removed = delete_payment(books, payment.id)
    assert [line.transaction_id for line in list_unmatched(books)] == ["700000006"]
    restored = reinstate_payment(books, removed)
    assert list_unmatched(books) == []
    with books.reading() as session:
        assert session.scalar(select(StatementLine.payment_id).where(
            StatementLine.transaction_id == "700000006")) == restored.id
    assert verify_vault(books).ok


@pytest.mark.parametrize(("kind", "impact", "status", "gross", "expected"), [
    ("General Payment", "Credit", "Completed", "10", None),
    ("Express Checkout Payment", "Credit", "Completed", "10", None),
    ("Reversal of General Account Hold", "Credit", "Completed", "20", "hold"),
    ("Payment Reversal", "Debit", "Completed", "-10", "refund"),
    ("General Credit Card Deposit", "Credit", "Completed", "100", "transfer between own balances"),
    ("Bank Deposit to PP Account", "Credit", "Completed", "100", "transfer between own balances"),
    ("General Withdrawal", "Debit", "Completed", "-100", "withdrawal"),
    ("General Payment", "Debit", "Completed", "-10", "other outgoing"),
    ("General Payment", "Credit", "Pending", "10", "not completed"),
    ("Some new kind", "Memo", "Completed", "10", "hold"),
])
def test_paypal_kinds_of_rows(kind: str, impact: str, status: str, gross: str, expected: str | None) -> None:
    from contractor_app.interchange.statements.paypal import _kind

    assert _kind(kind.lower(), impact.lower(), status.lower(), D(gross)) == expected


def test_an_upwork_hourly_week_pays_the_invoice_for_that_week(books: Vault) -> None:
    from contractor_app.services.invoices import NewInvoice, add_invoice

    add_invoice(books, NewInvoice(client="Acme AI", issued_on=date(2026, 11, 16), amount=D("420.00"), number="W46",
                                  covers=DateRange(date(2026, 11, 9), date(2026, 11, 15))))
    result = import_statement(books, StatementRequest("upwork", STATEMENTS / "upwork_transactions.csv"))
    hourly = next(o for o in result.outcomes if o.transaction_id == "700000003")
    assert hourly.invoice is not None
    assert (hourly.invoice.label, hourly.invoice.kind, str(hourly.invoice.shortfall)) == ("W46", "short", "USD 20.00")
    payment = next(p for p in list_payments(books, period=DateRange(None, None)) if p.gross.amount == D("400.00"))
    assert (payment.period_from, payment.period_to) == (date(2026, 11, 9), date(2026, 11, 15))
