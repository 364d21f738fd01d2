"""How the Clients view words pay terms, weekdays and classifications, in the worker's locale.

Rates may carry two more decimals than the currency (0.455 per task), so they are not rounded to cents here:
a rate shown must be the rate agreed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ...domain.currency import minor_units
from ...domain.money import Money
from ...domain.pay import FROM_THE_START, Terms
from .. import formatting as fmt


def tr(text: str) -> str:
    return QCoreApplication.translate("clients", text)


def rate_text(rate: Money) -> str:
    """"$0.45", or "$0.455" when the rate is finer than a cent."""
    digits = max(minor_units(rate.currency), -rate.amount.normalize().as_tuple().exponent)  # type: ignore[operator]  # finite here, so the exponent is an int
    return fmt.money(rate, places=digits)


def terms_text(terms: Terms) -> str:
    """"$20.00 per hour", "$0.45 per task", "$500.00 fixed price"."""
    amount = rate_text(terms.rate)
    if terms.kind == "hourly":
        return tr("%1 per hour").replace("%1", amount)
    if terms.kind == "per_unit":
        return tr("%1 per %2").replace("%1", amount).replace("%2", terms.unit_name or tr("unit"))
    return tr("%1 fixed price").replace("%1", amount)


def unpaid_text(terms: Terms) -> str:
    """Which categories of work these terms do not pay for."""
    if terms.kind == "fixed":
        return tr("a fixed price for the whole engagement")
    if not terms.unpaid_categories:
        return tr("every category is paid")
    return ", ".join(fmt.category_label(name) for name in terms.unpaid_categories)


def day_text(day: date) -> str:
    """"1 Mar 2025", or "the start" for terms in force from the beginning."""
    if day == FROM_THE_START:
        return tr("the start")
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def weekday(number: int) -> str:
    """The locale's name of the day (0 = Monday)."""
    return QLocale().dayName(number + 1)


def classification_text(classification: str) -> str:
    return {"contractor": tr("Contractor (freelancer)"), "employee": tr("Employee")}.get(
        classification, classification)


def short_sha(sha256: str) -> str:
    """The first 12 hex digits, enough to tell files apart and to match a printed copy."""
    return sha256[:12] + "…"


def classification_why() -> str:
    """The one line on why classification matters (the same words as the add-client form)."""
    return tr("Why it matters: employees are owed minimum wage and overtime by law; contractors often are not. "
              "What the contract says is a start; how you are treated counts too.")


def fee_text(percent: Decimal | None) -> str:
    """"20 %", "12.5 %" (with the locale's decimal point); "" when there is no platform fee."""
    if percent is None:
        return ""
    return f"{percent.normalize():f}".replace(".", QLocale().decimalPoint()) + " %"


def today_in(zone: tzinfo) -> date:
    """Today in the worker's zone: which pay terms are in force, and the default day of a raise."""
    return datetime.now(UTC).astimezone(zone).date()


def rate_input(rate: Money) -> str:
    """The rate as typed in a field ("0.30", "0.125"): at least the currency's decimals, never rounded."""
    digits = max(minor_units(rate.currency), -rate.amount.normalize().as_tuple().exponent)  # type: ignore[operator]  # finite here, so the exponent is an int
    return f"{rate.amount:.{digits}f}"
