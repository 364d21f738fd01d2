"""Reports in the worker's language (issues 16 and 21): English, Spanish, Portuguese (Brazil), French, Filipino.

Why the catalogues are .ts files of their own, read here without Qt:
- The issue asks for the existing .ts pipeline, so translators keep one format and one tool: Qt Linguist opens
  ``resources/translations/reports_<language>.ts`` as it opens the app's files, and ``make translations`` collects
  the strings with pyside6-lupdate, which finds every ``translate("reports", "…")`` in reports/ (the name and the
  literal context are what lupdate looks for; the text is a ``str.format`` template with named placeholders).
- They are separate from the app's ``contractor_<language>.ts`` so that the desktop app's .qm files do not carry
  the long legal text, the app's completeness checks do not depend on them, and reports/ stays free of Qt (the
  command line makes reports without loading Qt).
- No .qm step: the .ts file is read directly with xml.etree, bounded (size limit, no entity declarations) even
  though it is a file of the package, since every file read is hostile until checked. A string without a finished
  translation falls back to English; tests/reports/test_report_languages.py fails when one is missing or when its
  placeholders differ from the English.

Money, dates and numbers follow the language (a small formatter below, no locale database: the reports must read
the same on every computer). The language is set for one rendering with ``in_language`` (a context variable, so the
desktop app's report thread and the command line do not share it).
"""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib.resources import files

from ..domain.money import Money
from ..errors import InvalidInput

ENGLISH = "en"
# The report languages, with their names as a worker choosing one reads them.
LANGUAGES = {"en": "English", "es": "Español", "pt_BR": "Português (Brasil)", "fr": "Français", "fil": "Filipino"}
CONTEXT = "reports"
MAX_CATALOGUE_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Style:
    """How a language writes numbers, money and dates."""

    decimal: str
    group: str
    money: str  # "{code} {amount}" or "{amount} {code}"
    day: str  # "iso", "dmy" (04/12/2026) or "mdy-name" (Dis 4, 2026)
    months: tuple[str, ...] = ()
    symbols: tuple[tuple[str, str], ...] = ()  # currencies written with their sign: (code, sign)


STYLES = {
    "en": Style(".", ",", "{code} {amount}", "iso"),
    # Spanish as the CLDR "es" locale writes it (comma decimals), which most Latin American countries share.
    "es": Style(",", ".", "{code} {amount}", "dmy"),
    "pt_BR": Style(",", ".", "{code} {amount}", "dmy"),
    "fr": Style(",", "\u202f", "{amount}\u00a0{code}", "dmy"),
    "fil": Style(".", ",", "{code} {amount}", "mdy-name",
                 ("Ene", "Peb", "Mar", "Abr", "May", "Hun", "Hul", "Ago", "Set", "Okt", "Nob", "Dis"),
                 (("PHP", "₱"),)),
}

_language: ContextVar[str] = ContextVar("report_language", default=ENGLISH)


def check_language(code: str) -> str:
    if code not in LANGUAGES:
        raise InvalidInput.said("Reports can be written in {languages}, not {code!r}.", languages=", ".join(LANGUAGES),
                                code=code)
    return code


def language_for(locale_name: str) -> str:
    """The report language for a locale name as Qt or the environment give it ("pt_BR.UTF-8", "es_MX", "fil_PH",
    "fr-CA"): the same language and country, else the language, else English."""
    name = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    if name in LANGUAGES:
        return name
    base = name.split("_")[0]
    return base if base in LANGUAGES and base != "pt" else ("pt_BR" if base == "pt" else ENGLISH)


@contextmanager
def in_language(code: str) -> Iterator[None]:
    """Within the block, ``translate`` and the formatters write in ``code``."""
    token = _language.set(check_language(code))
    try:
        yield
    finally:
        _language.reset(token)


def current() -> str:
    return _language.get()


def translate(context: str, source: str) -> str:
    """The current language's text for ``source`` (English when it has none yet). ``context`` is always
    "reports": it is there for lupdate, which reads the call as it reads Qt's ``translate``."""
    code = _language.get()
    if code == ENGLISH:
        return source
    return catalogue(code).get(source, source)


