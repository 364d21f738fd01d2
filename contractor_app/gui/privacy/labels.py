"""The words the Data & privacy view shows for stored values, and its dates and durations.

The services keep fixed English keys ("clicked through", "special-category"); the worker reads translated labels,
with a line on what each choice means where that helps them choose. Dates are calendar days (no zone to convert),
shown in the worker's locale.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from .. import formatting as fmt


def tr(text: str) -> str:
    return QCoreApplication.translate("privacy", text)


def sensitivities() -> list[tuple[str, str]]:
    """(label, stored value), from least to most sensitive."""
    return [(tr("Low: nothing about a person"), "low"), (tr("Medium: names, contact details"), "medium"),
            (tr("High: IDs, money, private messages"), "high"),
            (tr("Special category: health, biometrics, beliefs, sex life"), "special-category")]


def monitoring_types() -> list[tuple[str, str]]:
    return [(tr("Screen recording"), "screen recording"), (tr("Screenshots"), "screenshots"),
            (tr("Webcam"), "webcam"), (tr("Voice recording"), "voice recording"),
            (tr("Keystrokes or activity"), "keystrokes/activity"), (tr("Location"), "location"),
            (tr("ID document"), "ID document"), (tr("Biometrics (face, fingerprint)"), "biometrics"),
            (tr("Ratings"), "ratings"), (tr("Other"), "other")]


def consents() -> list[tuple[str, str]]:
    return [(tr("Given in writing"), "given in writing"), (tr("Clicked through"), "clicked through"),
            (tr("Not asked"), "not asked"), (tr("Refused"), "refused")]


def kinds() -> list[tuple[str, str]]:
    return [(tr("Data breach"), "breach"), (tr("Dispute"), "dispute")]


def statuses() -> list[tuple[str, str]]:
    return [(tr("Open"), "open"), (tr("Closed"), "closed")]


# Consents that are no consent at all: the privacy report flags them too.
NO_CONSENT = ("not asked", "refused")


def label(choices: list[tuple[str, str]], value: str | None) -> str:
    """The label of ``value`` (without its explanation after a colon), or "" for none."""
    if not value:
        return ""
    for text, stored in choices:
        if stored == value:
            return text.split(":")[0]
    return value


def described(choices: list[tuple[str, str]], value: str | None) -> str:
    """The whole label of ``value``, with its explanation ("High: IDs, money, private messages")."""
    return next((text for text, stored in choices if stored == value), value or "")


def day(value: date) -> str:
    """"5 Mar 2026" in the worker's locale."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def span(start: date | None, end: date | None) -> str:
    """"1 Mar 2026 – 30 Jun 2026", "since 1 Mar 2026", "until 30 Jun 2026", "5 Mar 2026" for one day, or ""
    when neither is known."""
    if start and start == end:
        return day(start)
    if start and end:
        return tr("%1 – %2").replace("%1", day(start)).replace("%2", day(end))
    if start:
        return tr("since %1").replace("%1", day(start))
    if end:
        return tr("until %1").replace("%1", day(end))
    return ""


def minutes_text(minutes: int | None) -> str:
    """"2 h 30 min" (views show durations so), or "" when not recorded."""
    return fmt.duration(minutes * 60) if minutes is not None else ""
