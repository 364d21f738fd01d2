"""How numbers, times and durations read in views: the worker's locale, their zone, "5 h 40 min" durations.

Money stays Decimal up to the screen; it is grouped with the locale's separators, never through a float.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from ..domain.categories import CATEGORIES
from ..domain.currency import minor_units
from ..domain.money import Money


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("formatting", text, disambiguation, n)


def duration(seconds: int) -> str:
    """"5 h 40 min", "40 min", "0 min"."""
    minutes = round(max(seconds, 0) / 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
    if hours:
        return tr("%1 h").replace("%1", str(hours))
    return tr("%1 min").replace("%1", str(minutes))


def hours(seconds: int) -> str:
    """"3 h 15 min (3.25 h)": a total of hours both ways, the clock reading a worker thinks in and the decimal hours
    reports, timesheets and platforms use (the app said "3 h 15 min", a report "3.26 h", and they looked unequal).
    The decimal is of the rounded minutes, so the two readings always agree."""
    minutes = round(max(seconds, 0) / 60)
    decimal = (Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    shown = str(decimal).replace(".", QLocale().decimalPoint())
    return tr("%1 (%2 h)").replace("%1", duration(seconds)).replace("%2", shown)


def ago(age: timedelta) -> str:
    """"just now", "40 min ago", "2 h ago", "9 days ago"."""
    minutes = int(max(age.total_seconds(), 0) // 60)
    if minutes < 1:
        return tr("just now")
    if minutes < 60:
        return tr("%1 min ago").replace("%1", str(minutes))
    if minutes < 48 * 60:
        return tr("%1 h ago").replace("%1", str(minutes // 60))
    return tr("%1 days ago").replace("%1", str(minutes // (24 * 60)))


def clock(seconds: int) -> str:
    """The timer's "02:13:45"."""
    seconds = max(seconds, 0)
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def money(value: Money, locale: QLocale | None = None, *, places: int | None = None) -> str:
    """"$1,234.50", "1 234,50 €", "USD 1,234.50", "1 234,50 USD": grouped and placed as the locale writes money.

    The symbol is the locale's own for its own currency, else the ISO code; where it goes (before or after, with
    or without a space) is read from the locale's currency format, never hand-written per language. ``places``:
    more decimals than the currency's, for a rate finer than a cent ("$0.455").
    """
    locale = locale or QLocale()
    digits = minor_units(value.currency) if places is None else places
    amount = value.amount.quantize(Decimal(1).scaleb(-digits), rounding="ROUND_HALF_UP")
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    # Whole units as the locale groups an integer (exact: no float), "1234" in Spanish, "12,34,567" in India.
    text = locale.toString(int(whole))
    if fraction:
        text += locale.decimalPoint() + "".join(locale.toString(int(digit)) for digit in fraction)
    sign = locale.negativeSign() if amount < 0 else ""
    if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == value.currency:
        symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    else:
        symbol = value.currency
    return sign + currency_pattern(locale, spaced=symbol.isalpha()).replace("1", text).replace("¤", symbol)


def currency_pattern(locale: QLocale, *, spaced: bool) -> str:
    """Where the locale puts the currency symbol ("¤" stands for it, "1" for the amount): "¤1", "1 ¤", "¤ 1".

    A code of letters ("USD") never touches the digits ("USD 5", not "USD5"); the C locale has no currency
    format of its own, so it writes the code first, as the records' plain text does.
    """
    if locale.language() == QLocale.Language.C:
        return "¤ 1"
    pattern = locale.toCurrencyString(1, "¤").replace(locale.toString(1), "1")
    if spaced:
        pattern = pattern.replace("¤1", "¤ 1").replace("1¤", "1 ¤")
    return pattern


def monies(values: tuple[Money, ...] | list[Money]) -> str:
    return " + ".join(money(value) for value in values) if values else ""


def local(moment: datetime, zone: tzinfo) -> datetime:
    return moment.astimezone(zone)


def time_text(moment: datetime, zone: tzinfo) -> str:
    here = moment.astimezone(zone)
    return QLocale().toString(QTime(here.hour, here.minute), "HH:mm")


def date_text(moment: datetime, zone: tzinfo) -> str:
    """"Thu 26 Nov 2026", in the locale's day and month names."""
    here = moment.astimezone(zone)
    return QLocale().toString(QDate(here.year, here.month, here.day), "ddd d MMM yyyy")


def day_heading(moment: datetime, zone: tzinfo) -> str:
    """"Thu 26 Nov"."""
    here = moment.astimezone(zone)
    return QLocale().toString(QDate(here.year, here.month, here.day), "ddd d MMM")


def since_text(started: datetime, now: datetime, zone: tzinfo) -> str:
    """"09:12 today", "09:12 yesterday", "09:12 on Mon 23 Nov"."""
    start, today = started.astimezone(zone), now.astimezone(zone)
    at = time_text(started, zone)
    days = (today.date() - start.date()).days
    if days == 0:
        return tr("%1 today").replace("%1", at)
    if days == 1:
        return tr("%1 yesterday").replace("%1", at)
    return tr("%1 on %2").replace("%1", at).replace("%2", day_heading(started, zone))


def category_label(name: str) -> str:
    labels = {
        "productive": tr("Productive"), "training": tr("Training"), "onboarding": tr("Onboarding"),
        "assessment": tr("Assessment"), "waiting": tr("Waiting"), "rework": tr("Rework"), "admin": tr("Admin"),
        "travel": tr("Travel"),
    }
    return labels.get(name, name)


def categories() -> list[tuple[str, str]]:
    """(label, stored name) for every category, in the order the domain lists them."""
    return [(category_label(name), name) for name in CATEGORIES]


def flag_labels(flags: tuple[str, ...], late_by: timedelta | None = None) -> str:
    """"late by 3 days, edited": ``late_by`` is how long after the work ended it was recorded."""
    late = tr("late by %1").replace("%1", span(late_by)) if late_by is not None else tr("late")
    labels = {"overlap": tr("overlap"), "late": late, "imported": tr("imported"), "edited": tr("edited"),
              "conflict": tr("changed on two computers")}
    return ", ".join(labels.get(flag, flag) for flag in flags)


def span(length: timedelta) -> str:
    """"3 days", "1 day", "30 h": how long, roughly, for a flag."""
    if length.days >= 2:
        return tr("%n days", None, length.days)
    return tr("%1 h").replace("%1", str(int(length.total_seconds() // 3600)))
