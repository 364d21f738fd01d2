"""Places by name, for the worker who does not know ISO codes: "California, United States" rather than "US-CA".

The list is every country Qt knows plus the states and cities the shipped rule files name (where a state or a city
has its own minimum wage or freelancer law), named and sorted in the app's language (country_names.py). A typed name
is matched to its code; a code is still accepted.
"""

from __future__ import annotations

from functools import cache, cmp_to_key

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt

from ..domain.jurisdiction import check_jurisdiction
from ..errors import InvalidInput
from ..services.rules import known_jurisdictions
from .country_names import ENGLISH, country_name


def tr(text: str) -> str:
    return QCoreApplication.translate("places", text)


def _subdivisions() -> dict[str, str]:
    return {"US-CA": tr("California"), "US-CA-LA": tr("Los Angeles"), "US-IL": tr("Illinois"),
            "US-NY": tr("New York State"), "US-NY-NYC": tr("New York City"), "US-WA": tr("Washington State"),
            "US-WA-SEA": tr("Seattle"), "CA-ON": tr("Ontario")}


def _country(code: str) -> str:
    translated = country_name(code)
    if translated is not None:
        return translated
    territory = QLocale.codeToTerritory(code)  # one a later Qt added: its English name until the table has it
    return QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else code


def place_name(code: str) -> str:
    """"California, United States" for US-CA; the code itself for a region it has no name for."""
    if len(code) == 2:
        return _country(code)
    named = _subdivisions().get(code)
    return f"{named}, {_country(code[:2])}" if named else code


@cache
def _countries() -> tuple[str, ...]:
    codes = {QLocale.territoryToCode(territory) for territory in QLocale.Country
             if territory != QLocale.Country.AnyTerritory}
    return tuple(sorted(code for code in codes if len(code) == 2 and code.isalpha()))


def places() -> list[tuple[str, str]]:
    """(name, code) for every place offered, by name."""
    codes = set(_countries()) | set(known_jurisdictions())
    collator = QCollator(QLocale())  # the language's order: "Österreich" among the O's in German, not after Z
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def order(one: tuple[str, str], other: tuple[str, str]) -> int:
        return collator.compare(one[0], other[0])

    return sorted(((place_name(code), code) for code in codes), key=cmp_to_key(order))


def code_for(text: str) -> str:
    """The code of a typed place: a name from the list, the start of exactly one name ("California"), or a code.
    Raises InvalidInput with the usual message when none of these."""
    typed = text.strip().casefold()
    offered = places()
    for name, code in offered:
        if name.casefold() == typed:
            return code
    english = [code for code, name in ENGLISH.items() if name.casefold() == typed]
    if english:  # "Germany" is still understood when the list says "Alemania"
        return english[0]
    starting = {code for name, code in offered if name.casefold().startswith(typed)}
    if typed and len(starting) == 1:
        return starting.pop()
    if typed and len(starting) > 1 and not any(c.isdigit() or c == "-" for c in typed):
        names = sorted(place_name(code) for code in starting)
        raise InvalidInput(tr("“%1” could be %2. Choose one from the list.").replace("%1", text.strip()).replace(
            "%2", tr(" or ").join(names[:4])))
    return check_jurisdiction(text)