@cache
def catalogue(code: str) -> dict[str, str]:
    """The finished translations of the "reports" context in ``reports_<code>.ts``: English source -> text."""
    resource = files("contractor_app.resources").joinpath("translations").joinpath(f"reports_{code}.ts")
    if not resource.is_file():
        return {}
    raw = resource.read_bytes()
    if len(raw) > MAX_CATALOGUE_BYTES or b"<!ENTITY" in raw:
        raise ValueError(f"reports_{code}.ts is not a translation file this app reads")
    found: dict[str, str] = {}
    for context in ET.fromstring(raw).iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                                   "obsolete"):
                continue
            if translation.text:
                found[source] = translation.text
    return found


def placeholders(template: str) -> set[str]:
    """The named fields of a ``str.format`` template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


# --- numbers, money, dates ---------------------------------------------------------------------------------------

def _style() -> Style:
    return STYLES[_language.get()]


def number(value: Decimal | int, places: int | None = None) -> str:
    """``value`` with the language's decimal mark and digit grouping (``places`` decimals, else as it is)."""
    style = _style()
    digits = f"{value:,.{places}f}" if places is not None else f"{value:,}"
    if style.decimal == "." and style.group == ",":
        return digits
    return digits.translate(str.maketrans(",.", style.group + style.decimal))


def money(value: Money | None) -> str:
    if value is None:
        return "—"
    if _language.get() == ENGLISH:
        return str(value)  # as the records and the rest of the app write it
    return amount_in(value.rounded().amount, value.currency)


def amount_in(value: Decimal, currency: str) -> str:
    """An amount of ``currency`` as the language writes it, with its decimals as they are (a minimum wage can have
    more than the currency's: PHP 86.875/h from a daily minimum)."""
    style = _style()
    digits = number(value)
    sign = dict(style.symbols).get(currency)
    if sign:
        return f"-{sign}{digits[1:]}" if digits.startswith("-") else f"{sign}{digits}"
    return style.money.format(code=currency, amount=digits)


def day(value: date | None) -> str:
    if value is None:
        return "—"
    style = _style()
    if style.day == "dmy":
        return f"{value.day:02}/{value.month:02}/{value.year}"
    if style.day == "mdy-name":
        return f"{style.months[value.month - 1]} {value.day}, {value.year}"
    return value.isoformat()


def span(start: str, end: str) -> str:
    """From ``start`` to ``end`` ("2026-01-01 – 2026-01-31", "USD 12.00 – USD 15.00") as one piece a paragraph never
    breaks: no-break spaces bind the dash to both ends, and stand for the spaces inside each end (Dis 4, 2026), so a
    line never starts or ends with the dash (reportlab breaks no line at U+00A0; DejaVu Sans has it and U+2013). A
    table cell keeps it whole where the table can afford it, else breaks it after its dash (reports/columns.py)."""
    return "\u00a0\u2013\u00a0".join(value.replace(" ", "\u00a0") for value in (start, end))


def short_day(value: date) -> str:
    """Day and month only, for a chart's axis."""
    style = _style()
    if style.day == "dmy":
        return f"{value.day:02}/{value.month:02}"
    if style.day == "mdy-name":
        return f"{style.months[value.month - 1]} {value.day}"
    return f"{value:%d %b}"


_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def days_in(text: str) -> str:
    """``text`` with each ISO date in it (as the domain's explanations write them) in the language's form."""
    if _language.get() == ENGLISH:
        return text
    return _ISO_DAY.sub(lambda found: day(date(int(found[1]), int(found[2]), int(found[3]))), text)


# --- stored choices, shown translated (issue 21: "bank transfer" and the like) ------------------------------------

def classification(value: str) -> str:
    names = {"contractor": translate("reports", "contractor"), "employee": translate("reports", "employee")}
    return names.get(value, value)


def category(value: str) -> str:
    """An entry's activity category (domain/categories.py); a name the list does not know is shown as it is."""
    names = {
        "productive": translate("reports", "productive"), "training": translate("reports", "training"),
        "onboarding": translate("reports", "onboarding"), "assessment": translate("reports", "assessment"),
        "waiting": translate("reports", "waiting"), "rework": translate("reports", "rework"),
        "admin": translate("reports", "admin"), "travel": translate("reports", "travel"),
    }
    return names.get(value, value)


def requirement(value: str) -> str:
    """What a freelancer law entitles the worker to, as the rule files state it (resources/rules)."""
    names = {
        "a written contract": translate("reports", "a written contract"),
        "a written pre-contract disclosure of the terms (not a written contract)": translate(
            "reports", "a written pre-contract disclosure of the terms (not a written contract)"),
    }
    return names.get(value, value)
