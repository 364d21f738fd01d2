"""How pay records read: days and periods in the worker's locale, statuses and deadlines in plain words.

Shared by the Pay view and the dashboard, so a period reads the same in both ("Mon 16 – Sun 22 Nov").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ...services.invoices import InvoiceRow


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Call with a count as ``tr("%n days", None, days)``: lupdate reads a second argument as a comment, and only
    the third as the count that makes a message plural."""
    return QCoreApplication.translate("pay", text, disambiguation, n)


def estimate() -> str:
    return tr("estimate — not legal advice")


def below_minimum() -> str:
    """What a figure below the minimum wage says beside its red colour: the agreed pay, never money not yet received."""
    return tr("Agreed pay below minimum wage — estimate, not legal advice")


def payment_methods() -> list[tuple[str, str]]:
    """(label, stored value) for the usual ways pay arrives. The stored value is the same whatever the language (the
    command line's ``--method "bank transfer"`` and a statement's "paypal" included); only the label is translated."""
    return [(tr("Bank transfer"), "bank transfer"), (tr("Platform payout"), "platform payout"), ("PayPal", "PayPal"),
            ("Wise", "Wise"), (tr("Cash"), "cash"), (tr("Cheque"), "cheque")]


def method_label(stored: str | None) -> str:
    """A stored method in the worker's language ("bank transfer" reads "Transferencia bancaria"); a method the
    worker typed in their own words is shown as typed."""
    if not stored:
        return ""
    return next((label for label, value in payment_methods() if value.casefold() == stored.casefold()), stored)


def method_value(text: str) -> str | None:
    """What to store for the method shown or typed: a usual method's own value, whatever language it was chosen in."""
    text = text.strip()
    return next((value for label, value in payment_methods() if label.casefold() == text.casefold()), text or None)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day_text(day: date | None, with_weekday: bool = False) -> str:
    """"26 Nov 2026" (or "Thu 26 Nov 2026"); "" for no day."""
    if day is None:
        return ""
    return QLocale().toString(qdate(day), "ddd d MMM yyyy" if with_weekday else "d MMM yyyy")


def range_text(start: date | None, end: date | None, with_weekday: bool = False) -> str:
    """"1 – 28 Feb 2026", "Mon 16 – Sun 22 Nov", "28 Dec 2025 – 3 Jan 2026": the shorter form when it is clear."""
    if start is None and end is None:
        return ""
    if start is None or end is None:
        return day_text(start or end, with_weekday)
    locale = QLocale()
    day = "ddd d" if with_weekday else "d"
    if start.year != end.year:
        return f"{day_text(start, with_weekday)} – {day_text(end, with_weekday)}"
    if with_weekday:
        first = locale.toString(qdate(start), f"{day} MMM" if start.month != end.month else day)
        return f"{first} – {locale.toString(qdate(end), 'ddd d MMM')}"
    first = locale.toString(qdate(start), f"{day} MMM" if start.month != end.month else day)
    return f"{first} – {locale.toString(qdate(end), 'd MMM yyyy')}"


def status_text(invoice: InvoiceRow) -> str:
    match invoice.status:
        case "paid":
            if invoice.days_late:
                return tr("Paid %n days late", None, invoice.days_late)
            return tr("Paid")
        case "overdue":
            return "\u26a0 " + tr("Overdue: %n days late", None, invoice.days_late)
        case "part_paid":
            return tr("Part paid")
    return tr("Open")


def due_basis_text(basis: str | None) -> str:
    """Where a due date comes from: the invoice, the contract, or a law (by name)."""
    if basis is None:
        return tr("No due date: none on the invoice, no payment terms, and no law known for this place.")
    if basis == "invoice":
        return tr("Due date written on the invoice.")
    if basis == "contract":
        return tr("Due date from the payment terms agreed with this client.")
    return tr("Deadline from %1 (%2).").replace("%1", basis).replace("%2", estimate())
